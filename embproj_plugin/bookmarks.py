"""Bookmark files: a JSON array of TensorBoard projector State objects."""
import json
import os
import re
import shutil

from embproj_plugin.atomic import atomic_output
from embproj_plugin.errors import MalformedFile


def read_bookmarks(path):
    """Returns the file's bytes after checking they are a JSON array (served as they are)."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        parsed = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise MalformedFile("bookmarks file is not valid JSON: %s" % e, path,
                            "Download bookmarks again from the projector, or fix the JSON.") from None
    if not isinstance(parsed, list):
        raise MalformedFile("bookmarks file must hold a JSON array of states, found %s"
                            % type(parsed).__name__, path)
    return raw


def parse_bookmarks(raw, source="request body"):
    """Checks that `raw` bytes are a JSON array of bookmark states; returns them parsed."""
    try:
        parsed = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise MalformedFile("bookmarks are not valid JSON: %s" % e, source) from None
    if not isinstance(parsed, list) or not all(isinstance(state, dict) for state in parsed):
        raise MalformedFile("bookmarks must be a JSON array of state objects", source)
    return parsed


def write_file_atomically(path, data):
    """Writes beside the target, then renames over it; the file it replaces is kept as
    `<path>.previous`, so a save never loses a bookmark."""
    with atomic_output(path) as f:
        f.write(data)
        if os.path.exists(path):
            shutil.copy2(path, path + ".previous")


def bookmarks_filename(tensor_name):
    """A file name for a tensor's bookmarks: its name with anything unsafe in a path replaced."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", tensor_name).strip("._") + ".bookmarks.json"
