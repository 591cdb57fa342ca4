"""Turn what users pass to `log_embedding` into plain numpy data, or a ValueError saying what and where.
Images may also be given as a path (an .npy/.npz array or a folder of image files), read here for
both log_embedding and `embproj import --images`.

Vectors, metadata and images may come from numpy, Python lists, PyTorch or TensorFlow tensors,
pandas or PIL. None of those frameworks is imported here (PIL only to read a folder of image files):
an object is recognised by the module its type comes from, and converted with its own methods
(`.detach().cpu().numpy()`, `.numpy()`).
"""
import collections.abc
import os

import numpy as np

from embproj_plugin.npz_arrays import chosen_array

# Image files taken from a folder given as images.
IMAGE_FILE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff")
IMAGES_ACCEPTED = ("an array of images, a list of images, or a path to an .npy/.npz array of images "
                   "or to a folder of image files")

# Escapes applied to metadata values so that a value never adds a column or a row to the TSV.
METADATA_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
_ESCAPE_TABLE = str.maketrans(METADATA_ESCAPES)


def _framework(obj):
    """'torch', 'tensorflow', 'pandas', 'PIL', ... : the top-level package of the object's type."""
    return (type(obj).__module__ or "").split(".")[0]


def to_numpy(obj):
    """A framework tensor as a numpy array; anything else is returned as it is."""
    framework = _framework(obj)
    if framework == "torch" and hasattr(obj, "detach"):
        tensor = obj.detach().cpu()
        try:
            return tensor.numpy()
        except TypeError:  # bfloat16 and other dtypes numpy lacks
            return tensor.float().numpy()
    if framework in ("tensorflow", "keras", "tf_keras") and hasattr(obj, "numpy"):
        return obj.numpy()
    if framework == "jax" or framework == "jaxlib":
        return np.asarray(obj)
    return obj


def is_dataframe(obj):
    return _framework(obj) == "pandas" and type(obj).__name__ == "DataFrame"


def is_series(obj):
    return _framework(obj) == "pandas" and type(obj).__name__ == "Series"


def _is_row(value):
    """A value holding several numbers or fields (not a string)."""
    if isinstance(value, (str, bytes)):
        return False
    value = to_numpy(value)
    if isinstance(value, np.ndarray):
        return value.ndim >= 1
    return isinstance(value, collections.abc.Sequence)


# ----------------------------------------------------------------------------------------- vectors

def as_vectors(data):
    """(vectors as C-contiguous float32 [N, D], metadata columns found beside them or None).

    A pandas DataFrame gives its numeric columns as dimensions (or its one column of lists), and
    its other columns as metadata. Raises ValueError for ragged rows, non-numbers, NaN or Inf.
    """
    if is_dataframe(data):
        return _dataframe_vectors(data)
    if is_series(data):
        data = data.tolist()
    return _checked_vectors(data), None


def _dataframe_vectors(frame):
    list_columns = [c for c in frame.columns if frame[c].dtype == object and _first_is_row(frame[c])]
    if len(list_columns) > 1:
        raise ValueError("DataFrame columns %s all hold lists; keep one column of vectors (the others "
                         "may hold labels)" % ", ".join(repr(str(c)) for c in list_columns))
    if list_columns:
        vector_columns = list_columns
        vectors = _checked_vectors(frame[list_columns[0]].tolist())
    else:
        vector_columns = [c for c in frame.columns
                          if getattr(frame[c].dtype, "kind", "O") in "iuf"]
        if not vector_columns:
            raise ValueError("the DataFrame has no numeric column and no column of lists to use as vectors")
        values = frame[vector_columns].to_numpy(dtype="float64", na_value=np.nan)
        vectors = _checked_vectors(values)
    others = [c for c in frame.columns if not any(c is v or c == v for v in vector_columns)]
    metadata = {str(c): series_values(frame[c]) for c in others} or None
    return vectors, metadata


def series_values(series):
    """A pandas Series as a list, its missing values (NaN, None, NA, NaT) as None."""
    missing = series.isna().tolist()
    return [None if gone else value for value, gone in zip(series.tolist(), missing)]


def _first_is_row(series):
    for value in series:
        if value is not None:
            return _is_row(value)
    return False


