"""Read a TensorFlow V2 checkpoint (`<prefix>.index` + `<prefix>.data-*-of-*`) without TensorFlow."""
from __future__ import annotations

import dataclasses
import math
import os

import numpy as np

from embproj_plugin.file_access import (MAX_INDEX_BYTES, MAX_IN_MEMORY_TENSOR_BYTES, FileAccessError,
                                        FileMissing, open_file, read_file, version_of)

from embproj_plugin.remote_errors import RemoteAccessError
from embproj_plugin.tensor_stream import elements_per_chunk, hold_last_until, pieces_of, read_pieces

from .crc32c import extend, mask
from .table import TableFormatError, read_table
from .wire import (DT_STRING, DTYPE_NAMES, FULL_EXTENT, BundleEntry, WireFormatError, decode_entry,
                   decode_header, slice_key)


class CheckpointError(Exception):
    """A checkpoint file is missing or wrong. `path` names the file, `problem` says what is wrong;
    `status` is the HTTP status a server answers with (422 damaged, 404 gone, 409 changed)."""

    def __init__(self, path, problem: str, status: int = 422):
        self.path = os.fspath(path)
        self.problem = problem
        self.status = status
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):  # keep it picklable despite the positional constructor
        return type(self), (self.path, self.problem, self.status)

    @classmethod
    def from_access(cls, error: FileAccessError, what: str = "cannot read") -> "CheckpointError":
        return cls(error.path, f"{what}: {error.reason}", error.status)


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


# TensorFlow's shapes are int64; the projector's config stores uint32 dimensions.
MAX_DIMENSION = 2**32 - 1


@dataclasses.dataclass(frozen=True)
class UnusableVariable:
    """A tensor the index lists that cannot be served, and why (a string tensor, a damaged entry)."""
    name: str
    shape: tuple[int, ...]
    reason: str
    path: str  # the file that shows the problem
    damaged: bool = True  # False: a well-formed tensor that is simply not numeric


def _as_float32(raw: bytes, dtype_name: str, big_endian: bool) -> np.ndarray:
    stored = np.frombuffer(raw, _storage_dtype(dtype_name, big_endian))
    if dtype_name == "bfloat16":
        return _widened(stored, dtype_name)
    if stored.dtype == np.dtype("<f4"):
        return stored  # a read-only view of the bytes just read: no copy
    return stored.astype(np.float32)


def _overlap(a, b) -> bool:
    return all(x.start < y.stop and y.start < x.stop for x, y in zip(a, b))


