"""Write files so that a crash, a full disk or a reader at the wrong moment never sees half a file."""
import contextlib
import os
import tempfile


@contextlib.contextmanager
def atomic_output(path):
    """A binary file that replaces `path` only once fully written and flushed to disk; the
    temporary file sits beside the target (same file system, so the rename is atomic)."""
    path = os.fspath(path)
    directory = os.path.dirname(path) or "."
    fd, temporary = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
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
