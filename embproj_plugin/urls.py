"""Paths that are URLs (`s3://bucket/exp`, `gs://...`, any fsspec `scheme://`): pure string work, no I/O.

A URL path is always kept normalised: posix separators, no `.` or `..` segments, no empty segments
and no trailing slash, so that one object has one spelling and "inside the logdir" is a prefix test.
os.path's join/dirname/basename work on such URLs as they are; abspath/realpath/normpath do not
(they would fold `s3://` into `s3:/`), which is why callers go through here.
"""
import posixpath
import re

_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://(.*)$", re.S)


def is_url(path):
    """True when `path` names something through a `scheme://` URL rather than a local file."""
    return isinstance(path, str) and _URL.match(path) is not None


def split(url):
    """(scheme in lower case, the rest after '://')."""
    match = _URL.match(url)
    if match is None:
        raise ValueError("not a URL: %r" % (url,))
    return match.group(1).lower(), match.group(2)


def normalise(url):
    """The one spelling of `url`: `a/./b//c/../d/` -> `a/b/d`. A leading '/' (file:///tmp/x) is kept;
    '..' that climbs above the first segment stays in place, so it can never pass a prefix test."""
    scheme, rest = split(url)
    rooted = rest.startswith("/")
    parts = []
    for part in rest.split("/"):
        if part in ("", "."):
            continue
        if part == ".." and parts and parts[-1] != "..":
            parts.pop()
        else:
            parts.append(part)
    return "%s://%s%s" % (scheme, "/" if rooted else "", "/".join(parts))


def join(url, *names):
    return normalise(posixpath.join(url, *names))


def dirname(url):
    """The folder holding `url`; the root of a URL (`s3://bucket`) is its own folder, as '/' is."""
    scheme, rest = split(normalise(url))
    head = posixpath.dirname(rest)
    if not head or head == rest:
        return "%s://%s" % (scheme, rest)
    return "%s://%s" % (scheme, head)


def basename(url):
    return posixpath.basename(split(normalise(url))[1])


def is_within(url, root):
    """True when the normalised `url` is `root` or below it (same scheme, whole segments)."""
    if not (is_url(url) and is_url(root)):
        return False
    url, root = normalise(url), normalise(root)
    return url == root or url.startswith(root.rstrip("/") + "/")


def relative(url, root):
    """`url` relative to `root` with '/' separators ('.' for the root itself); `url` must be within it."""
    url, root = normalise(url), normalise(root)
    if url == root:
        return "."
    return url[len(root.rstrip("/")) + 1:]
