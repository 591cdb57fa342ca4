"""CRC32C (Castagnoli), as TensorFlow checksums checkpoint blocks and tensors, in pure numpy.

Speed comes from linearity. With a zero starting register the CRC of a message is the XOR of
one contribution per 16-bit word, and a word's contribution depends only on its value and on how
many bytes follow it inside its block. So every 16-byte block is eight table lookups (one
65536-entry table per word position) XOR-ed together, for all blocks of the buffer at once.
Block CRCs are then merged pairwise, level by level, with "append N zero bytes" operators that
are themselves looked up byte by byte. The standard initial value 0xFFFFFFFF is folded in by
inverting the first four message bytes, which is the same thing for a reflected CRC.
"""
from __future__ import annotations

import functools

import numpy as np

_POLY = 0x82F63B78  # reflected Castagnoli polynomial
_MASK_DELTA = 0xA282EAD8
_BLOCK_BYTES = 16  # eight 16-bit words per block
_CHUNK_BYTES = 1 << 20  # bounded temporaries for large buffers
_SMALL = 256  # below this a plain loop is faster than setting numpy up


def _byte_table() -> np.ndarray:
    crc = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        crc = np.where(crc & 1, (crc >> np.uint32(1)) ^ np.uint32(_POLY), crc >> np.uint32(1))
    return crc.astype(np.uint32)


_TABLE = _byte_table()
_TABLE_LIST = _TABLE.tolist()


def _append_zero_byte(crc: np.ndarray) -> np.ndarray:
    """Raw register after feeding one more zero byte (vectorised)."""
    return (crc >> np.uint32(8)) ^ _TABLE[crc & np.uint32(0xFF)]


