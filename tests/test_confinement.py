"""Which files a config may make us read: assets inside the config file's folder (as TensorBoard 2.21's
projector), or the logdir with --embproj_asset_root=logdir; checkpoints inside the logdir, always."""
import json
import os

import numpy as np
import pytest
from PIL import Image
from tensorboard import default, program
from tensorboard.plugins import base_plugin
from werkzeug import test as werkzeug_test
from werkzeug import wrappers

from embproj_plugin.checkpoint import write_checkpoint
from embproj_plugin.paths import Confinement, PathRefused
from embproj_plugin.plugin import EmbprojPlugin
from plugin_client import PluginClient

SECRET = "classified\nrows\nhere\n"
STATES = [{"label": "mine", "selectedProjection": "pca", "dataSetDimensions": [3, 2]}]


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def tensorboard_flags(logdir, *argv):
    """Flags as TensorBoard parses them with every plugin it loads, ours through its entry point
    (no server is started)."""
    tensorboard = program.TensorBoard(plugins=default.get_plugins())
    tensorboard.configure(argv=["tensorboard", "--logdir", str(logdir), *argv])
    return tensorboard.flags


class FlagsClient(PluginClient):
    """A PluginClient over a plugin built from real TensorBoard command-line flags."""

    def __init__(self, logdir, *argv):  # pylint: disable=super-init-not-called
        flags = tensorboard_flags(logdir, *argv)
        self.plugin = EmbprojPlugin(base_plugin.TBContext(logdir=str(logdir), flags=flags))
        self.apps = self.plugin.get_plugin_apps()
        self._client = werkzeug_test.Client(self._dispatch, wrappers.Response)


def error_of(response):
    body = json.loads(response.get_data())
    assert set(body) == {"error", "file", "hint"}
    return body


# ------------------------------------------------------------------------------------------ assets

@pytest.fixture
def two_runs(tmp_path):
    """run_a's config names files of the sibling run `words` (through '..', an absolute path, a
    symlinked file and a symlinked folder) and one outside the logdir."""
    logdir = tmp_path / "logdir"
    words = logdir / "words"
    write(words / "secret.tsv", SECRET)
    write(words / "t.tsv", "7\t7\n8\t8\n9\t9\n")
    write(words / "bookmarks.json", json.dumps([{"label": "theirs"}]))
    Image.new("RGB", (8, 8), (200, 10, 10)).save(words / "sprite.png")
    write(words / "projector_config.pbtxt", 'embeddings { tensor_name: "w" tensor_path: "t.tsv" }')
    write(tmp_path / "outside" / "secret.tsv", SECRET)
    run = logdir / "run_a"
    write(run / "t.tsv", "1\t2\n3\t4\n5\t6\n")
    os.symlink(words / "secret.tsv", run / "link.tsv")
    os.symlink(words, run / "shared")
    entries = {
        "metadata": 'tensor_path: "t.tsv" metadata_path: "../words/secret.tsv"',
        "sprite": 'tensor_path: "t.tsv" sprite { image_path: "../words/sprite.png" '
                  'single_image_dim: 4 single_image_dim: 4 }',
        "bookmarks": 'tensor_path: "t.tsv" bookmarks_path: "../words/bookmarks.json"',
        "tensor": 'tensor_path: "../words/t.tsv"',
        "absolute": 'tensor_path: "t.tsv" metadata_path: "%s"' % (words / "secret.tsv"),
        "symlink": 'tensor_path: "t.tsv" metadata_path: "link.tsv"',
        "symlinked_folder": 'tensor_path: "t.tsv" metadata_path: "shared/secret.tsv"',
        "outside_logdir": 'tensor_path: "t.tsv" metadata_path: "../../outside/secret.tsv"',
    }
    config = write(run / "projector_config.pbtxt",
                   "".join('embeddings { tensor_name: "%s" %s }\n' % item for item in entries.items()))
    return logdir, config


ROUTE_OF = {"sprite": "sprite_image", "bookmarks": "bookmarks", "tensor": "tensor"}


def asset_response(client, name):
    return client.get("/%s?run=run_a&name=%s" % (ROUTE_OF.get(name, "metadata"), name))


@pytest.mark.parametrize("name", ["metadata", "sprite", "bookmarks", "tensor", "absolute", "symlink",
                                  "symlinked_folder", "outside_logdir"])
