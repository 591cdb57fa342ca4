"""log_embedding and visualize_embeddings: round trips through our reader and our HTTP API,
the on-disk layout, series of tags and steps, replacement, and failures that leave nothing behind."""
import filecmp
import hashlib
import io
import os

import numpy as np
import pytest
from google.protobuf import text_format
from PIL import Image

import embproj_plugin
from embproj_plugin import projector, writer
from embproj_plugin.checkpoint import CheckpointReader, latest_checkpoint
from embproj_plugin.config import CONFIG_FILENAME, read_config
from embproj_plugin.metadata import read_metadata
from plugin_client import PluginClient
from shared_fixtures import require_shared_fixtures


def snapshot(directory):
    """Every file and folder under `directory` with a hash of its bytes."""
    found = {}
    for root, dirs, files in os.walk(directory):
        for name in dirs:
            found[os.path.relpath(os.path.join(root, name), directory)] = "dir"
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                found[os.path.relpath(path, directory)] = hashlib.sha256(f.read()).hexdigest()
    return found


def served_tensor(client, name):
    info = {e["tensorName"]: e for e in client.json("/info?run=.")["embeddings"]}[name]
    response = client.get("/tensor?run=.&name=%s" % name)
    assert response.status_code == 200, response.get_data(as_text=True)
    return np.frombuffer(response.get_data(), "<f4").reshape(info["tensorShape"])


def test_round_trip_through_reader_and_api(tmp_path):
    vectors = np.random.default_rng(0).normal(size=(50, 7)).astype(np.float32)
    labels = ["point %d" % i for i in range(50)]
    info = embproj_plugin.log_embedding(tmp_path, vectors, labels, tag="words", step=3)

    assert info.tensor_name == "words:00003"
    entry_dir = tmp_path / "plugins" / "embproj" / "words" / "00003"
    reader = CheckpointReader(str(entry_dir / "tensors"))
    np.testing.assert_array_equal(reader.read("words"), vectors)
    assert latest_checkpoint(entry_dir) == str(entry_dir / "tensors")

    config = read_config(tmp_path / CONFIG_FILENAME)
    assert [e.tensor_name for e in config.embeddings] == ["words:00003"]
    assert list(config.embeddings[0].tensor_shape) == [50, 7]

    client = PluginClient(tmp_path)
    assert client.json("/runs") == ["."]  # the per-step checkpoint folders are not runs
    np.testing.assert_array_equal(served_tensor(client, "words:00003"), vectors)
    assert client.get("/metadata?run=.&name=words:00003").get_data(as_text=True) == "\n".join(labels) + "\n"


def test_float64_and_int_vectors_are_stored_as_float32(tmp_path):
    vectors = np.arange(12, dtype=np.int64).reshape(4, 3)
    embproj_plugin.log_embedding(tmp_path, vectors)
    reader = CheckpointReader(str(tmp_path / "plugins/embproj/default/00000/tensors"))
    stored = reader.read("default")
    assert stored.dtype == np.float32
    np.testing.assert_array_equal(stored, vectors)


def test_checkpoint_is_byte_identical_to_tensorflows(tmp_path):
    """tf1_mnist/model.ckpt was saved by TensorFlow with one float32 variable: writing the same
    variable must give the very same .index and .data bytes, so TensorFlow reads ours as its own."""
    prefix = str(require_shared_fixtures() / "tf1_mnist" / "model.ckpt")
    vectors = CheckpointReader(prefix).read("word_embedding")
    embproj_plugin.log_embedding(tmp_path, vectors, tag="word_embedding", step=1)
    ours = str(tmp_path / "plugins/embproj/word_embedding/00001/tensors")
    for suffix in (".index", ".data-00000-of-00001"):
        assert filecmp.cmp(prefix + suffix, ours + suffix, shallow=False), suffix


def test_data_shard_is_the_raw_tensor(tmp_path):
    """What makes `tensor_path` work for every reader: the shard is the float32 rows, nothing else."""
    vectors = np.random.default_rng(1).random((9, 5), dtype=np.float32)
    info = embproj_plugin.log_embedding(tmp_path, vectors, tag="t")
    raw = (tmp_path / info.tensor_path).read_bytes()
    assert raw == vectors.astype("<f4").tobytes()


