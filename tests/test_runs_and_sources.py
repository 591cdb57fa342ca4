"""Where runs, checkpoints and tensors are found, beyond what the built-in projector reads."""
import os
import shutil
import time

import numpy as np
import pytest

from embproj_plugin import catalog as catalog_module
from embproj_plugin.checkpoint import write_checkpoint
from plugin_client import PluginClient


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def tensor_of(client, run, name):
    response = client.get("/tensor?run=%s&name=%s" % (run, name.replace("/", "%2F")))
    assert response.status_code == 200, response.get_data(as_text=True)
    n, d = map(int, response.headers["X-Embproj-Shape"].split(","))
    return np.frombuffer(response.get_data(), "<f4").reshape(n, d)


def names_in(client, run):
    return [e["tensorName"] for e in client.json("/info?run=%s" % run)["embeddings"]]


def test_config_in_the_plugin_assets_folder_belongs_to_its_run_and_wins(tmp_path):
    values = np.random.rand(6, 3).astype(np.float32)
    assets = tmp_path / "run1" / "plugins" / "org_tensorflow_tensorboard_projector"
    assets.mkdir(parents=True)
    np.save(tmp_path / "run1" / "x.npy", values)
    shutil.copy(tmp_path / "run1" / "x.npy", assets / "x.npy")
    write(tmp_path / "run1" / "projector_config.pbtxt", 'embeddings { tensor_name: "ignored" tensor_path: "x.npy" }')
    write(assets / "projector_config.pbtxt", 'embeddings { tensor_name: "from_assets" tensor_path: "x.npy" }')
    client = PluginClient(tmp_path)
    assert client.json("/runs") == ["run1"]
    assert names_in(client, "run1") == ["from_assets"]
    np.testing.assert_array_equal(tensor_of(client, "run1", "from_assets"), values)


def test_a_directory_holding_only_a_checkpoint_is_a_run(tmp_path):
    emb = np.random.rand(7, 4).astype(np.float32)
    write_checkpoint(str(tmp_path / "a" / "b" / "model.ckpt-5"), {"emb": emb, "bias": np.zeros(4, np.float32)})
    client = PluginClient(tmp_path)
    assert client.json("/runs") == ["a/b"]
    info = client.json("/info?run=a%2Fb")
    assert [e["tensorName"] for e in info["embeddings"]] == ["emb"]  # bias is 1-D: skipped
    assert info["modelCheckpointPath"] == str(tmp_path / "a" / "b" / "model.ckpt-5")
    np.testing.assert_array_equal(tensor_of(client, "a%2Fb", "emb"), emb)


def test_optimizer_slots_and_non_2d_variables_are_skipped_and_every_dtype_served_as_float32(tmp_path):
    rng = np.random.default_rng(0)
    tensors = {
        "f16": rng.standard_normal((5, 3)).astype(np.float16),
        "f64": rng.standard_normal((5, 3)),
        "i8": rng.integers(-100, 100, (5, 3)).astype(np.int8),
        "i16": rng.integers(-1000, 1000, (5, 3)).astype(np.int16),
        "i32": rng.integers(-10**6, 10**6, (5, 3)).astype(np.int32),
        "i64": rng.integers(-10**6, 10**6, (5, 3)).astype(np.int64),
        "u8": rng.integers(0, 255, (5, 3)).astype(np.uint8),
        "emb/.OPTIMIZER_SLOT/opt/m/.ATTRIBUTES/VARIABLE_VALUE": np.zeros((5, 3), np.float32),
        "cube": np.zeros((2, 2, 2), np.float32),
    }
    write_checkpoint(str(tmp_path / "ckpt-1"), tensors)
    client = PluginClient(tmp_path)
    info = client.json("/info?run=.")
    by_name = {e["tensorName"]: e for e in info["embeddings"]}
    assert set(by_name) == {"f16", "f64", "i8", "i16", "i32", "i64", "u8"}
    for name, embedding in by_name.items():
        assert embedding["dtype"] == tensors[name].dtype.name and embedding["source"] == "checkpoint"
        np.testing.assert_array_equal(tensor_of(client, ".", name), tensors[name].astype(np.float32))


