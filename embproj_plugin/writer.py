"""log_embedding(): write embeddings from training code or a notebook, one (tag, step) per call.

On-disk layout, for `log_embedding(logdir, vectors, labels, images=..., tag="words", step=3)`:

    <logdir>/projector_config.pbtxt            one entry per (tag, step), added or replaced
    <logdir>/plugins/embproj/words/00003/
        tensors.index                          a TensorFlow V2 checkpoint holding one float32
        tensors.data-00000-of-00001            variable named after the tag ("words")
        checkpoint                             its state file (tf.train.latest_checkpoint works)
        metadata.tsv, sprite.png               when metadata and images are given
        tensors.layout.<name>.npy              per layout given as projections={name: coordinates}
                                               (float32 [N, 2|3]; found by name, see projections.py)

    embeddings {
      tensor_name: "words:00003"               PyTorch's naming: tag, colon, step in 5 digits
      tensor_path: "plugins/embproj/words/00003/tensors.data-00000-of-00001"
      tensor_shape: N  tensor_shape: D
      metadata_path: "plugins/embproj/words/00003/metadata.tsv"
      sprite { image_path: ".../sprite.png"  single_image_dim: W  single_image_dim: H }
    }

Why: a config names one checkpoint (model_checkpoint_path), so a series of checkpoints cannot all
be served through it; a `tensor_path` per entry can. The data shard of a checkpoint that holds one
float32 tensor *is* that tensor as raw little-endian row-major float32 with no header, which is what
`tensor_path` + `tensor_shape` means to both our backend (memory-mapped) and TensorBoard's built-in
projector. So each (tag, step) is stored once, is a genuine TensorFlow checkpoint
(`tf.train.load_checkpoint(".../00003/tensors").get_tensor("words")`), and shows up as its own tensor
`<tag>:<step>` in every reader. One directory per call keeps a call's files together, so re-logging
a (tag, step) swaps one directory, and `plugins/embproj/` is TensorBoard's place for a plugin's
files (our run discovery does not take the folders below it for runs). Checked once by hand with
TensorFlow 2.21 (bit-exact reads, also through tf.train.latest_checkpoint on the folder) and with
TensorBoard 2.21's built-in projector, which serves every `<tag>:<step>`; the tests check that the
files are byte-identical to a checkpoint TensorFlow wrote.

The tag becomes one folder name: letters, digits, '-', '_' and inner dots stay, anything else
(including '/' and a leading '.') becomes ~XX per UTF-8 byte.

Nothing is half-written: every input is checked first (ValueError naming what and where, before
anything touches the disk); the files are written into a hidden staging folder beside their final
place, renamed into place, and only then is the config rewritten (itself atomically). A failure in
between puts back what was there. Two processes logging into one logdir at the same moment may
each miss the other's config entry; log from one process per logdir. PyTorch's
SummaryWriter.add_embedding rewrites the whole config from its own memory on every call, dropping
entries written by anything else: call log_embedding after it, not between its calls.

An `s3://` or `gs://` logdir (any URL TensorBoard's file layer reads) gets the same objects. Object
storage has no rename, so the files are written locally first, then uploaded whole: checkpoint data,
its index, its state file, metadata and sprite, and the config that names them last, so a reader
never finds a config entry pointing at objects that are not there yet. Logging the same (tag, step)
again rewrites its objects in place; a reader caught in between is told the file changed (409).
"""
import collections.abc
import copy
import os
import shutil
import tempfile
import urllib.parse
import uuid
import warnings

import numpy as np

from embproj_plugin import inputs, storage, urls
from embproj_plugin import projections as layout_files
from embproj_plugin.checkpoint import write_checkpoint
from embproj_plugin.checkpoint.reader import data_filename
from embproj_plugin.config import ASSETS_SUBDIR, CONFIG_FILENAME, EmbeddingInfo, ProjectorConfig, read_config, \
    write_config
from embproj_plugin.errors import EmbprojError
from embproj_plugin.projector import resolve_logdir
from embproj_plugin.urls import is_url

PLUGIN_SUBDIR = "plugins/embproj"
CHECKPOINT_PREFIX = "tensors"
METADATA_FILENAME = "metadata.tsv"
SPRITE_FILENAME = "sprite.png"


