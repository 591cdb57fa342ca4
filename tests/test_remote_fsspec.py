"""Logdirs behind any fsspec URL (gs://, az://, hdfs://, ...), read through TensorBoard's FSSpecFileSystem.

No GCS emulator installs here, so the fsspec route is exercised with schemes that work offline:
`memory://` (fsspec's in-memory filesystem) and `file://`. The confinement rules for URL logdirs
(normalised paths under the logdir, no '..' escape) are tested here too.
"""
import json
import pathlib

import numpy as np
import pytest

import embproj_plugin
from embproj_plugin import remote_layer, urls
from embproj_plugin.file_access import FileChanged
from plugin_client import PluginClient
from remote_fixtures import SHARED_FIXTURES, every_route
from test_builtin_compat import recorded_fixtures
from test_builtin_compat import test_answers_match_builtin_projector as compare_with_builtin_projector

fsspec = pytest.importorskip("fsspec")


@pytest.fixture
def memory():
    """fsspec's memory filesystem, emptied after the test."""
    fs = fsspec.filesystem("memory")
    before = set(fs.store)
    yield fs
    for path in set(fs.store) - before:
        fs.store.pop(path, None)
    fs.pseudo_dirs[:] = [d for d in fs.pseudo_dirs if d == ""]


def upload(fs, local_dir, root):
    local_dir = pathlib.Path(local_dir)
    for path in sorted(local_dir.rglob("*")):
        if path.is_file() and "_expected" not in path.relative_to(local_dir).parts:
            fs.pipe("%s/%s" % (root, path.relative_to(local_dir).as_posix()), path.read_bytes())


def body(response):
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_data()


def write_run(fs, root, config, **files):
    fs.pipe(root + "/projector_config.pbtxt", config.encode())
    for name, data in files.items():
        fs.pipe("%s/%s" % (root, name.replace("__", "/")), data)


# ------------------------------------------------------------------ same answers as local files

@pytest.mark.parametrize("fixture", recorded_fixtures() or ["<none recorded>"])
def test_fixtures_in_memory_answer_like_the_builtin_projector(fixture, memory):
    if not SHARED_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not beside the repository")
    upload(memory, SHARED_FIXTURES / fixture, "/fixtures/" + fixture)
    compare_with_builtin_projector(fixture, lambda name: "memory://fixtures/%s" % name)


def test_file_urls_answer_like_plain_paths(all_fixtures_logdir):
    url = "file://" + str(all_fixtures_logdir)
    local = json.loads(json.dumps(every_route(PluginClient(all_fixtures_logdir)), default=repr)
                       .replace(str(all_fixtures_logdir), url))
    remote = json.loads(json.dumps(every_route(PluginClient(url)), default=repr))
    assert sorted(remote) == sorted(local) and len(remote) > 40
    for key in local:
        assert remote[key] == local[key], key


def test_a_logdir_is_listed_with_one_find_per_rescan(memory, monkeypatch):
    for i in range(30):
        write_run(memory, "/many/run_%02d" % i, 'embeddings {\n  tensor_name: "p"\n  tensor_path: "t.tsv"\n}\n',
                  **{"t.tsv": b"1\t2\n", "sub__deeper__events.out.tfevents.1": b"x"})
    finds = []
    real_find = type(memory).find
    monkeypatch.setattr(type(memory), "find", lambda self, *a, **k: finds.append(a) or real_find(self, *a, **k))
    client = PluginClient("memory://many")
    assert client.json("/runs") == ["run_%02d" % i for i in range(30)]
    assert len(finds) == 1  # one recursive listing, not one per folder
    client.json("/runs")
    assert len(finds) == 1


