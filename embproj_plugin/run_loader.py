"""Turn one run directory into the embeddings it serves, with every problem found along the way.

Mirrors what TensorBoard's built-in projector does with a config (names, checkpoint lookup, the
empty-first-entry rule, rank-2 variables without optimizer slots), and goes further: configs
without event files, `model_checkpoint_dir`, .npy/.npz tensors, moved logdirs, and a clear
Problem (file + what + hint) instead of a crash or a silent omission.
"""
import copy
import dataclasses
import os
import re

from embproj_plugin import checkpoint as ckpt
from embproj_plugin import projections, storage
from embproj_plugin.bookmarks import read_bookmarks
from embproj_plugin.config import CONFIG_FILENAME, ProjectorConfig, read_config
from embproj_plugin.checkpoint.state import checkpoint_step
from embproj_plugin.errors import EmbprojError, NotFound, Problem
from embproj_plugin.file_access import is_regular_file
from embproj_plugin.metadata import read_metadata
from embproj_plugin.checkpoint_lookup import find_checkpoint
from embproj_plugin.sources import checkpoint_tensor, open_checkpoint, open_tensor_file, require_2d
from embproj_plugin.sprites import inspect_sprite
from embproj_plugin.tensor_stream import non_finite_rows

OPTIMIZER_SLOT_MARK = ".OPTIMIZER_SLOT"


@dataclasses.dataclass
class Embedding:
    name: str
    info: object  # EmbeddingInfo as served by /info (names normalised, shape filled in)
    source: object = None  # a TensorSource, or None when `error` says why not
    error: Problem = None
    error_status: int = 422  # what /tensor answers while `error` stands (404: a file went away)
    warnings: list = dataclasses.field(default_factory=list)
    metadata_path: str = ""  # real paths of usable assets, "" when absent or unusable
    sprite_path: str = ""
    sprite_mime: str = ""
    bookmarks_path: str = ""
    metadata_columns: int = 0
    # A series of the same tensor over training: PyTorch's "tag:00003" names, or one variable
    # saved in several checkpoints of one directory (step -> checkpoint prefix).
    tag: str = ""
    step: int = None
    checkpoint_steps: dict = dataclasses.field(default_factory=dict)
    # Why a configured asset cannot be served: "metadata" | "sprite" | "bookmarks" -> (HTTP status, Problem)
    asset_problems: dict = dataclasses.field(default_factory=dict)
    # Layouts computed outside the tab, stored beside the tensor (projections.py): [Layout]
    layouts: list = dataclasses.field(default_factory=list)

    def refuse_asset(self, what, problem, status=422):
        self.asset_problems[what] = (status, problem)
        self.warnings.append(problem)


@dataclasses.dataclass
class Run:
    name: str
    directory: str
    config_path: str  # the config file, or where one would be
    config: object  # ProjectorConfig augmented like the built-in's
    embeddings: dict  # name -> Embedding, in /info order
    errors: list  # run-level Problems
    watched_files: list  # paths whose change means the run must be reloaded
    validated: bool = False  # every tensor read once (checksums, NaN rows): see validate_run

    def find(self, name):
        """The embedding called `name`; `name:0` is the same as `name`, as in the built-in."""
        if name in self.embeddings:
            return self.embeddings[name]
        if name.endswith(":0") and name[:-2] in self.embeddings:
            return self.embeddings[name[:-2]]
        return None


def strip_output_index(name):
    return name[:-2] if name.endswith(":0") else name


def load_run(location, confinement):
    """Builds a Run; never raises: problems are recorded on the run or on the embedding they spoil,
    so one bad file fails only its own embedding (or run), never the listing of the logdir."""
    try:
        return _load_run(location, confinement)
    except Exception as e:  # pylint: disable=broad-except  # an unforeseen file must not fail /runs
        config_path = location.config_path or os.path.join(location.directory, CONFIG_FILENAME)
        if isinstance(e, EmbprojError):  # e.g. the storage of a remote logdir failed: its own words
            problem = e.problem
        else:
            problem = Problem("run cannot be read: %s: %s" % (type(e).__name__, e), config_path,
                              "Please report this with the files of this run.")
        return Run(location.name, location.directory, config_path, ProjectorConfig(), {}, [problem],
                   [config_path] if location.config_path else [])


