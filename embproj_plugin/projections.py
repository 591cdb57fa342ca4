"""Layouts computed outside the tab (t-SNE or UMAP run offline in Python), stored beside the tensor.

One file per layout, found by its name (no index file, nothing added to projector_config.pbtxt,
whose fields TensorBoard's own proto parses):

    <folder of the tensor file>/<tensor file name without its last extension>.layout.<NAME>.npy

e.g. `tensors.data-00000-of-00001` (what log_embedding writes) -> `tensors.layout.umap.npy`,
`vectors.tsv` -> `vectors.layout.umap.npy`. A tensor read from a checkpoint by name (no tensor_path)
has its layouts beside the checkpoint: `<prefix>.<tensor name, '/' as ~2F>.layout.<NAME>.npy`.
NAME is 1-64 letters, digits, '-' or '_'.

The file is a numpy .npy array of shape [N, 2] or [N, 3] (float32 as written; any float or integer
dtype is read), C order, N = the tensor's rows, every value finite. Why .npy: its header states dtype
and shape, so a wrong row count or a truncated file is found from the first bytes; `numpy.save` /
`numpy.load` write and read it everywhere; 8 or 12 bytes a point.

Every read goes through file_access (regular files only, bounded, one version) and the run's
Confinement; every bad file becomes that layout's Problem `{error, file, hint}` and spoils nothing else.
"""
import dataclasses
import glob
import os
import re

import numpy as np

from embproj_plugin import storage
from embproj_plugin.errors import EmbprojError, MalformedFile, NotFound, BadRequest, Problem
from embproj_plugin.file_access import MiB, FileTooLarge, open_file, version_of

LAYOUT_MARK = ".layout."
LAYOUT_SUFFIX = ".npy"
NAME_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")
LAYOUT_DIMS = (2, 3)
# 1M points x 3 float64 is 24 MiB; anything far beyond is not a layout of a tensor we can show.
MAX_LAYOUT_BYTES = 256 * MiB
HINT = ("Save it again with numpy.save as float32 of shape [N, 2] or [N, 3], one row per tensor row, "
        "or log it with log_embedding(..., projections={name: coordinates}).")


@dataclasses.dataclass
class Layout:
    name: str
    path: str
    dims: int = 0
    rows: int = 0
    problem: Problem = None
    status: int = 422  # what /projection answers while `problem` stands
    version: str = ""  # changes when the file is rewritten: the tab fetches it again on Reload

    def as_json(self):
        return {"name": self.name, "dims": self.dims or None, "file": self.path, "version": self.version,
                "error": self.problem.as_json() if self.problem else None}

    def refuse(self, error):
        """Records why this layout cannot be used: `error` an EmbprojError (or any exception)."""
        if isinstance(error, EmbprojError):
            problem, self.status = error.problem, error.status
            # A format problem gets the layout's own advice (the tensor readers' hints speak of tensors).
            hint = HINT if isinstance(error, MalformedFile) and not problem.hint.startswith("Rename") else problem.hint
            prefix = 'layout "%s": ' % self.name
            error_text = problem.error if problem.error.startswith(prefix) else prefix + problem.error
            self.problem = Problem(error_text, self.path, hint or HINT)  # the file found, whoever named it
        else:
            self.status = 422
            self.problem = Problem('layout "%s" cannot be read: %s: %s' % (self.name, type(error).__name__, error),
                                   self.path, "Please report this with the file.")


def path_component(text):
    """`text` as one file or folder name: letters, digits, '-', '_' and inner dots stay; every other
    character becomes ~XX per UTF-8 byte (not %XX: asset paths are URL-decoded before they are
    checked for '..', and '~' never decodes to anything)."""
    parts = []
    for index, char in enumerate(text):
        if (char.isalnum() or char in "-_.") and not (index == 0 and char == "."):
            parts.append(char)
        else:
            parts.append("".join("~%02X" % byte for byte in char.encode("utf-8")))
    return "".join(parts)


def layout_filename(stem, name):
    """The file of layout `name` for a tensor file whose name without extension is `stem`."""
    return "%s%s%s%s" % (stem, LAYOUT_MARK, name, LAYOUT_SUFFIX)


def tensor_file_stem(filename):
    return os.path.splitext(os.path.basename(filename))[0]


def checked_name(name):
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name):
        raise ValueError("projection name %r must be 1-64 letters, digits, '-' or '_'" % (name,))
    return name


# ------------------------------------------------------------------------------------ finding them

def layout_place(embedding):
    """(folder, stem) where the layouts of `embedding` are, or None when it has no readable tensor."""
    from embproj_plugin.sources import CheckpointTensor  # pylint: disable=import-outside-toplevel

    source = embedding.source
    if source is None:
        return None
    if isinstance(source, CheckpointTensor):
        return storage.dirname(source.prefix), "%s.%s" % (os.path.basename(source.prefix), path_component(source.name))
    stem = tensor_file_stem(embedding.info.tensor_path or source.path)
    return storage.dirname(source.path), stem