def test_assets_outside_the_config_folder_are_refused_by_default(two_runs, name):
    logdir, config = two_runs
    client = PluginClient(logdir)
    response = asset_response(client, name)
    assert response.status_code in (403, 422), response.get_data()  # /tensor answers a tensor's error as 422
    body = error_of(response)
    assert body["file"] == str(config)
    assert "outside the logdir" in body["error"] if name == "outside_logdir" else \
        "outside the config file's folder %s" % config.parent in body["error"]
    assert "--embproj_asset_root=logdir" in body["hint"]
    assert b"classified" not in response.get_data() and b"theirs" not in response.get_data()
    embedding = next(e for e in client.json("/info?run=run_a")["embeddings"] if e["tensorName"] == name)
    assert any(w["file"] == str(config) for w in embedding["warnings"] + [embedding["error"] or {}]), embedding


def test_asset_root_logdir_serves_other_runs_files_but_nothing_outside_the_logdir(two_runs):
    logdir, config = two_runs
    client = FlagsClient(logdir, "--embproj_asset_root=logdir")
    for name in ("metadata", "absolute", "symlink", "symlinked_folder"):
        assert asset_response(client, name).get_data(as_text=True) == SECRET, name
    assert json.loads(asset_response(client, "bookmarks").get_data()) == [{"label": "theirs"}]
    assert asset_response(client, "sprite").status_code == 200
    tensor = asset_response(client, "tensor")
    assert np.frombuffer(tensor.get_data(), "<f4").tolist() == [7, 7, 8, 8, 9, 9]
    outside = asset_response(client, "outside_logdir")
    assert outside.status_code == 403 and b"classified" not in outside.get_data()
    assert "outside the logdir" in error_of(outside)["error"]


def test_asset_root_defaults_to_the_config_folder_and_takes_only_known_values(tmp_path):
    assert tensorboard_flags(tmp_path).embproj_asset_root == "config"
    assert tensorboard_flags(tmp_path, "--embproj_asset_root", "logdir").embproj_asset_root == "logdir"
    with pytest.raises(SystemExit):
        tensorboard_flags(tmp_path, "--embproj_asset_root", "anywhere")


def test_saving_bookmarks_never_writes_outside_the_config_folder(two_runs):
    logdir, config = two_runs
    theirs = (logdir / "words" / "bookmarks.json").read_bytes()
    config_before = config.read_bytes()
    response = PluginClient(logdir, allow_writes=True).post("/bookmarks?run=run_a&name=bookmarks",
                                                            json.dumps(STATES))
    assert response.status_code == 403
    body = error_of(response)
    assert body["file"] == str(config) and "../words/bookmarks.json" in body["error"]
    assert (logdir / "words" / "bookmarks.json").read_bytes() == theirs
    assert config.read_bytes() == config_before
    assert not (logdir / "words" / "bookmarks.json.previous").exists()


def test_a_nul_byte_in_an_asset_path_is_a_clear_refusal(tmp_path):
    write(tmp_path / "t.tsv", "1\t2\n3\t4\n")
    config = write(tmp_path / "projector_config.pbtxt",
                   'embeddings { tensor_name: "t" tensor_path: "t.tsv" metadata_path: "meta\\000.tsv" }')
    client = PluginClient(tmp_path)
    assert client.json("/runs") == ["."]
    response = client.get("/metadata?run=.&name=t")
    assert response.status_code == 403
    body = error_of(response)
    assert body["file"] == str(config) and "NUL byte" in body["error"]


# ------------------------------------------------------------------------------------- checkpoints

EMB = np.arange(6, dtype=np.float32).reshape(3, 2)
SECRET_EMB = np.full((3, 2), 42, np.float32)


@pytest.fixture
def logdir_and_outside(tmp_path):
    """A logdir with a run `run`, and a checkpoint `model` (tensor "secret") outside the logdir."""
    outside = tmp_path / "outside"
    write_checkpoint(str(outside / "model"), {"secret": SECRET_EMB})
    logdir = tmp_path / "logdir"
    (logdir / "run").mkdir(parents=True)
    return logdir, outside


def assert_refused(client, named_in, refused):
    """The run lists a Problem naming `named_in` and the refused path, and serves no outside tensor."""
    info = client.json("/info?run=run")
    assert any(p["file"] == str(named_in) and str(refused) in p["error"] and "outside the logdir" in p["error"]
               for p in info["errors"]), info["errors"]
    assert "secret" not in [e["tensorName"] for e in info["embeddings"]]
    assert client.get("/tensor?run=run&name=secret").status_code == 404


def test_model_checkpoint_path_outside_the_logdir_is_refused(logdir_and_outside):
    logdir, outside = logdir_and_outside
    config = write(logdir / "run" / "projector_config.pbtxt", 'model_checkpoint_path: "../../outside/model"')
    assert_refused(PluginClient(logdir), config, logdir / "run" / "../../outside/model")


def test_absolute_model_checkpoint_path_outside_the_logdir_is_refused(logdir_and_outside):
    logdir, outside = logdir_and_outside
    config = write(logdir / "run" / "projector_config.pbtxt", 'model_checkpoint_path: "%s"' % (outside / "model"))
    assert_refused(PluginClient(logdir), config, outside / "model")


