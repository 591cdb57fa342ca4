"""Which checkpoint a run reads: the config's model_checkpoint_path or model_checkpoint_dir, else the
latest checkpoint of the run directory (then its parent), as TensorBoard's built-in projector does."""
import os

from embproj_plugin import checkpoint as ckpt
from embproj_plugin.errors import Problem


def find_checkpoint(config, config_path, run_dir, errors, confinement):
    """The checkpoint prefix this config reads, or None. Records a Problem when a named one is missing."""
    config_dir = os.path.dirname(config_path)
    named = config.model_checkpoint_path
    if named:
        path = os.path.expanduser(named)
        if not os.path.isabs(path):
            path = os.path.join(config_dir, path)
        if os.path.exists(path + ".index"):
            return path
        if os.path.isdir(path):
            found = ckpt.latest_checkpoint(path)
            if found:
                return found
        beside = os.path.join(config_dir, os.path.basename(path))
        if os.path.exists(beside + ".index"):  # the logdir was moved since the config was written
            return beside
        errors.append(Problem('model_checkpoint_path "%s" names no checkpoint (%s.index is missing)'
                              % (named, path), config_path,
                              "Point model_checkpoint_path at a checkpoint prefix, or leave it empty "
                              "to use the latest checkpoint in the run directory."))
        return None
    if config.model_checkpoint_dir:
        directory = os.path.expanduser(config.model_checkpoint_dir)
        if not os.path.isabs(directory):
            directory = os.path.join(config_dir, directory)
        found = ckpt.latest_checkpoint(directory)
        if not found:
            errors.append(Problem('model_checkpoint_dir "%s" holds no checkpoint' % config.model_checkpoint_dir,
                                  config_path, "Save a checkpoint there, or fix the path."))
        return found
    return ckpt.latest_checkpoint(run_dir) or ckpt.latest_checkpoint(os.path.dirname(run_dir))