def test_log_embedding_writes_the_same_files_to_memory_as_to_disk(memory, tmp_path):
    rng = np.random.default_rng(7)
    vectors, labels = rng.normal(size=(20, 6)), ["w%d" % i for i in range(20)]
    images = rng.integers(0, 255, size=(20, 6, 6), dtype=np.uint8)
    for logdir in (tmp_path, "memory://written/exp"):
        embproj_plugin.log_embedding(logdir, vectors, labels, images=images, tag="t", step=4)
    remote = {path[len("/written/exp/"):]: memory.cat(path) for path in memory.find("/written/exp")}
    local = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert remote == local
    client = PluginClient("memory://written/exp")
    assert body(client.get("/tensor?run=.&name=t:00004")) == vectors.astype(np.float32).tobytes()
    assert body(client.get("/metadata?run=.&name=t:00004")).decode() == "\n".join(labels) + "\n"


def test_an_object_rewritten_mid_stream_ends_the_response_incomplete(memory):
    vectors = np.ones((20_000, 128), np.float32)  # 10 MB: 3 pieces
    write_run(memory, "/change", 'embeddings {\n  tensor_name: "t"\n  tensor_path: "t.bin"\n  tensor_shape: 20000\n'
                                 '  tensor_shape: 128\n}\n', **{"t.bin": vectors.tobytes()})
    client = PluginClient("memory://change")
    client.json("/info?run=.")
    response = client._client.get("/data/plugin/embproj/tensor?run=.&name=t", buffered=False)  # pylint: disable=protected-access
    pieces = iter(response.response)
    received = len(next(pieces))
    memory.pipe("/change/t.bin", (vectors * 2).tobytes())
    with pytest.raises(FileChanged):
        for piece in pieces:
            received += len(piece)
    assert 0 < received < vectors.nbytes


def test_reads_go_through_tensorboards_fsspec_layer(memory):
    from tensorboard.compat.tensorflow_stub.io import gfile

    write_run(memory, "/layer", 'embeddings {\n  tensor_path: "t.tsv"\n}\n', **{"t.tsv": b"5\t6\n"})
    assert isinstance(remote_layer.backend("memory://layer/t.tsv").layer, gfile.FSSpecFileSystem)
    assert remote_layer.read_range("memory://layer/t.tsv", 2, 100) == b"6\n"
    assert body(PluginClient("memory://layer").get("/tensor?run=.&name=t.tsv")) == np.array([[5, 6]], "<f4").tobytes()


# ------------------------------------------------------------------ where a URL logdir may read

TSV = b"1\t2\n3\t4\n"


def info_of(client, run="."):
    return {e["tensorName"]: e for e in client.json("/info?run=%s" % run)["embeddings"]}


@pytest.mark.parametrize("tensor_path", ["../other/t.tsv", "sub/../../other/t.tsv", "memory://confined/other/t.tsv",
                                         "memory://elsewhere/t.tsv", "..%2Fother%2Ft.tsv", "/other/t.tsv"])
def test_assets_outside_the_config_folder_are_refused(memory, tensor_path):
    memory.pipe("/confined/other/t.tsv", TSV)
    memory.pipe("/elsewhere/t.tsv", TSV)
    write_run(memory, "/confined/run", 'embeddings {\n  tensor_name: "x"\n  tensor_path: "%s"\n}\n' % tensor_path)
    client = PluginClient("memory://confined")
    entry = info_of(client, "run")["x"]
    assert entry["error"] is not None and entry["shape"] is None
    response = client.get("/tensor?run=run&name=x")
    assert response.status_code == 403, response.get_data(as_text=True)
    assert json.loads(response.get_data())["file"] == "memory://confined/run/projector_config.pbtxt"


def test_the_logdir_asset_root_allows_a_sibling_run_but_not_beyond(memory):
    memory.pipe("/shared_assets/other/t.tsv", TSV)
    memory.pipe("/outside/t.tsv", TSV)
    write_run(memory, "/shared_assets/run", 'embeddings {\n  tensor_name: "in"\n  tensor_path: "../other/t.tsv"\n}\n'
                                           'embeddings {\n  tensor_name: "out"\n  tensor_path: "../../outside/t.tsv"\n}\n')
    client = PluginClient("memory://shared_assets")
    client.plugin._catalog.confinement.asset_root = "logdir"  # pylint: disable=protected-access
    entries = info_of(client, "run")
    assert entries["in"]["error"] is None and entries["in"]["shape"] == [2, 2]
    assert "outside the logdir" in entries["out"]["error"]["error"]