def test_model_checkpoint_dir_outside_the_logdir_is_refused(logdir_and_outside):
    logdir, outside = logdir_and_outside
    config = write(logdir / "run" / "projector_config.pbtxt", 'model_checkpoint_dir: "%s"' % outside)
    assert_refused(PluginClient(logdir), config, outside)


def test_a_state_file_naming_a_checkpoint_outside_is_refused(logdir_and_outside):
    logdir, outside = logdir_and_outside
    state = write(logdir / "run" / "checkpoint", 'model_checkpoint_path: "%s"\n' % (outside / "model"))
    assert_refused(PluginClient(logdir), state, outside / "model")


@pytest.mark.parametrize("linked", [".index", ".data-00000-of-00001"])
def test_a_checkpoint_file_symlinked_outside_is_refused(logdir_and_outside, linked):
    logdir, outside = logdir_and_outside
    write_checkpoint(str(logdir / "run" / "model"), {"secret": EMB})
    os.remove(logdir / "run" / ("model" + linked))
    os.symlink(outside / ("model" + linked), logdir / "run" / ("model" + linked))
    assert_refused(PluginClient(logdir), logdir / "run" / "checkpoint", outside / ("model" + linked))


def test_a_refused_state_file_entry_falls_back_to_a_checkpoint_inside(logdir_and_outside):
    logdir, outside = logdir_and_outside
    write_checkpoint(str(logdir / "run" / "ckpt-1"), {"secret": EMB})
    state = write(logdir / "run" / "checkpoint", 'model_checkpoint_path: "%s"\n'
                  'all_model_checkpoint_paths: "ckpt-1"\nall_model_checkpoint_paths: "%s"\n'
                  % (outside / "model", outside / "model"))
    client = PluginClient(logdir)
    info = client.json("/info?run=run")
    assert info["modelCheckpointPath"] == str(logdir / "run" / "ckpt-1")
    refusals = [p for p in info["errors"] if p["file"] == str(state)]
    assert len(refusals) == 1 and str(outside / "model") in refusals[0]["error"]
    served = client.get("/tensor?run=run&name=secret").get_data()
    assert np.frombuffer(served, "<f4").tolist() == EMB.ravel().tolist()


def test_run_dot_never_falls_back_to_the_logdirs_parent(tmp_path):
    write_checkpoint(str(tmp_path / "m-1"), {"e": SECRET_EMB})
    logdir = tmp_path / "logdir"
    write(logdir / "projector_config.pbtxt", 'embeddings { tensor_name: "e" }')
    client = PluginClient(logdir)
    info = client.json("/info?run=.")
    assert info.get("modelCheckpointPath", "") == ""
    assert "no readable checkpoint" in info["embeddings"][0]["error"]["error"]
    assert client.get("/tensor?run=.&name=e").status_code == 422


def test_a_run_inside_the_logdir_still_falls_back_to_its_parent(tmp_path):
    write_checkpoint(str(tmp_path / "parent" / "m-1"), {"e": EMB})
    write(tmp_path / "parent" / "child" / "projector_config.pbtxt", 'embeddings { tensor_name: "e" }')
    served = PluginClient(tmp_path).get("/tensor?run=parent%2Fchild&name=e").get_data()
    assert np.frombuffer(served, "<f4").tolist() == EMB.ravel().tolist()


def test_confinement_checkpoint_checks_the_index_and_every_data_shard(tmp_path):
    logdir, outside = tmp_path / "logdir", tmp_path / "outside"
    write_checkpoint(str(outside / "m"), {"e": EMB})
    write_checkpoint(str(logdir / "m"), {"e": EMB})
    confinement = Confinement(str(logdir))
    assert confinement.checkpoint(str(logdir / "m")) == str(logdir / "m")
    assert confinement.within_logdir(str(logdir / "m.index"))
    assert not confinement.within_logdir(str(outside / "m.index"))
    os.symlink(outside / "m.data-00000-of-00001", logdir / "m.data-00000-of-00002")
    with pytest.raises(PathRefused) as refused:
        confinement.checkpoint(str(logdir / "m"))
    assert refused.value.status == 403 and refused.value.problem.file == str(logdir / "m.data-00000-of-00002")
    assert not confinement.within_logdir("with\0nul")


def test_a_checkpoint_found_by_listing_names_its_own_file_when_refused(logdir_and_outside):
    logdir, outside = logdir_and_outside
    os.symlink(outside / "model.index", logdir / "run" / "model.index")
    os.symlink(outside / "model.data-00000-of-00001", logdir / "run" / "model.data-00000-of-00001")
    assert_refused(PluginClient(logdir), logdir / "run" / "model.index", outside / "model.index")
