"""Logdirs on S3, served from a real S3-API server (moto) on loopback, through TensorBoard's file layer.

The fixture logdirs uploaded to a bucket answer exactly what TensorBoard's built-in projector
answered for the local copies, and exactly what we answer for them locally; a logdir of 200 runs is
listed in one request per 1,000 objects; a checkpoint tensor is read as its own byte range; streams
stay small in memory and end incomplete when an object changes under them; writers round-trip.
"""
import json
import pathlib
import time
import tracemalloc

import numpy as np
import pytest

import embproj_plugin
from embproj_plugin import cli, projector, remote_layer
from embproj_plugin.checkpoint import write_checkpoint
from embproj_plugin.file_access import FileChanged
from plugin_client import PluginClient
from remote_fixtures import FIXTURE_NAMES, SHARED_FIXTURES, every_route, s3_env, shared_server
from test_builtin_compat import recorded_fixtures
from test_builtin_compat import test_answers_match_builtin_projector as compare_with_builtin_projector


@pytest.fixture(scope="module")
def server():
    return shared_server()


@pytest.fixture
def s3(server):
    """The plugin under test reads S3 through `server` (S3_ENDPOINT and AWS_* set, boto3 anew)."""
    with s3_env(server.endpoint):
        yield server


@pytest.fixture(scope="module")
def fixtures_bucket(server):
    if not SHARED_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not beside the repository")
    bucket = server.new_bucket("fixtures")
    for name in FIXTURE_NAMES:
        server.upload_tree(SHARED_FIXTURES / name, bucket, name)
    return bucket


def streamed(client, path):
    """The response to GET `path` unbuffered: its body is produced as it is iterated."""
    return client._client.get("/data/plugin/embproj" + path, buffered=False)  # pylint: disable=protected-access


def body(response):
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_data()


# ------------------------------------------------------------------ same answers as local files

@pytest.mark.parametrize("fixture", recorded_fixtures() or ["<none recorded>"])
def test_fixtures_on_s3_answer_like_the_builtin_projector(fixture, s3, fixtures_bucket):
    # The same comparison as for the local copies, with the logdir an s3:// URL.
    compare_with_builtin_projector(fixture, lambda name: "s3://%s/%s" % (fixtures_bucket, name))


def test_fixtures_on_s3_answer_like_their_local_copies(s3, fixtures_bucket, all_fixtures_logdir):
    url = "s3://%s" % fixtures_bucket
    local = json.loads(json.dumps(every_route(PluginClient(all_fixtures_logdir)), default=repr)
                       .replace(str(all_fixtures_logdir), url))
    remote = json.loads(json.dumps(every_route(PluginClient(url)), default=repr))
    assert sorted(remote) == sorted(local)
    assert len(remote) > 40
    for key in local:
        assert remote[key] == local[key], key


def test_npy_and_npz_objects_are_read_by_ranges(s3, tmp_path, spied_reads):
    import io

    rng = np.random.default_rng(6)
    arrays = {"c_order.npy": rng.normal(size=(20000, 40)).astype(np.float64),  # 6.4 MB: two pieces
              "fortran.npy": np.asfortranarray(rng.normal(size=(50, 7)).astype(np.float32)),
              "stored.npz": rng.normal(size=(800, 9)).astype(np.float32),
              "deflated.npz": rng.integers(0, 9, size=(600, 5)).astype(np.int16)}
    bucket = s3.new_bucket("numpy")
    config = ""
    for name, array in arrays.items():
        buffer = io.BytesIO()
        if name == "deflated.npz":
            np.savez_compressed(buffer, embeddings=array, other=np.zeros(3))
        elif name.endswith(".npz"):
            np.savez(buffer, array)
        else:
            np.save(buffer, array)
        s3.put(bucket, name, buffer.getvalue())
        config += 'embeddings {\n  tensor_name: "%s"\n  tensor_path: "%s"\n}\n' % (name, name)
    s3.put(bucket, "projector_config.pbtxt", config.encode())
    client = PluginClient("s3://%s" % bucket)
    info = {e["tensorName"]: e for e in client.json("/info?run=.")["embeddings"]}
    for name, array in arrays.items():
        assert info[name]["error"] is None and info[name]["shape"] == list(array.shape), info[name]
        assert body(client.get("/tensor?run=.&name=%s" % name)) == array.astype("<f4").tobytes(), name
    c_order = "s3://%s/c_order.npy" % bucket
    c_order_reads = [size for url, _, size in spied_reads if url == c_order]
    assert max(c_order_reads) <= 4 << 20 < arrays["c_order.npy"].nbytes  # pieces, never the whole object


# ------------------------------------------------------------------ listing

