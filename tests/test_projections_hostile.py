"""Hostile layout files: each is reported per layout with {error, file, hint} in /info and answered
4xx by /projection, never a 500; the tensor and the other layouts are still served."""
import os

import numpy as np
import pytest

from embproj_plugin import log_embedding, projections
from plugin_client import PluginClient

ENTRY = os.path.join("plugins", "embproj", "words", "00003")
ROWS = 6


@pytest.fixture
def logdir(tmp_path):
    log_embedding(tmp_path, np.arange(ROWS * 4, dtype=np.float32).reshape(ROWS, 4), tag="words", step=3,
                  projections={"good": np.arange(ROWS * 2).reshape(ROWS, 2)})
    return tmp_path


def layout_path(logdir, name):
    return logdir / ENTRY / ("tensors.layout.%s.npy" % name)


def assert_reported(logdir, name, message, status=422):
    """The bad layout is listed with its problem (naming its file) and a warning; /projection answers
    its status with the same JSON; the tensor and the good layout still open."""
    client = PluginClient(logdir)
    entry = client.json("/info?run=.")["embeddings"][0]
    listed = {p["name"]: p for p in entry["projections"]}
    error = listed[name]["error"]
    assert error is not None and message in error["error"], error
    assert error["file"].endswith("tensors.layout.%s.npy" % name) and error["hint"]
    assert error in entry["warnings"]
    response = client.get("/projection?run=.&name=words:00003&projection=%s" % name)
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.get_json() == error
    assert listed["good"]["error"] is None
    assert client.get("/projection?run=.&name=words:00003&projection=good").status_code == 200
    assert client.get("/tensor?run=.&name=words:00003").status_code == 200
    assert entry["error"] is None


def test_wrong_row_count(logdir):
    np.save(layout_path(logdir, "short"), np.zeros((ROWS - 1, 2), np.float32))
    assert_reported(logdir, "short", "has %d rows but the tensor has %d" % (ROWS - 1, ROWS))


@pytest.mark.parametrize("array, message", [
    (np.zeros((ROWS, 4), np.float32), "has shape [%d, 4]; a layout is [N, 2] or [N, 3]" % ROWS),
    (np.zeros((ROWS, 1), np.float32), "has shape [%d, 1]" % ROWS),
    (np.zeros(ROWS * 2, np.float32), "is 1-D"),
    (np.zeros((ROWS, 2, 1), np.float32), "is 3-D"),
    (np.array([["a", "b"]] * ROWS), "non-numeric dtype"),
])
def test_wrong_shape_or_dtype(logdir, array, message):
    np.save(layout_path(logdir, "odd"), array)
    assert_reported(logdir, "odd", message)


@pytest.mark.parametrize("value, word", [(np.nan, "NaN"), (np.inf, "Inf"), (-np.inf, "Inf")])
def test_nan_or_inf(logdir, value, word):
    coordinates = np.zeros((ROWS, 3), np.float32)
    coordinates[4, 1] = value
    np.save(layout_path(logdir, "holes"), coordinates)
    assert_reported(logdir, "holes", "row 4, column 1 is %s" % word)


def test_truncated(logdir):
    np.save(layout_path(logdir, "cut"), np.zeros((ROWS, 2), np.float32))
    data = layout_path(logdir, "cut").read_bytes()
    layout_path(logdir, "cut").write_bytes(data[:-5])
    assert_reported(logdir, "cut", "truncated .npy")


def test_not_an_npy(logdir):
    layout_path(logdir, "junk").write_bytes(b"x,y\n1,2\n")
    assert_reported(logdir, "junk", "not a readable .npy header")


def test_too_big(logdir, monkeypatch):
    monkeypatch.setattr(projections, "MAX_LAYOUT_BYTES", 200)  # the good layout is 176 bytes
    np.save(layout_path(logdir, "huge"), np.zeros((ROWS, 3), np.float64))  # 272 bytes
    assert_reported(logdir, "huge", "over the 200 bytes this server reads")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_not_waited_on(logdir):
    os.mkfifo(layout_path(logdir, "pipe"))
    assert_reported(logdir, "pipe", "FIFO (named pipe), not a regular file")


def test_directory_is_refused(logdir):
    layout_path(logdir, "folder").mkdir()
    assert_reported(logdir, "folder", "directory, not a regular file")


def test_symlink_out_of_the_config_folder_is_refused(logdir, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside") / "coords.npy"
    np.save(outside, np.zeros((ROWS, 2), np.float32))
    os.symlink(outside, layout_path(logdir, "escape"))
    assert_reported(logdir, "escape", "outside", status=403)


def test_a_name_that_is_not_a_name(logdir):
    np.save(logdir / ENTRY / "tensors.layout.um ap.npy", np.zeros((ROWS, 2), np.float32))
    client = PluginClient(logdir)
    listed = {p["name"]: p for p in client.json("/info?run=.")["embeddings"][0]["projections"]}
    assert "letters, digits" in listed["um ap"]["error"]["error"]
    assert "Rename the file" in listed["um ap"]["error"]["hint"]


def test_a_file_rewritten_after_listing_is_a_clean_4xx(logdir):
    """Listed with 6 rows, then replaced by a file of another shape before it is fetched."""
    client = PluginClient(logdir)
    client.json("/info?run=.")
    np.save(layout_path(logdir, "good"), np.zeros((ROWS, 3), np.float32))
    response = client.get("/projection?run=.&name=words:00003&projection=good")
    assert response.status_code in (200, 409, 422), response.status_code
    if response.status_code == 200:  # the run was reloaded first: the new file is served whole
        assert response.headers["X-Embproj-Shape"] == "%d,3" % ROWS
        assert len(response.get_data()) == ROWS * 3 * 4
    else:
        assert response.get_json()["file"].endswith("tensors.layout.good.npy")


@pytest.mark.parametrize("query, status", [
    ("name=words:00003", 400),
    ("name=words:00003&projection=missing", 404),
    ("name=nope&projection=good", 404),
])
def test_odd_requests_are_4xx(logdir, query, status):
    assert PluginClient(logdir).get("/projection?run=.&" + query).status_code == status