def test_series_of_tags_and_steps_accumulates(tmp_path):
    rng = np.random.default_rng(2)
    logged = {}
    for step in range(3):
        for tag in ("encoder", "decoder"):
            vectors = rng.normal(size=(20 + step, 4)).astype(np.float32)
            embproj_plugin.log_embedding(tmp_path, vectors, [str(i) for i in range(len(vectors))],
                                         tag=tag, step=step * 10)
            logged["%s:%05d" % (tag, step * 10)] = vectors
    config = read_config(tmp_path / CONFIG_FILENAME)
    assert [e.tensor_name for e in config.embeddings] == list(logged)
    client = PluginClient(tmp_path)
    assert client.json("/runs") == ["."]
    for name, vectors in logged.items():
        np.testing.assert_array_equal(served_tensor(client, name), vectors)


def test_entries_written_by_visualize_embeddings_are_kept(tmp_path):
    config = projector.ProjectorConfig()
    config.embeddings.add(tensor_name="handmade", tensor_path="handmade.tsv")
    (tmp_path / "handmade.tsv").write_text("1\t2\n3\t4\n")
    projector.visualize_embeddings(str(tmp_path), config)
    embproj_plugin.log_embedding(tmp_path, np.ones((2, 2)), tag="logged")
    names = [e.tensor_name for e in read_config(tmp_path / CONFIG_FILENAME).embeddings]
    assert names == ["handmade", "logged:00000"]
    client = PluginClient(tmp_path)
    np.testing.assert_array_equal(served_tensor(client, "handmade"), [[1, 2], [3, 4]])


def test_relogging_a_tag_and_step_replaces_it(tmp_path):
    embproj_plugin.log_embedding(tmp_path, np.zeros((3, 2)), ["a", "b", "c"],
                                 images=np.zeros((3, 4, 4), np.uint8), tag="t", step=1)
    embproj_plugin.log_embedding(tmp_path, np.ones((5, 2)), tag="t", step=2)
    embproj_plugin.log_embedding(tmp_path, np.full((4, 3), 7.0), tag="t", step=1)

    config = read_config(tmp_path / CONFIG_FILENAME)
    assert [e.tensor_name for e in config.embeddings] == ["t:00001", "t:00002"]  # order kept
    replaced = config.embeddings[0]
    assert list(replaced.tensor_shape) == [4, 3]
    assert not replaced.metadata_path and not replaced.sprite.image_path
    entry_dir = tmp_path / "plugins/embproj/t/00001"
    assert sorted(os.listdir(entry_dir)) == ["checkpoint", "tensors.data-00000-of-00001", "tensors.index"]
    assert not [n for n in os.listdir(entry_dir.parent) if n.startswith(".")]  # no staging left
    np.testing.assert_array_equal(served_tensor(PluginClient(tmp_path), "t:00001"), np.full((4, 3), 7.0))


def test_tags_are_safe_folder_names(tmp_path):
    tags = ("layer 1/output", "../up", "..", ".hidden", "a%2Fb~", "ünï:cødé")
    for tag in tags:
        embproj_plugin.log_embedding(tmp_path, np.eye(3), tag=tag)
    folders = sorted(os.listdir(tmp_path / "plugins" / "embproj"))
    assert folders == sorted(["layer~201~2Foutput", "~2E.~2Fup", "~2E.", "~2Ehidden", "a~252Fb~7E",
                              "ünï~3Acødé"])
    client = PluginClient(tmp_path)
    assert client.json("/runs") == ["."]
    for tag in tags:
        name = tag + ":00000"
        info = {e["tensorName"]: e for e in client.json("/info?run=.")["embeddings"]}[name]
        assert info["error"] is None, info


def test_multi_column_metadata_header_through_the_api(tmp_path):
    metadata = {"word": ["tab\there", "new\nline", "ünicode ✓", ""], "count": [1, 2, 3, None]}
    embproj_plugin.log_embedding(tmp_path, np.eye(4), metadata)
    text = PluginClient(tmp_path).get("/metadata?run=.&name=default:00000").get_data(as_text=True)
    assert text.split("\n") == ["word\tcount", "tab\\there\t1", "new\\nline\t2", "ünicode ✓\t3", "\t", ""]


