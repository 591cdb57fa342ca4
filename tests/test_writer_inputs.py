"""Coercion of what users pass to log_embedding: lists, numpy, PyTorch, pandas, metadata shapes.
PyTorch and pandas paths run only where those are installed; the numpy paths always run."""
import numpy as np
import pytest

import embproj_plugin
from embproj_plugin import inputs
from embproj_plugin.metadata import read_metadata
from plugin_client import PluginClient


def test_nested_lists_and_tuples():
    vectors, extra = inputs.as_vectors([(1, 2), [3.5, 4]])
    assert vectors.dtype == np.float32 and vectors.shape == (2, 2) and extra is None
    np.testing.assert_array_equal(vectors, [[1, 2], [3.5, 4]])


def test_list_of_arrays_and_object_arrays():
    rows = [np.array([1.0, 2.0]), np.array([3.0, 4.0])]
    np.testing.assert_array_equal(inputs.as_vectors(rows)[0], [[1, 2], [3, 4]])
    as_objects = np.empty(2, dtype=object)
    as_objects[0], as_objects[1] = rows
    np.testing.assert_array_equal(inputs.as_vectors(as_objects)[0], [[1, 2], [3, 4]])


def test_ragged_list_of_arrays_names_the_row():
    with pytest.raises(ValueError, match="vectors row 2 has 1 values, row 0 has 2"):
        inputs.as_vectors([np.zeros(2), np.zeros(2), np.zeros(1)])


def test_three_dimensional_vectors_are_refused():
    with pytest.raises(ValueError, match=r"got shape \(2, 3, 4\)"):
        inputs.as_vectors(np.zeros((2, 3, 4)))


def test_bool_vectors_become_zeros_and_ones():
    np.testing.assert_array_equal(inputs.as_vectors(np.array([[True, False]]))[0], [[1, 0]])


def test_labels_rows_and_columns_give_the_same_table():
    header = ["name", "size"]
    as_rows = inputs.metadata_columns([("a", 1), ("b", 2)], header, 2)
    as_dict = inputs.metadata_columns({"name": ["a", "b"], "size": [1, 2]}, None, 2)
    as_array = inputs.metadata_columns(np.array([["a", "1"], ["b", "2"]]), header, 2)
    assert as_rows == as_dict == as_array == (header, [["a", "1"], ["b", "2"]])


def test_labels_from_numpy_and_numbers():
    assert inputs.metadata_columns(np.array([3, 1]), None, 2) == (None, [["3"], ["1"]])
    assert inputs.metadata_columns([0.5, None, b"bytes"], None, 3) == (None, [["0.5"], [""], ["bytes"]])


def test_multi_column_without_header_gets_names():
    header, _ = inputs.metadata_columns([(1, 2, 3)], None, 1)
    assert header == ["column_1", "column_2", "column_3"]


def test_header_values_are_escaped_too():
    header, _ = inputs.metadata_columns({"a\tb": [1], "c": [2]}, None, 1)
    assert header == ["a\\tb", "c"]


def test_mixing_labels_and_rows_is_refused():
    with pytest.raises(ValueError, match="metadata row 1 is a sequence but row 0 is a single value"):
        inputs.metadata_columns(["a", ("b", "c")], None, 2)


def test_dict_with_header_is_refused():
    with pytest.raises(ValueError, match="leave metadata_header out"):
        inputs.metadata_columns({"a": [1]}, ["a"], 1)


def test_metadata_header_without_metadata_is_refused(tmp_path):
    with pytest.raises(ValueError, match="metadata_header was given without metadata"):
        embproj_plugin.log_embedding(tmp_path, np.eye(2), metadata_header=["x"])
    assert list(tmp_path.iterdir()) == []


def test_a_single_label_that_looks_like_a_header_stays_a_row(tmp_path):
    info = embproj_plugin.log_embedding(tmp_path, np.eye(2), ["name\tkind", "x"])
    parsed = read_metadata(str(tmp_path / info.metadata_path))
    assert not parsed.has_header and parsed.rows == 2


# --------------------------------------------------------------------------------------- PyTorch

def test_torch_tensors(tmp_path):
    torch = pytest.importorskip("torch")
    weights = torch.nn.Embedding(6, 3).weight  # requires grad: needs .detach()
    vectors, _ = inputs.as_vectors(weights)
    np.testing.assert_array_equal(vectors, weights.detach().numpy())
    half = inputs.as_vectors(torch.ones(2, 2, dtype=torch.bfloat16))[0]
    np.testing.assert_array_equal(half, np.ones((2, 2)))
    listed = inputs.as_vectors([torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])])[0]
    np.testing.assert_array_equal(listed, [[1, 2], [3, 4]])

    images = torch.rand(6, 3, 4, 5)  # NCHW floats in 0..1
    labels = torch.arange(6)
    info = embproj_plugin.log_embedding(tmp_path, weights, labels, images=images)
    client = PluginClient(tmp_path)
    served = np.frombuffer(client.get("/tensor?run=.&name=default:00000").get_data(), "<f4").reshape(6, 3)
    np.testing.assert_array_equal(served, weights.detach().numpy())
    assert client.get("/metadata?run=.&name=default:00000").get_data(as_text=True) == "0\n1\n2\n3\n4\n5\n"
    assert list(info.sprite.single_image_dim) == [5, 4]