def test_checkpoint_lookup_relative_dir_parent_and_moved(tmp_path):
    emb = np.random.rand(3, 2).astype(np.float32)
    # model_checkpoint_path relative to the config's folder.
    write_checkpoint(str(tmp_path / "rel" / "ckpts" / "m-1"), {"e": emb}, update_state=False)
    write(tmp_path / "rel" / "projector_config.pbtxt", 'model_checkpoint_path: "ckpts/m-1"')
    # model_checkpoint_dir: the latest checkpoint in it (the built-in ignores this field).
    write_checkpoint(str(tmp_path / "bydir" / "saved" / "m-1"), {"e": emb})
    write_checkpoint(str(tmp_path / "bydir" / "saved" / "m-2"), {"e": emb * 2})
    write(tmp_path / "bydir" / "projector_config.pbtxt", 'model_checkpoint_dir: "saved"')
    # Empty model_checkpoint_path: the latest checkpoint of the config's folder, else its parent.
    write_checkpoint(str(tmp_path / "parent" / "m-9"), {"e": emb * 9})
    write(tmp_path / "parent" / "child" / "projector_config.pbtxt", 'embeddings { tensor_name: "e" }')
    # Written on another machine: absolute paths that no longer exist, files beside the config.
    write_checkpoint(str(tmp_path / "moved" / "m-3"), {"e": emb * 3})
    write(tmp_path / "moved" / "meta.tsv", "a\nb\nc\n")
    write(tmp_path / "moved" / "projector_config.pbtxt",
          'model_checkpoint_path: "/old/machine/logs/m-3"\n'
          'embeddings { tensor_name: "e" metadata_path: "/old/machine/logs/meta.tsv" }')
    client = PluginClient(tmp_path)
    assert set(client.json("/runs")) >= {"rel", "bydir", "parent", "parent/child", "moved"}
    np.testing.assert_array_equal(tensor_of(client, "rel", "e"), emb)
    np.testing.assert_array_equal(tensor_of(client, "bydir", "e"), emb * 2)
    np.testing.assert_array_equal(tensor_of(client, "parent%2Fchild", "e"), emb * 9)
    np.testing.assert_array_equal(tensor_of(client, "moved", "e"), emb * 3)
    assert client.get("/metadata?run=moved&name=e").get_data(as_text=True) == "a\nb\nc\n"


def test_a_missing_named_checkpoint_is_reported(tmp_path):
    config = write(tmp_path / "projector_config.pbtxt", 'model_checkpoint_path: "nowhere/m-1"')
    info = PluginClient(tmp_path).json("/info?run=.")
    assert info["errors"][0]["file"] == str(config) and "names no checkpoint" in info["errors"][0]["error"]


def test_an_unnamed_first_entry_lends_metadata_to_checkpoint_tensors(tmp_path):
    write_checkpoint(str(tmp_path / "m-1"), {"a": np.ones((2, 2), np.float32), "b": np.ones((2, 3), np.float32)})
    write(tmp_path / "labels.tsv", "x\ny\n")
    write(tmp_path / "projector_config.pbtxt", 'embeddings { metadata_path: "labels.tsv" }')
    client = PluginClient(tmp_path)
    info = client.json("/info?run=.")
    assert [(e["tensorName"], e.get("metadataPath")) for e in info["embeddings"]] == [
        ("a", "labels.tsv"), ("b", "labels.tsv")]
    assert client.get("/metadata?run=.&name=b").get_data(as_text=True) == "x\ny\n"


def test_raw_float32_npy_and_npz_tensor_files(tmp_path):
    values = np.random.rand(10, 4).astype(np.float32)
    values.tofile(tmp_path / "raw.bytes")
    np.save(tmp_path / "v.npy", values.astype(np.float64))
    np.savez(tmp_path / "v.npz", embeddings=values, labels=np.arange(10))
    write(tmp_path / "projector_config.pbtxt",
          'embeddings { tensor_name: "raw" tensor_path: "raw.bytes" tensor_shape: 10 tensor_shape: 4 }\n'
          'embeddings { tensor_path: "v.npy" }\n'
          'embeddings { tensor_path: "v.npz" }\n')
    client = PluginClient(tmp_path)
    info = client.json("/info?run=.")
    assert [(e["tensorName"], e["source"], e["tensorShape"]) for e in info["embeddings"]] == [
        ("raw", "raw", [10, 4]), ("v.npy", "npy", [10, 4]), ("v.npz", "npz", [10, 4])]
    for name in ("raw", "v.npy", "v.npz"):
        np.testing.assert_array_equal(tensor_of(client, ".", name), values)