@functools.lru_cache(maxsize=1)
def _word_tables() -> np.ndarray:
    """tables[j][w]: raw CRC contribution of 16-bit little-endian word w at word position j of a block."""
    words = np.arange(65536, dtype=np.uint32)
    lo, hi = words & np.uint32(0xFF), words >> np.uint32(8)
    # Register after feeding bytes lo, hi into a zero register.
    after_lo = _TABLE[lo]
    last = _append_zero_byte(after_lo) ^ _TABLE[hi]
    per_position = [last]
    for _ in range(_BLOCK_BYTES // 2 - 1):
        per_position.append(_append_zero_byte(_append_zero_byte(per_position[-1])))
    per_position.reverse()  # position 0 is followed by the most zero bytes
    return np.stack(per_position)


# --- linear operators on the 32-bit register, as the images of its 32 unit vectors ---

def _apply(images, value: int) -> int:
    out = 0
    bit = 0
    while value:
        if value & 1:
            out ^= images[bit]
        value >>= 1
        bit += 1
    return out


def _one_zero_byte_operator() -> list[int]:
    return [((1 << i) >> 8) ^ _TABLE_LIST[(1 << i) & 0xFF] for i in range(32)]


def _compose(outer: list[int], inner: list[int]) -> list[int]:
    return [_apply(outer, image) for image in inner]


@functools.lru_cache(maxsize=None)
def _zeros_power_operator(log2_nbytes: int) -> tuple[int, ...]:
    """The operator "append 2**log2_nbytes zero bytes", by repeated squaring."""
    if log2_nbytes == 0:
        return tuple(_one_zero_byte_operator())
    half = _zeros_power_operator(log2_nbytes - 1)
    return tuple(_compose(half, half))


def _shift(crc: int, nbytes: int) -> int:
    """Raw register `crc` after appending nbytes zero bytes."""
    power = 0
    while nbytes and crc:
        if nbytes & 1:
            crc = _apply(_zeros_power_operator(power), crc)
        nbytes >>= 1
        power += 1
    return crc


def _zeros_operator(nbytes: int) -> list[int]:
    return [_shift(1 << i, nbytes) for i in range(32)]


@functools.lru_cache(maxsize=64)
def _zeros_tables(nbytes: int) -> np.ndarray:
    """The same operator as four 256-entry tables, one per register byte, for vectorised use."""
    images = np.array(_zeros_operator(nbytes), dtype=np.uint32)
    values = np.arange(256)
    tables = np.zeros((4, 256), dtype=np.uint32)
    for byte in range(4):
        for bit in range(8):
            tables[byte][(values >> bit) & 1 == 1] ^= images[8 * byte + bit]
    return tables


def _shift_many(crcs: np.ndarray, nbytes: int) -> np.ndarray:
    t = _zeros_tables(nbytes)
    return (t[0][crcs & np.uint32(0xFF)] ^ t[1][(crcs >> np.uint32(8)) & np.uint32(0xFF)]
            ^ t[2][(crcs >> np.uint32(16)) & np.uint32(0xFF)] ^ t[3][crcs >> np.uint32(24)])


# --- raw CRC (zero initial register, no final inversion) ---

def _raw_loop(crc: int, data: bytes) -> int:
    table = _TABLE_LIST
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc


def _raw_blocks(blocks: np.ndarray) -> np.ndarray:
    """Raw CRC of each row of an (n, 8) uint16 array of little-endian words."""
    tables = _word_tables()
    crcs = tables[0][blocks[:, 0]]
    for position in range(1, blocks.shape[1]):
        crcs ^= tables[position][blocks[:, position]]
    return crcs


def _raw_merge(crcs: np.ndarray, unit: int) -> int:
    """Raw CRC of the concatenation of equal-length pieces whose raw CRCs are `crcs`."""
    leftovers = []  # (crc, length) of unpaired last pieces, nearest-to-the-end first
    while len(crcs) > 1:
        if len(crcs) % 2:
            leftovers.append((int(crcs[-1]), unit))
            crcs = crcs[:-1]
        crcs = _shift_many(crcs[0::2], unit) ^ crcs[1::2]
        unit *= 2
    crc = int(crcs[0]) if len(crcs) else 0
    for piece_crc, length in reversed(leftovers):
        crc = _shift(crc, length) ^ piece_crc
    return crc


def _raw_large(data: np.ndarray) -> int:
    """Raw CRC of a 1-D uint8 array (any length), vectorised."""
    crc = 0
    start = 0
    total = len(data)
    while start < total:
        piece = data[start:start + _CHUNK_BYTES]
        whole = len(piece) - len(piece) % _BLOCK_BYTES
        if whole:
            blocks = np.ascontiguousarray(piece[:whole]).view("<u2").reshape(-1, _BLOCK_BYTES // 2)
            body = _raw_merge(_raw_blocks(blocks), _BLOCK_BYTES)
            crc = _shift(crc, whole) ^ body
        crc = _raw_loop(crc, piece[whole:].tobytes())
        start += len(piece)
    return crc


def _as_bytes_array(data) -> np.ndarray:
    if isinstance(data, np.ndarray):
        if not data.flags.c_contiguous:
            data = np.ascontiguousarray(data)
        return data.reshape(-1).view(np.uint8)
    return np.frombuffer(memoryview(data).cast("B"), dtype=np.uint8)


def _extend_numpy(crc: int, data) -> int:
    array = _as_bytes_array(data)
    register = crc ^ 0xFFFFFFFF
    if len(array) < _SMALL:
        register = _raw_loop(register, array.tobytes())
    else:  # linearity: the register's part is shifted past the data, the data's part starts at zero
        register = _shift(register, len(array)) ^ _raw_large(array)
    return register ^ 0xFFFFFFFF


def _extend_c(crc: int, data) -> int:
    if not isinstance(data, bytes):
        data = _as_bytes_array(data).tobytes() if isinstance(data, np.ndarray) else bytes(data)
    return _google_crc32c.extend(crc, data)


try:  # the C library is 30x faster; its package's own pure-Python fallback is slower than numpy
    import google_crc32c as _google_crc32c
    _HAVE_C = _google_crc32c.implementation == "c"
except ImportError:  # pragma: no cover - a runtime dependency, but never required to read
    _HAVE_C = False

IMPLEMENTATION = "c" if _HAVE_C else "numpy"


def extend(crc: int, data) -> int:
    """The CRC32C of everything checksummed into `crc` followed by `data` (crc32c(a + b) ==
    extend(crc32c(a), b)); lets a stream be verified chunk by chunk."""
    return _extend_c(crc, data) if _HAVE_C else _extend_numpy(crc, data)


def crc32c(data) -> int:
    """Standard CRC32C of bytes, a bytes-like object or the raw bytes of a numpy array."""
    return extend(0, data)


def mask(crc: int) -> int:
    """LevelDB/TensorFlow masking, so a CRC stored next to its data does not checksum itself."""
    return ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + _MASK_DELTA) & 0xFFFFFFFF


def unmask(masked: int) -> int:
    rotated = (masked - _MASK_DELTA) & 0xFFFFFFFF
    return ((rotated >> 17) | (rotated << 15)) & 0xFFFFFFFF


def masked_crc32c(data) -> int:
    return mask(crc32c(data))