def _checked_vectors(data):
    data = to_numpy(data)
    if isinstance(data, np.ndarray) and data.dtype != object:
        array = data
    else:
        array = _array_from_rows(data)
    if array.ndim != 2:
        shape = tuple(array.shape)
        hint = " (for one value per point use vectors.reshape(-1, 1))" if array.ndim == 1 else ""
        raise ValueError("vectors must be 2-D, one row per point: got shape %s%s" % (shape, hint))
    if array.shape[0] == 0:
        raise ValueError("vectors are empty: 0 rows")
    if array.shape[1] == 0:
        raise ValueError("vectors have 0 values per row")
    if array.dtype.kind not in "biuf":
        raise ValueError("vectors must be numbers, got dtype %s" % array.dtype)
    with np.errstate(over="ignore"):  # reported below, with the row and column
        vectors = np.ascontiguousarray(array, dtype=np.float32)
    _require_finite(array, vectors)
    return vectors


def _array_from_rows(data):
    """A 2-D float64 array from a sequence of rows, naming the first ragged or non-numeric row."""
    if isinstance(data, np.ndarray):  # dtype object: an array of arrays
        data = list(data) if data.ndim == 1 else data.tolist()
    if not isinstance(data, collections.abc.Iterable) or isinstance(data, (str, bytes)):
        raise ValueError("vectors must be an array, a list of rows or a tensor, got %s"
                         % type(data).__name__)
    rows = [to_numpy(row) for row in data]
    if not rows:
        raise ValueError("vectors are empty: 0 rows")
    if not all(_is_row(row) for row in rows):
        return _numeric_array(rows, "vectors")  # a flat list: 1-D, refused by the caller
    width = len(rows[0])
    for index, row in enumerate(rows):
        if np.ndim(row) > 1:
            raise ValueError("vectors row %d is %d-D; each row must be a flat list of numbers"
                             % (index, np.ndim(row)))
        if len(row) != width:
            raise ValueError("vectors row %d has %d values, row 0 has %d" % (index, len(row), width))
    return _numeric_array(rows, "vectors")


def _numeric_array(rows, what):
    try:
        return np.array(rows, dtype=np.float64)
    except (TypeError, ValueError):
        pass
    for r, row in enumerate(rows):
        for c, value in enumerate(row if _is_row(row) else [row]):
            try:
                float(value)
            except (TypeError, ValueError):
                where = "row %d, column %d" % (r, c) if _is_row(row) else "row %d" % r
                raise ValueError("%s %s is %r, not a number" % (what, where, value)) from None
    raise ValueError("%s are not numbers" % what)


def _require_finite(original, vectors):
    finite = np.isfinite(vectors)
    if finite.all():
        return
    row, column = (int(i) for i in np.argwhere(~finite)[0])
    value = original[row, column]
    if np.isfinite(value):
        raise ValueError("vectors row %d, column %d is %r, too large for float32" % (row, column, value))
    raise ValueError("vectors row %d, column %d is %s; every value must be a finite number"
                     % (row, column, "NaN" if np.isnan(vectors[row, column]) else "Inf"))


# ---------------------------------------------------------------------------------------- metadata

