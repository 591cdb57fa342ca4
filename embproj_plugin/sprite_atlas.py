"""Build a sprite atlas: one image holding a thumbnail per point, as TensorBoard's projector reads it.

Layout (TensorBoard's and PyTorch's): a square grid of ceil(sqrt(N)) thumbnails a side, filled
row-major from the top left; cells past the last image stay empty (transparent, or black without an
alpha channel). `single_image_dim` in the config is the thumbnail's [width, height].

The image options follow Comet's `create_embedding_image`, in this order:
  1. `image_preprocess_function(image)` is applied to each image as given;
  2. pixels whose RGB equals `image_transparent_color` (r, g, b) become fully transparent;
  3. the image is composited over `image_background_color_function(index) -> (r, g, b)`, which fills
     transparent pixels (and blends half-transparent ones) with that point's colour;
  4. images are resized to `image_size` (width, height), if given;
  5. if the atlas would exceed 8192 px a side (what browsers accept), thumbnails shrink, keeping
     their aspect ratio, and a SpriteShrunkWarning says so.
"""
import dataclasses
import math
import os
import warnings

import numpy as np
from PIL import Image

from embproj_plugin.atomic import atomic_output
from embproj_plugin.inputs import image_arrays, image_size_pair
from embproj_plugin.sprites import MAX_ATLAS_PX

_CHUNK = 2048  # images per step of the colour arithmetic, to bound temporary memory


class SpriteShrunkWarning(UserWarning):
    """Thumbnails were made smaller so the atlas fits in MAX_ATLAS_PX."""


@dataclasses.dataclass
class Sprite:
    image: Image.Image
    thumbnail_size: tuple  # (width, height): the config's single_image_dim
    count: int


def grid_columns(count):
    """Thumbnails per row (and rows) of the square layout."""
    return max(1, math.ceil(math.sqrt(count)))


def create_sprite_image(images, image_size=None, *, image_preprocess_function=None,
                        image_transparent_color=None, image_background_color_function=None, path=None):
    """The sprite atlas of `images` as a PIL image, also saved as PNG at `path` when given.

    `images`: NxHxW, NxHxWxC or NxCxHxW arrays (uint8, or floats in 0..1), tensors, or a list of
    arrays or PIL images. Each thumbnail is `image.width // grid_columns(N)` pixels wide.
    See the module docstring for the options.
    """
    sprite = build_sprite(images, image_size, preprocess_function=image_preprocess_function,
                          transparent_color=image_transparent_color,
                          background_color_function=image_background_color_function, stacklevel=3)
    if path is not None:
        save_png(sprite.image, path)
    return sprite.image


def build_sprite(images, image_size=None, *, preprocess_function=None, transparent_color=None,
                 background_color_function=None, max_atlas_px=MAX_ATLAS_PX, stacklevel=2):
    """A Sprite; `stacklevel` places the shrink warning at the user's call, as in warnings.warn."""
    size = image_size_pair(image_size)
    arrays = image_arrays(images, size, preprocess_function)
    channels = _working_channels(arrays, transparent_color)
    colour = _rgb(transparent_color, "image_transparent_color") if transparent_color is not None else None
    if isinstance(arrays, np.ndarray):
        batch = _with_channels(arrays, channels)
        batch = _recolour(batch, 0, colour, background_color_function, fresh=batch is not arrays)
        if size is not None and _size_of(batch[0]) != size:
            batch = _resize_all(batch, size)
    else:
        if size is None:
            _require_one_size(arrays)
        recoloured = [_recolour(_with_channels(a, channels)[np.newaxis], i, colour, background_color_function)[0]
                      for i, a in enumerate(arrays)]
        if size is not None:
            recoloured = [a if _size_of(a) == size else _resize_all(a[np.newaxis], size)[0] for a in recoloured]
        batch = np.stack(recoloured)
    count = batch.shape[0]
    thumbnail = _fitting_size(count, _size_of(batch[0]), max_atlas_px)
    if thumbnail != _size_of(batch[0]):
        warnings.warn("%d thumbnails of %dx%d px would make a %dx%d px sprite atlas, over the %d px a side "
                      "browsers accept; they were shrunk to %dx%d px"
                      % ((count,) + _size_of(batch[0]) + (grid_columns(count) * batch.shape[2],
                         grid_columns(count) * batch.shape[1], max_atlas_px) + thumbnail),
                      SpriteShrunkWarning, stacklevel=stacklevel)
        batch = _resize_all(batch, thumbnail)
    return Sprite(_assemble(batch), thumbnail, count)


def save_png(image, path):
    """Writes a temporary file, then renames it: a failure never leaves half a PNG."""
    path = os.path.abspath(os.fspath(path))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with atomic_output(path) as f:
        image.save(f, format="PNG")


def _size_of(array):
    return (array.shape[1], array.shape[0])


def _require_one_size(arrays):
    first = _size_of(arrays[0])
    for index, array in enumerate(arrays):
        if _size_of(array) != first:
            raise ValueError("image %d is %dx%d px but image 0 is %dx%d px; pass image_size=(width, height) "
                             "to resize them all" % ((index,) + _size_of(array) + first))


