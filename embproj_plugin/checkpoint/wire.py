"""Just enough protobuf wire format for the three messages a checkpoint index holds.

BundleHeaderProto  {1 num_shards int32, 2 endianness enum (0 LITTLE, 1 BIG), 3 version VersionDef}
VersionDef         {1 producer int32, 2 min_consumer int32, 3 repeated bad_consumers int32}
BundleEntryProto   {1 dtype enum, 2 shape TensorShapeProto, 3 shard_id int32, 4 offset int64,
                    5 size int64, 6 crc32c fixed32, 7 repeated slices TensorSliceProto}
TensorShapeProto   {2 repeated dim {1 size int64, 2 name string}, 3 unknown_rank bool}
TensorSliceProto   {1 repeated extent {1 start int64, 2 length int64 (absent: the whole dim)}}

Also the key under which one slice of a partitioned variable is stored (`slice_key`).

Hand-written: these three small messages need no generated code (TensorFlow's .proto files are not
shipped with TensorBoard), and decoding them by hand lets a damaged index fail with a message naming
the field. Encoding follows
what protobuf's C++ serializer emits for proto3: fields in number order, zero scalars omitted,
a set sub-message always written (even when empty).
"""
from __future__ import annotations

import dataclasses

_VARINT, _FIXED64, _BYTES, _FIXED32 = 0, 1, 2, 5


# tensorflow.DataType numbers of the real numeric types, with the numpy name we report for each.
DTYPE_NAMES = {
    1: "float32", 2: "float64", 3: "int32", 4: "uint8", 5: "int16", 6: "int8", 9: "int64",
    10: "bool", 14: "bfloat16", 17: "uint16", 19: "float16", 22: "uint32", 23: "uint64",
}
DTYPE_NUMBERS = {name: number for number, name in DTYPE_NAMES.items()}
DT_STRING = 7
FULL_EXTENT = -1  # a slice extent that covers its whole dimension


class WireFormatError(ValueError):
    """The bytes are not a valid encoding of the expected message."""


@dataclasses.dataclass(frozen=True)
class BundleHeader:
    num_shards: int = 0
    big_endian: bool = False
    producer: int = 0
    min_consumer: int = 0


@dataclasses.dataclass(frozen=True)
class BundleEntry:
    dtype: int = 0
    shape: tuple[int, ...] = ()
    shard_id: int = 0
    offset: int = 0
    size: int = 0
    crc32c: int = 0  # masked
    # For a partitioned variable's full entry: per slice, per dim, (start, length); length -1 = all.
    slices: tuple[tuple[tuple[int, int], ...], ...] = ()


# ---------------------------------------------------------------- decoding

def read_varint(data: bytes, pos: int) -> tuple[int, int]:
    result = 0
    shift = 0
    while True:
        if pos >= len(data):
            raise WireFormatError("varint runs past the end of the message")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise WireFormatError("varint longer than 10 bytes")


def _as_int64(value: int) -> int:
    """Varints carry negative int32/int64 values as 64-bit two's complement."""
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >= 1 << 63 else value


def _fields(data: bytes):
    """Yield (field_number, wire_type, value) with value an int or a bytes slice."""
    pos = 0
    end = len(data)
    while pos < end:
        key, pos = read_varint(data, pos)
        number, wire_type = key >> 3, key & 7
        if number == 0:
            raise WireFormatError("field number 0")
        if wire_type == _VARINT:
            value, pos = read_varint(data, pos)
        elif wire_type == _FIXED64:
            if pos + 8 > end:
                raise WireFormatError("fixed64 field runs past the end of the message")
            value = int.from_bytes(data[pos:pos + 8], "little")
            pos += 8
        elif wire_type == _FIXED32:
            if pos + 4 > end:
                raise WireFormatError("fixed32 field runs past the end of the message")
            value = int.from_bytes(data[pos:pos + 4], "little")
            pos += 4
        elif wire_type == _BYTES:
            length, pos = read_varint(data, pos)
            if pos + length > end:
                raise WireFormatError("length-delimited field runs past the end of the message")
            value = data[pos:pos + length]
            pos += length
        else:
            raise WireFormatError(f"unsupported wire type {wire_type}")
        yield number, wire_type, value


def _expect(wire_type: int, expected: int, what: str) -> None:
    if wire_type != expected:
        raise WireFormatError(f"{what} has wire type {wire_type}, expected {expected}")


def decode_shape(data: bytes) -> tuple[int, ...]:
    dims = []
    for number, wire_type, value in _fields(data):
        if number == 2:
            _expect(wire_type, _BYTES, "TensorShapeProto.dim")
            size = 0
            for dim_number, dim_type, dim_value in _fields(value):
                if dim_number == 1:
                    _expect(dim_type, _VARINT, "Dim.size")
                    size = _as_int64(dim_value)
            dims.append(size)
        elif number == 3 and value:
            raise WireFormatError("tensor shape has unknown rank")
    if any(size < 0 for size in dims):
        raise WireFormatError(f"tensor shape {tuple(dims)} has a negative dimension")
    return tuple(dims)


def decode_slice(data: bytes) -> tuple[tuple[int, int], ...]:
    extents = []
    for number, wire_type, value in _fields(data):
        if number == 1:
            _expect(wire_type, _BYTES, "TensorSliceProto.extent")
            start, length = 0, FULL_EXTENT
            for extent_number, extent_type, extent_value in _fields(value):
                _expect(extent_type, _VARINT, "Extent.start/length")
                if extent_number == 1:
                    start = _as_int64(extent_value)
                elif extent_number == 2:
                    length = _as_int64(extent_value)
            if start < 0 or length < FULL_EXTENT:
                raise WireFormatError(f"slice extent ({start}, {length}) is negative")
            extents.append((start, length))
    return tuple(extents)


