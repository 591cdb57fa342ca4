"""Which files a logdir's configs may make us read: one rule, applied by one object.

Asset paths (`tensor_path`, `metadata_path`, `bookmarks_path`, `sprite.image_path`) must resolve,
symlinks included, inside the directory of the config file that names them, as in TensorBoard
2.21's built-in projector (PR #7115): `../other_run/x.tsv`, absolute paths elsewhere and symlinks out
are refused. `--embproj_asset_root=logdir` widens that to the whole logdir for people who share assets
between runs. Checkpoints may be anywhere inside the logdir (runs commonly share their parent's).
Nothing outside the logdir is ever read.

A logdir that was moved keeps working: an absolute path that no longer exists, whose file sits
beside the config, is found there.

A logdir that is a URL (`s3://bucket/exp`) has the same rules on normalised URLs: a path is inside
when it is the logdir's URL or below it after `.`/`..` are folded; object stores have no symlinks.
A URL logdir never reads a local file, and a local logdir never reads a URL.
"""
import glob
import os
import urllib.parse

from embproj_plugin import storage, urls
from embproj_plugin.errors import EmbprojError
from embproj_plugin.urls import is_url

ASSET_ROOT_FLAG = "--embproj_asset_root"
ASSET_ROOTS = ("config", "logdir")  # the first is the default


class PathRefused(EmbprojError):
    """A path named in `file` (a config or checkpoint state file) that must not be read."""

    def __init__(self, raw_path, file, why, hint):
        super().__init__(403, 'path "%s" %s' % (raw_path, why), file, hint)


def is_within(path, root):
    """True when `path` is `root` or below it (both already real, absolute paths, or both URLs)."""
    if is_url(path) or is_url(root):
        return urls.is_within(path, root)
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:  # different drives on Windows
        return False


def _real(path):
    """realpath, or None for a path that cannot name a file (a NUL byte in it)."""
    try:
        return storage.realpath(path)
    except ValueError:
        return None


