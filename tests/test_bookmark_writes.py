"""Saving bookmarks safely: bounded bodies, one file per tensor, no leftovers after a killed save, a
backup that is never half written, and JSON too deep to parse answered as a client error."""
import io
import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from werkzeug import test as werkzeug_test
from werkzeug import wrappers

from embproj_plugin import bookmarks as bookmarks_module
from embproj_plugin.bookmark_saving import MAX_BOOKMARKS_POST_BYTES, read_request_body
from embproj_plugin.checkpoint import write_checkpoint
from embproj_plugin.errors import EmbprojError
from plugin_client import PluginClient

STATES = [{"label": "first view", "selectedProjection": "pca", "dataSetDimensions": [4, 3]}]
DEEP = b"[" * 100000


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def error_of(response):
    body = json.loads(response.get_data())
    assert set(body) == {"error", "file", "hint"}
    return body


def states_for(label):
    return [dict(STATES[0], label=label)]


# --------------------------------------------------------------------------------------- body size

class EndlessBody(io.RawIOBase):
    """A request body that never ends (a chunked upload without a declared length); counts what is read."""

    def __init__(self):
        self.served = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        buffer[:] = b" " * len(buffer)
        self.served += len(buffer)
        return len(buffer)


def test_a_body_over_the_cap_is_refused_before_it_is_read_whole():
    declared = wrappers.Request(werkzeug_test.EnvironBuilder(method="POST", data=b"x" * 1001).get_environ())
    with pytest.raises(EmbprojError) as refused:
        read_request_body(declared, cap=1000)
    assert refused.value.status == 413 and "1001 bytes sent" in refused.value.problem.error

    endless = EndlessBody()
    environ = werkzeug_test.EnvironBuilder(method="POST").get_environ()
    environ.update({"wsgi.input": endless, "wsgi.input_terminated": True})
    environ.pop("CONTENT_LENGTH", None)
    with pytest.raises(EmbprojError) as refused:
        read_request_body(wrappers.Request(environ), cap=1000)
    assert refused.value.status == 413 and endless.served <= 1001 + io.DEFAULT_BUFFER_SIZE

    exact = wrappers.Request(werkzeug_test.EnvironBuilder(method="POST", data=b"y" * 1000).get_environ())
    assert read_request_body(exact, cap=1000) == b"y" * 1000


def test_the_cap_fits_three_full_size_3d_bookmarks_of_100k_points():
    points = 100_000
    rng = np.random.default_rng(0)
    state = dict(STATES[0], dataSetDimensions=[points, 50], shuffledDataIndices=list(range(points)),
                 projections=[{"pca-0": float(x), "pca-1": float(y), "pca-2": float(z)}
                              for x, y, z in rng.standard_normal((points, 3))])
    assert len(json.dumps([state] * 3).encode()) < MAX_BOOKMARKS_POST_BYTES


def test_saving_a_body_over_the_cap_answers_413_and_writes_nothing(fixture_copy):
    logdir = fixture_copy("tsv_only")
    before = sorted(os.listdir(logdir))
    body = json.dumps(STATES).encode() + b" " * MAX_BOOKMARKS_POST_BYTES
    response = PluginClient(logdir, allow_writes=True).post("/bookmarks?run=.&name=tensors.tsv", body)
    assert response.status_code == 413
    assert "32.0 MiB" in error_of(response)["error"]
    assert sorted(os.listdir(logdir)) == before


# ------------------------------------------------------------------------------------- file names

@pytest.fixture
def alike_names(tmp_path):
    """A checkpoint whose tensor names all sanitise to "emb_a" (or are very long)."""
    long_name = "layer/" * 50 + "embedding"
    tensors = {name: np.ones((4, 3), np.float32) * i
               for i, name in enumerate(["emb/a", "emb_a", "emb a", long_name, "x" * 300])}
    write_checkpoint(str(tmp_path / "m-1"), tensors)
    return tmp_path, list(tensors)


def test_tensors_whose_names_sanitise_alike_keep_their_own_bookmarks(alike_names):
    logdir, names = alike_names
    client = PluginClient(logdir, allow_writes=True)
    saved = {}
    for name in names:
        response = client.post("/bookmarks?run=.&name=%s" % name.replace("/", "%2F"), json.dumps(states_for(name)))
        assert response.status_code == 200, (name, response.get_data())
        saved[name] = json.loads(response.get_data())["saved"]
    assert len(set(saved.values())) == len(names)
    assert os.path.basename(saved["emb_a"]) == "emb_a.bookmarks.json"  # a clean name is kept as it is
    assert all(len(os.path.basename(path).encode()) <= 120 for path in saved.values())
    reloaded = PluginClient(logdir)
    for name in names:
        response = reloaded.get("/bookmarks?run=.&name=%s" % name.replace("/", "%2F"))
        assert json.loads(response.get_data()) == states_for(name), name


# ------------------------------------------------------------------------------- crash leftovers

