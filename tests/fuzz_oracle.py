"""What a damaged logdir may answer: independent reference readings for tests/test_fuzz_readers.py.

Nothing here imports embproj_plugin. Checksummed formats (checkpoints, .npz) may only ever serve
their original, undamaged values (from what real TensorFlow read, or from the generated originals);
unchecked formats may only serve what a strict reference reader makes of the damaged bytes; where the
reference reader refuses, the server must refuse too.
"""
import io
import json
import os
import re
import stat

import numpy as np
from google.protobuf import text_format
from tensorboard.plugins.projector import projector_config_pb2

from shared_fixtures import SHARED_FIXTURES

CONFIG_FILENAME = "projector_config.pbtxt"
_READ_CAP = 64 << 20  # reference files are small; a bomb's original is computed, not read


# -- reading files the way a careful reader would ------------------------------------------------

def read_regular(path, logdir=None):
    """The bytes of `path` if it is a regular file (inside `logdir` when given), else None.

    Never blocks (a FIFO is opened non-blocking) and never reads without bound (/dev/zero)."""
    try:
        if logdir is not None and not _is_within(os.path.realpath(path), os.path.realpath(logdir)):
            return None
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _READ_CAP:
            return None
        chunks = []
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
    finally:
        os.close(fd)


def _is_within(path, root):
    return os.path.commonpath([path, root]) == root


# -- strict reference parsers ---------------------------------------------------------------------