def upload_runs(server, bucket, count, extra_files=0):
    for i in range(count):
        run = "run_%03d" % i
        server.put(bucket, run + "/projector_config.pbtxt",
                   b'embeddings {\n  tensor_name: "pts"\n  tensor_path: "tensors.tsv"\n  metadata_path: "labels.tsv"\n}\n')
        server.put(bucket, run + "/tensors.tsv", b"%d\t1\t2\n3\t4\t5\n" % i)
        server.put(bucket, run + "/labels.tsv", b"a\nb\n")
        for j in range(extra_files):  # what else a run folder holds (event files, hparams, ...)
            server.put(bucket, "%s/events.out.tfevents.%d.host" % (run, j), b"x")


def lists(requests):
    return [r for r in requests if r[0] == "GET" and "list-type=2" in r[1]]


@pytest.fixture(scope="module")
def bucket_of_200_runs(server):
    bucket = server.new_bucket("runs")
    upload_runs(server, bucket, 200, extra_files=3)  # 1,200 objects: two pages of a listing
    return bucket


def test_a_logdir_of_200_runs_is_listed_in_two_requests(s3, bucket_of_200_runs):
    client = PluginClient("s3://%s" % bucket_of_200_runs)
    catalog = client.plugin._catalog  # pylint: disable=protected-access
    catalog.rescan_seconds = 600  # loading 200 runs from moto takes longer than the default 5 s
    _, discovery = s3.requests_during(catalog._locations_now)  # pylint: disable=protected-access
    assert len(discovery) == 2, discovery  # 1,200 objects, 1,000 per ListObjectsV2 request
    assert len(lists(discovery)) == 2 and all("delimiter" not in r[1] for r in discovery)
    assert len(catalog._locations_now()) == 200  # pylint: disable=protected-access

    names, listing = s3.requests_during(lambda: client.json("/runs"))
    assert names == ["run_%03d" % i for i in range(200)]
    # Listing runs reads each config once: nothing per folder, no HEAD per file, no tensor yet.
    assert sorted(path for _, path, _ in listing) == \
        ["/%s/run_%03d/projector_config.pbtxt" % (bucket_of_200_runs, i) for i in range(200)]
    assert all(method == "GET" for method, _, _ in listing)

    info, loading = s3.requests_during(lambda: client.json("/info?run=run_007"))
    assert info["embeddings"][0]["shape"] == [2, 3]
    assert sorted(path.rsplit("/", 1)[1] for _, path, _ in loading) == ["labels.tsv", "projector_config.pbtxt",
                                                                       "tensors.tsv"]

    _, again = s3.requests_during(lambda: client.json("/runs"))
    assert again == []  # within the rescan interval nothing is asked again

    catalog._scanned_at = float("-inf")  # pylint: disable=protected-access  # the interval is over
    _, rescan = s3.requests_during(lambda: client.json("/runs"))
    assert len(lists(rescan)) == 2 and len(rescan) == 2  # unchanged objects: runs are not read again


def test_reload_picks_up_a_new_step(s3, tmp_path):
    bucket = s3.new_bucket("steps")
    vectors = np.random.default_rng(1).normal(size=(30, 4)).astype(np.float32)
    embedding_local = tmp_path / "logdir"
    embproj_plugin.log_embedding(embedding_local, vectors, tag="words", step=0)
    s3.upload_tree(embedding_local, bucket)  # as another process (a trainer) would
    client = PluginClient("s3://%s" % bucket)
    client.plugin._catalog.rescan_seconds = 0.2  # pylint: disable=protected-access
    assert [e["tensorName"] for e in client.json("/info?run=.")["embeddings"]] == ["words:00000"]

    embproj_plugin.log_embedding(embedding_local, vectors * 2, tag="words", step=1)
    s3.upload_tree(embedding_local, bucket)
    time.sleep(0.3)
    info = client.json("/info?run=.")
    assert [e["tensorName"] for e in info["embeddings"]] == ["words:00000", "words:00001"]
    served = np.frombuffer(body(client.get("/tensor?run=.&name=words:00001")), "<f4").reshape(30, 4)
    np.testing.assert_array_equal(served, vectors * 2)


# ------------------------------------------------------------------ ranged reads

@pytest.fixture
def spied_reads(monkeypatch):
    reads = []
    real = remote_layer.read_range

    def spy(url, offset, size):
        reads.append((url, offset, size))
        return real(url, offset, size)

    monkeypatch.setattr(remote_layer, "read_range", spy)
    return reads