def escape_metadata_value(value):
    """The text written for one metadata value: tabs, newlines and carriage returns become the
    two-character escapes \\t, \\n and \\r, so a value can never add a column or a row."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    elif not isinstance(value, str):
        value = to_numpy(value)
        if isinstance(value, np.ndarray) and value.ndim == 0:
            value = value.item()
        value = str(value)
    return value.translate(_ESCAPE_TABLE)


def metadata_columns(metadata, header, num_rows):
    """(column names or None, rows as lists of str) checked against `num_rows`.

    `metadata` may be labels (one value per point), rows (one sequence per point), a dict of
    columns, a pandas DataFrame or Series, a numpy array or a tensor.
    """
    header = None if header is None else [escape_metadata_value(h) for h in _as_list(header, "metadata_header")]
    if is_dataframe(metadata):
        metadata = {str(c): series_values(metadata[c]) for c in metadata.columns}
    elif is_series(metadata):
        if header is None and metadata.name is not None:
            header = [escape_metadata_value(metadata.name)]
        metadata = series_values(metadata)
    if isinstance(metadata, collections.abc.Mapping):
        if header is not None:
            raise ValueError("metadata is a dict, whose keys name the columns: leave metadata_header out")
        columns = {str(k): _as_list(v, 'metadata column "%s"' % k) for k, v in metadata.items()}
        if not columns:
            raise ValueError("metadata is an empty dict")
        for name, values in columns.items():
            if len(values) != num_rows:
                raise ValueError('metadata column "%s" has %d values but vectors have %d rows'
                                 % (name, len(values), num_rows))
        header = [escape_metadata_value(name) for name in columns]
        rows = [list(row) for row in zip(*columns.values())]
    else:
        rows = _metadata_rows(_as_list(metadata, "metadata"), num_rows)
    width = len(rows[0]) if rows else 1
    for index, row in enumerate(rows):
        if len(row) != width:
            raise ValueError("metadata row %d has %d values, row 0 has %d" % (index, len(row), width))
    if header is not None and len(header) != width:
        raise ValueError("metadata_header has %d names but metadata rows have %d values"
                         % (len(header), width))
    if width > 1 and header is None:
        header = ["column_%d" % (i + 1) for i in range(width)]
    text_rows = [[escape_metadata_value(v) for v in row] for row in rows]
    return header, text_rows


def _metadata_rows(values, num_rows):
    if len(values) != num_rows:
        raise ValueError("metadata has %d rows but vectors have %d" % (len(values), num_rows))
    kinds = [_is_row(v) for v in values]
    if all(kinds):
        return [list(to_numpy(v)) if not isinstance(v, list) else v for v in values]
    if any(kinds):
        first_row = kinds.index(True)
        raise ValueError("metadata row %d is a sequence but row %d is a single value; pass labels "
                         "(one value per point) or rows (one sequence per point), not both"
                         % (first_row, kinds.index(False)))
    return [[v] for v in values]


def _as_list(values, what):
    values = to_numpy(values)
    if is_series(values):
        return series_values(values)
    if isinstance(values, np.ndarray):
        if values.ndim == 0:
            raise ValueError("%s must be a sequence, got a single value" % what)
        return values.tolist() if values.ndim > 1 else list(values)
    if isinstance(values, (str, bytes)) or not isinstance(values, collections.abc.Iterable):
        raise ValueError("%s must be a sequence, got %s" % (what, type(values).__name__))
    return list(values)


def metadata_tsv(header, rows):
    """TensorBoard's layout: one column → no header line; two or more → the header comes first."""
    lines = ["\t".join(row) for row in rows]
    if header is not None and len(header) > 1:
        lines.insert(0, "\t".join(header))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------ images

def image_size_pair(image_size):
    """(width, height) from an int or a pair; None stays None."""
    if image_size is None:
        return None
    if isinstance(image_size, (int, np.integer)):
        size = (int(image_size), int(image_size))
    else:
        size = tuple(int(s) for s in image_size)
    if len(size) != 2 or min(size) <= 0:
        raise ValueError("image_size must be (width, height) in pixels, got %r" % (image_size,))
    return size


def is_path(value):
    return isinstance(value, (str, os.PathLike))


def read_image_files(path):
    """The images a path names: an .npy array, an .npz array (its only one, or the one named
    "images"), or a folder of image files taken in name order (as PIL images)."""
    path = os.fspath(path)
    if os.path.isdir(path):
        return _images_in_folder(path)
    suffix = os.path.splitext(path)[1].lower()
    if suffix == ".npy":
        return np.load(path, allow_pickle=False)
    if suffix == ".npz":
        with np.load(path, allow_pickle=False) as archive:
            return archive[_images_key(path, list(archive.keys()))]
    raise ValueError("images path %s is neither an .npy/.npz array of images nor a folder of image files"
                     % path)


def _images_key(path, keys):
    chosen = chosen_array(keys, ("images",))
    if chosen is not None:
        return chosen
    raise ValueError("%s holds %d arrays (%s); name the images' array \"images\""
                     % (path, len(keys), ", ".join(keys)))


def _images_in_folder(path):
    from PIL import Image  # only needed for folders of image files

    names = sorted(n for n in os.listdir(path) if os.path.splitext(n)[1].lower() in IMAGE_FILE_SUFFIXES)
    if not names:
        raise ValueError("%s holds no image files (%s)" % (path, ", ".join(IMAGE_FILE_SUFFIXES)))
    images = []
    for name in names:
        with Image.open(os.path.join(path, name)) as image:
            image.load()
            images.append(image.copy())
    return images


def image_arrays(images, image_size=None, preprocess_function=None):
    """uint8 images of shape (H, W, C), C in {1, 3, 4}: a 4-D array when given one array
    and no preprocess function, otherwise a list (sizes may still differ)."""
    size = image_size_pair(image_size)
    images = to_numpy(images)
    if isinstance(images, np.ndarray) and images.dtype != object and preprocess_function is None:
        return _image_batch(images, size)
    if isinstance(images, np.ndarray):
        images = list(images)
    if _framework(images) == "PIL" or isinstance(images, (str, bytes)) \
            or not isinstance(images, collections.abc.Iterable):
        raise ValueError("images must be %s, got %s" % (IMAGES_ACCEPTED, type(images).__name__))
    arrays = []
    for index, image in enumerate(images):
        if preprocess_function is not None:
            image = preprocess_function(image)
        arrays.append(_one_image(image, index, size))
    if not arrays:
        raise ValueError("images is empty")
    return arrays


