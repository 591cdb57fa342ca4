"""One interface over every place a tensor can live → (N, D) float32, streamed.

Checkpoint variables, TSV (what PyTorch and tensorboardX write), raw float32 with `tensor_shape`,
`.npy` and `.npz`. Opening a source reads only what describes it (a header, an index); `blocks()`
streams the values as float32 pieces, read into buffers and verified (see tensor_stream.py). Only
a TSV, which has to be parsed whole, is kept in memory.
"""
import collections
import io
import math
import re
import threading
import warnings
import zipfile

import numpy as np

from embproj_plugin.checkpoint import CheckpointError, CheckpointReader
from embproj_plugin.errors import EmbprojError, MalformedFile
from embproj_plugin.npz_arrays import VECTOR_ARRAY_NAMES, chosen_array
from embproj_plugin.paths import checkpoint_files
from embproj_plugin.file_access import (MAX_TEXT_TENSOR_BYTES, MAX_IN_MEMORY_TENSOR_BYTES, FileChanged,
                                        open_file, read_file, version_of)
from embproj_plugin.tensor_stream import elements_per_chunk, hold_last_until, pieces_of, read_pieces

_TEXT_SUFFIXES = (".tsv", ".txt", ".csv")
# An .npy header is a short Python literal; numpy itself refuses headers over 10,000 bytes.
_MAX_NPY_HEADER_BYTES = 65536


def file_signature(path):
    """What changes when a file is rewritten: used for cache keys and ETags."""
    version = version_of(path)
    return (path,) + version.key if version else (path, None)


def require_2d(shape, name, path):
    if len(shape) != 2:
        raise MalformedFile(
            'tensor "%s" is %d-D with shape %s; the projector needs a 2-D [N, D] tensor'
            % (name, len(shape), list(shape)),
            path,
            "Reshape it to [N, D] (one row per point) before saving, or name a 2-D tensor in the config.",
        )


class SourceCache:
    """Keeps opened sources (parsed TSVs, parsed checkpoint indexes) across run reloads while their
    files are unchanged: a run reloads whenever a file appears in its directory (a new event file),
    and re-parsing a 100,000-row TSV each time would stall the page."""

    def __init__(self, capacity=64):
        self._items = collections.OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def get(self, key, make):
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._capacity:
                self._items.popitem(last=False)
        return value


SOURCES = SourceCache()


class TensorSource:
    """Base: `kind`, `path` (the file read), `shape`, `dtype`; `blocks()` → verified 1-D float32
    pieces in row-major order; `load()` → the whole (N, D) float32 array (for small uses)."""

    kind = ""

    def __init__(self, path):
        self.path = path

    def signature(self):
        return file_signature(self.path)

    def blocks(self):
        raise NotImplementedError

    def load(self):
        pieces = list(self.blocks())
        flat = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
        return flat.reshape(self.shape)


class CheckpointTensor(TensorSource):
    kind = "checkpoint"

    def __init__(self, reader, variable):
        super().__init__(reader.prefix + ".index")
        self._reader = reader
        self.prefix = reader.prefix
        self.name = variable.name
        self.shape = tuple(variable.shape)
        self.dtype = variable.dtype

    def signature(self):
        return (self.name,) + tuple(file_signature(p) for p in checkpoint_files(self.prefix))

    def blocks(self):
        """CRC-verified on every read: a shard rewritten since the index was parsed is refused."""
        try:
            yield from self._reader.blocks(self.name)
        except CheckpointError as e:
            raise EmbprojError(e.status, "tensor cannot be read: %s" % e.problem, e.path,
                               "The checkpoint is damaged or being rewritten; save it again.") from None


def _stream_from_file(path, offset, dtype, shape, expected_version=None):
    """Float32 pieces of a C-order array of `dtype` and `shape` at `offset` in the file at `path`,
    held back at the end until the file is confirmed unchanged while it was read."""
    nbytes = math.prod(shape) * dtype.itemsize
    with open_file(path) as f:
        if expected_version is not None and f.version.size != expected_version.size:
            raise FileChanged(path, "it has %d bytes now, %d when it was listed"
                              % (f.version.size, expected_version.size))
        if f.size < offset + nbytes:
            raise MalformedFile("truncated: the tensor needs %d bytes from byte %d, the file has %d"
                                % (nbytes, offset, f.size), path)
        step = elements_per_chunk(shape, dtype.itemsize) * dtype.itemsize
        pieces = (_float32(np.frombuffer(raw, dtype)) for raw in read_pieces(f.read_at, offset, nbytes, step))
        yield from hold_last_until(pieces, f.check_unchanged)


