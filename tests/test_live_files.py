"""Files that change while they are served: truncated in place, overwritten during a download,
rewritten after a first good read, deleted by a trainer's rotation. TensorBoard survives each, and
every response is one consistent version of a file or a clean failure, never a mix."""
import os

import numpy as np
import pytest

from embproj_plugin import tensor_stream
from embproj_plugin.checkpoint import write_checkpoint
from plugin_client import PluginClient

ROWS, DIM = 2000, 16


def raw_logdir(tmp_path, values):
    values.astype("<f4").tofile(tmp_path / "v.bin")
    (tmp_path / "projector_config.pbtxt").write_text(
        'embeddings { tensor_name: "v" tensor_path: "v.bin" tensor_shape: %d tensor_shape: %d }' % values.shape)
    return "v", tmp_path / "v.bin"


def npy_logdir(tmp_path, values):
    np.save(tmp_path / "v.npy", values)
    (tmp_path / "projector_config.pbtxt").write_text('embeddings { tensor_name: "v" tensor_path: "v.npy" }')
    return "v", tmp_path / "v.npy"


def checkpoint_logdir(tmp_path, values):
    write_checkpoint(str(tmp_path / "model.ckpt-1"), {"v": values})
    return "v", tmp_path / "model.ckpt-1.data-00000-of-00001"


LOGDIRS = [raw_logdir, npy_logdir, checkpoint_logdir]


def values_of(seed):
    return np.random.default_rng(seed).standard_normal((ROWS, DIM)).astype(np.float32)


def replacement_bytes(tmp_path, make_logdir):
    """The same file written with other values (same size)."""
    other = tmp_path / "other"
    other.mkdir()
    return make_logdir(other, values_of(2))[1].read_bytes()


def download(client, name):
    response = client.get("/tensor?run=.&name=" + name)
    return response.status_code, response.get_data()


@pytest.mark.parametrize("make_logdir", LOGDIRS)
@pytest.mark.parametrize("shrink", ["truncate", "empty", "rewrite_shorter"])
def test_a_file_truncated_in_place_after_listing_is_refused_not_a_crash(tmp_path, make_logdir, shrink):
    """Served from a memory map, this killed TensorBoard with SIGBUS; now it is a JSON 4xx."""
    name, path = make_logdir(tmp_path, values_of(1))
    client = PluginClient(tmp_path)
    assert download(client, name) == (200, values_of(1).tobytes())
    if shrink == "truncate":
        os.truncate(path, os.path.getsize(path) // 2)
    elif shrink == "empty":
        open(path, "wb").close()
    else:
        with open(path, "r+b") as f:
            f.truncate(100)
    client.plugin._catalog.rescan_seconds = 0
    status, body = download(client, name)
    assert 400 <= status < 500, (status, body[:200])
    assert str(path.name).encode() in body or b"v." in body


@pytest.mark.parametrize("make_logdir", LOGDIRS)
def test_a_file_overwritten_during_a_download_never_yields_a_mixed_body(tmp_path, make_logdir, monkeypatch):
    monkeypatch.setattr(tensor_stream, "CHUNK_BYTES", 4096)  # many pieces
    name, path = make_logdir(tmp_path, values_of(1))
    original = path.read_bytes()
    new_bytes = replacement_bytes(tmp_path, make_logdir)
    assert len(new_bytes) == len(original) and new_bytes != original
    client = PluginClient(tmp_path)
    response = client._client.get("/data/plugin/embproj/tensor?run=.&name=" + name, buffered=False)
    assert response.status_code == 200
    received, failed = b"", None
    try:
        for i, chunk in enumerate(response.response):
            received += chunk
            if i == 1:
                with open(path, "r+b") as f:  # in place, same size: only the version tells
                    f.write(new_bytes)
    except Exception as e:  # the stream ends with an error instead of its last piece
        failed = e
    assert failed is not None, "a body mixing two versions was served whole"
    assert len(received) < ROWS * DIM * 4
    assert "changed while it was read" in str(failed) or "CRC mismatch" in str(failed)


@pytest.mark.parametrize("make_logdir", LOGDIRS)
def test_each_download_reads_the_current_version(tmp_path, make_logdir):
    """Checked per response, not once per process: a rewritten file is served as rewritten
    (same size) or refused (a checkpoint shard whose CRC no longer matches its index)."""
    name, path = make_logdir(tmp_path, values_of(1))
    client = PluginClient(tmp_path)
    assert download(client, name)[0] == 200
    new_bytes = replacement_bytes(tmp_path, make_logdir)
    with open(path, "r+b") as f:
        f.write(new_bytes)
    status, body = download(client, name)
    if make_logdir is checkpoint_logdir:
        assert status == 422 and b"CRC mismatch" in body
    else:
        assert (status, body) == (200, values_of(2).tobytes())


def test_a_checkpoint_deleted_by_rotation_during_a_request_is_a_404_not_a_500(tmp_path):
    write_checkpoint(str(tmp_path / "model.ckpt-1"), {"v": values_of(1)})
    client = PluginClient(tmp_path)
    assert download(client, "v")[0] == 200
    for name in os.listdir(tmp_path):  # max_to_keep removed it between listing and reading
        if name.startswith("model.ckpt-1.data"):
            os.remove(tmp_path / name)
    status, body = download(client, "v")
    assert status == 404 and b"model.ckpt-1.data-00000-of-00001" in body


def test_server_memory_does_not_hold_the_tensor(tmp_path, monkeypatch):
    """Pieces are read a few MiB at a time: no memory map and no whole copy per response."""
    monkeypatch.setattr(tensor_stream, "CHUNK_BYTES", 64 * 1024)
    name, _ = raw_logdir(tmp_path, values_of(1))
    response = PluginClient(tmp_path)._client.get("/data/plugin/embproj/tensor?run=.&name=" + name, buffered=False)
    sizes = [len(chunk) for chunk in response.response]
    assert sum(sizes) == ROWS * DIM * 4 and max(sizes) <= 64 * 1024 and len(sizes) > 1
