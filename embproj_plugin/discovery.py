"""Which runs exist under a logdir, and where their configs are.

A run is every directory holding a `projector_config.pbtxt` or a checkpoint, with or without event
files (TensorBoard's built-in projector only sees directories with event files). A config in the
run's `plugins/org_tensorflow_tensorboard_projector/` folder belongs to the run and wins over one in
the run directory itself, as in the built-in. The logdir itself is the run ".".

A logdir on object storage is walked over one recursive listing (storage.walk), not a request per
folder; its storage errors are raised to the caller (the catalog), local walk errors are ignored.
"""
import dataclasses
import os

from embproj_plugin import storage
from embproj_plugin.config import ASSETS_SUBDIR, CONFIG_FILENAME

_CHECKPOINT_STATE = "checkpoint"


@dataclasses.dataclass(frozen=True)
class RunLocation:
    name: str  # "." for the logdir itself, else the relative path with "/" separators
    directory: str  # absolute path of the run directory
    config_path: str  # absolute path of its projector_config.pbtxt, or "" when it has none


def holds_checkpoint(filenames):
    names = set(filenames)
    if _CHECKPOINT_STATE in names:
        return True
    for name in filenames:
        if name.endswith(".index"):
            prefix = name[: -len(".index")]
            if any(n.startswith(prefix + ".data-") for n in names):
                return True
    return False


def _run_name(logdir, directory):
    rel = storage.relpath(directory, logdir)
    return "." if rel == os.curdir else rel.replace(os.sep, "/")


def find_runs(logdir):
    """Lists RunLocations under `logdir`, sorted by name. Hidden directories are skipped."""
    logdir = storage.abspath(logdir)
    found = {}
    assets_suffix = os.sep + ASSETS_SUBDIR
    for directory, subdirs, filenames in storage.walk(logdir):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        # <run>/plugins/<name>/ holds a plugin's files (log_embedding's checkpoints too): never runs.
        in_plugin_folder = os.path.basename(os.path.dirname(directory)) == "plugins"
        if in_plugin_folder:
            subdirs[:] = []
        if directory.endswith(assets_suffix):
            if CONFIG_FILENAME in filenames:
                run_dir = directory[: -len(assets_suffix)]
                found[run_dir] = os.path.join(directory, CONFIG_FILENAME)
            continue
        if in_plugin_folder:
            continue
        if CONFIG_FILENAME in filenames:
            found.setdefault(directory, os.path.join(directory, CONFIG_FILENAME))
        elif holds_checkpoint(filenames):
            found.setdefault(directory, "")
    runs = [RunLocation(_run_name(logdir, d), d, c) for d, c in found.items()]
    return sorted(runs, key=lambda r: r.name)
