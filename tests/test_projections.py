"""Layouts computed in Python: log_embedding(projections=...) and `embproj import --projection` round
trips through /info and /projection, the naming rule for tensor_path files and checkpoint variables,
and a config TensorBoard's own proto still parses unchanged."""
import os

import numpy as np
import pytest
from google.protobuf import text_format

from embproj_plugin import cli, log_embedding
from embproj_plugin.config import CONFIG_FILENAME
from embproj_plugin.checkpoint import write_checkpoint
from plugin_client import PluginClient

ENTRY = os.path.join("plugins", "embproj", "words", "00003")


def listed(client, name, run="."):
    entry = {e["tensorName"]: e for e in client.json("/info?run=%s" % run)["embeddings"]}[name]
    return {p["name"]: p for p in entry["projections"]}, entry


def served_layout(client, name, layout, run="."):
    response = client.get("/projection?run=%s&name=%s&projection=%s" % (run, name, layout))
    assert response.status_code == 200, response.get_data(as_text=True)
    rows, dims = (int(x) for x in response.headers["X-Embproj-Shape"].split(","))
    return np.frombuffer(response.get_data(), "<f4").reshape(rows, dims)


def test_log_embedding_stores_each_layout_as_a_float32_npy_beside_the_tensor(tmp_path):
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(40, 6))
    umap, tsne = rng.normal(size=(40, 2)), rng.normal(size=(40, 3)).tolist()  # numpy and plain lists
    log_embedding(tmp_path, vectors, tag="words", step=3, projections={"umap": umap, "tsne-3d": tsne})

    stored = np.load(tmp_path / ENTRY / "tensors.layout.umap.npy")
    assert stored.dtype == np.dtype("<f4") and stored.shape == (40, 2)
    np.testing.assert_array_equal(stored, umap.astype(np.float32))
    client = PluginClient(tmp_path)
    layouts, entry = listed(client, "words:00003")
    assert {n: (p["dims"], p["error"]) for n, p in layouts.items()} == {"umap": (2, None), "tsne-3d": (3, None)}
    assert entry["warnings"] == []
    np.testing.assert_array_equal(served_layout(client, "words:00003", "umap"), umap.astype(np.float32))
    np.testing.assert_array_equal(served_layout(client, "words:00003", "tsne-3d"), np.float32(tsne))


def test_same_tag_and_step_replaces_the_layouts(tmp_path):
    vectors = np.ones((5, 3))
    log_embedding(tmp_path, vectors, tag="words", step=3, projections={"umap": np.zeros((5, 2)), "old": np.ones((5, 2))})
    log_embedding(tmp_path, vectors, tag="words", step=3, projections={"umap": np.full((5, 3), 2.0)})
    layouts, _ = listed(PluginClient(tmp_path), "words:00003")
    assert {n: p["dims"] for n, p in layouts.items()} == {"umap": 3}
    assert sorted(f for f in os.listdir(tmp_path / ENTRY) if ".layout." in f) == ["tensors.layout.umap.npy"]


def test_the_config_is_what_tensorboards_own_proto_parses_unchanged(tmp_path):
    from tensorboard.plugins.projector import projector_config_pb2

    vectors = np.ones((5, 3))
    log_embedding(tmp_path / "with", vectors, tag="words", step=3, projections={"umap": np.zeros((5, 2))})
    log_embedding(tmp_path / "without", vectors, tag="words", step=3)
    with_layouts = (tmp_path / "with" / CONFIG_FILENAME).read_text()
    assert with_layouts == (tmp_path / "without" / CONFIG_FILENAME).read_text()
    text_format.Parse(with_layouts, projector_config_pb2.ProjectorConfig())  # raises on an unknown field