KILLED_SAVE = """
import os, signal, sys
from embproj_plugin.atomic import atomic_output
with atomic_output(sys.argv[1]) as f:
    f.write(b'[{"label": "half')
    f.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


def temporaries_of(directory):
    return sorted(n for n in os.listdir(directory) if n.endswith(".tmp"))


def test_a_killed_saves_leftover_temporary_file_is_removed_by_the_next_save(fixture_copy):
    logdir = fixture_copy("tf2_words")
    target = logdir / "bookmarks.json"
    killed = subprocess.run([sys.executable, "-c", KILLED_SAVE, str(target)], check=False)
    assert killed.returncode == -signal.SIGKILL
    leftovers = temporaries_of(logdir)
    assert len(leftovers) == 1 and leftovers[0].startswith(".bookmarks.json.")
    an_hour_ago = time.time() - 3600
    os.utime(logdir / leftovers[0], (an_hour_ago, an_hour_ago))
    in_progress = write(logdir / ".bookmarks.json.abcd1234.tmp", "another save, being written now")
    name = "embedding%2F.ATTRIBUTES%2FVARIABLE_VALUE"
    response = PluginClient(logdir, allow_writes=True).post("/bookmarks?run=.&name=" + name, json.dumps(STATES))
    assert response.status_code == 200, response.get_data()
    assert temporaries_of(logdir) == [in_progress.name]
    assert json.loads(target.read_text()) == STATES


def test_the_previous_file_is_replaced_whole_never_written_through(fixture_copy, tmp_path):
    logdir = fixture_copy("tf2_words")
    original = (logdir / "bookmarks.json").read_bytes()
    elsewhere = write(tmp_path / "elsewhere.json", "not yours to overwrite")
    os.symlink(elsewhere, logdir / "bookmarks.json.previous")
    name = "embedding%2F.ATTRIBUTES%2FVARIABLE_VALUE"
    response = PluginClient(logdir, allow_writes=True).post("/bookmarks?run=.&name=" + name, json.dumps(STATES))
    assert response.status_code == 200, response.get_data()
    assert elsewhere.read_text() == "not yours to overwrite"
    assert not os.path.islink(logdir / "bookmarks.json.previous")
    assert (logdir / "bookmarks.json.previous").read_bytes() == original


def test_a_backup_that_fails_midway_leaves_both_files_as_they_were(fixture_copy, monkeypatch):
    logdir = fixture_copy("tf2_words")
    client = PluginClient(logdir, allow_writes=True)
    name = "embedding%2F.ATTRIBUTES%2FVARIABLE_VALUE"
    assert client.post("/bookmarks?run=.&name=" + name, json.dumps(states_for("one"))).status_code == 200
    previous = (logdir / "bookmarks.json.previous").read_bytes()
    monkeypatch.setattr(bookmarks_module, "_COPY_CHUNK", 16)
    real_read_at = bookmarks_module.OpenFile.read_at

    def disk_fails_after_the_first_piece(self, offset, size):
        if offset:
            raise OSError(5, "Input/output error")
        return real_read_at(self, offset, size)

    monkeypatch.setattr(bookmarks_module.OpenFile, "read_at", disk_fails_after_the_first_piece)
    response = client.post("/bookmarks?run=.&name=" + name, json.dumps(states_for("two")))
    assert response.status_code == 500 and "Input/output error" in error_of(response)["error"]
    assert (logdir / "bookmarks.json.previous").read_bytes() == previous
    assert json.loads((logdir / "bookmarks.json").read_text()) == states_for("one")
    assert temporaries_of(logdir) == []


# ---------------------------------------------------------------------------------- deep nesting

def test_a_posted_json_nested_too_deep_is_a_400(fixture_copy):
    logdir = fixture_copy("tsv_only")
    before = sorted(os.listdir(logdir))
    response = PluginClient(logdir, allow_writes=True).post("/bookmarks?run=.&name=tensors.tsv", DEEP)
    assert response.status_code == 400
    assert "deeper than this server parses" in error_of(response)["error"]
    assert sorted(os.listdir(logdir)) == before


def test_a_bookmarks_file_nested_too_deep_is_refused_and_the_logdir_still_lists(tmp_path, fixture_copy):
    logdir = tmp_path / "logdir"
    logdir.mkdir()
    os.rename(fixture_copy("tsv_only"), logdir / "good")
    write(logdir / "deep" / "t.tsv", "1\t2\n3\t4\n")
    deep = logdir / "deep" / "bookmarks.json"
    deep.write_bytes(DEEP)
    write(logdir / "deep" / "projector_config.pbtxt",
          'embeddings { tensor_name: "t" tensor_path: "t.tsv" bookmarks_path: "bookmarks.json" }')
    client = PluginClient(logdir)
    assert client.json("/runs") == ["deep", "good"]
    embedding = client.json("/info?run=deep")["embeddings"][0]
    assert not embedding["hasBookmarks"] and embedding["warnings"][0]["file"] == str(deep)
    response = client.get("/bookmarks?run=deep&name=t")
    assert response.status_code == 422
    body = error_of(response)
    assert body["file"] == str(deep) and "deeper than this server parses" in body["error"]
