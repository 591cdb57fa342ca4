"""Resolve asset paths named in a config, confined to the logdir.

A config may name files relative to its own directory or absolutely. Nothing outside the logdir
is ever served: `..`, absolute paths elsewhere, symlinks that point out and URL-encoded tricks are
refused. A logdir that was moved keeps working: an absolute path that no longer exists, whose file
sits beside the config, is found there.
"""
import os
import urllib.parse

from embproj_plugin.errors import EmbprojError


class PathRefused(EmbprojError):
    def __init__(self, raw_path, config_path, why):
        super().__init__(
            403,
            'path "%s" %s' % (raw_path, why),
            config_path,
            "Asset paths must point to files inside the logdir; copy the file into the logdir "
            "or start TensorBoard with a logdir that contains it.",
        )


def is_within(path, root):
    """True when `path` is `root` or below it (both already real, absolute paths)."""
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:  # different drives on Windows
        return False


class Confinement:
    """Where the files a logdir names may be: one object, so every reader applies the same rule."""

    def __init__(self, logdir, asset_root="config"):
        self.logdir = os.path.abspath(logdir) if logdir else ""
        self.asset_root = asset_root

    def asset(self, raw_path, config_path):
        """The real path of an asset named in the config at `config_path` (raises PathRefused)."""
        return resolve_asset(raw_path, config_path, self.logdir)


def resolve_asset(raw_path, config_path, logdir):
    """Returns the real absolute path of `raw_path` named in the config at `config_path`.

    Raises PathRefused when it resolves outside `logdir`. Does not check that it exists, except
    to relocate an absolute path of a moved logdir.
    """
    root = os.path.realpath(logdir)
    config_dir = os.path.dirname(os.path.realpath(config_path))
    decoded = urllib.parse.unquote(raw_path)
    if ".." in decoded.replace("\\", "/").split("/") and decoded != raw_path:
        raise PathRefused(raw_path, config_path, "is URL-encoded and climbs out with '..'")
    candidate = os.path.expanduser(raw_path)
    if os.path.isabs(candidate):
        if not os.path.lexists(candidate):
            beside = os.path.join(config_dir, os.path.basename(candidate))
            if os.path.exists(beside):
                candidate = beside
    else:
        candidate = os.path.join(config_dir, candidate)
    real = os.path.realpath(candidate)
    if not is_within(real, root):
        why = "is outside the logdir"
        if os.path.islink(candidate) or real != os.path.abspath(candidate):
            why = "resolves (through a symlink or '..') to %s, outside the logdir" % real
        raise PathRefused(raw_path, config_path, why)
    return real
