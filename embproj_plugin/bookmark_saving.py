"""Save bookmarks into the logdir beside the config, and point the config's bookmarks_path at them.

Only when TensorBoard was started with --embproj_allow_writes (a projector is a viewer: writing into
someone's logdir must be asked for). Files are written aside and renamed; the replaced file is kept.
A file is written only where it could be read: the configured bookmarks_path must pass the same
confinement as reading it (by default, inside the config file's folder).
On object storage (no rename) the old bookmarks object is copied to `.previous`, then the new one and
the config are each written whole, in one request.
"""
import copy

from embproj_plugin import storage
from embproj_plugin.bookmarks import (bookmarks_filename, parse_bookmarks, remove_stale_temporaries,
                                      write_file_atomically)
from embproj_plugin.config import ProjectorConfig, read_config, write_config
from embproj_plugin.errors import EmbprojError
from embproj_plugin.file_access import MiB
from embproj_plugin.run_loader import name_tensor_files
from embproj_plugin.urls import is_url

WRITE_FLAG = "--embproj_allow_writes"
# The largest bookmarks body saved. A 3-D bookmark of 100,000 points (per-point projections and
# shuffled indices, as the projector writes them) is about 9 MiB: this fits three of those.
MAX_BOOKMARKS_POST_BYTES = 32 * MiB
_READ_CHUNK = 1 << 20


class BodyTooLarge(EmbprojError):
    def __init__(self, cap, declared=None):
        super().__init__(413, "bookmarks request body is over the %d bytes (%.1f MiB) this server saves%s"
                         % (cap, cap / MiB, " (%d bytes sent)" % declared if declared is not None else ""), "",
                         "Save fewer bookmarks at once (each holds every point's coordinates), or download "
                         "them as a file instead.")


def read_request_body(request, cap=MAX_BOOKMARKS_POST_BYTES):
    """The body of a werkzeug request, refused (413) when it is over `cap` bytes: a declared length
    is checked before reading, and at most cap + 1 bytes are read whatever it declared."""
    if request.content_length is not None and request.content_length > cap:
        raise BodyTooLarge(cap, request.content_length)
    parts, size = [], 0
    while size <= cap:
        part = request.stream.read(min(_READ_CHUNK, cap + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    if size > cap:
        raise BodyTooLarge(cap)
    return b"".join(parts)


class WritesNotAllowed(EmbprojError):
    def __init__(self):
        super().__init__(403, "saving into the logdir is off", "",
                         "Start TensorBoard with %s to let the projector save bookmarks into the logdir; "
                         "until then, download them as a file." % WRITE_FLAG)


def save_bookmarks(run, embedding, raw, confinement):
    """Writes `raw` (a JSON array of states) as the bookmarks of `embedding`; returns the file's path."""
    if is_url(run.config_path):
        with storage.fresh():  # what is on the storage now, not the last listing
            return _save_bookmarks(run, embedding, raw, confinement)
    return _save_bookmarks(run, embedding, raw, confinement)


def _save_bookmarks(run, embedding, raw, confinement):
    parse_bookmarks(raw)
    if run.errors and storage.exists(run.config_path):
        raise EmbprojError(409, "the run's config has problems; fix it before saving into it", run.config_path,
                           run.errors[0].error)
    configured = embedding.info.bookmarks_path  # the entry's own, or lent by an unnamed first entry
    target = confinement.asset(configured or bookmarks_filename(embedding.name), run.config_path)
    try:
        write_file_atomically(target, raw)
        if not configured:
            config_dir = storage.realpath(storage.dirname(run.config_path))  # target is a real path too
            _point_config_at(run.config_path, embedding.name, storage.relpath(target, config_dir))
    except OSError as e:
        raise EmbprojError(403 if isinstance(e, PermissionError) else 404 if isinstance(e, FileNotFoundError) else 500,
                           "cannot write into the logdir: %s" % (e.strerror or e), e.filename or target,
                           "The logdir may be read-only; download the bookmarks as a file instead.") from None
    return target


def _point_config_at(config_path, tensor_name, relative_path):
    if not is_url(config_path):
        remove_stale_temporaries(config_path)
    config = read_config(config_path) if storage.exists(config_path) else ProjectorConfig()
    # Match entries by the names the loader gives them (an unnamed tensor_path entry is named after
    # its file), but leave the user's entries as they wrote them apart from bookmarks_path.
    named = copy.deepcopy(config)
    name_tensor_files(named)
    for info, named_info in zip(config.embeddings, named.embeddings):
        if named_info.tensor_name == tensor_name:
            info.bookmarks_path = relative_path
            break
    else:
        config.embeddings.add(tensor_name=tensor_name, bookmarks_path=relative_path)
    write_config(config_path, config)
