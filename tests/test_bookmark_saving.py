"""Saving bookmarks into the logdir: only with the flag, never losing a file, clear when read-only."""
import errno
import json
import os

from embproj_plugin import atomic

from plugin_client import PluginClient

STATES = [{"label": "first view", "selectedProjection": "pca", "dataSetDimensions": [200, 5]}]


def test_saving_is_refused_without_the_flag(fixture_copy):
    logdir = fixture_copy("tsv_only")
    before = sorted(os.listdir(logdir))
    response = PluginClient(logdir).post("/bookmarks?run=.&name=tensors.tsv", json.dumps(STATES))
    assert response.status_code == 403
    assert "--embproj_allow_writes" in json.loads(response.get_data())["hint"]
    assert sorted(os.listdir(logdir)) == before


def test_saving_writes_beside_the_config_and_sets_bookmarks_path(fixture_copy):
    logdir = fixture_copy("tsv_only")
    client = PluginClient(logdir, allow_writes=True)
    assert client.json("/info?run=.")["writable"] is True
    response = client.post("/bookmarks?run=.&name=tensors.tsv", json.dumps(STATES))
    assert response.status_code == 200, response.get_data()
    saved = logdir / "tensors.tsv.bookmarks.json"
    assert json.loads(response.get_data())["saved"] == str(saved)
    assert json.loads(saved.read_text()) == STATES
    config = (logdir / "projector_config.pbtxt").read_text()
    assert 'bookmarks_path: "tensors.tsv.bookmarks.json"' in config
    assert config.count("embeddings {") == 1  # the unnamed tensor_path entry got it, no new entry
    info = client.json("/info?run=.")
    assert len(info["embeddings"]) == 1 and info["embeddings"][0]["error"] is None
    assert info["embeddings"][0]["hasBookmarks"] and info["embeddings"][0]["tensorShape"] == [200, 5]
    assert json.loads(client.get("/bookmarks?run=.&name=tensors.tsv").get_data()) == STATES


def test_saving_over_an_existing_file_keeps_the_previous_one(fixture_copy):
    logdir = fixture_copy("tf2_words")
    original = (logdir / "bookmarks.json").read_bytes()
    client = PluginClient(logdir, allow_writes=True)
    name = "embedding%2F.ATTRIBUTES%2FVARIABLE_VALUE"
    assert client.post("/bookmarks?run=.&name=" + name, json.dumps(STATES)).status_code == 200
    assert json.loads((logdir / "bookmarks.json").read_text()) == STATES
    assert (logdir / "bookmarks.json.previous").read_bytes() == original


def test_invalid_bookmarks_are_refused_and_nothing_is_written(fixture_copy):
    logdir = fixture_copy("tsv_only")
    before = sorted(os.listdir(logdir))
    response = PluginClient(logdir, allow_writes=True).post("/bookmarks?run=.&name=tensors.tsv", "{not json")
    assert response.status_code == 422
    assert sorted(os.listdir(logdir)) == before


def test_read_only_logdir_gives_a_clear_message(fixture_copy, monkeypatch):
    logdir = fixture_copy("tsv_only")
    os.chmod(logdir, 0o555)
    if os.geteuid() == 0:  # root may write into a 0555 folder: make the file system say no instead
        def read_only(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied", str(logdir))
        monkeypatch.setattr(atomic.tempfile, "mkstemp", read_only)
    try:
        response = PluginClient(logdir, allow_writes=True).post("/bookmarks?run=.&name=tensors.tsv",
                                                                json.dumps(STATES))
    finally:
        os.chmod(logdir, 0o755)
    assert response.status_code == 403
    body = json.loads(response.get_data())
    assert body["file"] == str(logdir) and "read-only" in body["hint"] and "Permission denied" in body["error"]
    assert not (logdir / "tensors.tsv.bookmarks.json").exists()