def decode_header(data: bytes) -> BundleHeader:
    fields = {"num_shards": 0, "big_endian": False, "producer": 0, "min_consumer": 0}
    for number, wire_type, value in _fields(data):
        if number == 1:
            _expect(wire_type, _VARINT, "num_shards")
            fields["num_shards"] = _as_int64(value)
        elif number == 2:
            _expect(wire_type, _VARINT, "endianness")
            fields["big_endian"] = value == 1
        elif number == 3:
            _expect(wire_type, _BYTES, "version")
            for version_number, version_type, version_value in _fields(value):
                if version_number == 1 and version_type == _VARINT:
                    fields["producer"] = _as_int64(version_value)
                elif version_number == 2 and version_type == _VARINT:
                    fields["min_consumer"] = _as_int64(version_value)
    return BundleHeader(**fields)


def decode_entry(data: bytes) -> BundleEntry:
    fields = {"dtype": 0, "shape": (), "shard_id": 0, "offset": 0, "size": 0, "crc32c": 0}
    slices = []
    for number, wire_type, value in _fields(data):
        if number == 1:
            _expect(wire_type, _VARINT, "dtype")
            fields["dtype"] = value
        elif number == 2:
            _expect(wire_type, _BYTES, "shape")
            fields["shape"] = decode_shape(value)
        elif number in (3, 4, 5):
            _expect(wire_type, _VARINT, "shard_id/offset/size")
            fields[{3: "shard_id", 4: "offset", 5: "size"}[number]] = _as_int64(value)
        elif number == 6:
            _expect(wire_type, _FIXED32, "crc32c")
            fields["crc32c"] = value
        elif number == 7:
            _expect(wire_type, _BYTES, "slices")
            slices.append(decode_slice(value))
    for name in ("shard_id", "offset", "size"):
        if fields[name] < 0:
            raise WireFormatError(f"negative {name} {fields[name]}")
    return BundleEntry(**fields, slices=tuple(slices))


# ---------------------------------------------------------------- encoding

def encode_varint(value: int) -> bytes:
    if value < 0:
        value += 1 << 64  # int32/int64 negatives take ten bytes, as in protobuf
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _key(number: int, wire_type: int) -> bytes:
    return encode_varint(number << 3 | wire_type)


def _varint_field(number: int, value: int) -> bytes:
    return _key(number, _VARINT) + encode_varint(value) if value else b""


def _message_field(number: int, payload: bytes) -> bytes:
    return _key(number, _BYTES) + encode_varint(len(payload)) + payload


def encode_shape(shape: tuple[int, ...]) -> bytes:
    return b"".join(_message_field(2, _varint_field(1, size)) for size in shape)


def encode_header(header: BundleHeader) -> bytes:
    version = _varint_field(1, header.producer) + _varint_field(2, header.min_consumer)
    return (_varint_field(1, header.num_shards) + _varint_field(2, int(header.big_endian))
            + _message_field(3, version))


def encode_slice(extents: tuple[tuple[int, int], ...]) -> bytes:
    return b"".join(
        _message_field(1, _varint_field(1, start)
                       + (_key(2, _VARINT) + encode_varint(length) if length != FULL_EXTENT else b""))
        for start, length in extents)


def encode_entry(entry: BundleEntry) -> bytes:
    crc = _key(6, _FIXED32) + entry.crc32c.to_bytes(4, "little") if entry.crc32c else b""
    return (_varint_field(1, entry.dtype) + _message_field(2, encode_shape(entry.shape))
            + _varint_field(3, entry.shard_id) + _varint_field(4, entry.offset)
            + _varint_field(5, entry.size) + crc
            + b"".join(_message_field(7, encode_slice(extents)) for extents in entry.slices))


# ---------------------------------------------------------------- slice keys
# A partitioned variable's slices live under keys in TensorFlow's OrderedCode ("strings that
# sort like the values they encode"): number 0, the name, the rank, then (start, length) per dim.

def _ordered_unsigned(value: int) -> bytes:
    """OrderedCode increasing unsigned number: its byte count, then the big-endian bytes."""
    length = (value.bit_length() + 7) // 8
    return bytes([length]) + value.to_bytes(length, "big")


def _ordered_string(value: bytes) -> bytes:
    """OrderedCode string: 0x00 and 0xFF escaped by a following 0xFF / 0x00, ended by 00 01."""
    escapes = {0x00: b"\x00\xff", 0xFF: b"\xff\x00"}
    return b"".join(escapes.get(byte, bytes([byte])) for byte in value) + b"\x00\x01"


def _ordered_signed(value: int) -> bytes:
    """OrderedCode increasing signed number: n bytes whose leading bits are n ones and a zero
    (inverted for negatives), followed by the two's-complement value."""
    magnitude = ~value if value < 0 else value
    length = 1
    while magnitude.bit_length() > 7 * length - 1:
        length += 1
    header = ((1 << length) - 1) << (7 * length)
    return ((value % (1 << (8 * length))) ^ header).to_bytes(length, "big")


def slice_key(name: bytes, extents: tuple[tuple[int, int], ...]) -> bytes:
    parts = [_ordered_unsigned(0), _ordered_string(name), _ordered_unsigned(len(extents))]
    for start, length in extents:
        parts += [_ordered_signed(start), _ordered_signed(length)]
    return b"".join(parts)
