"""Write files so that a crash, a full disk or a reader at the wrong moment never sees half a file."""
import contextlib
import io
import os
import tempfile
import threading

from embproj_plugin.urls import is_url


@contextlib.contextmanager
def atomic_output(path):
    """A binary file that replaces `path` only once fully written and flushed to disk; the
    temporary file sits beside the target (same file system, so the rename is atomic).

    For a URL (object storage has no rename) the bytes are collected and written as one object in
    one request once the block ends without an error: a reader sees the old object or the new one."""
    path = os.fspath(path)
    if is_url(path):
        with _object_output(path) as f:
            yield f
        return
    directory = os.path.dirname(path) or "."
    fd, temporary = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            os.chmod(temporary, 0o666 & ~_umask())  # as open() would; mkstemp's 0600 hides it from other users
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


@contextlib.contextmanager
def _object_output(url):
    from embproj_plugin.storage import write_bytes  # pylint: disable=import-outside-toplevel

    buffer = io.BytesIO()
    yield buffer
    write_bytes(url, buffer.getbuffer())


_UMASK_LOCK = threading.Lock()


def _umask():
    """The process's umask, read on every call (it may change). Linux shows it in /proc; elsewhere
    it can only be read by setting it, so a strict value stands in for that instant: a file another
    thread creates meanwhile may come out too private, never too open."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _UMASK_LOCK:
        umask = os.umask(0o077)
        os.umask(umask)
    return umask
