"""The same tensor over training: several checkpoints of one variable, or PyTorch's tag:step names."""
import json

import numpy as np

from plugin_client import PluginClient

EMB = "emb/.ATTRIBUTES/VARIABLE_VALUE"


def expected(logdir_source, checkpoint, name):
    folder = logdir_source / "run_a" / "_expected" / checkpoint
    manifest = json.loads((folder / "manifest.json").read_text())
    return np.load(folder / manifest[name]["npy"]).astype(np.float32)


def test_every_saved_checkpoint_of_a_variable_is_a_step(fixture_copy):
    from shared_fixtures import SHARED_FIXTURES

    client = PluginClient(fixture_copy("multi_run"))
    info = client.json("/info?run=run_a")
    emb = next(e for e in info["embeddings"] if e["tensorName"] == EMB)
    assert (emb["tag"], emb["step"], emb["checkpointSteps"]) == (EMB, 3, [1, 2, 3])
    for step in (1, 2, 3):
        response = client.get("/tensor?run=run_a&name=%s&step=%d" % (EMB.replace("/", "%2F"), step))
        assert response.status_code == 200
        served = np.frombuffer(response.get_data(), "<f4").reshape(60, 6)
        np.testing.assert_array_equal(served, expected(SHARED_FIXTURES / "multi_run", "ckpt-%d" % step, EMB))
    missing = client.get("/tensor?run=run_a&name=%s&step=7" % EMB.replace("/", "%2F"))
    assert missing.status_code == 404 and "Steps saved: 1, 2, 3" in json.loads(missing.get_data())["hint"]


def test_pytorch_tag_and_step_names(fixture_copy):
    info = PluginClient(fixture_copy("torch_writer")).json("/info?run=.")
    assert [(e["tag"], e["step"]) for e in info["embeddings"]] == [("plain", 0), ("with_images", 3), ("no_meta", 5)]