def test_a_checkpoint_tensor_is_read_as_its_own_byte_range(s3, tmp_path, spied_reads):
    rng = np.random.default_rng(2)
    big = rng.normal(size=(50_000, 16)).astype(np.float32)  # 3.2 MB, first in the shard
    small = rng.normal(size=(100, 4)).astype(np.float32)
    write_checkpoint(str(tmp_path / "model.ckpt"), {"big": big, "small": small})
    bucket = s3.new_bucket("ckpt")
    s3.upload_tree(tmp_path, bucket)
    shard = "s3://%s/model.ckpt.data-00000-of-00001" % bucket
    client = PluginClient("s3://%s" % bucket)

    info = client.json("/info?run=.")
    assert {e["tensorName"]: e["shape"] for e in info["embeddings"]} == {"big": [50_000, 16], "small": [100, 4]}
    assert [r for r in spied_reads if r[0] == shard] == []  # listing variables reads the index only
    assert any(r[0].endswith("model.ckpt.index") for r in spied_reads)

    served, requests = s3.requests_during(lambda: body(client.get("/tensor?run=.&name=small")))
    assert served == small.tobytes()
    assert [r[1:] for r in spied_reads if r[0] == shard] == [(big.nbytes, small.nbytes)]
    shard_gets = [r for r in requests if r[0] == "GET" and r[1].endswith("model.ckpt.data-00000-of-00001")]
    assert [status for _, _, status in shard_gets] == ["206"]  # a range, never the whole object


def test_a_streamed_tensor_is_never_whole_in_memory(s3, tmp_path):
    bucket = s3.new_bucket("big")
    vectors = np.random.default_rng(3).normal(size=(100_000, 128)).astype(np.float32)  # 51 MB
    s3.put(bucket, "run/tensors.bin", vectors.tobytes())
    s3.put(bucket, "run/projector_config.pbtxt",
           b'embeddings {\n  tensor_name: "big"\n  tensor_path: "tensors.bin"\n  tensor_shape: 100000\n'
           b'  tensor_shape: 128\n}\n')
    client = PluginClient("s3://%s" % bucket)
    assert client.json("/info?run=run")["embeddings"][0]["shape"] == [100_000, 128]
    response = streamed(client, "/tensor?run=run&name=big")
    assert response.status_code == 200
    assert int(response.headers["Content-Length"]) == vectors.nbytes
    tracemalloc.start()
    try:
        received = 0
        digest = np.zeros(128, np.float64)
        for piece in response.response:
            received += len(piece)
            digest += np.frombuffer(piece, "<f4").reshape(-1, 128).sum(axis=0, dtype=np.float64)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert received == vectors.nbytes
    np.testing.assert_allclose(digest, vectors.sum(axis=0, dtype=np.float64), rtol=1e-9)
    assert peak < vectors.nbytes * 0.6, peak  # a few 4 MiB pieces at a time (~26 MB here), not all 51 MB


def test_an_object_rewritten_mid_stream_ends_the_response_incomplete(s3):
    bucket = s3.new_bucket("change")
    vectors = np.random.default_rng(4).normal(size=(20_000, 128)).astype(np.float32)  # 10 MB: 3 pieces
    s3.put(bucket, "tensors.bin", vectors.tobytes())
    s3.put(bucket, "projector_config.pbtxt", b'embeddings {\n  tensor_name: "t"\n  tensor_path: "tensors.bin"\n'
                                            b'  tensor_shape: 20000\n  tensor_shape: 128\n}\n')
    client = PluginClient("s3://%s" % bucket)
    client.json("/info?run=.")
    response = streamed(client, "/tensor?run=.&name=t")
    pieces = iter(response.response)
    received = len(next(pieces))
    s3.put(bucket, "tensors.bin", (vectors + 1).tobytes())  # same size, new content: a new ETag
    with pytest.raises(FileChanged):
        for piece in pieces:
            received += len(piece)
    assert 0 < received < vectors.nbytes  # the last piece is held back until the version is checked


# ------------------------------------------------------------------ writers

def objects(server, bucket):
    return {key: server.get(bucket, key) for key in server.keys(bucket)}


def files(directory):
    directory = pathlib.Path(directory)
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def test_log_embedding_writes_the_same_bytes_to_s3_as_to_disk(s3, tmp_path):
    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(64, 12))
    labels = {"word": ["w%d" % i for i in range(64)], "count": list(range(64))}
    images = rng.integers(0, 255, size=(64, 8, 8, 3), dtype=np.uint8)
    bucket = s3.new_bucket("writer")
    for step in (0, 7):
        for logdir in (tmp_path / "local", "s3://%s/exp" % bucket):
            embproj_plugin.log_embedding(logdir, vectors * (step + 1), labels, images=images, tag="words", step=step)
    remote = {key[len("exp/"):]: data for key, data in objects(s3, bucket).items()}
    assert remote == files(tmp_path / "local")  # every object byte for byte, nothing more

    client = PluginClient("s3://%s/exp" % bucket)
    info = {e["tensorName"]: e for e in client.json("/info?run=.")["embeddings"]}
    assert sorted(info) == ["words:00000", "words:00007"] and info["words:00007"]["hasSprite"]
    served = np.frombuffer(body(client.get("/tensor?run=.&name=words:00007")), "<f4").reshape(64, 12)
    assert served.tobytes() == (vectors * 8).astype(np.float32).tobytes()
    assert body(client.get("/metadata?run=.&name=words:00007")) == \
        remote["plugins/embproj/words/00007/metadata.tsv"]
    assert body(client.get("/sprite_image?run=.&name=words:00007")) == remote["plugins/embproj/words/00007/sprite.png"]


