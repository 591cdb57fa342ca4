"""One interface over every place a tensor can live → an (N, D) float32 array.

Checkpoint variables, TSV (what PyTorch and tensorboardX write), raw float32 with `tensor_shape`,
`.npy` and `.npz`. Float32 data on disk is memory-mapped, never copied per request.
"""
import collections
import os
import threading
import warnings
import zipfile

import numpy as np

from embproj_plugin.checkpoint import CheckpointReader
from embproj_plugin.errors import MalformedFile

_TEXT_SUFFIXES = (".tsv", ".txt", ".csv")


def file_signature(path):
    """What changes when a file is rewritten: used for cache keys and ETags."""
    st = os.stat(path)
    return (path, st.st_size, st.st_mtime_ns)


def require_2d(shape, name, path):
    if len(shape) != 2:
        raise MalformedFile(
            'tensor "%s" is %d-D with shape %s; the projector needs a 2-D [N, D] tensor'
            % (name, len(shape), list(shape)),
            path,
            "Reshape it to [N, D] (one row per point) before saving, or name a 2-D tensor in the config.",
        )


class SourceCache:
    """Keeps opened sources (parsed TSVs, checksummed checkpoints) across run reloads while their
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
    """Base: `kind`, `path` (the file read), `shape`, `dtype`, `load()` → float32 (N, D)."""

    kind = ""

    def __init__(self, path):
        self.path = path

    def signature(self):
        return file_signature(self.path)


class CheckpointTensor(TensorSource):
    kind = "checkpoint"

    def __init__(self, reader, variable):
        super().__init__(reader.prefix + ".index")
        self._reader = reader
        self.prefix = reader.prefix
        self.name = variable.name
        self.shape = tuple(variable.shape)
        self.dtype = variable.dtype
        self._values = None

    def signature(self):
        data = [p for p in _data_shards(self._reader.prefix)]
        return (self.name,) + tuple(file_signature(p) for p in [self.path] + data)

    def load(self):
        # Kept: the checksum is verified once, and a memory map costs no memory of its own.
        if self._values is None:
            self._values = self._reader.read_float32(self.name)
        return self._values


def _data_shards(prefix):
    directory, base = os.path.split(prefix)
    try:
        names = os.listdir(directory or ".")
    except OSError:
        return []
    return sorted(os.path.join(directory, n) for n in names if n.startswith(base + ".data-"))


class RawTensor(TensorSource):
    """Little-endian float32, row-major, no header; the shape comes from `tensor_shape`."""

    kind = "raw"

    def __init__(self, path, shape, name):
        super().__init__(path)
        require_2d(shape, name, path)
        self.shape = tuple(int(s) for s in shape)
        self.dtype = "float32"
        expected = self.shape[0] * self.shape[1] * 4
        size = os.path.getsize(path)
        if size != expected:
            raise MalformedFile(
                "raw float32 tensor file has %d bytes; tensor_shape %s needs %d"
                % (size, list(self.shape), expected),
                path,
                "Check tensor_shape in the config, or save the tensor as TSV or .npy.",
            )

    def load(self):
        if self.shape[0] * self.shape[1] == 0:
            return np.zeros(self.shape, np.float32)
        return np.memmap(self.path, dtype="<f4", mode="r", shape=self.shape)


class NpyTensor(TensorSource):
    kind = "npy"

    def __init__(self, path, name):
        super().__init__(path)
        try:
            self._array = np.load(path, mmap_mode="r", allow_pickle=False)
        except (ValueError, OSError, EOFError) as e:
            raise MalformedFile("not a readable .npy file: %s" % e, path) from None
        _check_numeric(self._array.dtype, name, path)
        require_2d(self._array.shape, name, path)
        self.shape = tuple(self._array.shape)
        self.dtype = self._array.dtype.name

    def load(self):
        return as_float32(self._array)


class NpzTensor(TensorSource):
    """An .npz holding one array, or one named like the tensor."""

    kind = "npz"

    def __init__(self, path, name):
        super().__init__(path)
        try:
            with np.load(path, allow_pickle=False) as archive:
                keys = list(archive.keys())
                key = _pick_npz_key(keys, name, path)
                array = archive[key]
        except (ValueError, OSError, EOFError, zipfile.BadZipFile) as e:
            raise MalformedFile("not a readable .npz file: %s" % e, path) from None
        _check_numeric(array.dtype, name, path)
        require_2d(array.shape, name, path)
        self._array = array
        self.shape = tuple(array.shape)
        self.dtype = array.dtype.name

    def load(self):
        return as_float32(self._array)


def _pick_npz_key(keys, name, path):
    if len(keys) == 1:
        return keys[0]
    for key in (name, name.split(":")[0], "embeddings", "embedding", "arr_0"):
        if key in keys:
            return key
    raise MalformedFile(
        "the .npz holds %d arrays (%s) and none is named like the tensor" % (len(keys), ", ".join(keys)),
        path,
        'Name the array "%s" or "embeddings", or save a single array.' % name,
    )


def _check_numeric(dtype, name, path):
    if dtype.kind not in "fiub":
        raise MalformedFile('tensor "%s" has non-numeric dtype %s' % (name, dtype), path)


class TsvTensor(TensorSource):
    """Tab-separated floats, one row per line (TensorBoard's and PyTorch's format)."""

    kind = "tsv"

    def __init__(self, path, name):
        super().__init__(path)
        self._array = parse_tsv_tensor(path)
        self.shape = tuple(self._array.shape)
        self.dtype = "float32"

    def load(self):
        return self._array


def parse_tsv_tensor(path):
    """Parses like TensorBoard does (float() per field, then float32), but fast and with line numbers
    in errors: blank lines are skipped, every other line must have the same number of fields."""
    try:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8")
    except UnicodeDecodeError as e:
        raise MalformedFile(
            "tensor TSV is not UTF-8 text (byte %d); a binary file needs tensor_shape in the config"
            % e.start, path) from None
    lines = [line for line in text.split("\n") if line.strip("\r")]
    if not lines:
        raise MalformedFile("tensor file is empty", path)
    widths = [line.count("\t") + 1 for line in lines]
    width = widths[0]
    for i, w in enumerate(widths):
        if w != width:
            raise MalformedFile(
                "row %d has %d values but row 1 has %d" % (i + 1, w, width), path,
                "Every row of a tensor TSV needs the same number of tab-separated values.")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy only warns when it stops at an unparsable value
        try:
            values = np.fromstring(text, dtype=np.float64, sep="\t")
        except (ValueError, DeprecationWarning):
            values = None
    if values is None or values.size != len(lines) * width:
        raise MalformedFile("row %d holds a value that is not a number" % _first_bad_row(lines), path,
                            "Tensor TSV values must be numbers (nan and inf are allowed).")
    return values.astype(np.float32).reshape(len(lines), width)


def _first_bad_row(lines):
    for i, line in enumerate(lines):
        try:
            [float(v) for v in line.split("\t")]
        except ValueError:
            return i + 1
    return len(lines)


def _sized_like(path, tensor_shape):
    shape = list(tensor_shape)
    return len(shape) == 2 and os.path.getsize(path) == shape[0] * shape[1] * 4


def _looks_like_text(path):
    """True when the file starts like a TSV of numbers (digits, signs, dots, exponents, nan/inf)."""
    with open(path, "rb") as f:
        head = f.read(4096)
    return not head.strip(b"0123456789+-.eEnaifNAIF \t\r\n")


def as_float32(array):
    """C-contiguous little-endian float32, without a copy when it already is."""
    if array.dtype == np.dtype("<f4") and array.flags.c_contiguous:
        return array
    return np.ascontiguousarray(array, dtype="<f4")


def open_tensor_file(path, tensor_shape, name):
    """Picks the reader for a `tensor_path` by its suffix and contents (cached while unchanged)."""
    if not os.path.isfile(path):
        raise MalformedFile('tensor file for "%s" does not exist' % name, path,
                            "Check tensor_path in the config (relative paths start at the config's folder).")
    key = ("file", file_signature(path), tuple(tensor_shape), name)
    return SOURCES.get(key, lambda: _open_tensor_file(path, tensor_shape, name))


def open_checkpoint(prefix):
    """A CheckpointReader for `prefix`, shared while its files are unchanged (raises CheckpointError)."""
    files = [prefix + ".index"] + _data_shards(prefix)
    key = ("reader",) + tuple(_signature_or_none(p) for p in files)
    return SOURCES.get(key, lambda: CheckpointReader(prefix))


def _signature_or_none(path):
    try:
        return file_signature(path)
    except OSError:
        return (path, None)


def checkpoint_tensor(reader, variable):
    """The CheckpointTensor of `variable`, shared while the checkpoint files are unchanged."""
    files = [reader.prefix + ".index"] + _data_shards(reader.prefix)
    key = ("checkpoint", tuple(file_signature(p) for p in files), variable.name)
    return SOURCES.get(key, lambda: CheckpointTensor(reader, variable))


def _open_tensor_file(path, tensor_shape, name):
    lower = path.lower()
    if lower.endswith(".npy"):
        return NpyTensor(path, name)
    if lower.endswith(".npz"):
        return NpzTensor(path, name)
    if lower.endswith(_TEXT_SUFFIXES) or not tensor_shape:
        return TsvTensor(path, name)
    if _sized_like(path, tensor_shape) and not _looks_like_text(path):
        return RawTensor(path, tensor_shape, name)  # skips a futile text parse of a large binary file
    try:
        return TsvTensor(path, name)
    except MalformedFile:
        # Not text: TensorBoard falls back to raw float32 with tensor_shape in this case too.
        return RawTensor(path, tensor_shape, name)