def test_an_absolute_path_from_the_training_machine_is_found_beside_the_config(memory):
    write_run(memory, "/moved", 'embeddings {\n  tensor_name: "x"\n  tensor_path: "/home/trainer/logs/t.tsv"\n'
                                '  metadata_path: "/home/trainer/logs/labels.tsv"\n}\n',
              **{"t.tsv": TSV, "labels.tsv": b"a\nb\n"})
    client = PluginClient("memory://moved")
    entry = info_of(client)["x"]
    assert entry["error"] is None and entry["hasMetadata"]
    assert body(client.get("/tensor?run=.&name=x")) == np.array([[1, 2], [3, 4]], "<f4").tobytes()


def test_a_checkpoint_named_outside_the_logdir_is_refused(memory, tmp_path):
    from embproj_plugin.checkpoint import write_checkpoint

    write_checkpoint(str(tmp_path / "model.ckpt"), {"v": np.ones((3, 2), np.float32)}, update_state=False)
    for name in ("model.ckpt.index", "model.ckpt.data-00000-of-00001"):
        memory.pipe("/ckpt_elsewhere/" + name, (tmp_path / name).read_bytes())
        memory.pipe("/ckpt_logdir/run/" + name, (tmp_path / name).read_bytes())
    write_run(memory, "/ckpt_logdir/run", 'model_checkpoint_path: "memory://ckpt_elsewhere/model.ckpt"\n')
    write_run(memory, "/ckpt_logdir/moved", 'model_checkpoint_path: "/home/trainer/run/model.ckpt"\n')
    for name in ("model.ckpt.index", "model.ckpt.data-00000-of-00001"):
        memory.pipe("/ckpt_logdir/moved/" + name, (tmp_path / name).read_bytes())
    client = PluginClient("memory://ckpt_logdir")
    refused = client.json("/info?run=run")
    assert any("outside the logdir" in e["error"] for e in refused["errors"]), refused
    moved = client.json("/info?run=moved")
    assert moved["errors"] == [] and moved["modelCheckpointPath"] == "memory://ckpt_logdir/moved/model.ckpt"
    assert body(client.get("/tensor?run=moved&name=v")) == np.ones((3, 2), "<f4").tobytes()


@pytest.mark.parametrize("url,root,inside", [
    ("s3://b/exp/run/x", "s3://b/exp", True),
    ("s3://b/exp", "s3://b/exp", True),
    ("s3://b/exp/../x", "s3://b/exp", False),
    ("s3://b/expert/x", "s3://b/exp", False),
    ("gs://b/exp/x", "s3://b/exp", False),
    ("s3://b/exp//run/./x", "s3://b/exp/", True),
    ("s3://b/../b/exp/x", "s3://b/exp", True),
    ("s3://../x", "s3://b", False),
    ("/b/exp/x", "s3://b/exp", False),
])
def test_urls_are_inside_a_root_only_after_normalising(url, root, inside):
    assert urls.is_within(url, root) is inside


def test_url_spelling():
    assert urls.normalise("S3://bucket/a/./b//c/../d/") == "s3://bucket/a/b/d"
    assert urls.normalise("file:///tmp/x/../y") == "file:///tmp/y"
    assert urls.dirname("s3://bucket/a") == "s3://bucket" and urls.dirname("s3://bucket") == "s3://bucket"
    assert urls.relative("s3://b/exp/run", "s3://b/exp") == "run" and urls.relative("s3://b/exp", "s3://b/exp") == "."
    assert urls.is_url("gs://x") and urls.is_url("memory://x") and not urls.is_url("/tmp/x") \
        and not urls.is_url("C:\\x") and not urls.is_url("relative/s3://x")