def _load_run(location, confinement):
    errors, watched = [], []
    config_path = location.config_path or os.path.join(location.directory, CONFIG_FILENAME)
    config = ProjectorConfig()
    if location.config_path:
        watched.append(location.config_path)
        try:
            if is_regular_file(location.config_path):  # (a special file is refused as such when read)
                confinement.require_within_logdir(location.config_path, "projector config")
            config = read_config(location.config_path)
        except EmbprojError as e:
            errors.append(e.problem)
    config = copy.deepcopy(config)
    name_tensor_files(config)

    reader, prefix = None, find_checkpoint(config, config_path, location.directory, errors, confinement)
    if prefix:
        config.model_checkpoint_path = prefix
        watched += [prefix + ".index"]
        try:
            reader = open_checkpoint(prefix, confinement)
        except ckpt.CheckpointError as e:
            errors.append(Problem("checkpoint cannot be read: %s" % e.problem, e.path,
                                  "The file may be truncated or still being written; save the checkpoint again."))
        except EmbprojError as e:
            errors.append(e.problem)
    lender = _pop_lender(config) if reader else None
    variables = reader.variables() if reader else {}

    embeddings, shadowed = {}, []
    for info in config.embeddings:
        embedding = _isolated(
            info.tensor_name, info, config_path,
            lambda info=info: _configured_embedding(info, reader, variables, config_path, confinement, watched))
        # The first entry of a name is the one served, as in the built-in; a later one still gets
        # its shape filled in for /info.
        if info.tensor_name in embeddings:
            shadowed.append(embedding)
        else:
            embeddings[info.tensor_name] = embedding
    for name, variable in _projectable(reader, variables).items():
        if name in embeddings:
            continue
        info = config.embeddings.add(tensor_name=name)
        if lender is not None:
            info.metadata_path = lender.metadata_path
            info.bookmarks_path = lender.bookmarks_path
        embeddings[name] = _isolated(name, info, reader.prefix + ".index",
                                     lambda info=info, v=variable: _checkpoint_embedding(info, reader, v))
    series = _checkpoint_series(prefix, confinement) if reader else {}
    for embedding in shadowed:
        _record_shape(embedding)
    for embedding in embeddings.values():
        _set_tag_and_step(embedding, series)
        _record_shape(embedding)
        _attach_assets(embedding, config_path, confinement, watched)
        _attach_layouts(embedding, config_path, confinement, watched)
    return Run(location.name, location.directory, config_path, config, embeddings, errors, watched)


def _projectable(reader, variables):
    """Checkpoint tensors the projector lists: 2-D ones without optimizer slots, readable or not
    (a string or damaged tensor is listed with its error, so the user sees why it cannot be shown)."""
    if reader is None:
        return {}
    listed = {name: v for name, v in variables.items() if len(v.shape) == 2}
    for name, unusable in reader.unusable().items():
        if len(unusable.shape) == 2 or (unusable.damaged and not unusable.shape):
            listed[name] = unusable
    return {name: v for name, v in sorted(listed.items()) if OPTIMIZER_SLOT_MARK not in name}


def _checkpoint_embedding(info, reader, variable):
    embedding = Embedding(info.tensor_name, info)
    if isinstance(variable, ckpt.UnusableVariable):
        hint = ("Only numeric tensors can be projected." if not variable.damaged
                else "The checkpoint is damaged; save it again.")
        embedding.error = Problem('tensor "%s" cannot be read: %s' % (variable.name, variable.reason),
                                  variable.path, hint)
        if len(variable.shape) == 2 and max(variable.shape) <= ckpt.reader.MAX_DIMENSION:
            info.tensor_shape.extend(variable.shape)  # listed with its shape, as the built-in does
    else:
        embedding.source = checkpoint_tensor(reader, variable)
    return embedding


def _isolated(name, info, file, build):
    """`build()`'s Embedding, or one carrying the error that stopped it: nothing escapes."""
    try:
        return build()
    except EmbprojError as e:
        return Embedding(name, info, error=e.problem, error_status=e.status)
    except Exception as e:  # pylint: disable=broad-except
        return Embedding(name, info, error=Problem("tensor cannot be read: %s: %s" % (type(e).__name__, e),
                                                   file, "Please report this with the file."))


def _record_shape(embedding):
    """The shape goes into the config served by /info, as in the built-in (uint32 dimensions)."""
    info = embedding.info
    if embedding.source is None or info.tensor_shape:
        return
    if max(embedding.source.shape) > ckpt.reader.MAX_DIMENSION:
        embedding.error = Problem("tensor shape %s is too large to project" % list(embedding.source.shape),
                                  embedding.source.path)
        embedding.source = None
    else:
        info.tensor_shape.extend(embedding.source.shape)