def test_torch_nan_is_refused(tmp_path):
    torch = pytest.importorskip("torch")
    with pytest.raises(ValueError, match="row 1, column 0 is NaN"):
        embproj_plugin.log_embedding(tmp_path, torch.tensor([[0.0], [float("nan")]]))
    assert list(tmp_path.iterdir()) == []


def test_tensorflow_like_objects_use_numpy():
    class EagerTensor:  # what tf.Tensor looks like from here: a module under tensorflow, .numpy()
        __module__ = "tensorflow.python.framework.ops"

        def numpy(self):
            return np.array([[1.0, 2.0]])

    np.testing.assert_array_equal(inputs.as_vectors(EagerTensor())[0], [[1, 2]])


# ---------------------------------------------------------------------------------------- pandas

def test_dataframe_numeric_columns_are_dimensions_the_rest_metadata(tmp_path):
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"x": [1.0, 2.0, 3.0], "word": ["a", "b", "c"], "y": [4, 5, 6],
                          "kind": ["k1", "k2", None]})
    vectors, metadata = inputs.as_vectors(frame)
    np.testing.assert_array_equal(vectors, [[1, 4], [2, 5], [3, 6]])
    assert metadata == {"word": ["a", "b", "c"], "kind": ["k1", "k2", None]}

    info = embproj_plugin.log_embedding(tmp_path, frame)
    assert (tmp_path / info.metadata_path).read_text() == "word\tkind\na\tk1\nb\tk2\nc\t\n"


def test_dataframe_with_one_list_column(tmp_path):
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"label": ["p", "q"], "embedding": [[1.0, 2.0, 3.0], np.array([4.0, 5.0, 6.0])],
                          "score": [0.1, 0.2]})
    vectors, metadata = inputs.as_vectors(frame)
    np.testing.assert_array_equal(vectors, [[1, 2, 3], [4, 5, 6]])
    assert metadata == {"label": ["p", "q"], "score": [0.1, 0.2]}


def test_dataframe_explicit_metadata_wins(tmp_path):
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"x": [1.0, 2.0], "word": ["a", "b"]})
    info = embproj_plugin.log_embedding(tmp_path, frame, ["own", "labels"])
    assert (tmp_path / info.metadata_path).read_text() == "own\nlabels\n"


def test_dataframe_with_metadata_header_is_refused(tmp_path):
    pd = pytest.importorskip("pandas")
    with pytest.raises(ValueError, match="leave metadata_header out"):
        embproj_plugin.log_embedding(tmp_path, pd.DataFrame({"x": [1.0], "w": ["a"]}), metadata_header=["h"])


def test_dataframe_problems_name_the_columns():
    pd = pytest.importorskip("pandas")
    with pytest.raises(ValueError, match="no numeric column"):
        inputs.as_vectors(pd.DataFrame({"word": ["a"]}))
    with pytest.raises(ValueError, match="'a', 'b'"):
        inputs.as_vectors(pd.DataFrame({"a": [[1.0]], "b": [[2.0]]}))
    with pytest.raises(ValueError, match="row 1, column 0 is NaN"):
        inputs.as_vectors(pd.DataFrame({"x": pd.array([1, None], dtype="Int64")}))


def test_series_and_dataframe_metadata():
    pd = pytest.importorskip("pandas")
    assert inputs.metadata_columns(pd.Series(["a", "b"], name="label"), None, 2) == (["label"], [["a"], ["b"]])
    frame = pd.DataFrame({"a": [1, 2], "b": ["x", pd.NA]})
    assert inputs.metadata_columns(frame, None, 2) == (["a", "b"], [["1", "x"], ["2", ""]])