class Confinement:
    """Where the files a logdir names may be: one object, so every reader applies the same rule."""

    def __init__(self, logdir, asset_root=ASSET_ROOTS[0]):
        if asset_root not in ASSET_ROOTS:
            raise ValueError("%s must be one of %s, not %r" % (ASSET_ROOT_FLAG, ", ".join(ASSET_ROOTS), asset_root))
        self.logdir = storage.abspath(logdir) if logdir else ""
        self.asset_root = asset_root

    def _real_logdir(self):
        # Taken on every call: the logdir (or a symlink on its way) may be created after start-up.
        return storage.realpath(self.logdir) if self.logdir else None

    def within_logdir(self, path):
        """True when `path` resolves (symlinks followed) to the logdir or a file under it."""
        real, root = _real(path), self._real_logdir()
        return bool(real and root and is_within(real, root))

    def require_within_logdir(self, path, what):
        """Raises PathRefused when the file at `path` (a config, a state file) is a symlink out of the logdir."""
        if not self.within_logdir(path):
            raise PathRefused(path, path, "(the %s) resolves to %s, outside the logdir" % (what, _real(path)),
                              "Copy the file into the logdir instead of linking to it.")

    def asset(self, raw_path, config_path):
        """The real path of an asset named in the config at `config_path` (raises PathRefused).

        Does not check that it exists, except to relocate an absolute path of a moved logdir."""
        config_dir = storage.realpath(storage.dirname(config_path))
        if "\0" in raw_path:
            raise self._asset_refused(raw_path, config_path, config_dir, "holds a NUL byte, which no file name can")
        decoded = urllib.parse.unquote(raw_path)
        if decoded != raw_path and ".." in decoded.replace("\\", "/").split("/"):
            raise self._asset_refused(raw_path, config_path, config_dir, "is URL-encoded and climbs out with '..'")
        candidate = _candidate(raw_path, config_dir)
        real = _real(candidate)
        if real is None:
            raise self._asset_refused(raw_path, config_path, config_dir, "holds a NUL byte, which no file name can")
        if not self.within_logdir(real):
            raise self._asset_refused(raw_path, config_path, config_dir, _how_it_leaves(candidate, real, "the logdir"))
        if self.asset_root == "config" and not is_within(real, config_dir):
            raise self._asset_refused(raw_path, config_path, config_dir,
                                      _how_it_leaves(candidate, real, "the config file's folder %s" % config_dir))
        return real

    def _asset_refused(self, raw_path, config_path, config_dir, why):
        if self.asset_root == "config":
            hint = ("Asset paths must resolve inside the config file's folder (%s), as in TensorBoard 2.21's "
                    "projector: move the file there, or start TensorBoard with %s=logdir to allow files "
                    "anywhere in the logdir (files outside the logdir are never read)." % (config_dir, ASSET_ROOT_FLAG))
        else:
            hint = "Asset paths must resolve inside the logdir (%s=logdir); copy the file into the logdir." \
                % ASSET_ROOT_FLAG
        return PathRefused(raw_path, config_path, why, hint)

    def checkpoint(self, prefix, named_in=""):
        """`prefix` when its `.index` and every `.data-*` shard resolve inside the logdir; else raises
        PathRefused naming `named_in` (the config or state file that named it)."""
        for path in checkpoint_files(prefix):
            self._require_checkpoint_path(path, prefix, named_in or path, "names a checkpoint file that ")
        return prefix

    def checkpoint_directory(self, directory, named_in):
        """`directory` when it resolves inside the logdir, else raises PathRefused naming `named_in`."""
        self._require_checkpoint_path(directory, directory, named_in, "")
        return directory

    def _require_checkpoint_path(self, path, raw_path, named_in, what):
        real = _real(path)
        if real is None or not self.within_logdir(real):
            raise PathRefused(raw_path, named_in, what + _how_it_leaves(path, real, "the logdir"),
                              "Checkpoints are read only inside the logdir; copy the checkpoint into it "
                              "(%s=logdir widens where assets may be, never beyond the logdir)." % ASSET_ROOT_FLAG)


def checkpoint_files(prefix):
    """The files of the checkpoint `prefix`: its .index and every .data-* shard there is."""
    directory, base = os.path.split(prefix)
    return [prefix + ".index"] + sorted(storage.glob_in(directory, glob.escape(base) + ".data-*"))


def _candidate(raw_path, config_dir):
    """The path `raw_path` means in a config in `config_dir`, before symlinks are resolved."""
    if is_url(config_dir):
        return _url_candidate(raw_path, config_dir)
    candidate = os.path.expanduser(raw_path)
    if not os.path.isabs(candidate):
        return os.path.join(config_dir, candidate)
    if not os.path.lexists(candidate):  # written on another machine: the file may sit beside the config
        beside = os.path.join(config_dir, os.path.basename(candidate))
        if os.path.exists(beside):
            return beside
    return candidate


def _url_candidate(raw_path, config_dir):
    """In a config on object storage: a URL as it is; a relative path below the config's folder; an
    absolute local path (the config was written before the logdir was uploaded) beside the config,
    when that object exists (else as it is, to be refused as outside the logdir)."""
    if is_url(raw_path):
        return urls.normalise(raw_path)
    if raw_path.startswith(("/", "~", "\\")) or (len(raw_path) > 2 and raw_path[1] == ":"):
        beside = urls.join(config_dir, raw_path.replace("\\", "/").rsplit("/", 1)[-1])
        return beside if storage.exists(beside) else raw_path
    return urls.join(config_dir, raw_path)


def _how_it_leaves(path, real, place):
    if real is None:
        return "holds a NUL byte, which no file name can"
    if real != storage.abspath(path):
        return "resolves (through a symlink or '..') to %s, outside %s" % (real, place)
    return "is outside %s" % place