_STEP_SUFFIX = re.compile(r"^(.+):(\d+)$")


def _checkpoint_series(prefix, confinement):
    """step -> prefix for every checkpoint beside `prefix` whose name carries a step, if there are several."""
    steps = {}
    for other in ckpt.all_checkpoints(os.path.dirname(prefix)):
        step = checkpoint_step(other)
        if step is not None and confinement.within_logdir(other + ".index"):
            steps[step] = other
    return steps if len(steps) > 1 else {}


def _set_tag_and_step(embedding, series):
    from embproj_plugin.sources import CheckpointTensor  # pylint: disable=import-outside-toplevel

    match = _STEP_SUFFIX.match(embedding.name)
    if match:
        embedding.tag, embedding.step = match.group(1), int(match.group(2))
    elif isinstance(embedding.source, CheckpointTensor) and series:
        embedding.tag = embedding.name
        embedding.step = checkpoint_step(embedding.source.prefix)
        embedding.checkpoint_steps = series


def tensor_at_step(embedding, step, confinement):
    """The source of `embedding` in the checkpoint of `step` (a CheckpointTensor), or raises NotFound."""
    prefix = embedding.checkpoint_steps.get(step)
    if prefix is None:
        raise NotFound("tensor \"%s\" has no step %d" % (embedding.name, step), "",
                       "Steps saved: %s" % (", ".join(map(str, sorted(embedding.checkpoint_steps))) or "none"))
    try:
        reader = open_checkpoint(prefix, confinement)
    except ckpt.CheckpointError as e:
        raise EmbprojError(e.status, "checkpoint cannot be read: %s" % e.problem, e.path) from None
    variable = reader.variables().get(embedding.name)
    if variable is None or tuple(variable.shape) != tuple(embedding.source.shape):
        raise NotFound('tensor "%s" is not in the step %d checkpoint with shape %s'
                       % (embedding.name, step, list(embedding.source.shape)), prefix + ".index")
    return checkpoint_tensor(reader, variable)


def validate_run(run):
    """Reads every tensor of the run once, streamed: checksum failures become the embedding's error
    and NaN rows a warning. Kept apart from load_run so that listing runs stays cheap."""
    if run.validated:
        return
    complete = True
    for embedding in run.embeddings.values():
        if embedding.source is not None:
            complete = _check_values(embedding) and complete
        for layout in embedding.layouts:
            had_problem = layout.problem is not None
            complete = projections.check_values(layout) and complete
            if layout.problem is not None and not had_problem:
                embedding.warnings.append(layout.problem)
    run.validated = complete  # a storage that did not answer is asked again next time


def name_tensor_files(config):
    """Unnamed `tensor_path` entries are named after their file (then their path) where that name is
    free. The built-in names only the first one; a later one whose names are taken keeps the empty
    name, under which the built-in serves it too."""
    for info in config.embeddings:
        info.tensor_name = strip_output_index(info.tensor_name)
    taken = {info.tensor_name for info in config.embeddings if info.tensor_name}
    for info in config.embeddings:
        if info.tensor_path and not info.tensor_name:
            for candidate in (os.path.basename(info.tensor_path), info.tensor_path):
                if candidate not in taken:
                    info.tensor_name = candidate
                    taken.add(candidate)
                    break


def _pop_lender(config):
    """A first entry without a name lends its metadata and bookmarks to unconfigured tensors."""
    if config.embeddings and not config.embeddings[0].tensor_name:
        lender = copy.deepcopy(config.embeddings[0])
        del config.embeddings[0]
        return lender
    return None


def _configured_embedding(info, reader, variables, config_path, confinement, watched):
    name = info.tensor_name
    embedding = Embedding(name, info)
    try:
        if info.tensor_path:
            path = confinement.asset(info.tensor_path, config_path)
            watched.append(path)
            embedding.source = open_tensor_file(path, list(info.tensor_shape), name)
        elif name in variables:
            variable = variables[name]
            require_2d(variable.shape, name, reader.prefix + ".index")
            embedding.source = checkpoint_tensor(reader, variable)
        else:
            embedding.error = _missing_tensor_problem(name, reader, variables, config_path)
    except EmbprojError as e:
        embedding.error, embedding.error_status = e.problem, e.status
    return embedding


