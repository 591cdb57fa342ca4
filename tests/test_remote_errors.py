"""Remote logdirs that cannot be read answer {error, file, hint} with a 4xx status, in bounded time.

Wrong or missing credentials, a missing bucket, access denied (for the whole logdir or one run), a
missing package for the URL's scheme, an endpoint that is dead, silent, or stops in the middle of a
download: never a 5xx, never a hang, and the runs that can be served still are.
"""
import json
import socket
import threading
import time

import numpy as np
import pytest

from embproj_plugin.catalog import Catalog
from embproj_plugin.remote_errors import StorageUnavailable
from plugin_client import PluginClient
from remote_fixtures import MotoServer, free_port, s3_env, shared_server

TSV_RUN = {"projector_config.pbtxt": b'embeddings {\n  tensor_name: "pts"\n  tensor_path: "t.tsv"\n}\n',
           "t.tsv": b"1\t2\n3\t4\n"}


def becomes_active(client, seconds=10):
    """is_active() waits briefly for the first listing; TensorBoard asks again on each plugins listing."""
    started = time.monotonic()
    while not client.plugin.is_active():
        if time.monotonic() - started > seconds:
            return False
    return True


def error_of(client, path, seconds):
    """(status, JSON body) of `path`, which must answer within `seconds`."""
    started = time.monotonic()
    response = client.get(path)
    elapsed = time.monotonic() - started
    assert elapsed < seconds, "%s took %.1f s" % (path, elapsed)
    assert 400 <= response.status_code < 500, (response.status_code, response.get_data(as_text=True))
    answer = json.loads(response.get_data())
    assert set(answer) == {"error", "file", "hint"} and answer["hint"], answer
    return response.status_code, answer


@pytest.fixture(scope="module")
def server():
    return shared_server()


def test_a_missing_bucket_is_a_404_naming_it_and_the_tab_is_shown(server):
    with s3_env(server.endpoint):
        client = PluginClient("s3://no-such-bucket-embproj/exp")
        assert becomes_active(client)  # shown, so that the tab can say what is wrong
        status, answer = error_of(client, "/runs", 10)
    assert status == 404
    assert 'bucket "no-such-bucket-embproj" does not exist' in answer["error"]
    assert answer["file"] == "s3://no-such-bucket-embproj/exp"
    assert "S3_ENDPOINT" in answer["hint"]


def test_missing_credentials_are_a_403_saying_which_variables_to_set(server):
    bucket = server.new_bucket("nocreds")
    for name, data in TSV_RUN.items():
        server.put(bucket, name, data)
    with s3_env(server.endpoint, access_key=None):
        status, answer = error_of(PluginClient("s3://%s" % bucket), "/runs", 10)
    assert status == 403
    assert "no credentials" in answer["error"] and "AWS_ACCESS_KEY_ID" in answer["hint"]


def test_a_missing_object_named_by_a_config_is_a_404_for_its_tensor_only(server):
    bucket = server.new_bucket("missing")
    server.put(bucket, "good/projector_config.pbtxt", TSV_RUN["projector_config.pbtxt"])
    server.put(bucket, "good/t.tsv", TSV_RUN["t.tsv"])
    server.put(bucket, "bad/projector_config.pbtxt", TSV_RUN["projector_config.pbtxt"])  # no t.tsv
    with s3_env(server.endpoint):
        client = PluginClient("s3://%s" % bucket)
        assert client.json("/runs") == ["bad", "good"]
        status, answer = error_of(client, "/tensor?run=bad&name=pts", 10)
        assert status == 404 and answer["file"] == "s3://%s/bad/t.tsv" % bucket
        assert client.get("/tensor?run=good&name=pts").get_data() == np.array([[1, 2], [3, 4]], "<f4").tobytes()


# ------------------------------------------------------------------ an S3 server that checks who asks