def log_embedding(logdir, vectors, metadata=None, *, metadata_header=None, images=None, image_size=None,
                  image_preprocess_function=None, image_transparent_color=None,
                  image_background_color_function=None, tag="default", step=0, projections=None):
    """Writes one embedding for the projector and returns its config entry (an EmbeddingInfo).

    vectors: [N, D] numbers: a numpy array, nested lists, a PyTorch or TensorFlow tensor, or a
        pandas DataFrame (its numeric columns, or its one column of lists, are the dimensions; its
        other columns become the metadata unless `metadata` is given). Stored as float32.
    metadata: one label per point, one row (sequence) per point, a dict of columns, a DataFrame or
        Series. Written with TensorBoard's rule: one column has no header line; two or more have the
        header `metadata_header` (or the dict's keys, or "column_1", "column_2", ...). Tabs, newlines
        and carriage returns inside values are written as the two characters \\t, \\n and \\r, so
        rows never shift; None becomes an empty value.
    images: one image per point: NxHxW, NxHxWxC or NxCxHxW (uint8, or floats in 0..1), tensors,
        or a list of arrays or PIL images; NxP flat rows too when image_size is given; or a path
        (str or pathlib.Path) to an .npy/.npz file of such an array or to a folder of image files,
        taken in name order, as `embproj import --images` reads them. Turned into
        a sprite atlas; `image_size` (width, height) resizes them, and images of different sizes
        need it. The three image_* options act as in Comet's create_embedding_image (see
        embproj_plugin.sprite_atlas). Thumbnails shrink, with a warning, to keep the atlas within
        8192 px.
    tag, step: the entry is named "<tag>:<step as 5 digits>". Another tag or step adds an entry to
        the logdir's projector_config.pbtxt; the same tag and step replaces its files and entry.
    projections: layouts computed elsewhere (t-SNE, UMAP, ...), as {name: [N, 2] or [N, 3]
        coordinates} (numpy, lists, tensors, a DataFrame); name is 1-64 letters, digits, '-' or '_'.
        Each is stored as float32 `tensors.layout.<name>.npy` beside the tensor (see
        embproj_plugin.projections) and listed by the tab with its methods, drawn as it is.

    Raises ValueError, and writes nothing, for ragged or non-numeric vectors, NaN or Inf,
    metadata or images whose count differs from the vectors', and images of mixed sizes, and
    projections that are not finite [N, 2] or [N, 3] numbers.
    """
    logdir = resolve_logdir(logdir)
    tag, step = _checked_tag(tag), _checked_step(step)
    vectors, frame_metadata = inputs.as_vectors(vectors)
    count = vectors.shape[0]
    table = _metadata_table(metadata, metadata_header, frame_metadata, count)
    layouts = _checked_layouts(projections, count)
    sprite = None
    if images is not None:
        sprite = _sprite(images, count, image_size, image_preprocess_function, image_transparent_color,
                         image_background_color_function)
    config_path = os.path.join(logdir, CONFIG_FILENAME)
    entry_dir = "%s/%s/%05d" % (PLUGIN_SUBDIR, _path_component(tag), step)
    info = _entry(tensor_name(tag, step), entry_dir, vectors.shape, table is not None, sprite)
    if is_url(logdir):
        with storage.fresh():
            config = _existing_config(config_path)
            _upload_entry(urls.join(logdir, entry_dir), tag, vectors, table, sprite, layouts,
                          lambda: write_config(config_path, with_entry(config, info)))
            _warn_if_shadowed(logdir)
        return info
    config = _existing_config(config_path)

    final_dir = os.path.join(logdir, *entry_dir.split("/"))
    new_folders = _missing_folders(os.path.dirname(final_dir))
    os.makedirs(os.path.dirname(final_dir), exist_ok=True)
    staging = _new_staging_folder(os.path.dirname(final_dir))
    try:
        _write_files(staging, tag, vectors, table, sprite, layouts)
        _install(staging, final_dir, lambda: write_config(config_path, with_entry(config, info)))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        for folder in reversed(new_folders):  # the folders this call made, innermost first
            try:
                os.rmdir(folder)
            except OSError:
                break
        raise
    _warn_if_shadowed(logdir)
    return info


def tensor_name(tag, step):
    return "%s:%05d" % (tag, step)