def _working_channels(arrays, transparent_color):
    """1 (grey), 3 (RGB) or 4 (RGBA): the fewest that hold every image and the options."""
    found = {arrays.shape[-1]} if isinstance(arrays, np.ndarray) else {a.shape[-1] for a in arrays}
    if transparent_color is not None or 4 in found:
        return 4
    return 3 if 3 in found else 1


def _with_channels(array, channels):
    have = array.shape[-1]
    if have == channels:
        return array
    out = np.empty(array.shape[:-1] + (channels,), np.uint8)
    out[..., :3] = array[..., :3] if have == 3 else array
    if channels == 4:
        out[..., 3] = 255
    return out


def _rgb(colour, what):
    try:
        values = tuple(int(c) for c in colour)
    except (TypeError, ValueError):
        values = ()
    if len(values) != 3 or not all(0 <= c <= 255 for c in values):
        raise ValueError("%s must be (red, green, blue) with values 0..255, got %r" % (what, colour))
    return values


def _recolour(batch, first_index, transparent, background_function, fresh=False):
    """Steps 2 and 3 of the module docstring on images first_index, first_index + 1, ..."""
    if transparent is not None:
        if not fresh:  # still the caller's pixels (or a view of them): never change those
            batch = batch.copy()
        batch[..., 3][np.all(batch[..., :3] == np.array(transparent, np.uint8), axis=-1)] = 0
    if background_function is None or batch.shape[-1] != 4:
        return batch
    out = np.empty(batch.shape[:-1] + (3,), np.uint8)
    for start in range(0, batch.shape[0], _CHUNK):
        part = batch[start:start + _CHUNK]
        colours = np.array([_rgb(background_function(first_index + start + i), "image_background_color_function(%d)"
                                 % (first_index + start + i)) for i in range(part.shape[0])], np.uint16)
        alpha = part[..., 3:4].astype(np.uint16)
        # Integer "over" compositing: exact for alpha 0 and 255, rounded in between.
        mixed = part[..., :3] * alpha + colours[:, None, None, :] * (255 - alpha) + 127
        out[start:start + _CHUNK] = mixed // 255
    return out


def _fitting_size(count, size, max_atlas_px):
    columns = grid_columns(count)
    width, height = size
    if columns * max(width, height) <= max_atlas_px:
        return size
    cell = max_atlas_px // columns
    if cell < 1:
        raise ValueError("%d images cannot fit in a %d px sprite atlas even at 1 px each" % (count, max_atlas_px))
    scale = cell / max(width, height)
    return (max(1, int(width * scale)), max(1, int(height * scale)))


def _resize_all(batch, size):
    """Every image resized to `size` (width, height) exactly as PIL's Lanczos resize of each image,
    in two PIL calls per chunk instead of one per image (100x faster for 100k thumbnails): the images
    are stacked into a tall strip for the horizontal pass, then laid side by side for the vertical
    one; a one-axis resize never mixes pixels across the other axis, so neighbours never bleed.
    Alpha stays premultiplied between the passes, as inside PIL."""
    count, height, width, channels = batch.shape
    new_width, new_height = size
    out = np.empty((count, new_height, new_width, channels), np.uint8)
    for start in range(0, count, _CHUNK):
        part = batch[start:start + _CHUNK]
        n = part.shape[0]
        tall = _to_image(part.reshape(n * height, width, channels))
        if width != new_width:
            tall = tall.resize((new_width, n * height), Image.Resampling.LANCZOS)
        tall = _from_image(tall, channels)
        wide = tall.reshape(n, height, new_width, channels).transpose(1, 0, 2, 3).reshape(height, n * new_width, channels)
        wide = _to_image(wide, premultiplied=True)
        if height != new_height:
            wide = wide.resize((n * new_width, new_height), Image.Resampling.LANCZOS)
        if channels == 4:
            wide = wide.convert("RGBA")
        wide = _from_image(wide, channels)
        out[start:start + n] = wide.reshape(new_height, n, new_width, channels).transpose(1, 0, 2, 3)
    return out


def _to_image(array, premultiplied=False):
    """A PIL image of an (H, W, C) array; RGBA becomes PIL's premultiplied "RGBa"."""
    array = np.ascontiguousarray(array)
    if array.shape[-1] == 1:
        return Image.fromarray(array[..., 0])
    if array.shape[-1] == 3:
        return Image.fromarray(array)
    if premultiplied:
        return Image.frombuffer("RGBa", (array.shape[1], array.shape[0]), array, "raw", "RGBa", 0, 1)
    return Image.fromarray(array).convert("RGBa")


def _from_image(image, channels):
    array = np.asarray(image)
    return array[..., np.newaxis] if channels == 1 else array


def _assemble(batch):
    count, height, width, channels = batch.shape
    columns = grid_columns(count)
    cells = np.zeros((columns * columns, height, width, channels), np.uint8)
    cells[:count] = batch
    atlas = cells.reshape(columns, columns, height, width, channels).transpose(0, 2, 1, 3, 4)
    atlas = atlas.reshape(columns * height, columns * width, channels)
    return Image.fromarray(np.ascontiguousarray(atlas[..., 0] if channels == 1 else atlas))
