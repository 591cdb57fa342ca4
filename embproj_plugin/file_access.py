"""Every read of a file that a logdir names goes through here.

Three rules keep a hostile or changing logdir from hurting TensorBoard:
- only regular files are read (a FIFO would block forever, /dev/zero never ends): files are opened
  non-blocking and checked with fstat before the first byte is read;
- every read is bounded, by what the format declares and by a cap per kind of file;
- nothing is memory-mapped (a map of a file that another process truncates kills the whole process
  with SIGBUS): bytes are read into buffers, and a `Version` taken on the open file tells whether it
  changed while it was read, so a response is one consistent version of a file or a clean failure.

A path that is a URL (`s3://`, `gs://`, any fsspec `scheme://`) is read by remote_files.py instead,
through TensorBoard's file layer, behind the same interface: `open_file(path)` gives an object with
`.size`, `.version`, `read_at`, `read_all`, `check_unchanged` and `stream`; `read_file`, `version_of`
and `is_regular_file` take either kind of path. Local paths never touch that code.
"""
import dataclasses
import os
import stat

from embproj_plugin.errors import EmbprojError
from embproj_plugin.urls import is_url

MiB = 1 << 20
GiB = 1 << 30

# Caps on what is read into memory whole. Tensors are streamed and need none beyond what their
# format declares; these bound the files that are parsed at once.
MAX_CONFIG_BYTES = 16 * MiB  # projector_config.pbtxt, the checkpoint state file
MAX_INDEX_BYTES = 256 * MiB  # a checkpoint's .index table
MAX_METADATA_BYTES = 1 * GiB
MAX_BOOKMARKS_BYTES = 256 * MiB
MAX_SPRITE_BYTES = 256 * MiB  # an 8192 x 8192 RGBA PNG that does not compress
MAX_TEXT_TENSOR_BYTES = 1 * GiB  # a tensor TSV is parsed whole, as TensorBoard does
MAX_IN_MEMORY_TENSOR_BYTES = 4 * GiB  # a partitioned variable or a Fortran-order .npy is assembled whole


class FileAccessError(EmbprojError):
    """A file cannot be read as asked; `path` names it and `reason` says why (without the path)."""

    def __init__(self, status, path, reason, hint=""):
        super().__init__(status, reason, path, hint)
        self.path = path
        self.reason = reason


class NotRegularFile(FileAccessError):
    def __init__(self, path, kind):
        super().__init__(422, path, "is a %s, not a regular file" % kind,
                         "Only regular files are read; replace it with the file itself.")


class FileTooLarge(FileAccessError):
    def __init__(self, path, size, cap, what):
        super().__init__(422, path, "%s file is %s, over the %s this server reads" % (what, _human(size), _human(cap)),
                         "Split or shrink the file.")


class FileChanged(FileAccessError):
    """The file was rewritten, truncated or replaced while it was being read."""

    def __init__(self, path, detail="it was rewritten while being read"):
        super().__init__(409, path, "file changed while it was read: %s" % detail,
                         "It is being written (a trainer saving?); reload once it is complete.")


class FileMissing(FileAccessError):
    def __init__(self, path):
        super().__init__(404, path, "file does not exist (it may have been deleted or replaced)",
                         "Check the path in the config, or reload: a newer checkpoint may have replaced it.")


def _human(size):
    for unit, scale in (("GiB", GiB), ("MiB", MiB), ("KiB", 1024)):
        if size >= scale:
            return "%.1f %s" % (size / scale, unit)
    return "%d bytes" % size