def with_entry(config, info):
    """A copy of `config` with `info` replacing the entry of the same tensor name, or appended."""
    updated = copy.deepcopy(config)
    for existing in updated.embeddings:
        if existing.tensor_name == info.tensor_name:
            existing.CopyFrom(info)
            return updated
    updated.embeddings.add().CopyFrom(info)
    return updated


def _checked_tag(tag):
    if not isinstance(tag, str) or not tag:
        raise ValueError("tag must be a non-empty string, got %r" % (tag,))
    if "\x00" in tag:
        raise ValueError("tag %r holds a NUL character, which a checkpoint name cannot" % tag)
    return tag


def _missing_folders(path):
    """The folders os.makedirs(path) would create, outermost first."""
    missing = []
    path = os.path.abspath(path)
    while not os.path.exists(path):
        missing.append(path)
        parent = os.path.dirname(path)
        if parent == path:
            break
        path = parent
    return missing[::-1]


def _checked_step(step):
    if isinstance(step, bool) or not hasattr(step, "__index__"):
        raise ValueError("step must be an integer, got %r" % (step,))
    if int(step) < 0:
        raise ValueError("step must be 0 or more, got %d" % int(step))
    return int(step)


def _path_component(tag):
    """The tag as one folder name (see layout_files.path_component)."""
    return layout_files.path_component(tag)


def _metadata_table(metadata, header, frame_metadata, count):
    if metadata is None and header is not None and frame_metadata is None:
        raise ValueError("metadata_header was given without metadata")
    if metadata is not None:
        return inputs.metadata_columns(metadata, header, count)
    if frame_metadata is not None:  # the DataFrame's column names are the header
        return inputs.metadata_columns(frame_metadata, header, count)
    return None


def _checked_layouts(projections, count):
    """{name: C-contiguous little-endian float32 [count, 2|3]}, or ValueError naming the layout."""
    if projections is None:
        return {}
    if not isinstance(projections, collections.abc.Mapping):
        raise ValueError("projections must be a dict {name: [N, 2] or [N, 3] coordinates}, got %s"
                         % type(projections).__name__)
    layouts, folded = {}, set()
    for name, coordinates in projections.items():
        layout_files.checked_name(name)
        if name.lower() in folded:  # one file on a case-insensitive file system
            raise ValueError("projections has two names that differ only in case: %r" % name)
        folded.add(name.lower())
        layouts[name] = _layout_array(name, coordinates, count)
    return layouts


def _layout_array(name, coordinates, count):
    what = "projections[%r]" % name
    try:
        array = np.asarray(inputs.to_numpy(coordinates))
    except ValueError as e:  # ragged rows
        raise ValueError("%s must be a [N, 2] or [N, 3] array of numbers: %s" % (what, e)) from None
    if array.dtype.kind not in "biuf":
        raise ValueError("%s must be numbers, got dtype %s" % (what, array.dtype))
    if array.ndim != 2 or array.shape[1] not in layout_files.LAYOUT_DIMS:
        raise ValueError("%s has shape %s; a layout is [N, 2] or [N, 3]" % (what, list(array.shape)))
    if array.shape[0] != count:
        raise ValueError("%s has %d rows but vectors have %d" % (what, array.shape[0], count))
    with np.errstate(over="ignore"):
        values = np.ascontiguousarray(array, dtype="<f4")
    bad = np.argwhere(~np.isfinite(values))
    if len(bad):
        row, column = (int(i) for i in bad[0])
        value = array[row, column]
        why = "too large for float32" if np.isfinite(value) else "NaN" if np.isnan(value) else "Inf"
        raise ValueError("%s row %d, column %d is %s; every coordinate must be a finite number"
                         % (what, row, column, why))
    return values


def _sprite(images, count, image_size, preprocess, transparent, background):
    if inputs.is_path(images):
        images = inputs.read_image_files(images)
    given = _image_count(images)
    if given is not None and given != count:
        raise ValueError("images has %d images but vectors have %d rows" % (given, count))
    from embproj_plugin.sprite_atlas import build_sprite  # PIL is only needed when images are given

    sprite = build_sprite(images, image_size, preprocess_function=preprocess, transparent_color=transparent,
                          background_color_function=background, stacklevel=4)
    if sprite.count != count:
        raise ValueError("images has %d images but vectors have %d rows" % (sprite.count, count))
    return sprite


