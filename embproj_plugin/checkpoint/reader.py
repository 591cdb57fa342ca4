"""Read a TensorFlow V2 checkpoint (`<prefix>.index` + `<prefix>.data-*-of-*`) without TensorFlow."""
from __future__ import annotations

import dataclasses
import math
import os
import threading

import numpy as np

from .crc32c import crc32c, mask
from .table import TableFormatError, read_table
from .wire import (DTYPE_NAMES, FULL_EXTENT, BundleEntry, WireFormatError, decode_entry,
                   decode_header, slice_key)


class CheckpointError(Exception):
    """A checkpoint file is missing or wrong. `path` names the file, `problem` says what is wrong."""

    def __init__(self, path, problem: str):
        self.path = os.fspath(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):  # keep it picklable despite the two-argument constructor
        return type(self), (self.path, self.problem)


@dataclasses.dataclass(frozen=True)
class VariableInfo:
    name: str
    dtype: str  # numpy-style name; 'bfloat16' for bfloat16 (read as float32)
    shape: tuple[int, ...]


def data_filename(prefix: str, shard_id: int, num_shards: int) -> str:
    return f"{prefix}.data-{shard_id:05d}-of-{num_shards:05d}"


def _extent_slices(extents, shape) -> tuple[slice, ...]:
    """Python slices for a partitioned variable's (start, length) extents."""
    return tuple(slice(start, size if length == FULL_EXTENT else start + length)
                 for (start, length), size in zip(extents, shape))


def _widened(stored: np.ndarray, dtype_name: str) -> np.ndarray:
    """A native-byte-order copy in the variable's own dtype; bfloat16 becomes float32 exactly."""
    if dtype_name == "bfloat16":
        # bfloat16 is the top half of a float32.
        return (stored.astype(np.uint32) << np.uint32(16)).view(np.float32)
    return np.array(stored, dtype=np.dtype(dtype_name), order="C")


def _storage_dtype(dtype_name: str, big_endian: bool) -> np.dtype:
    """The numpy dtype of the bytes as they sit in the data file."""
    stored = np.dtype("uint16" if dtype_name == "bfloat16" else dtype_name)
    return stored.newbyteorder(">" if big_endian else "<")