def test_objects_are_written_before_the_config_that_names_them(s3, monkeypatch):
    written = []
    real = remote_layer.write
    monkeypatch.setattr(remote_layer, "write", lambda url, data: (written.append(url), real(url, data))[1])
    bucket = s3.new_bucket("order")
    embproj_plugin.log_embedding("s3://%s" % bucket, np.ones((5, 3)), ["a", "b", "c", "d", "e"], tag="t", step=2)
    names = [url.rsplit("/", 1)[1] for url in written]
    assert names[-1] == "projector_config.pbtxt"
    assert names.index("tensors.data-00000-of-00001") < names.index("tensors.index") < names.index("checkpoint")
    assert set(names) == {"tensors.data-00000-of-00001", "tensors.index", "checkpoint", "metadata.tsv",
                          "projector_config.pbtxt"}


def test_visualize_embeddings_and_import_write_to_s3(s3, tmp_path, capsys):
    bucket = s3.new_bucket("import")
    vectors = np.arange(40, dtype=np.float32).reshape(10, 4)
    np.save(tmp_path / "vectors.npy", vectors)
    (tmp_path / "labels.tsv").write_text("".join("l%d\n" % i for i in range(10)))
    assert cli.main(["import", str(tmp_path / "vectors.npy"), "--metadata", str(tmp_path / "labels.tsv"),
                     "--logdir", "s3://%s/imported" % bucket, "--tag", "v"]) == 0
    assert "s3://%s/imported" % bucket in capsys.readouterr().out

    s3.put(bucket, "manual/t.tsv", b"1\t2\n3\t4\n")
    config = projector.ProjectorConfig()
    config.embeddings.add(tensor_name="manual", tensor_path="t.tsv")
    projector.visualize_embeddings("s3://%s/manual/" % bucket, config)
    assert s3.get(bucket, "manual/projector_config.pbtxt").decode() == \
        'embeddings {\n  tensor_name: "manual"\n  tensor_path: "t.tsv"\n}\n'

    client = PluginClient("s3://%s" % bucket)
    assert client.json("/runs") == ["imported", "manual"]
    assert body(client.get("/tensor?run=imported&name=v:00000")) == vectors.tobytes()
    assert body(client.get("/metadata?run=imported&name=v:00000")) == (tmp_path / "labels.tsv").read_bytes()
    assert body(client.get("/tensor?run=manual&name=manual")) == np.array([[1, 2], [3, 4]], "<f4").tobytes()


def test_bookmarks_are_saved_to_s3_only_with_the_write_flag(s3):
    bucket = s3.new_bucket("marks")
    s3.put(bucket, "tensors.tsv", b"1\t2\n3\t4\n")
    s3.put(bucket, "projector_config.pbtxt", b'embeddings {\n  tensor_path: "tensors.tsv"\n}\n')
    states = json.dumps([{"label": "saved on s3", "projections": []}]).encode()
    assert PluginClient("s3://%s" % bucket).post("/bookmarks?run=.&name=tensors.tsv", states).status_code == 403
    assert "tensors.tsv.bookmarks.json" not in " ".join(s3.keys(bucket))

    client = PluginClient("s3://%s" % bucket, allow_writes=True)
    saved = client.post("/bookmarks?run=.&name=tensors.tsv", states)
    assert saved.status_code == 200, saved.get_data(as_text=True)
    assert json.loads(saved.get_data())["saved"] == "s3://%s/tensors.tsv.bookmarks.json" % bucket
    assert s3.get(bucket, "tensors.tsv.bookmarks.json") == states
    assert b'bookmarks_path: "tensors.tsv.bookmarks.json"' in s3.get(bucket, "projector_config.pbtxt")
    assert client.json("/bookmarks?run=.&name=tensors.tsv") == [{"label": "saved on s3", "projections": []}]
    again = json.dumps([{"label": "second"}]).encode()
    assert client.post("/bookmarks?run=.&name=tensors.tsv", again).status_code == 200
    assert s3.get(bucket, "tensors.tsv.bookmarks.json.previous") == states  # the replaced one is kept
