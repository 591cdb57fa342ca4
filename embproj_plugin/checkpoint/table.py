"""The LevelDB-format sorted table that a checkpoint's `.index` file is.

Layout: data blocks, a (here empty) meta-index block, an index block, a 48-byte footer.
Every block is followed by a 1-byte compression type and the masked CRC32C of block+type.
A block holds entries (varint shared-prefix length, varint suffix length, varint value length,
key suffix, value), then the uint32 offsets of its restart points and their uint32 count.
The index block maps a key >= every key of a data block to that block's handle
(varint offset, varint size). The footer holds the meta-index and index handles, zero padding
and the magic number.

The builder reproduces TensorFlow's TableBuilder byte for byte (uncompressed, 256 KiB blocks,
a restart point every 16 keys, shortened separator keys in the index).
"""
from __future__ import annotations

from typing import Iterable

from .crc32c import crc32c, mask
from .wire import WireFormatError, read_varint, encode_varint

MAGIC = 0xDB4775248B80FB57
FOOTER_SIZE = 48  # two handles padded to 40 bytes + 8-byte magic
TRAILER_SIZE = 5  # compression type + masked CRC
BLOCK_SIZE = 262144
RESTART_INTERVAL = 16
_NO_COMPRESSION, _SNAPPY = 0, 1


class TableFormatError(ValueError):
    """The bytes are not a well-formed table; the message says what is wrong."""


# ---------------------------------------------------------------- reading

def _decode_handle(data: bytes, pos: int) -> tuple[tuple[int, int], int]:
    offset, pos = read_varint(data, pos)
    size, pos = read_varint(data, pos)
    return (offset, size), pos


def _read_block(data: bytes, handle: tuple[int, int], what: str) -> bytes:
    offset, size = handle
    end = offset + size + TRAILER_SIZE
    if end > len(data) - FOOTER_SIZE:
        raise TableFormatError(
            f"truncated: {what} at offset {offset} (size {size}) runs past the end of the "
            f"table data ({len(data) - FOOTER_SIZE} bytes before the footer)")
    block = data[offset:offset + size]
    compression = data[offset + size]
    stored_crc = int.from_bytes(data[offset + size + 1:end], "little")
    if mask(crc32c(data[offset:offset + size + 1])) != stored_crc:
        raise TableFormatError(f"block CRC mismatch in {what} at offset {offset} (corrupted file)")
    if compression == _SNAPPY:
        raise TableFormatError(f"{what} is snappy-compressed, which is not supported")
    if compression != _NO_COMPRESSION:
        raise TableFormatError(f"{what} has unknown compression type {compression}")
    return block


def _block_entries(block: bytes, what: str) -> list[tuple[bytes, bytes]]:
    if len(block) < 4:
        raise TableFormatError(f"{what} is too short to hold its restart count")
    num_restarts = int.from_bytes(block[-4:], "little")
    entries_end = len(block) - 4 - 4 * num_restarts
    if entries_end < 0:
        raise TableFormatError(f"{what} claims {num_restarts} restart points, more than fit")
    entries = []
    key = b""
    pos = 0
    try:
        while pos < entries_end:
            shared, pos = read_varint(block, pos)
            unshared, pos = read_varint(block, pos)
            value_length, pos = read_varint(block, pos)
            if shared > len(key) or pos + unshared + value_length > entries_end:
                raise TableFormatError(f"{what} has a malformed entry at byte {pos}")
            key = key[:shared] + block[pos:pos + unshared]
            pos += unshared
            entries.append((key, block[pos:pos + value_length]))
            pos += value_length
    except WireFormatError as error:
        raise TableFormatError(f"{what} has a malformed entry: {error}") from None
    return entries


def read_table(data: bytes) -> list[tuple[bytes, bytes]]:
    """Every (key, value) of a table, in key order. Raises TableFormatError."""
    if len(data) < FOOTER_SIZE:
        raise TableFormatError(
            f"truncated: index footer missing (file is {len(data)} bytes, "
            f"a table needs at least {FOOTER_SIZE})")
    magic = int.from_bytes(data[-8:], "little")
    if magic != MAGIC:
        raise TableFormatError(
            f"bad magic number 0x{magic:016x} at the end of the file "
            f"(truncated, or not a TensorFlow checkpoint index)")
    footer = data[-FOOTER_SIZE:]
    try:
        _meta_index_handle, pos = _decode_handle(footer, 0)
        index_handle, _ = _decode_handle(footer, pos)
    except WireFormatError as error:
        raise TableFormatError(f"malformed footer: {error}") from None
    index = _block_entries(_read_block(data, index_handle, "index block"), "index block")
    entries = []
    for block_number, (_separator, handle_bytes) in enumerate(index):
        try:
            handle, _ = _decode_handle(handle_bytes, 0)
        except WireFormatError as error:
            raise TableFormatError(f"malformed block handle in the index block: {error}") from None
        what = f"data block {block_number}"
        entries.extend(_block_entries(_read_block(data, handle, what), what))
    for previous, current in zip(entries, entries[1:]):
        if previous[0] >= current[0]:
            raise TableFormatError(f"keys out of order: {previous[0]!r} then {current[0]!r}")
    return entries


