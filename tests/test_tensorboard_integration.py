"""Through a real `tensorboard` process (no TensorFlow installed): every run and tensor of every
shared fixture is listed and served, next to the built-in projector, and bad files do not crash it."""
import importlib.util
import json
import urllib.error
import urllib.request

import numpy as np
import pytest

from tb_server import running_tensorboard, tensorboard_log

API = "/data/plugin/embproj"


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def get_json(url):
    status, _, body = get(url)
    assert status == 200, (url, status, body[:500])
    return json.loads(body)


def q(text):
    return urllib.request.quote(text, safe="")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from shared_fixtures import FIXTURE_NAMES, require_shared_fixtures
    import shutil

    source = require_shared_fixtures()
    logdir = tmp_path_factory.mktemp("tb") / "logdir"
    logdir.mkdir()
    for name in FIXTURE_NAMES:
        shutil.copytree(source / name, logdir / name, ignore=shutil.ignore_patterns("_expected"))
    # A run with a malformed config, beside the good ones.
    (logdir / "broken").mkdir()
    (logdir / "broken" / "projector_config.pbtxt").write_text("embeddings { tensor_name: }\n")
    with running_tensorboard(logdir) as base:
        yield base, logdir
    assert "Traceback" not in tensorboard_log[0], tensorboard_log[0]


def test_tensorflow_is_not_installed():
    assert importlib.util.find_spec("tensorflow") is None


def test_embeddings_tab_is_listed_beside_the_builtin_projector(server):
    base, _ = server
    listing = get_json(base + "/data/plugins_listing")
    assert listing["embproj"]["enabled"] is True
    assert listing["embproj"]["tab_name"] == "Embeddings"
    assert listing["embproj"]["loading_mechanism"] == {"type": "IFRAME", "module_path": API + "/index.js"}
    assert "projector" in listing  # the built-in is still there, under its own name


def test_every_run_and_tensor_of_every_fixture_is_served(server):
    base, logdir = server
    runs = get_json(base + API + "/runs")
    expected_runs = {"tf1_mnist", "tf2_words", "tsv_only", "multi_run/run_a", "multi_run/run_b", "torch_writer",
                     "broken"}
    assert set(runs) == expected_runs
    served = 0
    for run in runs:
        info = get_json(base + API + "/info?run=" + q(run))
        if run == "broken":
            assert "malformed projector config" in info["errors"][0]["error"]
            continue
        assert info["errors"] == [] and info["embeddings"], (run, info)
        for embedding in info["embeddings"]:
            assert embedding["error"] is None, (run, embedding)
            n, d = embedding["shape"]
            status, headers, body = get(base + API + "/tensor?run=%s&name=%s" % (q(run), q(embedding["tensorName"])))
            assert status == 200
            assert headers["X-Embproj-Shape"] == "%d,%d" % (n, d)
            values = np.frombuffer(body, dtype="<f4")
            assert values.size == n * d and np.isfinite(values).all()
            if embedding["hasMetadata"]:
                status, _, text = get(base + API + "/metadata?run=%s&name=%s" % (q(run), q(embedding["tensorName"])))
                assert status == 200
                lines = text.decode().splitlines()
                assert len(lines) - (1 if embedding["metadataColumns"] > 1 else 0) == n
            if embedding["hasSprite"]:
                status, headers, image = get(base + API + "/sprite_image?run=%s&name=%s"
                                             % (q(run), q(embedding["tensorName"])))
                assert status == 200 and headers["Content-Type"].startswith("image/") and image[:4] == b"\x89PNG"
            served += 1
    assert served >= 15


def test_torch_writer_tensors_equal_the_tsv_files(server):
    base, logdir = server
    info = get_json(base + API + "/info?run=torch_writer")
    for embedding in info["embeddings"]:
        expected = np.loadtxt(logdir / "torch_writer" / embedding["tensorPath"], delimiter="\t", dtype=np.float64,
                              ndmin=2).astype(np.float32)
        _, _, body = get(base + API + "/tensor?run=torch_writer&name=" + q(embedding["tensorName"]))
        np.testing.assert_array_equal(np.frombuffer(body, "<f4").reshape(expected.shape), expected)


def test_unchanged_tensor_is_not_sent_again(server):
    base, _ = server
    url = base + API + "/tensor?run=tf1_mnist&name=word_embedding"
    status, headers, body = get(url)
    assert status == 200 and len(body) == 1000 * 32 * 4
    status, _, body = get(url, {"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""


def test_errors_are_json_with_status(server):
    base, _ = server
    status, _, body = get(base + API + "/info?run=nope")
    assert status == 404 and json.loads(body)["error"] == 'unknown run "nope"'
    status, _, body = get(base + API + "/tensor?run=tf1_mnist&name=word_embedding&num_rows=-1")
    assert status == 400 and "num_rows" in json.loads(body)["error"]


def test_metadata_is_gzipped_when_accepted(server):
    base, _ = server
    status, headers, body = get(base + API + "/metadata?run=tf2_words&name=" + q("embedding/.ATTRIBUTES/VARIABLE_VALUE"),
                                {"Accept-Encoding": "gzip"})
    assert status == 200 and headers.get("Content-Encoding") == "gzip"
    import gzip

    assert gzip.decompress(body).decode().startswith("word\tfreq\tscore\tpos\n")