def _missing_tensor_problem(name, reader, variables, config_path):
    if reader is None:
        return Problem('tensor "%s" has no tensor_path and the run has no readable checkpoint' % name,
                       config_path, "Set tensor_path, or save a checkpoint beside the config.")
    candidates = [n for n, v in variables.items() if len(v.shape) == 2 and OPTIMIZER_SLOT_MARK not in n]
    return Problem('tensor "%s" is not in checkpoint %s' % (name, reader.prefix), reader.prefix + ".index",
                   "2-D variables in it: %s" % (", ".join(candidates[:8]) or "none"))


def _check_values(embedding):
    """Streams the tensor once (CRC checked) and warns about NaN/Inf rows; they are served as they are.
    False when the storage did not answer (nothing was learnt about the tensor)."""
    try:
        bad_rows = non_finite_rows(embedding.source.blocks(), embedding.source.shape[1])
    except EmbprojError as e:
        if getattr(e, "transient", False):
            return False  # no answer from remote storage says nothing about the tensor
        embedding.error, embedding.error_status, embedding.source = e.problem, e.status, None
        return True
    except Exception as e:  # pylint: disable=broad-except
        embedding.error = Problem("tensor cannot be read: %s: %s" % (type(e).__name__, e), embedding.source.path)
        embedding.source = None
        return True
    if len(bad_rows):
        embedding.warnings.append(Problem(
            "%d of %d rows hold NaN or Inf (first: row %d)" % (len(bad_rows), embedding.source.shape[0], bad_rows[0]),
            embedding.source.path, "Those points are left out of projections and drawn nowhere."))
    return True


def _attach_assets(embedding, config_path, confinement, watched):
    """Metadata, sprite and bookmarks, each checked on its own: a bad one is refused with its
    Problem and the others (and the tensor) are still served."""
    info = embedding.info
    rows = embedding.source.shape[0] if embedding.source is not None else None
    for what, raw_path, attach in (("metadata", info.metadata_path, _attach_metadata),
                                   ("sprite", info.sprite.image_path, _attach_sprite),
                                   ("bookmarks", info.bookmarks_path, _attach_bookmarks)):
        if not raw_path:
            continue
        path = _usable_file(raw_path, what, config_path, confinement, embedding, watched)
        if not path:
            continue
        try:
            attach(embedding, path, rows)
        except EmbprojError as e:
            embedding.refuse_asset(what, e.problem, e.status)
        except Exception as e:  # pylint: disable=broad-except
            embedding.refuse_asset(what, Problem("%s cannot be read: %s: %s" % (what, type(e).__name__, e), path,
                                                 "Please report this with the file."))


def _attach_layouts(embedding, config_path, confinement, watched):
    """Layouts stored beside the tensor; a bad one is a warning of the embedding, which still opens."""
    embedding.layouts = projections.find_layouts(embedding, config_path, confinement, watched)
    embedding.warnings += [layout.problem for layout in embedding.layouts if layout.problem is not None]


def _attach_metadata(embedding, path, rows):
    metadata = read_metadata(path)
    embedding.warnings += metadata.problems
    problem = metadata.row_count_problem(rows) if rows is not None else None
    if problem:
        embedding.warnings.append(problem)
    embedding.metadata_path, embedding.metadata_columns = path, metadata.columns


def _attach_sprite(embedding, path, rows):
    sprite = inspect_sprite(path, embedding.info.sprite.single_image_dim, rows or 0)
    embedding.warnings += sprite.warnings
    for problem in sprite.problems:
        embedding.refuse_asset("sprite", problem)
    if not sprite.problems:
        embedding.sprite_path, embedding.sprite_mime = path, sprite.mime


def _attach_bookmarks(embedding, path, _rows):
    read_bookmarks(path)
    embedding.bookmarks_path = path


def _usable_file(raw_path, what, config_path, confinement, embedding, watched):
    """The real path of an asset, or "" with a warning saying why it cannot be used."""
    try:
        path = confinement.asset(raw_path, config_path)
        regular = is_regular_file(path)
    except EmbprojError as e:
        embedding.refuse_asset(what, e.problem, e.status)
        return ""
    watched.append(path)
    if not regular:
        if storage.exists(path):
            embedding.refuse_asset(what, Problem("%s path is not a regular file" % what, path,
                                              "Only regular files are read."), 422)
        else:
            embedding.refuse_asset(what, Problem("%s file does not exist" % what, path,
                                              "Check %s_path in the config (relative paths start at the config's folder)."
                                              % ("sprite image" if what == "sprite" else what)), 404)
        return ""
    return path