def _image_count(images):
    """len(images) when it counts images; None for bytes (refused later) and for plain iterables."""
    if isinstance(images, bytes):
        return None
    try:
        return len(images)
    except TypeError:
        return None


def _existing_config(path):
    if not storage.exists(path):
        return ProjectorConfig()
    try:
        return read_config(path)
    except EmbprojError as e:
        raise ValueError("%s: %s; fix or remove it before logging into this logdir"
                         % (path, e.problem.error)) from None


def _entry(name, entry_dir, shape, has_metadata, sprite):
    info = EmbeddingInfo(tensor_name=name,
                         tensor_path="%s/%s" % (entry_dir, data_filename(CHECKPOINT_PREFIX, 0, 1)))
    info.tensor_shape.extend(shape)
    if has_metadata:
        info.metadata_path = "%s/%s" % (entry_dir, METADATA_FILENAME)
    if sprite is not None:
        info.sprite.image_path = "%s/%s" % (entry_dir, SPRITE_FILENAME)
        info.sprite.single_image_dim.extend(sprite.thumbnail_size)
    return info


def _write_files(directory, tag, vectors, table, sprite, layouts):
    write_checkpoint(os.path.join(directory, CHECKPOINT_PREFIX), {tag: vectors})
    for name, coordinates in layouts.items():
        np.save(os.path.join(directory, layout_files.layout_filename(CHECKPOINT_PREFIX, name)), coordinates,
                allow_pickle=False)
    if table is not None:
        with open(os.path.join(directory, METADATA_FILENAME), "wb") as f:
            f.write(inputs.metadata_tsv(*table).encode("utf-8"))
    if sprite is not None:
        sprite.image.save(os.path.join(directory, SPRITE_FILENAME), format="PNG")


def _upload_order(name):
    """Data shards, then the index that points into them, then the state file naming the index, then
    the rest: at every moment a reader finds what it was pointed at."""
    for rank, test in enumerate((lambda n: ".data-" in n, lambda n: n.endswith(".index"),
                                 lambda n: n == "checkpoint")):
        if test(name):
            return (rank, name)
    return (3, name)


def _upload_entry(final_url, tag, vectors, table, sprite, layouts, commit):
    """Object storage has no rename: the files are written into a local staging folder exactly as for a
    local logdir, uploaded as whole objects in _upload_order, and only then is the config that names
    them written (`commit`). Nothing is uploaded if writing them locally fails."""
    with tempfile.TemporaryDirectory(prefix="embproj-upload-") as staging:
        _write_files(staging, tag, vectors, table, sprite, layouts)
        for name in sorted(os.listdir(staging), key=_upload_order):
            with open(os.path.join(staging, name), "rb") as f:
                storage.write_bytes(urls.join(final_url, name), f.read())
    commit()


def _new_staging_folder(parent):
    """A fresh hidden folder in `parent`. Made by os.mkdir, so its mode is 0777 minus the umask as
    for any folder (tempfile.mkdtemp's 0700 would stay on the step folder once renamed, and hide it
    from a TensorBoard running as another user)."""
    staging = os.path.join(parent, ".staging-" + uuid.uuid4().hex)
    os.mkdir(staging)
    return staging


def _install(staging, final_dir, commit):
    """Renames `staging` to `final_dir` and runs `commit`; on failure, the old folder comes back."""
    replaced = None
    if os.path.exists(final_dir):
        replaced = os.path.join(os.path.dirname(final_dir), ".replaced-" + uuid.uuid4().hex)
        os.rename(final_dir, replaced)
    try:
        os.rename(staging, final_dir)
        try:
            commit()
        except BaseException:
            os.rename(final_dir, staging)  # removed by the caller
            raise
    except BaseException:
        if replaced is not None:
            os.rename(replaced, final_dir)
        raise
    if replaced is not None:
        shutil.rmtree(replaced, ignore_errors=True)


def _warn_if_shadowed(logdir):
    shadowing = os.path.join(logdir, ASSETS_SUBDIR, CONFIG_FILENAME)
    if storage.exists(shadowing):
        warnings.warn("%s exists and is read instead of %s, so the embeddings logged here will not show; "
                      "move its entries into %s" % (shadowing, CONFIG_FILENAME, CONFIG_FILENAME), stacklevel=3)
