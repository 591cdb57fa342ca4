"""Sprite atlases: thumbnail positions, image layouts and dtypes, Comet's three image options pixel
by pixel, resizing, and the 8192 px limit."""
import warnings

import numpy as np
import pytest
from PIL import Image

import embproj_plugin
from embproj_plugin.sprite_atlas import SpriteShrunkWarning, build_sprite, create_sprite_image, grid_columns


def cell(atlas, index, size):
    """The thumbnail of point `index` in an atlas array, with (width, height) `size`."""
    columns = atlas.shape[1] // size[0]
    row, column = divmod(index, columns)
    return atlas[row * size[1]:(row + 1) * size[1], column * size[0]:(column + 1) * size[0]]


@pytest.fixture
def rgb_images():
    return np.random.default_rng(0).integers(0, 256, size=(7, 3, 5, 3), dtype=np.uint8)  # 7 of 5x3 px


@pytest.mark.parametrize("count, columns", [(1, 1), (2, 2), (4, 2), (5, 3), (10, 4), (100, 10)])
def test_square_grid(count, columns):
    assert grid_columns(count) == columns
    sprite = build_sprite(np.zeros((count, 2, 3), np.uint8))
    assert sprite.image.size == (columns * 3, columns * 2)


def test_thumbnails_sit_row_major(rgb_images):
    sprite = build_sprite(rgb_images)
    atlas = np.asarray(sprite.image)
    assert sprite.thumbnail_size == (5, 3) and sprite.image.mode == "RGB"
    for i in range(7):
        np.testing.assert_array_equal(cell(atlas, i, (5, 3)), rgb_images[i])
    np.testing.assert_array_equal(cell(atlas, 8, (5, 3)), 0)  # an empty cell


def test_channels_first_grey_and_float_layouts(rgb_images):
    expected = np.asarray(build_sprite(rgb_images).image)
    np.testing.assert_array_equal(np.asarray(build_sprite(rgb_images.transpose(0, 3, 1, 2)).image), expected)
    floats = rgb_images / 255.0
    np.testing.assert_array_equal(np.asarray(build_sprite(floats).image), expected)
    grey = build_sprite(rgb_images[..., 0])
    assert grey.image.mode == "L"
    np.testing.assert_array_equal(cell(np.asarray(grey.image), 3, (5, 3)), rgb_images[3, ..., 0])


def test_pil_images_and_lists_of_arrays(rgb_images):
    expected = np.asarray(build_sprite(rgb_images).image)
    pil = [Image.fromarray(image) for image in rgb_images]
    np.testing.assert_array_equal(np.asarray(build_sprite(pil).image), expected)
    np.testing.assert_array_equal(np.asarray(build_sprite(list(rgb_images)).image), expected)


def test_mixed_grey_and_colour_images_become_rgb(rgb_images):
    images = [rgb_images[0], rgb_images[1, ..., 0]]
    atlas = np.asarray(build_sprite(images).image)
    np.testing.assert_array_equal(cell(atlas, 1, (5, 3)), np.repeat(rgb_images[1, ..., :1], 3, axis=-1))


def test_transparent_color_pixel_by_pixel():
    images = np.full((3, 2, 2, 3), 200, np.uint8)
    images[:, 0, 0] = (10, 20, 30)  # made transparent
    images[:, 1, 1] = (10, 20, 31)  # one off: kept
    atlas = np.asarray(build_sprite(images, transparent_color=(10, 20, 30)).image)
    assert atlas.shape[-1] == 4
    for i in range(3):
        thumbnail = cell(atlas, i, (2, 2))
        assert thumbnail[0, 0, 3] == 0
        assert list(thumbnail[1, 1]) == [10, 20, 31, 255]
        assert list(thumbnail[0, 1]) == [200, 200, 200, 255]
    assert (cell(atlas, 3, (2, 2))[..., 3] == 0).all()  # the empty cell is transparent


def test_the_callers_images_are_never_changed():
    images = np.zeros((2, 2, 2, 4), np.uint8)
    images[..., 3] = 255
    before = images.copy()
    build_sprite(images, transparent_color=(0, 0, 0), background_color_function=lambda i: (9, 9, 9))
    build_sprite(list(images), transparent_color=(0, 0, 0))
    np.testing.assert_array_equal(images, before)


def test_background_color_function_fills_transparent_pixels_per_index():
    images = np.zeros((5, 2, 3, 3), np.uint8)  # black digits on ...
    images[:, :, 1] = 255  # ... a white column
    colours = {i: (i * 40, 255 - i * 40, 7) for i in range(5)}
    calls = []

    def background(index):
        calls.append(index)
        return colours[index]

    sprite = build_sprite(images, transparent_color=(0, 0, 0), background_color_function=background)
    atlas = np.asarray(sprite.image)
    assert sprite.image.mode == "RGB" and sorted(calls) == list(range(5))
    for i in range(5):
        thumbnail = cell(atlas, i, (3, 2))
        assert (thumbnail[:, [0, 2]] == colours[i]).all()
        assert (thumbnail[:, 1] == 255).all()


