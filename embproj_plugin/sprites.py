"""Sprite atlases: one image, thumbnails of `single_image_dim` [w, h] laid out row-major."""
import dataclasses

from PIL import Image

from embproj_plugin.errors import EmbprojError, Problem
from embproj_plugin.file_access import MAX_SPRITE_BYTES, open_file, version_of
from embproj_plugin.urls import is_url

# Browsers (and TensorBoard's client) refuse textures larger than this.
MAX_ATLAS_PX = 8192


@dataclasses.dataclass
class SpriteInfo:
    path: str
    width: int
    height: int
    mime: str
    problems: list  # fatal Problems: the sprite cannot be used
    warnings: list  # the sprite is usable but something is off


def inspect_sprite(path, single_image_dim, num_points):
    """Reads only the image header: size and format, and whether the thumbnails fit."""
    version = version_of(path)
    if version is None or version.size > MAX_SPRITE_BYTES:
        what = "is not a regular file" if version is None else "is %d bytes, over the %d served" % (
            version.size, MAX_SPRITE_BYTES)
        return SpriteInfo(path, 0, 0, "", [Problem("sprite %s" % what, path, "Make a smaller atlas.")], [])
    try:
        # A remote image is opened over ranged reads: only its header is fetched.
        with Image.open(open_file(path).stream() if is_url(path) else path) as image:
            width, height = image.size
            mime = Image.MIME.get(image.format, "application/octet-stream")
    except EmbprojError:
        raise  # the storage failed, not the image
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as e:
        return SpriteInfo(path, 0, 0, "", [Problem("sprite is not a readable image: %s" % e, path)], [])
    problems, warnings = [], []
    if width > MAX_ATLAS_PX or height > MAX_ATLAS_PX:
        problems.append(Problem(
            "sprite is %dx%d px; browsers refuse images over %d px on a side" % (width, height, MAX_ATLAS_PX),
            path, "Make smaller thumbnails (embproj's log_embedding shrinks them for you) or fewer points."))
    dims = list(single_image_dim)
    if len(dims) != 2 or min(dims) <= 0:
        problems.append(Problem("sprite single_image_dim must be [width, height], got %s" % dims, path,
                                "Set single_image_dim: W and single_image_dim: H in the config."))
    elif not problems:
        per_row, per_column = width // dims[0], height // dims[1]
        if per_row * per_column < num_points:
            warnings.append(Problem(
                "sprite holds %d thumbnails of %dx%d px but the tensor has %d rows"
                % (per_row * per_column, dims[0], dims[1], num_points), path,
                "Points without a thumbnail are drawn as dots. Check single_image_dim."))
    return SpriteInfo(path, width, height, mime, problems, warnings)
