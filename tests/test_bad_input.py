"""Bad input never crashes and never hides: each broken file gets a message naming it and the problem.

Every case is a real broken file on disk (most derived from the shared TensorFlow-written fixtures).
"""
import json
import os

import numpy as np
from PIL import Image

from plugin_client import PluginClient


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def info_of(client, run):
    return client.json("/info?run=%s" % run)


def embedding_of(info, name):
    return next(e for e in info["embeddings"] if e["tensorName"] == name)


def error_json(response):
    body = json.loads(response.get_data())
    assert set(body) == {"error", "file", "hint"}
    return body


def test_malformed_config_is_listed_with_its_error_and_other_runs_still_work(tmp_path, fixture_copy):
    logdir = tmp_path / "logdir"
    logdir.mkdir()
    os.rename(fixture_copy("tsv_only"), logdir / "good")
    config = write(logdir / "bad" / "projector_config.pbtxt", 'embeddings { tensor_name: "x" metadata_path: }\n')
    client = PluginClient(logdir)
    assert set(client.json("/runs")) == {"good", "bad"}
    info = info_of(client, "bad")
    assert info["errors"] and info["errors"][0]["file"] == str(config)
    assert "malformed projector config" in info["errors"][0]["error"]
    assert "1:" in info["errors"][0]["error"]  # the line number
    assert client.get("/tensor?run=good&name=tensors.tsv").status_code == 200


def test_truncated_checkpoint_index_is_reported_on_the_run(fixture_copy):
    logdir = fixture_copy("tf2_words")
    index = logdir / "embedding.ckpt-1.index"
    index.write_bytes(index.read_bytes()[:-20])
    client = PluginClient(logdir)
    assert client.json("/runs") == ["."]
    info = info_of(client, ".")
    assert any(e["file"] == str(index) and "checkpoint cannot be read" in e["error"] for e in info["errors"]), info
    response = client.get("/tensor?run=.&name=embedding%2F.ATTRIBUTES%2FVARIABLE_VALUE")
    assert response.status_code in (404, 422)