def kind_of_mode(mode):
    """What a non-regular file is, in words ("FIFO (named pipe)", "directory", ...)."""
    for test, name in ((stat.S_ISDIR, "directory"), (stat.S_ISFIFO, "FIFO (named pipe)"),
                       (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
                       (stat.S_ISSOCK, "socket")):
        if test(mode):
            return name
    return "special file"


@dataclasses.dataclass(frozen=True)
class Version:
    """What changes when a file is rewritten in place, truncated or replaced."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, st):
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    @property
    def key(self):
        """The part that goes into cache keys and ETags (a remote version has its own)."""
        return (self.size, self.mtime_ns, self.inode)


def _remote():
    from embproj_plugin import remote_files  # pylint: disable=import-outside-toplevel  # only for URLs

    return remote_files


def version_of(path):
    """The Version of the regular file at `path` (symlinks followed), or None if there is none.
    For a URL: its RemoteVersion, or None when there is no such object."""
    if is_url(path):
        return _remote().version_of(path)
    try:
        st = os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL byte in the path
        return None
    return Version.of(st) if stat.S_ISREG(st.st_mode) else None


def is_regular_file(path):
    return version_of(path) is not None


class BoundedFile:
    """What every opened file (local or remote) shares: whole reads under a cap and the check that
    it is still the version it was when opened. Subclasses give `path`, `size`, `version`,
    `read_at(offset, size)` and `current_version()` (None when it is gone)."""

    def read_all(self, cap, what):
        """The whole file, refused when larger than `cap`."""
        if self.size > cap:
            raise FileTooLarge(self.path, self.size, cap, what)
        data = self.read_at(0, self.size)
        self.check_unchanged()
        return data

    def check_unchanged(self):
        """Raises FileChanged when the file was written to, replaced or deleted since it was opened."""
        now = self.current_version()
        if now is None:
            raise FileChanged(self.path, "it was deleted while being read")
        if now != self.version:
            detail = "its size went from %d to %d bytes" % (self.version.size, now.size) \
                if now.size != self.version.size else "it was rewritten while being read"
            raise FileChanged(self.path, detail)


class OpenFile(BoundedFile):
    """A regular file opened for bounded reads. Use as a context manager."""

    def __init__(self, path):
        self.path = os.fspath(path)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) \
            | getattr(os, "O_BINARY", 0)
        try:
            self._fd = os.open(self.path, flags)
        except FileNotFoundError:
            raise FileMissing(self.path) from None
        except ValueError:
            raise FileAccessError(422, self.path, "path holds a NUL byte") from None
        except OSError as e:
            raise FileAccessError(403 if isinstance(e, PermissionError) else 422, self.path,
                                  "cannot open: %s" % (e.strerror or e)) from None
        try:
            st = os.fstat(self._fd)
            if not stat.S_ISREG(st.st_mode):
                raise NotRegularFile(self.path, kind_of_mode(st.st_mode))
        except BaseException:
            os.close(self._fd)
            raise
        self.version = Version.of(st)
        self.size = st.st_size

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def fileno(self):
        return self._fd

    def stream(self):
        """A binary file object of its own over the same open file (for zipfile)."""
        return os.fdopen(os.dup(self._fd), "rb")

    def read_at(self, offset, size):
        """Exactly `size` bytes from `offset`; a file that became shorter raises FileChanged."""
        parts, got = [], 0
        while got < size:
            try:
                piece = os.pread(self._fd, size - got, offset + got)
            except OSError as e:
                raise FileAccessError(422, self.path, "read failed: %s" % (e.strerror or e)) from None
            if not piece:
                raise FileChanged(self.path, "it ended at byte %d, %d bytes short" % (offset + got, size - got))
            parts.append(piece)
            got += len(piece)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def current_version(self):
        try:
            return Version.of(os.fstat(self._fd))
        except OSError:
            return None


def open_file(path):
    """An OpenFile, or for a URL a remote_files.RemoteFile with the same interface."""
    if is_url(path):
        return _remote().RemoteFile(path)
    return OpenFile(path)


def read_file(path, cap, what):
    """Bytes of the regular file `path`, at most `cap` of them (else FileTooLarge), one version."""
    if is_url(path):
        return _remote().read_file(path, cap, what)
    with OpenFile(path) as f:
        return f.read_all(cap, what)