def _float32(values):
    return values if values.dtype == np.dtype("<f4") else values.astype(np.float32)


class RawTensor(TensorSource):
    """Little-endian float32, row-major, no header; the shape comes from `tensor_shape`."""

    kind = "raw"

    def __init__(self, path, shape, name, size):
        super().__init__(path)
        require_2d(shape, name, path)
        self.shape = tuple(int(s) for s in shape)
        self.dtype = "float32"
        expected = self.shape[0] * self.shape[1] * 4
        if size != expected:
            raise MalformedFile(
                "raw float32 tensor file has %d bytes; tensor_shape %s needs %d"
                % (size, list(self.shape), expected),
                path,
                "Check tensor_shape in the config, or save the tensor as TSV or .npy.",
            )

    def blocks(self):
        return _stream_from_file(self.path, 0, np.dtype("<f4"), self.shape)


# ---------------------------------------------------------------- .npy and .npz

def _npy_header(head, path, name):
    """(shape, fortran_order, dtype, data offset) from the first bytes of an .npy stream.
    Anything numpy's header parser trips on (it evaluates a Python literal) is a MalformedFile."""
    stream = io.BytesIO(head)
    try:
        version = np.lib.format.read_magic(stream)
        read_header = {(1, 0): np.lib.format.read_array_header_1_0,
                       (2, 0): np.lib.format.read_array_header_2_0}.get(version)
        if read_header is None:
            raise ValueError("unsupported .npy format version %d.%d" % version)
        shape, fortran_order, dtype = read_header(stream, max_header_size=_MAX_NPY_HEADER_BYTES)
    except Exception as e:  # pylint: disable=broad-except  # ValueError, SyntaxError, TokenError, ...
        raise MalformedFile("not a readable .npy header: %s" % (str(e) or type(e).__name__), path,
                            "Save the array again with numpy.save.") from None
    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None or dtype.kind not in "fiub":
        raise MalformedFile('tensor "%s" has non-numeric dtype %s' % (name, dtype), path)
    require_2d(shape, name, path)
    if any(not isinstance(d, int) or d < 0 for d in shape):
        raise MalformedFile("the .npy header declares an impossible shape %s" % (shape,), path)
    return tuple(shape), fortran_order, dtype, stream.tell()


def _fortran_blocks(read_all, shape, dtype, path):
    """A Fortran-order array has to be read whole to be served row by row."""
    nbytes = math.prod(shape) * dtype.itemsize
    if nbytes > MAX_IN_MEMORY_TENSOR_BYTES:
        raise MalformedFile("a Fortran-order array of %d bytes is over the %d assembled in memory"
                            % (nbytes, MAX_IN_MEMORY_TENSOR_BYTES), path, "Save it in C order.")
    values = np.frombuffer(read_all(nbytes), dtype).reshape(shape, order="F")
    return pieces_of(values.astype(np.float32, order="C"))


class NpyTensor(TensorSource):
    kind = "npy"

    def __init__(self, path, name):
        super().__init__(path)
        with open_file(path) as f:
            head = f.read_at(0, min(f.size, _MAX_NPY_HEADER_BYTES))
            self.shape, self._fortran, self._dtype, self._offset = _npy_header(head, path, name)
            if f.size < self._offset + math.prod(self.shape) * self._dtype.itemsize:
                raise MalformedFile("truncated .npy: shape %s of %s needs %d bytes after the header, the file "
                                    "has %d" % (list(self.shape), self._dtype, math.prod(self.shape)
                                                * self._dtype.itemsize, f.size - self._offset), path)
        self.dtype = self._dtype.name

    def blocks(self):
        if not self._fortran:
            return _stream_from_file(self.path, self._offset, self._dtype, self.shape)
        with open_file(self.path) as f:
            pieces = list(_fortran_blocks(lambda n: f.read_at(self._offset, n), self.shape, self._dtype, self.path))
            f.check_unchanged()
        return iter(pieces)


def npz_member(names, name, path):
    """The .npy member of an .npz holding the tensor `name`: the only one, or one named like it."""
    arrays = [n[:-4] for n in names if n.endswith(".npy")]
    chosen = chosen_array(arrays, (name, name.split(":")[0]) + VECTOR_ARRAY_NAMES)
    if chosen is not None:
        return chosen + ".npy"
    if not arrays:
        raise MalformedFile("the .npz holds no .npy arrays (members: %s)" % ", ".join(names[:8]), path,
                            "Save it with numpy.savez.")
    raise MalformedFile(
        "the .npz holds %d arrays (%s) and none is named like the tensor" % (len(arrays), ", ".join(arrays)),
        path,
        'Name the array "%s" or "embeddings", or save a single array.' % name,
    )


