"""Folder-level questions about logdir paths, for a local path or a URL: one place that picks.

A local path gets exactly the os call the code made before (same behaviour, same speed). A URL
(`s3://...`, any fsspec scheme) is answered from the logdir's listing snapshot (remote_listing) when
one covers it, else by asking the storage through TensorBoard's layer. Reading files is
file_access's job; this module only answers where files are and whether they changed.
"""
import fnmatch
import glob
import os
import stat

from embproj_plugin import urls
from embproj_plugin.file_access import FileMissing, NotRegularFile, kind_of_mode, version_of
from embproj_plugin.urls import is_url


def _remote():
    from embproj_plugin import remote_layer, remote_listing  # pylint: disable=import-outside-toplevel

    return remote_layer, remote_listing


def _tree(url):
    """The snapshot covering `url`, or a one-off listing of the folder `url` (not kept)."""
    remote_layer, remote_listing = _remote()
    return remote_listing.covering(url) or remote_listing.Snapshot(url, remote_layer.listing(url))


# ------------------------------------------------------------------ path spelling

def abspath(path):
    return urls.normalise(path) if is_url(path) else os.path.abspath(path)


def realpath(path):
    """Symlinks resolved for a local path; the normalised URL for a URL (object stores have no links)."""
    return urls.normalise(path) if is_url(path) else os.path.realpath(path)


def dirname(path):
    return urls.dirname(path) if is_url(path) else os.path.dirname(path)


def relpath(path, start):
    if is_url(path) and is_url(start) and urls.is_within(path, start):
        return urls.relative(path, start)
    return os.path.relpath(path, start)


# ------------------------------------------------------------------ what exists

def exists(path):
    """Local: os.path.exists. URL: an object or a folder (a prefix of objects) is there."""
    if not is_url(path):
        return os.path.exists(path)
    snapshot = _remote()[1].covering(path)
    if snapshot is not None:
        return snapshot.version(path) is not None or snapshot.is_folder(path)
    return version_of(path) is not None


def lexists(path):
    return exists(path) if is_url(path) else os.path.lexists(path)


def isdir(path):
    if not is_url(path):
        return os.path.isdir(path)
    snapshot = _remote()[1].covering(path)
    if snapshot is not None:
        return snapshot.is_folder(path)
    return bool(_tree(path).files)


def isfile(path):
    return version_of(path) is not None if is_url(path) else os.path.isfile(path)


def require_regular(path):
    """Raises FileMissing or NotRegularFile unless `path` is a regular file (only stat()ed: opening a
    device to find out could have effects of its own)."""
    if is_url(path):
        if version_of(path) is None:
            raise FileMissing(path)
        return
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        raise FileMissing(path) from None
    if not stat.S_ISREG(mode):
        raise NotRegularFile(path, kind_of_mode(mode))


def listdir(path):
    """Names in the folder (raises OSError locally, FileAccessError for a failing storage)."""
    return _tree(path).listdir(path) if is_url(path) else os.listdir(path)


def walk(top):
    """os.walk(top) top-down, errors ignored; the caller may prune the subfolder lists in place.
    A URL is walked over one recursive listing (its storage errors are raised, not ignored)."""
    if not is_url(top):
        return os.walk(top, onerror=lambda e: None)
    return _tree(top).walk(top)


def glob_in(directory, name_pattern):
    """Paths in `directory` whose names match `name_pattern` (a glob pattern, escaped where literal)."""
    if not is_url(directory):
        return glob.glob(os.path.join(glob.escape(directory), name_pattern))
    hidden_ok = name_pattern.startswith(".")  # as glob: '*' does not match a leading dot
    return [urls.join(directory, name) for name in _tree(directory).listdir(directory)
            if (hidden_ok or not name.startswith(".")) and fnmatch.fnmatchcase(name, name_pattern)]


def mtime(path):
    """Modification time in seconds, 0.0 when unknown."""
    if not is_url(path):
        try:
            return os.path.getmtime(path)
        except OSError:
            return 0.0
    version = version_of(path)
    return version.mtime if version is not None else 0.0


def fingerprint(path):
    """What changes when the file at `path` is rewritten, or when files come and go in the folder
    `path`; None when there is nothing there. Local: (mtime_ns, size) of stat(). URL: from the listing
    snapshot (no request); None outside it."""
    if not is_url(path):
        try:
            st = os.stat(path)
            return (st.st_mtime_ns, st.st_size)
        except OSError:
            return None
    snapshot = _remote()[1].covering(path)
    if snapshot is None:  # outside the listed logdir: nothing there is read
        return None
    version = snapshot.version(path)
    return version.key if version is not None else snapshot.folder_signature(path)


def transient_failures():
    """How many remote requests have failed for want of an answer (0 while no URL was read)."""
    import sys  # pylint: disable=import-outside-toplevel

    layer = sys.modules.get("embproj_plugin.remote_layer")
    return layer.transient_failures() if layer is not None else 0


# ------------------------------------------------------------------ writing

def fresh():
    """Context manager: remote questions in this thread go to the storage, not to a listing snapshot
    (a writer must see what is there now). Nothing changes for local paths."""
    return _remote()[1].bypassed()


def makedirs(path):
    if is_url(path):
        _remote()[0].makedirs(urls.normalise(path))
    else:
        os.makedirs(path, exist_ok=True)


def write_bytes(url, data):
    """A whole object in one request (URLs only: local files are written through atomic_output)."""
    from embproj_plugin import remote_files  # pylint: disable=import-outside-toplevel

    remote_files.write_file(url, data)