def _image_batch(array, size):
    if array.ndim == 2 and size is not None:  # one flat row per image, e.g. MNIST as 784 values
        array = np.stack([_unflatten(row, i, size) for i, row in enumerate(array)]) if len(array) else array
    if array.ndim == 3:
        array = array[..., np.newaxis]
    if array.ndim != 4:
        raise ValueError("images must be NxHxW, NxHxWxC or NxCxHxW (or NxP flat rows with image_size), "
                         "got shape %s" % (array.shape,))
    if array.shape[-1] not in (1, 3, 4) and array.shape[1] in (1, 3, 4):
        array = array.transpose(0, 2, 3, 1)  # NCHW, PyTorch's layout
    if array.shape[-1] not in (1, 3, 4):
        raise ValueError("images of shape %s have no channel axis of 1, 3 or 4 (first or last)"
                         % (array.shape,))
    if min(array.shape) == 0:
        raise ValueError("images of shape %s hold no pixels" % (array.shape,))
    return _to_uint8(array, None)


def _one_image(image, index, size):
    if _framework(image) == "PIL":
        return _pil_to_array(image)
    image = to_numpy(image)
    try:
        array = np.asarray(image)
    except (TypeError, ValueError):
        array = None
    if array is None or array.dtype.kind not in "biuf":
        raise ValueError("image %d is not an image (got %s)" % (index, type(image).__name__))
    if array.ndim == 1:
        if size is None:
            raise ValueError("image %d is a flat row of %d values; pass image_size=(width, height)"
                             % (index, array.size))
        array = _unflatten(array, index, size)
    if array.ndim == 2:
        array = array[..., np.newaxis]
    if array.ndim == 3 and array.shape[-1] not in (1, 3, 4) and array.shape[0] in (1, 3, 4):
        array = array.transpose(1, 2, 0)
    if array.ndim != 3 or array.shape[-1] not in (1, 3, 4) or min(array.shape) == 0:
        raise ValueError("image %d has shape %s; expected HxW, HxWxC or CxHxW with C = 1, 3 or 4"
                         % (index, array.shape))
    return _to_uint8(array, index)


def _unflatten(row, index, size):
    width, height = size
    pixels = width * height
    if row.size % pixels or row.size // pixels not in (1, 3, 4):
        raise ValueError("image %d has %d values, which is not %dx%d pixels of 1, 3 or 4 channels"
                         % (index, row.size, width, height))
    return row.reshape(height, width, row.size // pixels)


def _pil_to_array(image):
    has_alpha = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info
    if has_alpha:
        mode = "RGBA"
    elif image.mode in ("L", "1", "I", "I;16", "F"):
        mode = "L"
    else:
        mode = "RGB"
    array = np.asarray(image.convert(mode), dtype=np.uint8)
    return array[..., np.newaxis] if array.ndim == 2 else array


def _to_uint8(array, index):
    """uint8 pixels from uint8, bool, integers in 0..255 or floats in 0..1."""
    if array.dtype == np.uint8:
        return array
    if array.dtype == np.bool_:
        return array.astype(np.uint8) * 255
    if array.size == 0:
        return array.astype(np.uint8)
    if array.dtype.kind == "f":
        finite = np.isfinite(array)
        if not finite.all():
            bad = _first_bad_image(~finite, index)
            raise ValueError("image %d holds NaN or Inf" % bad)
        low, high = 0.0, 1.0
    elif array.dtype.kind in "iu":
        low, high = 0, 255
    else:
        raise ValueError("images must be numbers, got dtype %s" % array.dtype)
    outside = (array < low) | (array > high)
    if outside.any():
        bad = _first_bad_image(outside, index)
        values = array if index is not None else array[bad]
        kind = "float values in 0..1" if array.dtype.kind == "f" else "integer values in 0..255"
        raise ValueError("image %d has values from %s to %s; images need %s (or uint8)"
                         % (bad, values.min(), values.max(), kind))
    if array.dtype.kind == "f":
        return np.rint(array * 255.0).astype(np.uint8)
    return array.astype(np.uint8)


def _first_bad_image(mask, index):
    if index is not None:
        return index
    return int(np.flatnonzero(mask.reshape(mask.shape[0], -1).any(axis=1))[0])