class NpzTensor(TensorSource):
    """One array of an .npz, streamed out of the zip: never decompressed beyond what the array's
    header declares, and the zip's CRC-32 checked at the end of every read."""

    kind = "npz"

    def __init__(self, path, name):
        super().__init__(path)
        with _NpzMember(path, name, None) as (member, info):
            head = _read_exactly(member, min(info.file_size, _MAX_NPY_HEADER_BYTES), path)
        self.shape, self._fortran, self._dtype, self._offset = _npy_header(head, path, name)
        self._member_name = info.filename
        needed = self._offset + math.prod(self.shape) * self._dtype.itemsize
        if info.file_size != needed:
            raise MalformedFile("the .npz member %s declares %d bytes but its array needs %d"
                                % (info.filename, info.file_size, needed), path)
        self.dtype = self._dtype.name

    def blocks(self):
        with _NpzMember(self.path, None, self._member_name) as (member, _info):
            _read_exactly(member, self._offset, self.path)
            nbytes = math.prod(self.shape) * self._dtype.itemsize
            if self._fortran:
                pieces = list(_fortran_blocks(lambda n: _read_exactly(member, n, self.path),
                                              self.shape, self._dtype, self.path))
                _read_to_end(member, self.path)
            else:
                step = elements_per_chunk(self.shape, self._dtype.itemsize) * self._dtype.itemsize
                raws = (_read_exactly(member, min(step, nbytes - start), self.path)
                        for start in range(0, nbytes, step))
                pieces = hold_last_until((_float32(np.frombuffer(raw, self._dtype)) for raw in raws),
                                         lambda: _read_to_end(member, self.path))
            yield from pieces


class _NpzMember:
    """Context manager: (open member stream, ZipInfo) of an .npz, errors as MalformedFile."""

    def __init__(self, path, tensor_name, member_name):
        self.path, self.tensor_name, self.member_name = path, tensor_name, member_name
        self._file = self._zip = self._member = None

    def __enter__(self):
        self._file = open_file(self.path)
        try:
            handle = self._file.stream()
            self._zip = zipfile.ZipFile(handle)
            name = self.member_name or npz_member(self._zip.namelist(), self.tensor_name, self.path)
            info = self._zip.getinfo(name)
            self._member = self._zip.open(info)
            return self._member, info
        except EmbprojError:
            self.__exit__(None, None, None)
            raise
        except Exception as e:  # pylint: disable=broad-except  # BadZipFile, zlib.error, KeyError, ...
            self.__exit__(None, None, None)
            raise MalformedFile("not a readable .npz file: %s" % (str(e) or type(e).__name__), self.path) from None

    def __exit__(self, *exc_info):
        for closable in (self._member, self._zip):
            if closable is not None:
                closable.close()
        if self._file is not None:
            if exc_info[0] is None:
                self._file.check_unchanged()
            self._file.close()


def _read_exactly(stream, size, path):
    try:
        data = stream.read(size)
    except EmbprojError:
        raise  # the storage failed (a remote .npz), not the archive
    except Exception as e:  # pylint: disable=broad-except  # zlib.error, BadZipFile (CRC), EOFError
        raise MalformedFile("damaged .npz member: %s" % (str(e) or type(e).__name__), path) from None
    if len(data) != size:
        raise MalformedFile("damaged .npz member: it ends %d bytes early" % (size - len(data)), path)
    return data


def _read_to_end(stream, path):
    """Reading past the last byte makes zipfile compare the member's CRC-32."""
    if _read_exactly(stream, 0, path) != b"" or stream.read(1):
        raise MalformedFile("damaged .npz member: more bytes than declared", path)


# ---------------------------------------------------------------- TSV

class TsvTensor(TensorSource):
    """Tab-separated floats, one row per line (TensorBoard's and PyTorch's format). Parsed whole
    (as TensorBoard does) and kept while the file is unchanged."""

    kind = "tsv"

    def __init__(self, path, name):
        super().__init__(path)
        self._array = parse_tsv_tensor(path)
        self.shape = tuple(self._array.shape)
        self.dtype = "float32"

    def blocks(self):
        return pieces_of(self._array)

    def load(self):
        return self._array


# A field is one float literal as Python's float() reads it, without inner spaces; these find the
# first line that breaks that rule quickly on large files (numpy's parser is more lenient).
_BAD_TSV_CHARACTER = re.compile(rb"[^0-9eE+\-.naifNAIFtyTY\t\r\n ]")
_SPACE_INSIDE_FIELD = re.compile(rb"[^\s] +[^\s]")
_EMPTY_FIELD = re.compile(rb"(?:^|\n)\r?\t|\t\t|\t\r?(?:\n|$)")