# ---------------------------------------------------------------- writing

def _shortest_separator(start: bytes, limit: bytes) -> bytes:
    """A short key k with start <= k < limit (LevelDB's bytewise comparator rule)."""
    common = 0
    while common < min(len(start), len(limit)) and start[common] == limit[common]:
        common += 1
    if common < min(len(start), len(limit)):
        byte = start[common]
        if byte < 0xFF and byte + 1 < limit[common]:
            return start[:common] + bytes([byte + 1])
    return start


def _short_successor(key: bytes) -> bytes:
    """A short key >= key: the first byte that can grow, grown, and the rest dropped."""
    for i, byte in enumerate(key):
        if byte != 0xFF:
            return key[:i] + bytes([byte + 1])
    return key


class _BlockBuilder:
    def __init__(self, restart_interval: int):
        self._restart_interval = restart_interval
        self._buffer = bytearray()
        self._restarts = [0]
        self._since_restart = 0
        self._last_key = b""
        self.empty = True

    def add(self, key: bytes, value: bytes) -> None:
        shared = 0
        if self._since_restart < self._restart_interval:
            limit = min(len(key), len(self._last_key))
            while shared < limit and key[shared] == self._last_key[shared]:
                shared += 1
        else:
            self._restarts.append(len(self._buffer))
            self._since_restart = 0
        self._buffer += encode_varint(shared) + encode_varint(len(key) - shared)
        self._buffer += encode_varint(len(value)) + key[shared:] + value
        self._since_restart += 1
        self._last_key = key
        self.empty = False

    def size_estimate(self) -> int:
        return len(self._buffer) + 4 * len(self._restarts) + 4

    def finish(self) -> bytes:
        restarts = b"".join(r.to_bytes(4, "little") for r in self._restarts)
        return bytes(self._buffer) + restarts + len(self._restarts).to_bytes(4, "little")


class _TableWriter:
    def __init__(self, block_size: int, restart_interval: int):
        self._out = bytearray()
        self._block_size = block_size
        self._restart_interval = restart_interval
        self._data_block = _BlockBuilder(restart_interval)
        self._index_block = _BlockBuilder(1)
        self._last_key = None
        self._pending_handle = None  # index entry of the last flushed block, awaiting its key

    def _write_block(self, contents: bytes) -> bytes:
        handle = encode_varint(len(self._out)) + encode_varint(len(contents))
        trailer = bytes([_NO_COMPRESSION])
        self._out += contents + trailer + mask(crc32c(contents + trailer)).to_bytes(4, "little")
        return handle

    def add(self, key: bytes, value: bytes) -> None:
        if self._last_key is not None and key <= self._last_key:
            raise ValueError(f"table keys must be strictly increasing: {self._last_key!r} then {key!r}")
        if self._pending_handle is not None:
            self._index_block.add(_shortest_separator(self._last_key, key), self._pending_handle)
            self._pending_handle = None
        self._data_block.add(key, value)
        self._last_key = key
        if self._data_block.size_estimate() >= self._block_size:
            self._flush()

    def _flush(self) -> None:
        if self._data_block.empty:
            return
        self._pending_handle = self._write_block(self._data_block.finish())
        self._data_block = _BlockBuilder(self._restart_interval)

    def finish(self) -> bytes:
        self._flush()
        meta_index_handle = self._write_block(_BlockBuilder(self._restart_interval).finish())
        if self._pending_handle is not None:
            self._index_block.add(_short_successor(self._last_key), self._pending_handle)
        index_handle = self._write_block(self._index_block.finish())
        handles = meta_index_handle + index_handle
        footer = handles + bytes(FOOTER_SIZE - 8 - len(handles)) + MAGIC.to_bytes(8, "little")
        return bytes(self._out + footer)


def build_table(items: Iterable[tuple[bytes, bytes]], *, block_size: int = BLOCK_SIZE,
                restart_interval: int = RESTART_INTERVAL) -> bytes:
    """The bytes of a table holding `items`, which must come in strictly increasing key order."""
    writer = _TableWriter(block_size, restart_interval)
    for key, value in items:
        writer.add(key, value)
    return writer.finish()
