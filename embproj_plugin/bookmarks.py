"""Bookmark files: a JSON array of TensorBoard projector State objects."""
import hashlib
import json
import os
import re
import stat
import time

from embproj_plugin.atomic import atomic_output
from embproj_plugin.errors import BadRequest, MalformedFile
from embproj_plugin.file_access import MAX_BOOKMARKS_BYTES, FileMissing, OpenFile, open_file, read_file  # noqa: F401
from embproj_plugin.urls import is_url

# A temporary file of atomic_output older than this was left by a save that was killed: a live
# save (at most a request body of bookmarks) is written in well under a minute.
STALE_TEMPORARY_SECONDS = 300
# Room in a file name (255 bytes) for ".bookmarks.json.previous" and atomic_output's temporary name.
_MAX_STEM = 100
_COPY_CHUNK = 1 << 20


class _TooDeep(ValueError):
    pass


def _load_json(raw):
    """Parsed UTF-8 JSON; ValueError saying why not (_TooDeep when it nests deeper than the parser goes)."""
    try:
        return json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise _TooDeep("it nests arrays or objects deeper than this server parses") from None


def read_bookmarks(path):
    """Returns the file's bytes after checking they are a JSON array (served as they are)."""
    raw = read_file(path, MAX_BOOKMARKS_BYTES, "bookmarks")
    try:
        parsed = _load_json(raw)
    except ValueError as e:
        raise MalformedFile("bookmarks file is not valid JSON: %s" % e, path,
                            "Download bookmarks again from the projector, or fix the JSON.") from None
    if not isinstance(parsed, list):
        raise MalformedFile("bookmarks file must hold a JSON array of states, found %s"
                            % type(parsed).__name__, path)
    return raw


def parse_bookmarks(raw, source="request body"):
    """Checks that `raw` bytes are a JSON array of bookmark states; returns them parsed."""
    try:
        parsed = _load_json(raw)
    except _TooDeep as e:
        raise BadRequest("bookmarks are not usable JSON: %s" % e,
                         "Bookmark states nest a few levels deep; send the array the projector saves.") from None
    except ValueError as e:
        raise MalformedFile("bookmarks are not valid JSON: %s" % e, source) from None
    if not isinstance(parsed, list) or not all(isinstance(state, dict) for state in parsed):
        raise MalformedFile("bookmarks must be a JSON array of state objects", source)
    return parsed


def write_file_atomically(path, data):
    """Writes beside the target, then renames over it; the file it replaces is kept as
    `<path>.previous` (written the same way), so a save never loses a bookmark. Temporary files
    that a killed save left behind are removed first."""
    backup = path + ".previous"
    if is_url(path):  # object storage: keep the old object first, then write the new one whole
        _copy_atomically(path, backup)
        with atomic_output(path) as f:
            f.write(data)
        return
    remove_stale_temporaries(path)
    remove_stale_temporaries(backup)
    with atomic_output(path) as f:
        f.write(data)
        _copy_atomically(path, backup)


def _copy_atomically(source_path, target_path):
    """Copies a regular file (if there is one) so that `target_path` is never half written."""
    try:
        source = open_file(source_path)
    except FileMissing:
        return
    with source, atomic_output(target_path) as target:
        for offset in range(0, source.size, _COPY_CHUNK):
            target.write(source.read_at(offset, min(_COPY_CHUNK, source.size - offset)))
        source.check_unchanged()


def remove_stale_temporaries(path):
    """Deletes atomic_output's temporary files for `path` (`.<name>.XXXXXXXX.tmp`) that are old
    enough to be leftovers of a killed save rather than a save in progress."""
    directory, name = os.path.split(path)
    temporary = re.compile(re.escape("." + name + ".") + r"[A-Za-z0-9_]+\.tmp")
    try:
        names = os.listdir(directory or ".")
    except OSError:
        return
    stale_before = time.time() - STALE_TEMPORARY_SECONDS
    for other in filter(temporary.fullmatch, names):
        leftover = os.path.join(directory, other)
        try:
            st = os.lstat(leftover)
            if stat.S_ISREG(st.st_mode) and st.st_mtime < stale_before:
                os.unlink(leftover)
        except OSError:
            pass  # removed meanwhile, or not ours to remove


def bookmarks_filename(tensor_name):
    """A file name for a tensor's bookmarks, distinct for distinct tensor names: the name with
    anything unsafe in a path replaced and, when that changed it or it is long, a short hash of the
    real name after a '+' (which a name left as it is never holds)."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", tensor_name).strip("._")
    if not stem or stem != tensor_name or len(stem) > _MAX_STEM:
        digest = hashlib.sha1(tensor_name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        stem = stem[:_MAX_STEM - len(digest) - 1] + "+" + digest
    return stem + ".bookmarks.json"