def test_background_blends_half_transparent_pixels():
    image = np.zeros((1, 1, 1, 4), np.uint8)
    image[0, 0, 0] = (200, 100, 0, 128)
    atlas = np.asarray(build_sprite(image, background_color_function=lambda i: (0, 50, 255)).image)
    expected = [(200 * 128 + 0 * 127 + 127) // 255, (100 * 128 + 50 * 127 + 127) // 255, (0 + 255 * 127 + 127) // 255]
    assert list(atlas[0, 0]) == expected


def test_preprocess_function_runs_first_on_each_image_as_given():
    images = [Image.new("RGB", (2, 2), (255, 255, 255)) for _ in range(2)]
    seen = []

    def invert(image):
        seen.append(type(image).__name__)
        return 255 - np.asarray(image)  # white becomes black, which is then made transparent

    atlas = np.asarray(build_sprite(images, preprocess_function=invert, transparent_color=(0, 0, 0),
                                    background_color_function=lambda i: (i, 2, 3)).image)
    assert seen == ["Image", "Image"]
    assert (cell(atlas, 1, (2, 2)) == (1, 2, 3)).all()


def test_image_size_resizes_and_unflattens():
    flat = np.random.default_rng(1).integers(0, 256, size=(4, 6 * 2), dtype=np.uint8)  # rows of 6x2 px
    sprite = build_sprite(flat, image_size=(6, 2))
    np.testing.assert_array_equal(cell(np.asarray(sprite.image), 3, (6, 2)), flat[3].reshape(2, 6))
    resized = build_sprite([np.zeros((4, 4)), np.zeros((8, 8))], image_size=3)
    assert resized.thumbnail_size == (3, 3)


def test_batch_resizing_equals_resizing_each_image_with_pil():
    from embproj_plugin.sprite_atlas import _resize_all

    rng = np.random.default_rng(3)
    for shape, size in [((9, 20, 30, 3), (7, 11)), ((5, 8, 8, 4), (16, 12)), ((4, 10, 6, 1), (3, 5))]:
        batch = rng.integers(0, 256, size=shape, dtype=np.uint8)
        expected = []
        for image in batch:
            pil = Image.fromarray(image[..., 0] if shape[-1] == 1 else image)
            expected.append(np.asarray(pil.resize(size, Image.Resampling.LANCZOS)).reshape(size[1], size[0], -1))
        np.testing.assert_array_equal(_resize_all(batch, size), np.stack(expected))


def test_mixed_sizes_need_image_size():
    with pytest.raises(ValueError, match=r"image 2 is 3x2 px but image 0 is 2x2 px; pass image_size"):
        build_sprite([np.zeros((2, 2)), np.zeros((2, 2)), np.zeros((2, 3))])


def test_bad_images_say_which():
    with pytest.raises(ValueError, match="image 1 has values from 0 to 300"):
        build_sprite([np.zeros((2, 2), np.int32), np.array([[0, 300], [1, 2]])])
    with pytest.raises(ValueError, match="image 1 is not an image"):
        build_sprite([np.zeros((2, 2)), "cat.png"])
    with pytest.raises(ValueError, match="no channel axis"):
        build_sprite(np.zeros((2, 5, 5, 5)))
    with pytest.raises(ValueError, match="hold no pixels"):
        build_sprite(np.zeros((0, 5, 5)))
    with pytest.raises(ValueError, match="images is empty"):
        build_sprite([])
    with pytest.raises(ValueError, match=r"image 0 has shape \(0, 3, 1\)"):
        build_sprite([np.zeros((0, 3))])
    with pytest.raises(ValueError, match=r"image_background_color_function\(1\)"):
        build_sprite(np.zeros((2, 1, 1, 4), np.uint8), background_color_function=lambda i: (0, 0) if i else (0, 0, 0))


def test_large_atlases_shrink_with_a_warning():
    images = np.zeros((1000, 300, 150), np.uint8)  # 32 a side: 32 * 300 = 9600 px > 8192
    images[:] = (np.arange(1000) % 251)[:, None, None]  # one grey level per image
    with pytest.warns(SpriteShrunkWarning, match="4800x9600 px sprite atlas.*shrunk to 128x256 px"):
        sprite = build_sprite(images)
    assert sprite.thumbnail_size == (128, 256)
    assert sprite.image.size == (32 * 128, 32 * 256)
    atlas = np.asarray(sprite.image)
    for i in (0, 1, 31, 32, 500, 999):
        assert (cell(atlas, i, (128, 256)) == i % 251).all(), i


def test_no_warning_when_it_fits():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        build_sprite(np.zeros((4, 4096, 10), np.uint8))  # 2 * 4096 = 8192: fits exactly


def test_log_embedding_passes_the_warning_and_the_shrunk_size(tmp_path):
    images = np.zeros((300, 500, 500), np.uint8)  # 18 a side
    with pytest.warns(SpriteShrunkWarning):
        info = embproj_plugin.log_embedding(tmp_path, np.random.default_rng(2).random((300, 2)), images=images)
    assert list(info.sprite.single_image_dim) == [455, 455]  # 8192 // 18


def test_create_sprite_image_returns_and_writes(tmp_path, rgb_images):
    path = tmp_path / "sub" / "sprite.png"
    image = create_sprite_image(rgb_images, image_transparent_color=(0, 0, 0), path=path)
    with Image.open(path) as written:
        np.testing.assert_array_equal(np.asarray(written), np.asarray(image))
    assert [p.name for p in path.parent.iterdir()] == ["sprite.png"]
    assert embproj_plugin.create_sprite_image is create_sprite_image


def test_palette_images_with_transparency_keep_it():
    image = Image.new("P", (2, 1))
    image.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    image.putpixel((1, 0), 1)
    image.info["transparency"] = 0
    atlas = np.asarray(build_sprite([image]).image)
    assert list(atlas[0, 0]) == [0, 0, 0, 0] and list(atlas[0, 1]) == [255, 0, 0, 255]