def find_layouts(embedding, config_path, confinement, watched):
    """The layouts stored for `embedding`, each inspected (header, shape, rows, size) with its
    problem if any; never raises. The folder and each file go into `watched` (a new layout reloads
    the run)."""
    try:
        place = layout_place(embedding)
        if place is None:
            return []
        folder, stem = place
        watched.append(folder)
        paths = sorted(storage.glob_in(folder, glob.escape(stem + LAYOUT_MARK) + "*" + LAYOUT_SUFFIX))
    except Exception:  # pylint: disable=broad-except  # a folder that cannot be listed has no layouts to show
        return []
    rows = embedding.source.shape[0]
    layouts = []
    for path in paths:
        base = path.replace("\\", "/").rsplit("/", 1)[-1]
        layout = Layout(base[len(stem) + len(LAYOUT_MARK):-len(LAYOUT_SUFFIX)], path)
        watched.append(path)
        try:
            if not NAME_PATTERN.fullmatch(layout.name):
                raise MalformedFile("the name is not 1-64 letters, digits, '-' or '_'", path,
                                    "Rename the file to %s" % layout_filename(stem, "NAME"))
            _confine(embedding, path, config_path, confinement)
            _inspect(layout, rows)
        except Exception as e:  # pylint: disable=broad-except  # one bad layout spoils only itself
            layout.refuse(e)
        layouts.append(layout)
    return layouts


def _confine(embedding, path, config_path, confinement):
    """A layout follows its tensor's rule: inside the config's folder for a tensor_path (symlinks
    out refused), inside the logdir beside a checkpoint."""
    if embedding.info.tensor_path:
        confinement.asset(path, config_path)
    else:
        confinement.require_within_logdir(path, "layout")


def _inspect(layout, rows):
    """Shape, dtype, size and row count from the header; the values are checked by check_values."""
    from embproj_plugin.sources import NpyTensor  # pylint: disable=import-outside-toplevel

    version = version_of(layout.path)
    if version is None:
        with open_file(layout.path):  # says why: missing, a FIFO, a directory, ...
            pass
    layout.version = "-".join(str(part) for part in version.key)
    if version.size > MAX_LAYOUT_BYTES:
        raise FileTooLarge(layout.path, version.size, MAX_LAYOUT_BYTES, "layout")
    header = NpyTensor(layout.path, layout.name)  # a 2-D numeric array whose bytes are all there
    count, dims = header.shape
    if dims not in LAYOUT_DIMS:
        raise MalformedFile("has shape [%d, %d]; a layout is [N, 2] or [N, 3]" % (count, dims), layout.path)
    if count != rows:
        raise MalformedFile("has %d rows but the tensor has %d" % (count, rows), layout.path)
    layout.rows, layout.dims = count, dims


# ------------------------------------------------------------------------------------ reading them

def coordinate_pieces(layout):
    """The layout's values as verified float32 pieces (row-major), the last held back until the file
    is confirmed unchanged; raises MalformedFile at the first NaN or Inf."""
    from embproj_plugin.sources import NpyTensor  # pylint: disable=import-outside-toplevel

    source = NpyTensor(layout.path, layout.name)
    if tuple(source.shape) != (layout.rows, layout.dims):
        raise MalformedFile('layout "%s": has shape %s now, %s when it was listed'
                            % (layout.name, list(source.shape), [layout.rows, layout.dims]), layout.path, "Reload.")
    offset = 0
    for piece in source.blocks():
        bad = np.flatnonzero(~np.isfinite(piece))
        if len(bad):
            index = offset + int(bad[0])
            raise MalformedFile('layout "%s": row %d, column %d is %s; every coordinate must be finite'
                                % (layout.name, index // layout.dims, index % layout.dims,
                                   "NaN" if np.isnan(piece[bad[0]]) else "Inf"), layout.path, HINT)
        offset += len(piece)
        yield piece


def check_values(layout):
    """Reads the layout once (locally, before /info answers): NaN, Inf or a file changed under us
    becomes its problem. False when remote storage did not answer (nothing learnt)."""
    if layout.problem is not None:
        return True
    try:
        for _ in coordinate_pieces(layout):
            pass
    except EmbprojError as e:
        if getattr(e, "transient", False):
            return False
        layout.refuse(e)
    except Exception as e:  # pylint: disable=broad-except
        layout.refuse(e)
    return True


def find(embedding, name):
    """The usable layout `name` of `embedding`, or raises the error that explains why not."""
    if not name:
        raise BadRequest('query parameter "projection" is required')
    for layout in getattr(embedding, "layouts", []):
        if layout.name == name:
            if layout.problem is not None:
                raise EmbprojError(layout.status, layout.problem.error, layout.problem.file, layout.problem.hint)
            return layout
    raise NotFound('tensor "%s" has no layout "%s"' % (embedding.name, name), "",
                   "Layouts are files named <tensor file>%sNAME%s beside the tensor; ./info lists them."
                   % (LAYOUT_MARK, LAYOUT_SUFFIX))