def strict_tsv(raw):
    """Python float() on every tab-separated field; every row as wide as the first. Blank lines
    (also "\\r" alone) are skipped as TensorBoard skips them. None means: must be refused."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    rows = []
    for line in text.split("\n"):
        if line.rstrip("\r") == "":
            continue
        try:
            rows.append([float(field) for field in line.split("\t")])
        except ValueError:
            return None
    if not rows or len({len(row) for row in rows}) != 1:
        return None
    return np.array(rows, dtype=np.float64).astype("<f4")


def numpy_npy(raw):
    """np.load of the bytes when numpy can load them as a 2-D numeric array, else None."""
    try:
        array = np.load(io.BytesIO(raw), allow_pickle=False)
    except Exception:  # pylint: disable=broad-except  # whatever numpy cannot load must be refused
        return None
    if not isinstance(array, np.ndarray) or array.ndim != 2 or array.dtype.kind not in "fiub":
        return None
    return array.astype("<f4")


def raw_float32(raw, shape):
    """np.fromfile semantics: little-endian float32, only when the size matches tensor_shape."""
    if len(shape) != 2 or len(raw) != shape[0] * shape[1] * 4:
        return None
    return np.frombuffer(raw, dtype="<f4").reshape(shape)


def metadata_head(raw, num_rows):
    """The file's first `num_rows` data lines (plus the header line of a multi-column file)."""
    if not num_rows:
        return raw
    lines = raw.split(b"\n")
    lines = [line + b"\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    header = 1 if lines and b"\t" in lines[0] else 0
    return b"".join(lines[:num_rows + header])


def same_values(served, reference):
    """Bit-equal float32 arrays, except that any NaN matches any NaN (payloads may differ)."""
    if served.shape != reference.shape:
        return False
    served_nan, reference_nan = np.isnan(served), np.isnan(reference)
    if not np.array_equal(served_nan, reference_nan):
        return False
    return np.array_equal(served.view("<u4")[~served_nan], reference.view("<u4")[~reference_nan])


# -- the truth of the undamaged bases -------------------------------------------------------------

def step_of(prefix):
    match = re.search(r"-(\d+)$", prefix)
    return int(match.group(1)) if match else None


def checkpoint_truth(base):
    """run -> checkpoint prefix -> tensor name -> float32 values, as real TensorFlow read them
    (the fixtures' `_expected` manifests); 2-D tensors only."""
    root = SHARED_FIXTURES / base
    truth = {}
    for manifest in sorted(root.glob("**/_expected/*/manifest.json")):
        prefix_dir = manifest.parent
        run_dir = prefix_dir.parent.parent
        run = "." if run_dir == root else run_dir.relative_to(root).as_posix()
        with open(manifest) as f:
            entries = json.load(f)
        truth.setdefault(run, {})[prefix_dir.name] = {
            name: np.load(prefix_dir / entry["npy"]).astype("<f4")
            for name, entry in entries.items() if "npy" in entry and len(entry["shape"]) == 2}
    return truth


def npz_originals(template_dir):
    """relative path -> the float32 array each undamaged generated .npz serves."""
    originals = {}
    for name in sorted(os.listdir(template_dir)):
        if name.endswith(".npz"):
            with np.load(os.path.join(template_dir, name)) as archive:
                key = list(archive.keys())[0] if len(archive.keys()) == 1 else "embeddings"
                originals[name] = archive[key].astype("<f4")
    return originals


class BaseTruth:
    """What the undamaged base holds: checkpoint tensors, .npz originals, runs and embedding names."""

    def __init__(self, base, template_dir):
        self.base = base
        self.checkpoints = checkpoint_truth(base) if (SHARED_FIXTURES / base).is_dir() else {}
        self.npz = npz_originals(template_dir)
        self.names = self._embedding_names(template_dir)

    def _embedding_names(self, template_dir):
        """run -> the embedding names the undamaged base serves (requested even when /info fails)."""
        names = {}
        for run in set(self.checkpoints) | _config_runs(template_dir):
            config = reference_config(os.path.join(template_dir, run, CONFIG_FILENAME))
            found = {name for name in _configured_names(config)}
            for tensors in self.checkpoints.get(run, {}).values():
                found |= set(tensors)
            names[run] = sorted(found)
        return names

    def checkpoint_values(self, run, name, step):
        """Every value `name` may have: one per checkpoint of the run (only the step's, when asked)."""
        prefixes = self.checkpoints.get(run, {})
        return [tensors[name] for prefix, tensors in prefixes.items()
                if name in tensors and (step is None or step_of(prefix) == step)]


def _config_runs(directory):
    runs = set()
    for current, _, files in os.walk(directory):
        if CONFIG_FILENAME in files:
            rel = os.path.relpath(current, directory)
            runs.add("." if rel == "." else rel.replace(os.sep, "/"))
    return runs


# -- the config as TensorBoard's own proto reads it ----------------------------------------------

def reference_config(path, logdir=None):
    raw = read_regular(path, logdir)
    if raw is None:
        return None
    try:
        return text_format.Parse(raw.decode("utf-8"), projector_config_pb2.ProjectorConfig())
    except Exception:  # pylint: disable=broad-except  # any unparsable config serves nothing of its own
        return None


def _entry_name(entry):
    name = entry.tensor_name[:-2] if entry.tensor_name.endswith(":0") else entry.tensor_name
    if not name and entry.tensor_path:
        return os.path.basename(entry.tensor_path)
    return name


def _configured_names(config):
    return [_entry_name(e) for e in config.embeddings if _entry_name(e)] if config else []


class DamagedLogdir:
    """Reference answers for one damaged copy of a base."""

    def __init__(self, logdir, truth, npz_override=None):
        self.logdir = logdir
        self.truth = truth
        self.npz_override = npz_override or {}  # relative path -> array, or None (must refuse)
        self._configs = {}

    def config(self, run):
        if run not in self._configs:
            self._configs[run] = reference_config(os.path.join(self.logdir, run, CONFIG_FILENAME), self.logdir)
        return self._configs[run]

    def entries(self, run, name):
        config = self.config(run)
        if config is None:
            return []
        return [e for e in config.embeddings if name in (_entry_name(e), e.tensor_path)]

    def tensor_candidates(self, run, name, step=None):
        """Every float32 array a 200 /tensor may hold ([] means it must be refused)."""
        with_path = [e for e in self.entries(run, name) if e.tensor_path]
        if with_path and step is None:
            found = [self._file_tensor(run, e) for e in with_path]
            return [values for values in found if values is not None]
        return self.truth.checkpoint_values(run, name, step)

    def _file_tensor(self, run, entry):
        path = os.path.join(self.logdir, run, entry.tensor_path)
        relative = os.path.relpath(path, self.logdir)
        suffix = os.path.splitext(path)[1].lower()
        if suffix == ".npz":
            # Checksummed: only the original (or the bomb's honest contents) may be served.
            if relative in self.npz_override:
                return self.npz_override[relative]
            return self.truth.npz.get(relative) if read_regular(path, self.logdir) is not None else None
        raw = read_regular(path, self.logdir)
        if raw is None:
            return None
        if suffix == ".npy":
            return numpy_npy(raw)
        if suffix in (".tsv", ".txt", ".csv") or not entry.tensor_shape:
            return strict_tsv(raw)
        return raw_float32(raw, list(entry.tensor_shape))

    def asset_candidates(self, run, name, what, num_rows=None):
        """Every body a 200 /metadata, /sprite_image or /bookmarks may have ([]: must be refused)."""
        entries = self.entries(run, name)
        config = self.config(run)
        if not entries and what != "sprite" and config is not None and config.embeddings:
            first = config.embeddings[0]
            if not first.tensor_name and not first.tensor_path:
                entries = [first]  # the built-in's lender entry
        bodies = []
        for entry in entries:
            field = {"metadata": entry.metadata_path, "bookmarks": entry.bookmarks_path,
                     "sprite": entry.sprite.image_path}[what]
            raw = read_regular(os.path.join(self.logdir, run, field), self.logdir) if field else None
            if raw is None:
                continue
            if what == "metadata":
                bodies.append(metadata_head(raw, num_rows))
            elif what == "bookmarks" and not _is_json_array(raw):
                continue
            else:
                bodies.append(raw)
        return bodies


def _is_json_array(raw):
    try:
        return isinstance(json.loads(raw.decode("utf-8")), list)
    except (UnicodeDecodeError, ValueError):
        return False