def test_metadata_rows_with_header(tmp_path):
    rows = [("cat", 1), ("dog", 2)]
    info = embproj_plugin.log_embedding(tmp_path, np.eye(2), rows, metadata_header=["animal", "legs?"])
    parsed = read_metadata(str(tmp_path / info.metadata_path))
    assert parsed.has_header and parsed.columns == 2 and parsed.rows == 2
    assert parsed.text == "animal\tlegs?\ncat\t1\ndog\t2\n"


def test_one_column_metadata_has_no_header_line(tmp_path):
    info = embproj_plugin.log_embedding(tmp_path, np.eye(2), {"label": ["x", "y"]})
    assert (tmp_path / info.metadata_path).read_text() == "x\ny\n"


def test_awkward_metadata_of_100000_rows_survives(tmp_path):
    count = 100_000
    awkward = ["", "tab\tinside", "line\nbreak", "carriage\rreturn", "crlf\r\n", "ünïcødé ✓ 日本語",
               "trailing space ", "\\t literal", "emoji 🎉", "\t", "\n\n"]
    labels = [awkward[i % len(awkward)] + (" #%d" % i if i % 3 else "") for i in range(count)]
    kinds = [str(i % 7) for i in range(count)]
    vectors = np.random.default_rng(3).random((count, 3), dtype=np.float32)
    info = embproj_plugin.log_embedding(tmp_path, vectors, {"label": labels, "kind": kinds}, tag="big")

    parsed = read_metadata(str(tmp_path / info.metadata_path))
    assert parsed.rows == count and parsed.columns == 2 and parsed.has_header
    escape = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
    expected = ["".join(escape.get(c, c) for c in label) for label in labels]
    served = PluginClient(tmp_path).get("/metadata?run=.&name=big:00000").get_data(as_text=True)
    lines = served.split("\n")
    assert lines[0] == "label\tkind" and lines[-1] == ""
    assert [line.split("\t") for line in lines[1:-1]] == [list(pair) for pair in zip(expected, kinds)]


def test_sprite_through_the_api(tmp_path):
    rng = np.random.default_rng(4)
    images = rng.integers(0, 256, size=(10, 6, 5, 3), dtype=np.uint8)  # 10 images of 5x6 px
    info = embproj_plugin.log_embedding(tmp_path, rng.random((10, 2)), images=images)
    assert list(info.sprite.single_image_dim) == [5, 6]
    response = PluginClient(tmp_path).get("/sprite_image?run=.&name=default:00000")
    assert response.status_code == 200
    atlas = np.asarray(Image.open(io.BytesIO(response.get_data())))
    assert atlas.shape == (4 * 6, 4 * 5, 3)  # ceil(sqrt(10)) = 4 thumbnails a side
    for i in range(10):
        row, column = divmod(i, 4)
        np.testing.assert_array_equal(atlas[row * 6:(row + 1) * 6, column * 5:(column + 1) * 5], images[i])


def test_runs_below_the_logdir_each_get_their_own_config(tmp_path):
    for run in ("run_a", "run_b"):
        for step in (0, 1):
            embproj_plugin.log_embedding(tmp_path / run, np.full((2, 2), step), tag=run, step=step)
    client = PluginClient(tmp_path)
    assert client.json("/runs") == ["run_a", "run_b"]
    names = [e["tensorName"] for e in client.json("/info?run=run_b")["embeddings"]]
    assert names == ["run_b:00000", "run_b:00001"]
    tensor = client.get("/tensor?run=run_b&name=run_b:00001").get_data()
    np.testing.assert_array_equal(np.frombuffer(tensor, "<f4"), [1, 1, 1, 1])


def test_logdir_can_be_a_summary_writer(tmp_path):
    class Writer:
        def get_logdir(self):
            return str(tmp_path / "run")

    embproj_plugin.log_embedding(Writer(), np.eye(2))
    assert (tmp_path / "run" / CONFIG_FILENAME).exists()


def test_existing_broken_config_is_refused_untouched(tmp_path):
    (tmp_path / CONFIG_FILENAME).write_text("embeddings { tensor_name: ")
    before = snapshot(tmp_path)
    with pytest.raises(ValueError, match="projector_config.pbtxt"):
        embproj_plugin.log_embedding(tmp_path, np.eye(2))
    assert snapshot(tmp_path) == before


