"""Save bookmarks into the logdir beside the config, and point the config's bookmarks_path at them.

Only when TensorBoard was started with --embproj_allow_writes (a projector is a viewer: writing into
someone's logdir must be asked for). Files are written aside and renamed; the replaced file is kept.
"""
import copy
import os

from embproj_plugin.bookmarks import bookmarks_filename, parse_bookmarks, write_file_atomically
from embproj_plugin.config import ProjectorConfig, read_config, write_config
from embproj_plugin.errors import EmbprojError
from embproj_plugin.run_loader import name_tensor_files

WRITE_FLAG = "--embproj_allow_writes"


class WritesNotAllowed(EmbprojError):
    def __init__(self):
        super().__init__(403, "saving into the logdir is off", "",
                         "Start TensorBoard with %s to let the projector save bookmarks into the logdir; "
                         "until then, download them as a file." % WRITE_FLAG)


def save_bookmarks(run, embedding, raw, confinement):
    """Writes `raw` (a JSON array of states) as the bookmarks of `embedding`; returns the file's path."""
    parse_bookmarks(raw)
    if run.errors and os.path.exists(run.config_path):
        raise EmbprojError(409, "the run's config has problems; fix it before saving into it", run.config_path,
                           run.errors[0].error)
    config_dir = os.path.dirname(run.config_path)
    target = embedding.bookmarks_path or confinement.asset(bookmarks_filename(embedding.name), run.config_path)
    try:
        write_file_atomically(target, raw)
        if not embedding.bookmarks_path:
            _point_config_at(run.config_path, embedding.name, os.path.relpath(target, config_dir))
    except OSError as e:
        raise EmbprojError(403 if isinstance(e, PermissionError) else 500,
                           "cannot write into the logdir: %s" % (e.strerror or e), e.filename or target,
                           "The logdir may be read-only; download the bookmarks as a file instead.") from None
    return target


def _point_config_at(config_path, tensor_name, relative_path):
    config = read_config(config_path) if os.path.exists(config_path) else ProjectorConfig()
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