def test_adds_to_what_pytorchs_add_embedding_wrote(tmp_path):
    """PyTorch's SummaryWriter rewrites projector_config.pbtxt from its own memory on every
    add_embedding (so it drops entries it did not write); ours keeps every entry it finds. A
    SummaryWriter (it has get_logdir()) is accepted as the logdir."""
    torch = pytest.importorskip("torch")
    summary = pytest.importorskip("torch.utils.tensorboard")
    board = summary.SummaryWriter(str(tmp_path))
    first = torch.rand(4, 3)
    board.add_embedding(first, metadata=["a", "b", "c", "d"], tag="torch", global_step=1)
    board.add_embedding(torch.rand(2, 2), tag="torch", global_step=3)
    ours = np.random.default_rng(8).random((5, 2), dtype=np.float32)
    embproj_plugin.log_embedding(board, ours, ["p", "q", "r", "s", "t"], tag="ours", step=2)
    board.close()

    client = PluginClient(tmp_path)
    names = [e["tensorName"] for e in client.json("/info?run=.")["embeddings"]]
    assert names == ["torch:00001", "torch:00003", "ours:00002"]
    served = np.frombuffer(client.get("/tensor?run=.&name=torch:00001").get_data(), "<f4").reshape(4, 3)
    np.testing.assert_allclose(served, first.numpy(), rtol=1e-6)
    served = np.frombuffer(client.get("/tensor?run=.&name=ours:00002").get_data(), "<f4").reshape(5, 2)
    np.testing.assert_array_equal(served, ours)
    assert client.get("/metadata?run=.&name=torch:00001").get_data(as_text=True) == "a\nb\nc\nd\n"


# ------------------------------------------------------------------------------- images as a path

def sprite_bytes(logdir):
    from embproj_plugin.config import CONFIG_FILENAME, read_config

    entry = read_config(logdir / CONFIG_FILENAME).embeddings[0]
    return (logdir / entry.sprite.image_path).read_bytes(), list(entry.sprite.single_image_dim)


def thumbnails(count):
    return np.random.default_rng(1).integers(0, 256, size=(count, 4, 5, 3), dtype=np.uint8)


@pytest.mark.parametrize("as_path", [str, lambda p: p], ids=["str", "pathlib"])
def test_images_given_as_an_npy_path_give_the_sprite_of_the_array(tmp_path, as_path):
    np.save(tmp_path / "thumbs.npy", thumbnails(100))
    vectors = np.random.default_rng(0).random((100, 3))
    embproj_plugin.log_embedding(tmp_path / "from_path", vectors, images=as_path(tmp_path / "thumbs.npy"))
    embproj_plugin.log_embedding(tmp_path / "from_array", vectors, images=thumbnails(100))
    assert sprite_bytes(tmp_path / "from_path") == sprite_bytes(tmp_path / "from_array")


def test_images_path_to_an_npz_takes_its_images_array(tmp_path):
    np.savez(tmp_path / "data.npz", labels=np.arange(6), images=thumbnails(6))
    embproj_plugin.log_embedding(tmp_path / "from_npz", np.eye(6), images=str(tmp_path / "data.npz"))
    embproj_plugin.log_embedding(tmp_path / "from_array", np.eye(6), images=thumbnails(6))
    assert sprite_bytes(tmp_path / "from_npz") == sprite_bytes(tmp_path / "from_array")


def test_images_path_to_a_folder_takes_its_image_files_in_name_order(tmp_path):
    from PIL import Image

    folder = tmp_path / "thumbs"
    folder.mkdir()
    for i, image in enumerate(thumbnails(3)):
        Image.fromarray(image).save(folder / ("%d.png" % i))
    embproj_plugin.log_embedding(tmp_path / "from_folder", np.eye(3), images=str(folder))
    embproj_plugin.log_embedding(tmp_path / "from_array", np.eye(3), images=thumbnails(3))
    assert sprite_bytes(tmp_path / "from_folder") == sprite_bytes(tmp_path / "from_array")


def test_images_path_with_the_wrong_count_counts_images_not_characters(tmp_path):
    np.save(tmp_path / "thumbs.npy", thumbnails(18))
    with pytest.raises(ValueError, match="images has 18 images but vectors have 100 rows"):
        embproj_plugin.log_embedding(tmp_path / "logs", np.ones((100, 2)), images=str(tmp_path / "thumbs.npy"))
    assert not (tmp_path / "logs").exists()


@pytest.mark.parametrize("images", ["sprite.png", b"thumbs.npy"], ids=["image file", "bytes"])
def test_images_that_are_neither_images_nor_a_usable_path_are_refused_naming_what_is_accepted(tmp_path, images):
    from PIL import Image

    Image.new("RGB", (8, 8)).save(tmp_path / "sprite.png")
    if isinstance(images, str):
        images = str(tmp_path / images)
    with pytest.raises(ValueError, match=r"\.npy/\.npz array of images .*folder of image files") as refused:
        embproj_plugin.log_embedding(tmp_path / "logs", np.ones((10, 2)), images=images)
    assert "images but vectors have" not in str(refused.value)
    assert not (tmp_path / "logs").exists()


def test_missing_images_file_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="thumbs.npy"):
        embproj_plugin.log_embedding(tmp_path / "logs", np.ones((10, 2)), images=str(tmp_path / "thumbs.npy"))
    assert not (tmp_path / "logs").exists()