def test_warns_when_the_assets_config_would_hide_the_entries(tmp_path):
    shadow = tmp_path / "plugins" / "org_tensorflow_tensorboard_projector"
    shadow.mkdir(parents=True)
    (shadow / CONFIG_FILENAME).write_text("")
    with pytest.warns(UserWarning, match="read instead of"):
        embproj_plugin.log_embedding(tmp_path, np.eye(2))


# ------------------------------------------------------------------ bad input leaves nothing behind

BAD_CALLS = {
    "ragged": (dict(vectors=[[1, 2, 3, 4]] * 17 + [[1, 2, 3]]), "vectors row 17 has 3 values, row 0 has 4"),
    "nan": (dict(vectors=np.array([[0.0, 1.0], [2.0, np.nan]])), "row 1, column 1 is NaN"),
    "inf": (dict(vectors=np.array([[0.0, -np.inf]])), "row 0, column 1 is Inf"),
    "too big for float32": (dict(vectors=np.array([[1e39]])), "too large for float32"),
    "not numbers": (dict(vectors=[[1, 2], [3, "x"]]), "row 1, column 1 is 'x', not a number"),
    "1-D": (dict(vectors=np.arange(4.0)), "must be 2-D"),
    "empty": (dict(vectors=np.zeros((0, 3))), "0 rows"),
    "metadata too short": (dict(metadata=["a"] * 9), "metadata has 9 rows but vectors have 10"),
    "metadata column too long": (dict(metadata={"a": ["x"] * 10, "b": ["y"] * 11}),
                                 'metadata column "b" has 11 values but vectors have 10 rows'),
    "metadata ragged rows": (dict(metadata=[("a", "b")] * 5 + [("c",)] * 5), "metadata row 5 has 1 values, row 0 has 2"),
    "header width": (dict(metadata=[("a", "b")] * 10, metadata_header=["one"]), "metadata_header has 1 names"),
    "too few images": (dict(images=np.zeros((9, 4, 4))), "images has 9 images but vectors have 10 rows"),
    "mixed image sizes": (dict(images=[np.zeros((4, 4))] * 7 + [np.zeros((5, 4))] * 3),
                          "image 7 is 4x5 px but image 0 is 4x4 px"),
    "image out of range": (dict(images=np.full((10, 2, 2), 2.0)), "image 0 has values from 2.0 to 2.0"),
    "image NaN": (dict(images=np.where(np.arange(40).reshape(10, 2, 2) == 37, np.nan, 0.5)), "image 9 holds NaN"),
    "bad step": (dict(step=-1), "step must be 0 or more"),
    "bad tag": (dict(tag=""), "tag must be a non-empty string"),
    "NUL in tag": (dict(tag="a\x00b"), "NUL character"),
    "bad colour": (dict(images=np.zeros((10, 2, 2)), image_transparent_color=(0, 0)), "image_transparent_color"),
}


@pytest.mark.parametrize("case", sorted(BAD_CALLS))
def test_bad_input_raises_and_leaves_logdir_unchanged(tmp_path, case):
    embproj_plugin.log_embedding(tmp_path, np.eye(3), ["a", "b", "c"], tag="earlier")
    before = snapshot(tmp_path)
    arguments, message = BAD_CALLS[case]
    arguments = dict(arguments)
    vectors = arguments.pop("vectors", np.random.default_rng(5).random((10, 4)))
    with pytest.raises(ValueError) as raised:
        embproj_plugin.log_embedding(tmp_path, vectors, **arguments)
    assert message in str(raised.value)
    assert snapshot(tmp_path) == before


def test_failed_config_write_restores_the_previous_entry(tmp_path, monkeypatch):
    embproj_plugin.log_embedding(tmp_path, np.eye(3), ["a", "b", "c"], tag="t", step=1)
    before = snapshot(tmp_path)

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(writer, "write_config", fail)
    with pytest.raises(OSError, match="disk full"):
        embproj_plugin.log_embedding(tmp_path, np.ones((2, 2)), tag="t", step=1)
    assert snapshot(tmp_path) == before


