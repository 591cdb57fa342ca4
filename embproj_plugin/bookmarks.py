"""Bookmark files: a JSON array of TensorBoard projector State objects."""
import json

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