def parse_tsv_tensor(path):
    """Parses like TensorBoard does (float() per field, then float32), but fast and strictly, with
    line numbers in errors: blank lines are skipped, every other line must have the same number of
    tab-separated values, each one number."""
    raw = read_file(path, MAX_TEXT_TENSOR_BYTES, "tensor TSV")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise MalformedFile(
            "tensor TSV is not UTF-8 text (byte %d); a binary file needs tensor_shape in the config"
            % e.start, path) from None
    lines = [line for line in raw.split(b"\n") if line.strip(b"\r")]
    if not lines:
        raise MalformedFile("tensor file is empty", path)
    width = lines[0].count(b"\t") + 1
    for i, line in enumerate(lines):
        if line.count(b"\t") + 1 != width:
            raise MalformedFile(
                "row %d has %d values but row 1 has %d" % (i + 1, line.count(b"\t") + 1, width), path,
                "Every row of a tensor TSV needs the same number of tab-separated values.")
    body = b"\n".join(lines)
    for pattern, what in ((_BAD_TSV_CHARACTER, "a value that is not a number"),
                          (_SPACE_INSIDE_FIELD, "values separated by spaces, not tabs"),
                          (_EMPTY_FIELD, "an empty value")):
        match = pattern.search(body)
        if match:
            row = body.count(b"\n", 0, match.start() + 1) + 1
            raise MalformedFile("row %d holds %s" % (row, what), path,
                                "Tensor TSV values must be numbers separated by single tabs (nan and inf "
                                "are allowed).")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy only warns when it stops at an unparsable value
        try:
            values = np.fromstring(body.replace(b"\n", b"\t").decode("ascii"), dtype=np.float64, sep="\t")
        except (ValueError, DeprecationWarning):
            values = None
    if values is None or values.size != len(lines) * width:
        raise MalformedFile("row %d holds a value that is not a number" % _first_bad_row(lines), path,
                            "Tensor TSV values must be numbers (nan and inf are allowed).")
    return values.astype(np.float32).reshape(len(lines), width)


def _first_bad_row(lines):
    for i, line in enumerate(lines):
        try:
            [float(v) for v in line.split(b"\t")]
        except ValueError:
            return i + 1
    return len(lines)


# ---------------------------------------------------------------- choosing a reader

def _looks_like_text(path):
    """True when the file starts like a TSV of numbers (digits, signs, dots, exponents, nan/inf)."""
    with open_file(path) as f:
        head = f.read_at(0, min(4096, f.size))
    return not head.strip(b"0123456789+-.eEnaifNAIF \t\r\n")


def open_tensor_file(path, tensor_shape, name):
    """Picks the reader for a `tensor_path` by its suffix and contents (cached while unchanged)."""
    version = version_of(path)
    if version is None:
        with open_file(path):  # says why: missing, a FIFO, a directory, ...
            pass
    key = ("file", file_signature(path), tuple(tensor_shape), name)
    return SOURCES.get(key, lambda: _open_tensor_file(path, tensor_shape, name, version.size))


def open_checkpoint(prefix, confinement):
    """A CheckpointReader for `prefix` inside the logdir, shared while its files are unchanged
    (raises CheckpointError, or PathRefused for files outside the logdir)."""
    confinement.checkpoint(prefix)
    key = ("reader",) + tuple(file_signature(p) for p in checkpoint_files(prefix))
    return SOURCES.get(key, lambda: CheckpointReader(prefix))


def checkpoint_tensor(reader, variable):
    """The CheckpointTensor of `variable`, shared while the checkpoint files are unchanged."""
    key = ("checkpoint", tuple(file_signature(p) for p in checkpoint_files(reader.prefix)), variable.name)
    return SOURCES.get(key, lambda: CheckpointTensor(reader, variable))


def _open_tensor_file(path, tensor_shape, name, size):
    lower = path.lower()
    if lower.endswith(".npy"):
        return NpyTensor(path, name)
    if lower.endswith(".npz"):
        return NpzTensor(path, name)
    if lower.endswith(_TEXT_SUFFIXES) or not tensor_shape:
        return TsvTensor(path, name)
    shape = list(tensor_shape)
    if len(shape) == 2 and size == shape[0] * shape[1] * 4 and not _looks_like_text(path):
        return RawTensor(path, tensor_shape, name, size)  # skips a futile text parse of a large binary file
    try:
        return TsvTensor(path, name)
    except MalformedFile:
        # Not text: TensorBoard falls back to raw float32 with tensor_shape in this case too.
        return RawTensor(path, tensor_shape, name, size)