class CheckpointReader:
    """Lists and reads the numeric tensors of one checkpoint. Safe to share between threads."""

    def __init__(self, prefix):
        self.prefix = os.fspath(prefix)
        self._index_path = self.prefix + ".index"
        self._entries: dict[str, BundleEntry] = {}
        self._skipped: set[str] = set()  # string (and other non-numeric) tensors
        self._slice_entries: dict[bytes, bytes] = {}  # encoded slice key -> undecoded entry
        self._shards: dict[int, np.ndarray] = {}
        self._verified: set[str] = set()
        self._lock = threading.Lock()
        self._load_index()

    # ------------------------------------------------------------ index

    def _index_error(self, problem: str) -> CheckpointError:
        return CheckpointError(self._index_path, problem)

    def _load_index(self) -> None:
        try:
            with open(self._index_path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            raise self._index_error("missing: no such checkpoint index file") from None
        except OSError as error:
            raise self._index_error(f"cannot read: {error.strerror or error}") from None
        try:
            items = read_table(data)
        except TableFormatError as error:
            raise self._index_error(str(error)) from None
        if not items or items[0][0] != b"":
            raise self._index_error('no bundle header (the entry with key "" is missing)')
        try:
            header = decode_header(items[0][1])
        except WireFormatError as error:
            raise self._index_error(f"malformed bundle header: {error}") from None
        if header.num_shards < 1:
            raise self._index_error(f"bundle header says {header.num_shards} data shards")
        self._num_shards = header.num_shards
        self._big_endian = header.big_endian
        for key, value in items[1:]:
            if key.startswith(b"\x00"):
                # A slice of a partitioned variable (OrderedCode key), decoded when read.
                self._slice_entries[key] = value
                continue
            name = key.decode("utf-8", errors="surrogateescape")
            try:
                entry = decode_entry(value)
            except WireFormatError as error:
                raise self._index_error(f"malformed entry for tensor {name!r}: {error}") from None
            if entry.dtype not in DTYPE_NAMES:
                self._skipped.add(name)
                continue
            self._check_entry(name, entry)
            self._entries[name] = entry

    def _check_entry(self, name: str, entry: BundleEntry) -> None:
        if entry.slices:
            for extents in entry.slices:
                self._check_extents(name, entry.shape, extents)
            return  # the full tensor of a partitioned variable holds no bytes itself
        if entry.shard_id >= self._num_shards:
            raise self._index_error(
                f"tensor {name!r} is in shard {entry.shard_id} of {self._num_shards}")
        itemsize = _storage_dtype(DTYPE_NAMES[entry.dtype], False).itemsize
        expected = math.prod(entry.shape) * itemsize
        if entry.size != expected:
            raise self._index_error(
                f"tensor {name!r} has shape {entry.shape} ({expected} bytes) "
                f"but its entry says {entry.size} bytes")

    def _check_extents(self, name, shape, extents) -> None:
        where = _extent_slices(extents, shape)
        if len(extents) != len(shape) or any(w.stop > size for w, size in zip(where, shape)):
            raise self._index_error(f"slice {extents} does not fit tensor {name!r} of shape {shape}")

    # ------------------------------------------------------------ listing

    def variables(self) -> dict[str, VariableInfo]:
        """Every numeric tensor in index (sorted key) order; string tensors are left out."""
        return {name: VariableInfo(name, DTYPE_NAMES[entry.dtype], entry.shape)
                for name, entry in self._entries.items()}

    def _entry(self, name: str) -> BundleEntry:
        try:
            return self._entries[name]
        except KeyError:
            if name in self._skipped:
                raise KeyError(f"{name!r} is not a numeric tensor in {self.prefix}") from None
            raise KeyError(f"no tensor {name!r} in {self.prefix}") from None

    # ------------------------------------------------------------ data

    def _shard(self, shard_id: int, tensor: str) -> np.ndarray:
        with self._lock:
            if shard_id in self._shards:
                return self._shards[shard_id]
            path = data_filename(self.prefix, shard_id, self._num_shards)
            try:
                if os.path.getsize(path) == 0:
                    shard = np.zeros(0, dtype=np.uint8)  # mmap refuses empty files
                else:
                    shard = np.memmap(path, dtype=np.uint8, mode="r")
            except FileNotFoundError:
                raise CheckpointError(
                    path, f"missing: data shard needed for tensor {tensor!r} does not exist") from None
            except (OSError, ValueError) as error:
                raise CheckpointError(
                    path, f"cannot read data shard for tensor {tensor!r}: {error}") from None
            self._shards[shard_id] = shard
            return shard

    def _bytes(self, name: str, entry: BundleEntry) -> np.ndarray:
        """The tensor's bytes as a read-only uint8 view of the shard, CRC-checked once."""
        shard = self._shard(entry.shard_id, name)
        path = data_filename(self.prefix, entry.shard_id, self._num_shards)
        end = entry.offset + entry.size
        if end > len(shard):
            raise CheckpointError(
                path, f"truncated: tensor {name!r} needs bytes {entry.offset}..{end} "
                      f"but the file has {len(shard)} bytes")
        raw = shard[entry.offset:end]
        if name not in self._verified:
            if mask(crc32c(raw)) != entry.crc32c:
                raise CheckpointError(
                    path, f"CRC mismatch in tensor {name!r} (the data file is corrupted)")
            self._verified.add(name)
        return raw

    def _view(self, name: str, entry: BundleEntry) -> np.ndarray:
        dtype_name = DTYPE_NAMES[entry.dtype]
        raw = self._bytes(name, entry)
        return raw.view(_storage_dtype(dtype_name, self._big_endian)).reshape(entry.shape)

    def _assembled(self, name: str, entry: BundleEntry) -> np.ndarray:
        """A partitioned variable glued together from its slices (a new array)."""
        full = np.empty(entry.shape, _storage_dtype(DTYPE_NAMES[entry.dtype], self._big_endian))
        covered = 0
        for extents in entry.slices:
            where = _extent_slices(extents, entry.shape)
            label = f"{name}[{', '.join(f'{w.start}:{w.stop}' for w in where)}]"
            value = self._slice_entries.get(slice_key(name.encode("utf-8", "surrogateescape"), extents))
            if value is None:
                raise self._index_error(f"partitioned variable {name!r}: slice {label} is missing")
            try:
                part = decode_entry(value)
            except WireFormatError as error:
                raise self._index_error(f"malformed entry for slice {label}: {error}") from None
            target = full[where]
            if part.dtype != entry.dtype or part.shape != target.shape or part.slices:
                raise self._index_error(
                    f"slice {label} has dtype {part.dtype} and shape {part.shape}, "
                    f"expected {entry.dtype} and {target.shape}")
            self._check_entry(label, part)
            full[where] = self._view(label, part)
            covered += target.size
        if covered != full.size:
            raise self._index_error(
                f"partitioned variable {name!r}: its slices cover {covered} of {full.size} values")
        return full

    def _stored(self, name: str) -> tuple[np.ndarray, str]:
        """The values in storage dtype: a view of the shard, or assembled from slices."""
        entry = self._entry(name)
        if entry.slices:
            return self._assembled(name, entry), DTYPE_NAMES[entry.dtype]
        return self._view(name, entry), DTYPE_NAMES[entry.dtype]

    def read(self, name: str) -> np.ndarray:
        """The tensor's values in its own dtype (bfloat16 widened exactly to float32), as a copy."""
        return _widened(*self._stored(name))

    def read_float32(self, name: str) -> np.ndarray:
        """C-contiguous float32 values; a read-only memmap over the data file when stored as LE float32."""
        stored, dtype_name = self._stored(name)
        if dtype_name == "float32" and not self._big_endian:
            return stored  # a memmap view, or a fresh array for a partitioned variable
        return _widened(stored, dtype_name).astype(np.float32, order="C", copy=False)

    def close(self) -> None:
        """Drop the memory maps this reader holds (arrays already returned stay valid)."""
        with self._lock:
            self._shards.clear()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