@pytest.mark.parametrize("projections, message", [
    ({"umap": np.zeros((4, 2))}, "has 4 rows but vectors have 5"),
    ({"umap": np.zeros((5, 4))}, r"has shape \[5, 4\]; a layout is \[N, 2\] or \[N, 3\]"),
    ({"umap": np.zeros(10)}, r"has shape \[10\]"),
    ({"umap": [[0, 1], [2]] * 3}, "must be a"),
    ({"umap": np.array([["a", "b"]] * 5)}, "must be numbers"),
    ({"umap": np.where(np.eye(5, 2) > 0, np.nan, 0)}, "row 0, column 0 is NaN"),
    ({"umap": np.where(np.eye(5, 2) > 0, 1e300, 0)}, "too large for float32"),
    ({"um ap": np.zeros((5, 2))}, "letters, digits"),
    ({"../x": np.zeros((5, 2))}, "letters, digits"),
    ({"UMAP": np.zeros((5, 2)), "umap": np.zeros((5, 2))}, "differ only in case"),
    ([np.zeros((5, 2))], "must be a dict"),
])
def test_bad_projections_are_refused_before_anything_is_written(tmp_path, projections, message):
    with pytest.raises(ValueError, match=message):
        log_embedding(tmp_path / "logs", np.ones((5, 3)), tag="words", step=3, projections=projections)
    assert not (tmp_path / "logs").exists()


def test_cli_imports_npy_csv_and_tsv_layouts(tmp_path, capsys):
    rng = np.random.default_rng(2)
    np.save(tmp_path / "v.npy", rng.normal(size=(8, 4)))
    umap = rng.normal(size=(8, 2)).astype(np.float32)
    np.save(tmp_path / "umap.npy", umap)
    tsne = np.round(rng.normal(size=(8, 3)), 4)
    (tmp_path / "tsne.csv").write_text("x,y,z\n" + "".join("%s,%s,%s\n" % tuple(map(float, r)) for r in tsne))
    pca = np.round(rng.normal(size=(8, 2)), 4)
    (tmp_path / "pca.tsv").write_text("".join("%s\t%s\n" % tuple(map(float, r)) for r in pca))
    logdir = tmp_path / "logs"
    assert cli.main(["import", str(tmp_path / "v.npy"), "--logdir", str(logdir), "--projection",
                     "umap=%s" % (tmp_path / "umap.npy"), "--projection", "tsne=%s" % (tmp_path / "tsne.csv"),
                     "--projection", "offline-pca=%s" % (tmp_path / "pca.tsv")]) == 0
    assert "layouts umap, tsne, offline-pca" in capsys.readouterr().out
    client = PluginClient(logdir)
    np.testing.assert_array_equal(served_layout(client, "default:00000", "umap"), umap)
    np.testing.assert_array_equal(served_layout(client, "default:00000", "tsne"), tsne.astype(np.float32))
    np.testing.assert_array_equal(served_layout(client, "default:00000", "offline-pca"), pca.astype(np.float32))


@pytest.mark.parametrize("argument, content, message", [
    ("umap=%s/u.csv", "x,y\n1,a\n2,b\n3,c\n", "not numbers: y"),
    ("umap=%s/u.csv", "1,2\n3,4\n", "has 2 rows but vectors have 3"),
    ("umap=%s/u.txt.gz", "", "must be .npy, .csv or .tsv"),
    ("umap", None, "NAME=FILE"),
])
def test_cli_refuses_bad_layout_files_and_writes_nothing(tmp_path, capsys, argument, content, message):
    np.save(tmp_path / "v.npy", np.ones((3, 4)))
    if content is not None:
        (tmp_path / argument.split("/")[-1]).write_text(content)
    with pytest.raises(SystemExit):
        cli.main(["import", str(tmp_path / "v.npy"), "--logdir", str(tmp_path / "logs"),
                  "--projection", argument % tmp_path if "%s" in argument else argument])
    assert message in capsys.readouterr().err
    assert not (tmp_path / "logs").exists()