class CheckpointReader:
    """Lists and reads the numeric tensors of one checkpoint. Safe to share between threads.

    The index is parsed once; data shards are opened per read and every read re-verifies the
    tensor's CRC32C, so a shard rewritten in place later is never served unverified.
    """

    def __init__(self, prefix):
        self.prefix = os.fspath(prefix)
        self._index_path = self.prefix + ".index"
        self._entries: dict[str, BundleEntry] = {}
        self._unusable: dict[str, UnusableVariable] = {}
        self._slice_entries: dict[bytes, bytes] = {}  # encoded slice key -> undecoded entry
        self._load_index()

    # ------------------------------------------------------------ index

    def _index_error(self, problem: str) -> CheckpointError:
        return CheckpointError(self._index_path, problem)

    def _load_index(self) -> None:
        try:
            data = read_file(self._index_path, MAX_INDEX_BYTES, "checkpoint index")
        except FileMissing:
            raise self._index_error("missing: no such checkpoint index file") from None
        except RemoteAccessError:
            raise  # credentials, endpoint, bucket: the storage's own error says what to do
        except FileAccessError as error:
            raise CheckpointError.from_access(error) from None
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
        if not 1 <= header.num_shards <= 100_000:
            raise self._index_error(f"bundle header says {header.num_shards} data shards")
        self._num_shards = header.num_shards
        self._big_endian = header.big_endian
        shard_sizes = {}
        for key, value in items[1:]:
            if key.startswith(b"\x00"):
                # A slice of a partitioned variable (OrderedCode key), decoded when read.
                self._slice_entries[key] = value
                continue
            self._add_entry(key, value, shard_sizes)

    def _add_entry(self, key: bytes, value: bytes, shard_sizes: dict) -> None:
        """Records the tensor under `key`, or why it cannot be used: one bad entry spoils only itself."""
        try:
            name = key.decode("utf-8")
        except UnicodeDecodeError:
            name = key.decode("utf-8", "backslashreplace")
            self._unusable[name] = UnusableVariable(name, (), "tensor name is not UTF-8 text", self._index_path)
            return
        try:
            entry = decode_entry(value)
        except WireFormatError as error:
            self._unusable[name] = UnusableVariable(name, (), f"malformed index entry: {error}", self._index_path)
            return
        if entry.dtype not in DTYPE_NAMES:
            reason = "string tensor: not numeric" if entry.dtype == DT_STRING \
                else f"dtype {entry.dtype} is not numeric"
            self._unusable[name] = UnusableVariable(name, entry.shape, reason, self._index_path, damaged=False)
            return
        problem = self._entry_problem(name, entry, shard_sizes)
        if problem:
            path = self._index_path
            if problem.startswith("truncated"):
                path = data_filename(self.prefix, entry.shard_id, self._num_shards)
            self._unusable[name] = UnusableVariable(name, entry.shape, problem, path)
        else:
            self._entries[name] = entry

    def _entry_problem(self, name: str, entry: BundleEntry, shard_sizes: dict) -> str | None:
        if any(d < 0 or d > MAX_DIMENSION for d in entry.shape):
            return f"shape {list(entry.shape)} has a dimension outside 0..{MAX_DIMENSION}"
        if entry.slices:
            return self._slices_problem(name, entry)
        if not 0 <= entry.shard_id < self._num_shards:
            return f"its data is in shard {entry.shard_id}, but the checkpoint has {self._num_shards}"
        itemsize = _storage_dtype(DTYPE_NAMES[entry.dtype], False).itemsize
        expected = math.prod(entry.shape) * itemsize
        if entry.size != expected or entry.offset < 0:
            return (f"shape {list(entry.shape)} needs {expected} bytes but its entry says "
                    f"{entry.size} bytes at offset {entry.offset}")
        shard = data_filename(self.prefix, entry.shard_id, self._num_shards)
        if shard not in shard_sizes:
            version = version_of(shard)
            shard_sizes[shard] = version.size if version else None
        if shard_sizes[shard] is not None and entry.offset + entry.size > shard_sizes[shard]:
            return (f"truncated: tensor {name!r} needs bytes {entry.offset}..{entry.offset + entry.size} "
                    f"of {os.path.basename(shard)}, which has {shard_sizes[shard]} bytes")
        return None

    def _slices_problem(self, name: str, entry: BundleEntry) -> str | None:
        """Slices must tile the tensor exactly, as TensorFlow requires: no overlap, no gap."""
        boxes = []
        for extents in entry.slices:
            if len(extents) != len(entry.shape):
                return f"slice {extents} has {len(extents)} dimensions, the tensor {len(entry.shape)}"
            where = _extent_slices(extents, entry.shape)
            if any(w.start < 0 or w.stop > size or w.start >= w.stop for w, size in zip(where, entry.shape)):
                return f"slice {extents} does not fit shape {list(entry.shape)}"
            for other in boxes:
                if _overlap(where, other):
                    return f"overlapping slices {_label(where)} and {_label(other)}"
            boxes.append(where)
        covered = sum(math.prod(w.stop - w.start for w in box) for box in boxes)
        if covered != math.prod(entry.shape):
            return f"its slices cover {covered} of {math.prod(entry.shape)} values (a gap)"
        return None

    # ------------------------------------------------------------ listing

    def variables(self) -> dict[str, VariableInfo]:
        """Every readable numeric tensor in index (sorted key) order."""
        return {name: VariableInfo(name, DTYPE_NAMES[entry.dtype], entry.shape)
                for name, entry in self._entries.items()}

    def unusable(self) -> dict[str, UnusableVariable]:
        """Tensors listed in the index that cannot be read (string tensors, damaged entries)."""
        return dict(self._unusable)

    def _entry(self, name: str) -> BundleEntry:
        """The entry of a readable tensor; CheckpointError for a listed but unreadable one,
        KeyError for a name the index does not hold."""
        if name in self._entries:
            return self._entries[name]
        unusable = self._unusable.get(name)
        if unusable is not None and unusable.damaged:
            raise CheckpointError(unusable.path, unusable.reason)
        raise KeyError(f"no numeric tensor {name!r} in {self.prefix}"
                       + (f" ({unusable.reason})" if unusable else ""))

    # ------------------------------------------------------------ data

    def _chunks(self, label: str, entry: BundleEntry, as_stored: bool):
        """The tensor's values piece by piece (float32, or the stored dtype when `as_stored`),
        CRC-checked as they are read; the last piece is held back until the checksum and the
        file's version are confirmed, so a damaged or rewritten shard never yields a whole tensor."""
        path = data_filename(self.prefix, entry.shard_id, self._num_shards)
        dtype_name = DTYPE_NAMES[entry.dtype]
        stored = _storage_dtype(dtype_name, self._big_endian)
        try:
            with open_file(path) as shard:
                end = entry.offset + entry.size
                if end > shard.size:
                    raise CheckpointError(path, f"truncated: tensor {label!r} needs bytes "
                                                f"{entry.offset}..{end} but the file has {shard.size} bytes")
                crc = [0]

                def checksummed(raw):
                    crc[0] = extend(crc[0], raw)
                    return np.frombuffer(raw, stored) if as_stored else _as_float32(raw, dtype_name, self._big_endian)

                def verify():
                    if mask(crc[0]) != entry.crc32c:
                        raise CheckpointError(path, f"CRC mismatch in tensor {label!r} (the data file is "
                                                    f"corrupted or was rewritten after its index)")
                    shard.check_unchanged()

                step = elements_per_chunk(entry.shape, stored.itemsize) * stored.itemsize
                raw_pieces = read_pieces(shard.read_at, entry.offset, entry.size, step)
                yield from hold_last_until(map(checksummed, raw_pieces), verify)
        except FileMissing:
            raise CheckpointError(path, f"missing: data shard needed for tensor {label!r} does not exist",
                                  404) from None
        except RemoteAccessError:
            raise
        except FileAccessError as error:
            raise CheckpointError.from_access(error, f"data shard of tensor {label!r}") from None

    def _whole(self, label: str, entry: BundleEntry, as_stored: bool) -> np.ndarray:
        parts = list(self._chunks(label, entry, as_stored))
        dtype = _storage_dtype(DTYPE_NAMES[entry.dtype], self._big_endian) if as_stored else np.float32
        flat = np.concatenate(parts) if parts else np.zeros(0, dtype)
        return flat.reshape(entry.shape)

    def _assembled(self, name: str, entry: BundleEntry, as_stored: bool) -> np.ndarray:
        """A partitioned variable glued together from its slices (checked to tile it exactly)."""
        dtype_name = DTYPE_NAMES[entry.dtype]
        nbytes = math.prod(entry.shape) * _storage_dtype(dtype_name, False).itemsize
        if nbytes > MAX_IN_MEMORY_TENSOR_BYTES:
            raise self._index_error(f"partitioned variable {name!r} is {nbytes} bytes, over the "
                                    f"{MAX_IN_MEMORY_TENSOR_BYTES} assembled in memory")
        dtype = _storage_dtype(dtype_name, self._big_endian) if as_stored else np.float32
        full = np.empty(entry.shape, dtype)
        for extents in entry.slices:
            where = _extent_slices(extents, entry.shape)
            label = f"{name}{_label(where)}"
            value = self._slice_entries.get(slice_key(name.encode("utf-8"), extents))
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
            problem = self._entry_problem(label, part, {})
            if problem:
                raise self._index_error(f"slice {label}: {problem}")
            full[where] = self._whole(label, part, as_stored)
        return full

    def blocks(self, name: str):
        """Float32 values of tensor `name` in row-major order, as 1-D pieces (whole rows where a row
        fits in CHUNK_BYTES), verified: a damaged or changed file raises CheckpointError before the
        last piece. Raises KeyError for an unknown tensor."""
        entry = self._entry(name)
        if entry.slices:
            yield from pieces_of(self._assembled(name, entry, as_stored=False), entry.shape)
        else:
            yield from self._chunks(name, entry, as_stored=False)

    def read(self, name: str) -> np.ndarray:
        """The tensor's values in its own dtype (bfloat16 widened exactly to float32), as a copy."""
        entry = self._entry(name)
        stored = self._assembled(name, entry, True) if entry.slices else self._whole(name, entry, True)
        return _widened(stored, DTYPE_NAMES[entry.dtype])

    def read_float32(self, name: str) -> np.ndarray:
        """C-contiguous float32 values (a copy in memory; `blocks` streams them instead)."""
        entry = self._entry(name)
        return self._assembled(name, entry, False) if entry.slices else self._whole(name, entry, False)

    def close(self) -> None:
        """Nothing is held open between reads; kept for the context-manager protocol."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def _label(where) -> str:
    return "[" + ", ".join(f"{w.start}:{w.stop}" for w in where) + "]"