@pytest.fixture(scope="module")
def guarded():
    """A moto server enforcing signatures and IAM policies: users "reader" (may read everything),
    "stranger" (no permission) and "partial" (denied run_b/*), and a bucket with runs run_a, run_b."""
    # moto lets the first 13 requests through unchecked: the set-up below (1 bucket, 4 objects, 3 users,
    # 3 keys, 2 policies), made with any key.
    server = MotoServer(auth=13)
    bucket = "guarded-logdir"
    setup = server.client()
    setup.create_bucket(Bucket=bucket)
    for run in ("run_a", "run_b"):
        for name, data in TSV_RUN.items():
            setup.put_object(Bucket=bucket, Key="%s/%s" % (run, name), Body=data)
    iam = server.client(service="iam")
    keys = {}
    for user in ("reader", "stranger", "partial"):
        iam.create_user(UserName=user)
        keys[user] = iam.create_access_key(UserName=user)["AccessKey"]
    everything = {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}
    iam.put_user_policy(UserName="reader", PolicyName="all", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [everything]}))
    iam.put_user_policy(UserName="partial", PolicyName="not-b", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [everything, {
            "Effect": "Deny", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::%s/run_b/*" % bucket}]}))
    assert len(server.requests()) == 1 + 13  # and a first GET to see it up: from here on all is checked
    yield server, bucket, {user: (k["AccessKeyId"], k["SecretAccessKey"]) for user, k in keys.items()}
    server.stop()


def test_the_guarded_server_serves_a_reader(guarded):
    server, bucket, keys = guarded
    with s3_env(server.endpoint, access_key=keys["reader"][0], secret_key=keys["reader"][1]):
        client = PluginClient("s3://%s" % bucket)
        assert client.json("/runs") == ["run_a", "run_b"]
        assert client.get("/tensor?run=run_b&name=pts").status_code == 200


def test_wrong_credentials_are_a_403(guarded):
    server, bucket, keys = guarded
    with s3_env(server.endpoint, access_key=keys["reader"][0], secret_key="not-the-secret"):
        status, answer = error_of(PluginClient("s3://%s" % bucket), "/runs", 10)
    assert status == 403
    assert "refused the credentials" in answer["error"] and "SignatureDoesNotMatch" in answer["error"]
    assert "AWS_SECRET_ACCESS_KEY" in answer["hint"]


def test_an_unknown_access_key_is_a_403(guarded):
    server, bucket, _ = guarded
    with s3_env(server.endpoint, access_key="AKIAUNKNOWNKEY000000", secret_key="x"):
        status, answer = error_of(PluginClient("s3://%s" % bucket), "/runs", 10)
    assert status == 403 and "InvalidAccessKeyId" in answer["error"]


def test_access_denied_is_a_403(guarded):
    server, bucket, keys = guarded
    with s3_env(server.endpoint, access_key=keys["stranger"][0], secret_key=keys["stranger"][1]):
        status, answer = error_of(PluginClient("s3://%s" % bucket), "/runs", 10)
    assert status == 403 and answer["error"].startswith("access denied")
    assert "s3:ListBucket" in answer["hint"]


def test_a_run_denied_alone_fails_alone(guarded):
    server, bucket, keys = guarded
    with s3_env(server.endpoint, access_key=keys["partial"][0], secret_key=keys["partial"][1]):
        client = PluginClient("s3://%s" % bucket)
        assert client.json("/runs") == ["run_a", "run_b"]
        denied = client.json("/info?run=run_b")["errors"]
        assert denied and denied[0]["error"].startswith("access denied")
        assert denied[0]["file"] == "s3://%s/run_b/projector_config.pbtxt" % bucket
        assert client.get("/tensor?run=run_a&name=pts").get_data() == np.array([[1, 2], [3, 4]], "<f4").tobytes()


# ------------------------------------------------------------------ endpoints that do not answer

def test_a_dead_endpoint_answers_within_seconds():
    with s3_env("http://127.0.0.1:%d" % free_port()):  # nothing listens there
        client = PluginClient("s3://somebucket/exp")
        assert becomes_active(client)
        status, answer = error_of(client, "/runs", 10)
    assert status == 424 and "did not answer" in answer["error"]
    assert "S3_ENDPOINT" in answer["hint"]


@pytest.fixture
def silent_endpoint():
    """A TCP server that accepts connections and never says anything."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    held, stop = [], threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield "http://127.0.0.1:%d" % listener.getsockname()[1]
    stop.set()
    thread.join(5)
    for connection in held:
        connection.close()
    listener.close()


def test_a_silent_endpoint_is_given_up_after_the_timeout(silent_endpoint):
    with s3_env(silent_endpoint, timeout="2"):
        client = PluginClient("s3://somebucket/exp")
        status, answer = error_of(client, "/runs", 6)
        assert status == 424 and "did not answer" in answer["error"]
        status, _ = error_of(client, "/info?run=.", 6)  # each request is bounded again, none hangs
        assert status == 424


def test_an_endpoint_stopped_mid_download_ends_it_and_the_runs_stay_listed(tmp_path):
    server = MotoServer()
    try:
        bucket = server.new_bucket("stopping")
        vectors = np.random.default_rng(0).normal(size=(40_000, 128)).astype(np.float32)  # 20 MB: 5 pieces
        server.put(bucket, "big/t.bin", vectors.tobytes())
        server.put(bucket, "big/projector_config.pbtxt", b'embeddings {\n  tensor_name: "t"\n  tensor_path: "t.bin"\n'
                                                         b'  tensor_shape: 40000\n  tensor_shape: 128\n}\n')
        for name, data in TSV_RUN.items():
            server.put(bucket, "small/" + name, data)
        with s3_env(server.endpoint, timeout="4"):
            client = PluginClient("s3://%s" % bucket)
            client.plugin._catalog.rescan_seconds = 0.5  # pylint: disable=protected-access
            assert client.json("/runs") == ["big", "small"]
            assert client.json("/info?run=small")["embeddings"][0]["shape"] == [2, 2]  # looked at before
            response = client._client.get("/data/plugin/embproj/tensor?run=big&name=t",  # pylint: disable=protected-access
                                          buffered=False)
            pieces = iter(response.response)
            received = len(next(pieces))
            server.stop()
            started = time.monotonic()
            with pytest.raises(StorageUnavailable):
                for piece in pieces:
                    received += len(piece)
            assert time.monotonic() - started < 10
            assert 0 < received < vectors.nbytes

            time.sleep(0.6)  # the listing is due again, and fails: the runs found before are kept
            assert client.json("/runs") == ["big", "small"]
            assert client.json("/info?run=small")["embeddings"][0]["shape"] == [2, 2]
            # A TSV is parsed whole when its run loads: it is still served from memory.
            assert client.get("/tensor?run=small&name=pts").get_data() == np.array([[1, 2], [3, 4]], "<f4").tobytes()
            status, answer = error_of(client, "/tensor?run=big&name=t", 10)  # streamed: needs the storage
            assert status == 424 and answer["file"] == "s3://%s/big/t.bin" % bucket
    finally:
        server.stop()


# ------------------------------------------------------------------ packages

def test_a_scheme_without_its_package_names_the_extra_to_install():
    try:
        import gcsfs  # noqa: F401  # pylint: disable=unused-import
        pytest.skip("gcsfs is installed: gs:// would try to reach Google")
    except ImportError:
        pass
    client = PluginClient("gs://some-bucket/exp")
    assert becomes_active(client)
    status, answer = error_of(client, "/runs", 10)
    assert status == 424 and "no package to read gs:// URLs" in answer["error"]
    assert "embproj[gcs]" in answer["hint"] and "gcsfs" in answer["hint"]


def test_s3_without_boto3_names_the_s3_extra(monkeypatch):
    from tensorboard.compat.tensorflow_stub.io import gfile

    # As TensorBoard's layer is without boto3: no "s3" filesystem registered, and no fsspec either.
    monkeypatch.delitem(gfile._REGISTERED_FILESYSTEMS, "s3", raising=False)  # pylint: disable=protected-access
    monkeypatch.setattr(gfile, "FSSPEC_ENABLED", False)
    status, answer = error_of(PluginClient("s3://bucket/exp"), "/runs", 10)
    assert status == 424 and "embproj[s3]" in answer["hint"] and "boto3" in answer["hint"]


def test_a_catalog_without_runs_yet_reports_the_listing_failure_once_per_rescan(server):
    with s3_env(server.endpoint):
        catalog = Catalog("s3://no-such-bucket-embproj-2", rescan_seconds=60)
        _, first = server.requests_during(lambda: pytest.raises(Exception, catalog.run_names))
        _, second = server.requests_during(lambda: pytest.raises(Exception, catalog.run_names))
    assert len(first) == 1 and second == []  # a failing listing is not retried on every request
