"""A remote logdir listed once: every object below it, with its size and version, in one snapshot.

A remote listing costs a round trip per request, so the logdir is listed recursively in one go
(S3: 1,000 objects per request; fsspec: one `find`) and the snapshot answers every question
discovery and run loading ask (does it exist, is it a folder, what is in it, its version) without
another request. The catalog refreshes it once per rescan interval; a write through this process
marks it stale so the next request lists again.
"""
import logging
import threading
import time

from embproj_plugin import remote_layer
from embproj_plugin.urls import is_within, join, normalise, relative

# A logdir with more objects than this is listed up to here (and TensorBoard's log says so): the
# snapshot keeps a few hundred bytes per object.
MAX_LISTED_OBJECTS = 1_000_000
# How long a snapshot answers for its objects. The catalog lists again every few seconds while it is
# used; a snapshot older than this belongs to no active catalog and is not trusted.
TRUSTED_SECONDS = 30.0


class Snapshot:
    """The objects below `root` at `taken` (time.monotonic())."""

    def __init__(self, root, entries):
        self.root = normalise(root)
        self.taken = time.monotonic()
        self.files = {}  # relative path -> RemoteVersion
        self.folders = {".": ([], [])}  # relative folder -> (subfolder names, file names)
        self.truncated = False
        for rel, version in entries:
            if not _usable_key(rel):
                continue  # "dir/" markers, "a//b", "./x": no file of a walk is spelled that way
            if len(self.files) >= MAX_LISTED_OBJECTS:
                self.truncated = True
                break
            self.files[rel] = version
            self._add(rel)
        for subfolders, names in self.folders.values():
            subfolders.sort()
            names.sort()

    def _add(self, rel):
        parent, _, name = rel.rpartition("/")
        self._folder(parent or ".")[1].append(name)

    def _folder(self, rel):
        if rel not in self.folders:
            self.folders[rel] = ([], [])
            parent, _, name = rel.rpartition("/")
            self._folder(parent or ".")[0].append(name)
        return self.folders[rel]

    def covers(self, url):
        return is_within(url, self.root)

    def _rel(self, url):
        return relative(url, self.root)

    def version(self, url):
        return self.files.get(self._rel(url))

    def is_folder(self, url):
        return self._rel(url) in self.folders

    def listdir(self, url):
        subfolders, names = self.folders.get(self._rel(url), ([], []))
        return list(subfolders) + list(names)

    def walk(self, top):
        """os.walk's (folder, subfolders, files) top-down; the caller may prune `subfolders` in place."""
        rel = self._rel(top)
        if rel not in self.folders:
            return
        subfolders, names = self.folders[rel]
        subfolders = list(subfolders)
        yield normalise(top), subfolders, list(names)
        for sub in subfolders:
            yield from self.walk(join(top, sub))

    def folder_signature(self, url):
        """What changes when an object appears in, leaves or changes in the folder `url` itself."""
        rel = self._rel(url)
        if rel not in self.folders:
            return None
        subfolders, names = self.folders[rel]
        prefix = "" if rel == "." else rel + "/"
        return hash((tuple(subfolders), tuple((n, self.files[prefix + n].key) for n in names)))


def _usable_key(rel):
    return bool(rel) and all(part not in ("", ".", "..") for part in rel.split("/"))


_SNAPSHOTS = {}  # root -> Snapshot
_BYPASS = threading.local()  # set in a thread that writes: it must see the storage, not a listing
_STALE = set()  # roots written to since they were listed
_LOCK = threading.Lock()


def refresh(root):
    """Lists `root` again (raises the storage's FileAccessError) and makes that the current snapshot."""
    root = normalise(root)
    snapshot = Snapshot(root, remote_layer.listing(root))
    if snapshot.truncated:
        logging.getLogger(__name__).warning("%s holds more than %d objects: only the first %d are looked at",
                                            root, MAX_LISTED_OBJECTS, MAX_LISTED_OBJECTS)
    with _LOCK:
        _SNAPSHOTS[root] = snapshot
        _STALE.discard(root)
    return snapshot


def covering(url):
    """The snapshot whose root holds `url` (the deepest one) if it is recent and nothing was written
    under it since; else None, and the caller asks the storage itself."""
    if getattr(_BYPASS, "depth", 0):
        return None
    now = time.monotonic()
    with _LOCK:
        found = [s for s in _SNAPSHOTS.values()
                 if s.covers(url) and now - s.taken <= TRUSTED_SECONDS and s.root not in _STALE]
    return max(found, key=lambda s: len(s.root)) if found else None


def is_stale(root):
    with _LOCK:
        return normalise(root) in _STALE


def mark_written(url):
    """An object under some listed root was written: that root must be listed again before it is trusted."""
    with _LOCK:
        for root in _SNAPSHOTS:
            if is_within(url, root):
                _STALE.add(root)


class bypassed:  # pylint: disable=invalid-name  # used as a context manager, like contextlib's
    """Within it, this thread asks the storage itself (a writer must not trust a listing)."""

    def __enter__(self):
        _BYPASS.depth = getattr(_BYPASS, "depth", 0) + 1

    def __exit__(self, *exc_info):
        _BYPASS.depth -= 1