def test_config_changes_are_picked_up_by_mtime(tmp_path):
    write(tmp_path / "t.tsv", "1\t2\n3\t4\n")
    config = write(tmp_path / "projector_config.pbtxt", 'embeddings { tensor_name: "one" tensor_path: "t.tsv" }')
    client = PluginClient(tmp_path)
    assert names_in(client, ".") == ["one"]
    config.write_text('embeddings { tensor_name: "two" tensor_path: "t.tsv" }')
    later = time.time() + 5
    os.utime(config, (later, later))
    assert names_in(client, ".") == ["two"]


def test_is_active_does_not_walk_the_logdir_on_every_call(tmp_path, monkeypatch):
    write(tmp_path / "t.tsv", "1\t2\n")
    write(tmp_path / "projector_config.pbtxt", 'embeddings { tensor_path: "t.tsv" }')
    walks = []
    real_find_runs = catalog_module.find_runs
    monkeypatch.setattr(catalog_module, "find_runs", lambda logdir: walks.append(1) or real_find_runs(logdir))
    plugin = PluginClient(tmp_path).plugin
    assert all(plugin.is_active() for _ in range(100))
    assert len(walks) == 1


def test_no_logdir_means_inactive():
    from tensorboard.plugins import base_plugin
    from embproj_plugin.plugin import EmbprojPlugin

    assert EmbprojPlugin(base_plugin.TBContext(logdir="")).is_active() is False


def test_a_tsv_whose_size_equals_the_raw_size_is_still_read_as_text(tmp_path):
    write(tmp_path / "t.txt.bin", "1.5\t2.5\n" * 3)  # 24 bytes = 3 x 2 x 4, like a raw float32 file
    write(tmp_path / "projector_config.pbtxt",
          'embeddings { tensor_name: "t" tensor_path: "t.txt.bin" tensor_shape: 3 tensor_shape: 2 }')
    client = PluginClient(tmp_path)
    assert client.json("/info?run=.")["embeddings"][0]["source"] == "tsv"
    np.testing.assert_array_equal(tensor_of(client, ".", "t"), np.tile([1.5, 2.5], (3, 1)).astype(np.float32))


def test_listing_runs_reads_no_tensor_values(tmp_path, monkeypatch):
    from embproj_plugin import run_loader

    write_checkpoint(str(tmp_path / "a" / "m-1"), {"e": np.ones((4, 2), np.float32)})
    write_checkpoint(str(tmp_path / "b" / "m-1"), {"e": np.ones((4, 2), np.float32)})
    reads = []
    real_check = run_loader._check_values
    monkeypatch.setattr(run_loader, "_check_values", lambda embedding: reads.append(1) or real_check(embedding))
    plugin = PluginClient(tmp_path)
    assert plugin.json("/runs") == ["a", "b"]
    assert reads == []
    plugin.json("/info?run=a")
    assert len(reads) == 1  # only the run asked about, once
    plugin.json("/info?run=a")
    assert len(reads) == 1


def test_metadata_has_an_etag_that_changes_when_the_file_does(fixture_copy):
    logdir = fixture_copy("tsv_only")
    client = PluginClient(logdir)
    first = client.get("/metadata?run=.&name=tensors.tsv")
    etag = first.headers["ETag"]
    assert client.get("/metadata?run=.&name=tensors.tsv", headers={"If-None-Match": etag}).status_code == 304
    metadata = logdir / "metadata.tsv"
    metadata.write_text(metadata.read_text().replace("alpha", "ALPHA"))
    later = time.time() + 5
    os.utime(metadata, (later, later))
    second = client.get("/metadata?run=.&name=tensors.tsv", headers={"If-None-Match": etag})
    assert second.status_code == 200 and "ALPHA" in second.get_data(as_text=True)
    assert second.headers["ETag"] != etag
