"""Objects on remote storage read like local files: the same small interface as file_access's OpenFile.

`RemoteFile(url)` has `.size`, `.version` (size + ETag/generation/mtime), `read_at(offset, size)`
(one ranged read through TensorBoard's layer), `read_all(cap, what)`, `check_unchanged()` (the
object's version asked again: a rewrite mid-read ends the read as FileChanged) and `stream()` (a
seekable binary file object over ranged reads, for zip and image headers). Questions about
existence and versions are answered from the logdir's listing snapshot when one covers the URL
(no request), else by asking the storage. Errors are FileAccessErrors (see remote_errors).
"""
import io

from embproj_plugin import remote_layer, remote_listing
from embproj_plugin.file_access import BoundedFile, FileChanged, FileMissing, FileTooLarge
from embproj_plugin.urls import normalise

# Image and zip headers are read through a buffer of this size: one request per 256 KiB at most.
_STREAM_BUFFER_BYTES = 256 << 10


class RemoteFile(BoundedFile):
    """An object opened for bounded reads (one HEAD to learn its version). Use as a context manager."""

    def __init__(self, url):
        self.path = normalise(url)
        version = remote_layer.stat(self.path)
        if version is None:
            raise FileMissing(self.path)
        self.version = version
        self.size = version.size

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        """Nothing is held open between requests."""

    def read_at(self, offset, size):
        """Exactly `size` bytes from `offset`; an object that became shorter raises FileChanged."""
        data = remote_layer.read_range(self.path, offset, size)
        if len(data) < size:
            raise FileChanged(self.path, "it ended at byte %d, %d bytes short" % (offset + len(data), size - len(data)))
        return data

    def current_version(self):
        return remote_layer.stat(self.path)

    def stream(self):
        """A seekable, buffered binary file object reading this object by ranges."""
        return io.BufferedReader(_Ranges(self), buffer_size=_STREAM_BUFFER_BYTES)


class _Ranges(io.RawIOBase):
    def __init__(self, remote):
        super().__init__()
        self._remote = remote
        self._position = 0

    def readable(self):
        return True

    def seekable(self):
        return True

    def tell(self):
        return self._position

    def seek(self, offset, whence=io.SEEK_SET):
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._remote.size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position %d" % (base + offset))
        self._position = base + offset
        return self._position

    def readinto(self, buffer):
        size = min(len(buffer), max(0, self._remote.size - self._position))
        if size == 0:
            return 0
        data = self._remote.read_at(self._position, size)
        buffer[:size] = data
        self._position += size
        return size


def version_of(url):
    """The object's RemoteVersion, or None when there is no object at `url` (a storage failure raises)."""
    snapshot = remote_listing.covering(url)
    if snapshot is not None:
        return snapshot.version(url)
    return remote_layer.stat(normalise(url))


def read_file(url, cap, what):
    """The whole object in one request (one version: a GET is atomic), refused over `cap` bytes."""
    url = normalise(url)
    snapshot = remote_listing.covering(url)
    if snapshot is not None:  # the listing already says whether it is there, and how large
        known = snapshot.version(url)
        if known is None:
            raise FileMissing(url)
        if known.size > cap:
            raise FileTooLarge(url, known.size, cap, what)
    data = remote_layer.read_range(url, 0, cap + 1)
    if len(data) > cap:
        version = remote_layer.stat(url)
        raise FileTooLarge(url, version.size if version else len(data), cap, what)
    return data


def write_file(url, data):
    """One object, written whole in one request; listings that hold `url` are listed again."""
    url = normalise(url)
    try:
        remote_layer.write(url, data)
    finally:
        remote_listing.mark_written(url)