def test_a_tensor_path_file_has_its_layouts_by_its_name(tmp_path):
    """Two tensors in one folder: each finds only its own `<file without extension>.layout.*.npy`."""
    np.arange(12, dtype="<f4").reshape(6, 2).tofile(tmp_path / "a.bin")
    (tmp_path / "b.tsv").write_text("".join("%d\t%d\t%d\n" % (i, i, i) for i in range(4)))
    (tmp_path / CONFIG_FILENAME).write_text(
        'embeddings { tensor_name: "a" tensor_path: "a.bin" tensor_shape: 6 tensor_shape: 2 }\n'
        'embeddings { tensor_name: "b" tensor_path: "b.tsv" }\n')
    np.save(tmp_path / "a.layout.umap.npy", np.arange(12, dtype="<f4").reshape(6, 2) * 2)
    np.save(tmp_path / "b.layout.umap.npy", np.ones((4, 3), "<f8"))  # float64 is read, served as float32
    client = PluginClient(tmp_path)
    assert {n: p["dims"] for n, p in listed(client, "a")[0].items()} == {"umap": 2}
    assert {n: p["dims"] for n, p in listed(client, "b")[0].items()} == {"umap": 3}
    np.testing.assert_array_equal(served_layout(client, "b", "umap"), np.ones((4, 3), np.float32))


def test_a_checkpoint_variable_has_its_layouts_beside_the_checkpoint(tmp_path):
    vectors = np.random.default_rng(3).normal(size=(7, 3)).astype(np.float32)
    write_checkpoint(str(tmp_path / "ckpt-1"), {"emb/words": vectors})
    (tmp_path / "checkpoint").write_text('model_checkpoint_path: "ckpt-1"\n')
    layout = np.random.default_rng(4).normal(size=(7, 2)).astype(np.float32)
    np.save(tmp_path / "ckpt-1.emb~2Fwords.layout.umap.npy", layout)
    client = PluginClient(tmp_path)
    assert {n: p["error"] for n, p in listed(client, "emb/words")[0].items()} == {"umap": None}
    np.testing.assert_array_equal(served_layout(client, "emb/words", "umap"), layout)


def test_a_layout_added_later_is_listed_on_the_next_look(tmp_path):
    log_embedding(tmp_path, np.ones((5, 3)), tag="words", step=3)
    client = PluginClient(tmp_path)
    client.plugin._catalog.rescan_seconds = 0
    assert listed(client, "words:00003")[0] == {}
    np.save(tmp_path / ENTRY / "tensors.layout.later.npy", np.zeros((5, 2), "<f4"))
    assert list(listed(client, "words:00003")[0]) == ["later"]


def test_a_logdir_behind_an_fsspec_url_gets_and_serves_its_layouts():
    """Written with log_embedding to memory:// (uploaded beside the checkpoint before the config),
    listed and streamed through the same remote file layer as every other file."""
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    before = set(fs.store)
    try:
        layout = np.random.default_rng(5).normal(size=(9, 3)).astype(np.float32)
        log_embedding("memory://layouts-test/run", np.ones((9, 4)), tag="words", step=3,
                      projections={"umap": layout, "short": np.zeros((9, 2))})
        fs.pipe("/layouts-test/run/plugins/embproj/words/00003/tensors.layout.short.npy",
                fs.cat("/layouts-test/run/plugins/embproj/words/00003/tensors.layout.short.npy")[:-8])
        client = PluginClient("memory://layouts-test")
        layouts, _ = listed(client, "words:00003", run="run")
        assert layouts["umap"]["error"] is None and layouts["umap"]["dims"] == 3
        assert "truncated" in layouts["short"]["error"]["error"]
        np.testing.assert_array_equal(served_layout(client, "words:00003", "umap", run="run"), layout)
        assert client.get("/projection?run=run&name=words:00003&projection=short").status_code == 422
    finally:
        for path in set(fs.store) - before:
            fs.store.pop(path, None)


def test_a_rewritten_layout_file_has_a_new_version(tmp_path):
    """/info's version tells the tab to fetch the file again (TensorBoard's Reload)."""
    log_embedding(tmp_path, np.ones((5, 3)), tag="words", step=3, projections={"umap": np.zeros((5, 2))})
    client = PluginClient(tmp_path)
    before = listed(client, "words:00003")[0]["umap"]["version"]
    path = tmp_path / ENTRY / "tensors.layout.umap.npy"
    stat = path.stat()
    np.save(path, np.ones((5, 3), "<f4"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # a new mtime even on a coarse clock
    after = listed(client, "words:00003")[0]["umap"]
    assert before and after["version"] != before and after["dims"] == 3
