"""/tensor?encoding=float16: half the bytes, every value rounded as numpy rounds to half precision;
values beyond float16's range are refused rather than sent as infinities."""
import numpy as np
import pytest

from embproj_plugin.checkpoint import write_checkpoint
from plugin_client import PluginClient


@pytest.fixture
def client(tmp_path):
    values = np.random.default_rng(0).normal(0, 3, (500, 16)).astype(np.float32)
    write_checkpoint(str(tmp_path / "model.ckpt-1"), {"v": values, "big": values * 1e5})
    return PluginClient(tmp_path), values


def test_float16_sends_half_the_bytes_rounded_like_numpy(client):
    plugin, values = client
    response = plugin.get("/tensor?run=.&name=v&encoding=float16")
    assert response.status_code == 200
    assert response.headers["X-Embproj-Encoding"] == "float16"
    assert int(response.headers["Content-Length"]) == values.size * 2
    np.testing.assert_array_equal(np.frombuffer(response.get_data(), "<f2"), values.astype("<f2").ravel())
    rows = plugin.get("/tensor?run=.&name=v&encoding=float16&num_rows=3").get_data()
    np.testing.assert_array_equal(np.frombuffer(rows, "<f2"), values[:3].astype("<f2").ravel())


def test_float32_stays_the_default_and_each_encoding_has_its_own_etag(client):
    plugin, values = client
    full = plugin.get("/tensor?run=.&name=v")
    assert full.headers["X-Embproj-Encoding"] == "float32" and full.get_data() == values.tobytes()
    assert full.headers["ETag"] != plugin.get("/tensor?run=.&name=v&encoding=float16").headers["ETag"]


def test_values_beyond_float16_range_are_refused_not_sent_as_infinity(client):
    plugin, _ = client
    response = plugin.get("/tensor?run=.&name=big&encoding=float16")
    assert response.status_code == 422 and "float16" in response.get_json()["error"]


def test_an_unknown_encoding_is_a_400(client):
    plugin, _ = client
    assert plugin.get("/tensor?run=.&name=v&encoding=int8").status_code == 400