def test_corrupt_checkpoint_data_fails_its_crc_and_names_the_tensor(fixture_copy):
    logdir = fixture_copy("tf2_words")
    data = next(logdir.glob("embedding.ckpt-1.data-*"))
    raw = bytearray(data.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    data.write_bytes(bytes(raw))
    client = PluginClient(logdir)
    info = info_of(client, ".")
    broken = [e for e in info["embeddings"] if e["error"]]
    assert broken, info
    assert all("crc" in e["error"]["error"].lower() for e in broken)
    response = client.get("/tensor?run=.&name=%s" % broken[0]["tensorName"].replace("/", "%2F"))
    assert response.status_code == 422
    body = error_json(response)
    assert body["file"] == str(data) and broken[0]["tensorName"] in body["error"]


def test_metadata_with_wrong_row_count_is_served_with_a_warning(fixture_copy):
    logdir = fixture_copy("tsv_only")
    metadata = logdir / "metadata.tsv"
    lines = metadata.read_text().splitlines(keepends=True)
    metadata.write_text("".join(lines[:-5]))
    client = PluginClient(logdir)
    embedding = embedding_of(info_of(client, "."), "tensors.tsv")
    assert embedding["hasMetadata"]
    warning = embedding["warnings"][0]
    assert warning["file"] == str(metadata)
    assert "195 data rows" in warning["error"] and "200 rows" in warning["error"]
    assert client.get("/metadata?run=.&name=tensors.tsv").get_data(as_text=True) == "".join(lines[:-5])


def test_nan_and_inf_values_are_served_unchanged_with_a_warning(tmp_path):
    values = np.arange(12, dtype=np.float32).reshape(4, 3)
    values[1, 2], values[3, 0] = np.nan, np.inf
    np.save(tmp_path / "t.npy", values)
    write(tmp_path / "projector_config.pbtxt", 'embeddings { tensor_name: "t" tensor_path: "t.npy" }')
    client = PluginClient(tmp_path)
    embedding = embedding_of(info_of(client, "."), "t")
    assert "2 of 4 rows hold NaN or Inf (first: row 1)" in embedding["warnings"][0]["error"]
    served = np.frombuffer(client.get("/tensor?run=.&name=t").get_data(), dtype="<f4").reshape(4, 3)
    np.testing.assert_array_equal(served, values)


def test_tensors_that_are_not_2d_are_refused_with_their_shape(tmp_path):
    np.save(tmp_path / "flat.npy", np.zeros(5, np.float32))
    np.save(tmp_path / "cube.npy", np.zeros((2, 3, 4), np.float32))
    write(tmp_path / "projector_config.pbtxt",
          'embeddings { tensor_name: "flat" tensor_path: "flat.npy" }\n'
          'embeddings { tensor_name: "cube" tensor_path: "cube.npy" }\n')
    client = PluginClient(tmp_path)
    info = info_of(client, ".")
    assert "1-D with shape [5]" in embedding_of(info, "flat")["error"]["error"]
    assert "3-D with shape [2, 3, 4]" in embedding_of(info, "cube")["error"]["error"]
    response = client.get("/tensor?run=.&name=cube")
    assert response.status_code == 422 and error_json(response)["file"] == str(tmp_path / "cube.npy")


def test_asset_paths_escaping_the_logdir_are_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    write(outside / "secret.tsv", "s\n" * 3)
    logdir = tmp_path / "logdir"
    logdir.mkdir()
    write(logdir / "t.tsv", "1\t2\n3\t4\n5\t6\n")
    os.symlink(outside / "secret.tsv", logdir / "link.tsv")
    (logdir / "%2e%2e").mkdir()
    cases = {
        "dotdot": "../outside/secret.tsv",
        "absolute": str(outside / "secret.tsv"),
        "symlink": "link.tsv",
        "encoded": "%2e%2e/outside/secret.tsv",
    }
    config = "".join('embeddings { tensor_name: "%s" tensor_path: "t.tsv" metadata_path: "%s" }\n' % item
                     for item in cases.items())
    write(logdir / "projector_config.pbtxt", config)
    client = PluginClient(logdir)
    info = info_of(client, ".")
    for name, raw in cases.items():
        embedding = embedding_of(info, name)
        assert not embedding["hasMetadata"], name
        assert any(raw in w["error"] and "outside the logdir" in w["error"] or "climbs out" in w["error"]
                   for w in embedding["warnings"]), (name, embedding["warnings"])
        response = client.get("/metadata?run=.&name=%s" % name)
        assert response.status_code == 403, name
        assert b"s\n" not in response.get_data()


def test_oversized_sprite_is_refused_with_its_size(tmp_path):
    write(tmp_path / "t.tsv", "1\t2\n" * 4)
    Image.new("RGB", (8200, 8)).save(tmp_path / "sprite.png")
    write(tmp_path / "projector_config.pbtxt",
          'embeddings { tensor_name: "t" tensor_path: "t.tsv" '
          'sprite { image_path: "sprite.png" single_image_dim: 8 single_image_dim: 8 } }')
    client = PluginClient(tmp_path)
    embedding = embedding_of(info_of(client, "."), "t")
    assert not embedding["hasSprite"]
    assert "8200x8 px" in embedding["warnings"][0]["error"]
    response = client.get("/sprite_image?run=.&name=t")
    assert response.status_code == 422 and error_json(response)["file"] == str(tmp_path / "sprite.png")


def test_non_utf8_metadata_is_read_as_latin1_without_losing_rows(tmp_path):
    write(tmp_path / "t.tsv", "1\t2\n" * 3)
    (tmp_path / "meta.tsv").write_bytes("caf\xe9\nna\xefve\nplain\n".encode("latin-1"))
    write(tmp_path / "projector_config.pbtxt",
          'embeddings { tensor_name: "t" tensor_path: "t.tsv" metadata_path: "meta.tsv" }')
    client = PluginClient(tmp_path)
    embedding = embedding_of(info_of(client, "."), "t")
    assert embedding["hasMetadata"]
    assert "not UTF-8 (first bad byte 0xe9 on line 1)" in embedding["warnings"][0]["error"]
    response = client.get("/metadata?run=.&name=t")
    assert response.get_data() == "caf\xe9\nna\xefve\nplain\n".encode("latin-1")  # the file's own bytes
    assert response.headers["Content-Type"] == "text/plain; charset=iso-8859-1"
    assert response.get_data().decode("iso-8859-1") == "café\nnaïve\nplain\n"


def test_ragged_and_non_numeric_tensor_tsv_name_the_row(tmp_path):
    write(tmp_path / "ragged.tsv", "1\t2\n3\n")
    write(tmp_path / "words.tsv", "1\t2\n3\tfour\n")
    write(tmp_path / "projector_config.pbtxt",
          'embeddings { tensor_name: "ragged" tensor_path: "ragged.tsv" }\n'
          'embeddings { tensor_name: "words" tensor_path: "words.tsv" }\n')
    info = info_of(PluginClient(tmp_path), ".")
    assert "row 2 has 1 values but row 1 has 2" in embedding_of(info, "ragged")["error"]["error"]
    assert "row 2 holds a value that is not a number" in embedding_of(info, "words")["error"]["error"]


def test_bad_parameters_and_unknown_names_get_json_errors(fixture_copy):
    client = PluginClient(fixture_copy("tsv_only"))
    assert client.get("/tensor?run=.&name=tensors.tsv&num_rows=abc").status_code == 400
    assert client.get("/tensor?name=tensors.tsv").status_code == 400
    assert client.get("/info?run=nope").status_code == 404
    missing = client.get("/tensor?run=.&name=nope")
    assert missing.status_code == 404 and "nope" in error_json(missing)["error"]