def test_failed_first_write_leaves_no_folders(tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise OSError("no space")

    monkeypatch.setattr(writer, "write_checkpoint", fail)
    with pytest.raises(OSError, match="no space"):
        embproj_plugin.log_embedding(tmp_path / "logs", np.eye(3), tag="new")
    assert list(tmp_path.iterdir()) == []


def test_failed_file_write_leaves_no_staging_folder(tmp_path, monkeypatch):
    embproj_plugin.log_embedding(tmp_path, np.eye(3), tag="t", step=1)
    before = snapshot(tmp_path)

    def fail(*args, **kwargs):
        raise OSError("no space")

    monkeypatch.setattr(Image.Image, "save", fail)
    with pytest.raises(OSError, match="no space"):
        embproj_plugin.log_embedding(tmp_path, np.eye(3), images=np.zeros((3, 2, 2)), tag="t", step=1)
    assert snapshot(tmp_path) == before


# ------------------------------------------------------------------------------ visualize_embeddings

def test_visualize_embeddings_writes_text_config_and_creates_folder(tmp_path):
    config = projector.ProjectorConfig()
    embedding = config.embeddings.add()
    embedding.tensor_name = "embedding/.ATTRIBUTES/VARIABLE_VALUE"
    embedding.metadata_path = "metadata.tsv"
    embedding.sprite.image_path = "sprite.png"
    embedding.sprite.single_image_dim.extend([28, 28])
    target = tmp_path / "new" / "folder"
    projector.visualize_embeddings(str(target), config)
    text = (target / CONFIG_FILENAME).read_text()
    assert 'tensor_name: "embedding/.ATTRIBUTES/VARIABLE_VALUE"' in text
    assert read_config(target / CONFIG_FILENAME) == config


def test_visualize_embeddings_accepts_tensorboards_message(tmp_path):
    from tensorboard.plugins.projector import projector_config_pb2 as tensorboard_pb2

    theirs = tensorboard_pb2.ProjectorConfig(model_checkpoint_path="model.ckpt")
    entry = theirs.embeddings.add(tensor_name="w", metadata_path="m.tsv", tensor_path="t.tsv")
    entry.tensor_shape.extend([3, 2])
    entry.sprite.image_path = "s.png"
    entry.sprite.single_image_dim.extend([8, 9])
    projector.visualize_embeddings(tmp_path, theirs)
    ours = read_config(tmp_path / CONFIG_FILENAME)
    assert ours.SerializeToString() == theirs.SerializeToString()
    assert (tmp_path / CONFIG_FILENAME).read_text() == text_format.MessageToString(theirs)


def test_visualize_embeddings_matches_tensorboards_own_output(tmp_path):
    from tensorboard.plugins.projector import ProjectorConfig as TheirConfig
    from tensorboard.plugins.projector import visualize_embeddings as their_visualize

    theirs = TheirConfig()
    theirs.embeddings.add(tensor_name="a", metadata_path="b")
    (tmp_path / "theirs").mkdir()
    try:
        their_visualize(str(tmp_path / "theirs"), theirs)
    except Exception as e:  # it needs TensorFlow's gfile for writing
        pytest.skip("TensorBoard's visualize_embeddings cannot write here: %s" % e)
    projector.visualize_embeddings(tmp_path / "ours", theirs)
    assert (tmp_path / "ours" / CONFIG_FILENAME).read_bytes() == (tmp_path / "theirs" / CONFIG_FILENAME).read_bytes()


def test_visualize_embeddings_refuses_none_and_non_messages(tmp_path):
    with pytest.raises(ValueError):
        projector.visualize_embeddings(None, projector.ProjectorConfig())
    with pytest.raises(TypeError):
        projector.visualize_embeddings(tmp_path, {"embeddings": []})


def test_package_exports_are_lazy():
    import subprocess
    import sys

    code = ("import sys, embproj_plugin; assert 'PIL' not in sys.modules; "
            "import embproj_plugin.plugin; "
            "heavy = {'embproj_plugin.writer', 'embproj_plugin.sprite_atlas', 'torch', 'pandas'} & set(sys.modules); "
            "assert not heavy, heavy; "
            "from embproj_plugin import log_embedding, create_sprite_image, visualize_embeddings")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=os.path.dirname(os.path.dirname(__file__)))
