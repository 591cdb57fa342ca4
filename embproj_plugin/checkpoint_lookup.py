"""Which checkpoint a run reads: the config's model_checkpoint_path or model_checkpoint_dir, else the
latest checkpoint of the run directory (then its parent), as TensorBoard's built-in projector does.

Only checkpoints inside the logdir are read (their `.index` and `.data-*` files, symlinks followed),
and only from regular files. One outside (or a FIFO, a device) is refused with a Problem naming the
config or state file that named it, and the lookup goes on to a checkpoint inside, where there is one.
For a config on object storage, paths are URLs (storage.py answers for both kinds).
"""
import os

from embproj_plugin import checkpoint as ckpt
from embproj_plugin import storage, urls
from embproj_plugin.errors import EmbprojError, Problem
from embproj_plugin.paths import checkpoint_files
from embproj_plugin.urls import is_url


class _Lookup:
    """One run's lookup: the confinement to apply and where refusals are recorded."""

    def __init__(self, config_path, errors, confinement):
        self.config_path = config_path
        self.errors = errors
        self.confinement = confinement
        self.refused = set()  # paths refused, each reported once

    def allowed(self, prefix, named_in):
        """True when the checkpoint `prefix` may be read; else records why (once) and returns False.
        `named_in`: the config or state file naming it, "" when found by listing (the refused file is named)."""
        return self._passes(prefix, lambda: _require_regular_files(prefix)) \
            and self._passes(prefix, lambda: self.confinement.checkpoint(prefix, named_in))

    def directory_allowed(self, directory):
        return self._passes(directory, lambda: self.confinement.checkpoint_directory(directory, self.config_path))

    def _passes(self, path, check):
        try:
            check()
            return True
        except EmbprojError as e:
            if path not in self.refused:
                self.refused.add(path)
                self.errors.append(e.problem)
            return False

    def latest(self, directory):
        """The latest checkpoint in `directory` that may be read, or None."""
        return ckpt.latest_checkpoint(directory, self.allowed)


def find_checkpoint(config, config_path, run_dir, errors, confinement):
    """The checkpoint prefix this config reads, or None. Records a Problem when a named one is missing
    or outside the logdir."""
    lookup = _Lookup(config_path, errors, confinement)
    if config.model_checkpoint_path:
        return _named_checkpoint(config.model_checkpoint_path, lookup)
    if config.model_checkpoint_dir:
        directory = _in_config_dir(config.model_checkpoint_dir, config_path)
        if lookup.directory_allowed(directory):
            found = lookup.latest(directory)
            if not found:
                errors.append(Problem('model_checkpoint_dir "%s" holds no checkpoint' % config.model_checkpoint_dir,
                                      config_path, "Save a checkpoint there, or fix the path."))
            return found
        # Refused: look where TensorBoard's projector looks, as it ignores model_checkpoint_dir.
    return _run_checkpoint(run_dir, lookup)


def _require_regular_files(prefix):
    """Raises NotRegularFile (or FileMissing) unless every file of the checkpoint is a regular file.
    Only stat()ed: opening a device to find out could have effects of its own."""
    for path in checkpoint_files(prefix):
        storage.require_regular(path)


def _in_config_dir(raw_path, config_path):
    if is_url(config_path):
        if is_url(raw_path):
            return urls.normalise(raw_path)
        return raw_path if os.path.isabs(raw_path) else urls.join(urls.dirname(config_path), raw_path)
    path = os.path.expanduser(raw_path)
    return path if os.path.isabs(path) else os.path.join(os.path.dirname(config_path), path)


def _readable_here(path, config_path):
    """A config on object storage never makes us look at a local path (an absolute path written on
    the training machine): only the copy beside the config is looked for."""
    return is_url(path) or not is_url(config_path)


def _named_checkpoint(named, lookup):
    """model_checkpoint_path: a prefix, or a directory holding checkpoints, or (the logdir was moved
    since the config was written) the prefix of that name beside the config."""
    config_path = lookup.config_path
    path = _in_config_dir(named, config_path)
    here = _readable_here(path, config_path)
    if here and storage.lexists(path + ".index") and lookup.allowed(path, config_path):
        return path
    if here and storage.isdir(path) and lookup.directory_allowed(path):
        found = lookup.latest(path)
        if found:
            return found
    beside = os.path.join(storage.dirname(config_path), os.path.basename(path))
    if beside != path and storage.lexists(beside + ".index") and lookup.allowed(beside, config_path):
        return beside
    if not lookup.refused:  # a refusal already says why
        lookup.errors.append(Problem('model_checkpoint_path "%s" names no checkpoint (%s.index is missing)'
                                     % (named, path), config_path,
                                     "Point model_checkpoint_path at a checkpoint prefix, or leave it empty "
                                     "to use the latest checkpoint in the run directory."))
    return None


def _run_checkpoint(run_dir, lookup):
    """The latest checkpoint of the run directory, else of its parent when that is inside the logdir."""
    found = lookup.latest(run_dir)
    parent = storage.dirname(run_dir)
    if not found and lookup.confinement.within_logdir(parent):
        found = lookup.latest(parent)
    return found
