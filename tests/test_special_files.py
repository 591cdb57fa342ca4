"""A FIFO or a device named like a config, a checkpoint state file or a bookmarks file is refused at
once: it never blocks the server (a FIFO with no writer) nor reads forever (/dev/zero)."""
import os
import threading

import numpy as np
import pytest

from embproj_plugin.bookmarks import read_bookmarks
from embproj_plugin.checkpoint import CheckpointError, write_checkpoint
from embproj_plugin.checkpoint.state import read_checkpoint_state
from embproj_plugin.file_access import NotRegularFile
from plugin_client import PluginClient

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
EMB = np.arange(6, dtype=np.float32).reshape(3, 2)


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def within_seconds(call, fifos, seconds=20):
    """call()'s result (or exception); fails (after unblocking any reader stuck on `fifos`) if it takes longer."""
    result = {}

    def run():
        try:
            result["value"] = call()
        except Exception as e:  # pylint: disable=broad-except  # re-raised in the test's thread
            result["error"] = e

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        for fifo in fifos:  # a writer that closes at once ends the blocked open() and read()
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("blocked on a FIFO for %d s" % seconds)
    if "error" in result:
        raise result["error"]
    return result["value"]


def test_a_fifo_named_like_a_config_is_refused_without_blocking(tmp_path):
    write(tmp_path / "good" / "t.tsv", "1\t2\n")
    write(tmp_path / "good" / "projector_config.pbtxt", 'embeddings { tensor_name: "t" tensor_path: "t.tsv" }')
    fifo = tmp_path / "piped" / "projector_config.pbtxt"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    client = PluginClient(tmp_path)
    assert within_seconds(lambda: client.json("/runs"), [fifo]) == ["good", "piped"]
    errors = client.json("/info?run=piped")["errors"]
    assert errors[0]["file"] == str(fifo) and "FIFO" in errors[0]["error"]


def test_a_config_symlinked_to_dev_zero_is_refused_without_reading(tmp_path):
    os.symlink("/dev/zero", tmp_path / "projector_config.pbtxt")
    errors = PluginClient(tmp_path).json("/info?run=.")["errors"]
    assert errors[0]["file"] == str(tmp_path / "projector_config.pbtxt")
    assert "character device" in errors[0]["error"]


def test_a_fifo_named_like_a_checkpoint_state_file_is_passed_over(tmp_path):
    write_checkpoint(str(tmp_path / "model.ckpt-1"), {"e": EMB}, update_state=False)
    os.mkfifo(tmp_path / "checkpoint")
    client = PluginClient(tmp_path)
    info = within_seconds(lambda: client.json("/info?run=."), [tmp_path / "checkpoint"])
    assert info["modelCheckpointPath"] == str(tmp_path / "model.ckpt-1")
    with pytest.raises(CheckpointError) as refused:
        read_checkpoint_state(str(tmp_path))
    assert refused.value.path == str(tmp_path / "checkpoint") and "FIFO" in refused.value.problem


def test_bookmarks_are_read_only_from_a_regular_file(tmp_path):
    os.mkfifo(tmp_path / "bookmarks.json")
    os.symlink("/dev/zero", tmp_path / "zero.json")
    for path in (tmp_path / "bookmarks.json", tmp_path / "zero.json"):
        with pytest.raises(NotRegularFile):
            within_seconds(lambda p=path: read_bookmarks(str(p)), [path])
