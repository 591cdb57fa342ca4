"""A real S3-API server on loopback for the remote-logdir tests: moto's `moto_server`, started and
stopped here (CI starts nothing by hand). Test setup talks to it with its own boto3 session (never
through the code under test); the plugin under test finds it through S3_ENDPOINT and AWS_* variables,
as TensorBoard does. Nothing here reaches beyond 127.0.0.1: the instance-metadata lookup that boto3
makes when no credentials are set is switched off.
"""
import atexit
import contextlib
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

import pytest

TESTS = pathlib.Path(__file__).resolve().parent
SHARED_FIXTURES = TESTS.parents[1] / "shared" / "fixtures"
FIXTURE_NAMES = ["tf1_mnist", "tf2_words", "tsv_only", "multi_run", "torch_writer"]
ACCESS_KEY, SECRET_KEY, REGION = "testing", "testing", "us-east-1"
_REQUEST_LINE = re.compile(r'"(GET|PUT|HEAD|POST|DELETE) (\S+) HTTP/1\.[01]" (\d{3})')
# werkzeug colours some request lines (e.g. 206, 4xx) with ANSI escapes even into a file.
_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def moto_server_command():
    found = shutil.which("moto_server") or shutil.which("moto_server", path=os.path.dirname(sys.executable))
    if found is None:
        pytest.skip("moto_server is not installed (pip install 'moto[server]', part of embproj[test])")
    return [found]


class MotoServer:
    """One `moto_server -H 127.0.0.1 -p PORT` process. With `auth`, moto checks signatures and IAM
    permissions after the first `auth` requests (used to set up a user and its keys)."""

    def __init__(self, auth=None):
        self._clients = {}
        self.port = free_port()
        self.endpoint = "http://127.0.0.1:%d" % self.port
        self.log_path = os.path.join(tempfile.mkdtemp(prefix="moto-"), "moto.log")
        env = dict(os.environ)
        if auth is not None:
            env["INITIAL_NO_AUTH_ACTION_COUNT"] = str(auth)
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(moto_server_command() + ["-H", "127.0.0.1", "-p", str(self.port)],
                                        stdout=self._log, stderr=subprocess.STDOUT, env=env,
                                        start_new_session=True)
        deadline = time.time() + 30
        while True:
            if self.process.poll() is not None:
                raise RuntimeError("moto_server exited: " + open(self.log_path, errors="replace").read())
            try:
                urllib.request.urlopen(self.endpoint + "/moto-api/", timeout=2).read()
                break
            except urllib.error.HTTPError:
                break  # it answered
            except OSError:
                if time.time() > deadline:
                    self.stop()
                    raise RuntimeError("moto_server did not answer: " + open(self.log_path, errors="replace").read())
                time.sleep(0.2)
        atexit.register(self.stop)

    def client(self, access_key=ACCESS_KEY, secret_key=SECRET_KEY, service="s3"):
        """A boto3 client of its own (not the default session the code under test uses)."""
        import boto3

        key = (access_key, secret_key, service)
        if key not in self._clients:
            session = boto3.session.Session(aws_access_key_id=access_key, aws_secret_access_key=secret_key,
                                            region_name=REGION)
            self._clients[key] = session.client(service, endpoint_url=self.endpoint)
        return self._clients[key]

    def new_bucket(self, prefix="embproj"):
        name = "%s-%s" % (prefix, uuid.uuid4().hex[:12])
        self.client().create_bucket(Bucket=name)
        return name

    def put(self, bucket, key, data):
        self.client().put_object(Bucket=bucket, Key=key, Body=data, ContentType="application/octet-stream")

    def get(self, bucket, key):
        return self.client().get_object(Bucket=bucket, Key=key)["Body"].read()

    def keys(self, bucket, prefix=""):
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
        return sorted(o["Key"] for page in pages for o in page.get("Contents", []))

    def upload_tree(self, local_dir, bucket, prefix=""):
        """Every file below `local_dir` (except `_expected` folders) as bucket/prefix/<relative path>."""
        local_dir = pathlib.Path(local_dir)
        for path in sorted(local_dir.rglob("*")):
            if path.is_file() and "_expected" not in path.relative_to(local_dir).parts:
                key = "/".join(filter(None, [prefix, path.relative_to(local_dir).as_posix()]))
                self.put(bucket, key, path.read_bytes())

    def requests(self):
        """(method, path, status) of every request the server has answered, from its own log."""
        self._log.flush()
        with open(self.log_path, errors="replace") as f:
            return [m.groups() for m in _REQUEST_LINE.finditer(_ANSI_ESCAPE.sub("", f.read()))]

    def requests_during(self, action):
        """Runs `action()` and returns (its result, the requests the server answered meanwhile)."""
        before = len(self.wait_quiet())
        result = action()
        return result, self.wait_quiet()[before:]

    def wait_quiet(self, seconds=0.3):
        """The request log once it has stopped growing (werkzeug logs a request after answering it)."""
        seen = self.requests()
        while True:
            time.sleep(seconds)
            now = self.requests()
            if len(now) == len(seen):
                return now
            seen = now

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        if not self._log.closed:
            self._log.close()


_SHARED = {}


def shared_server():
    """The one unauthenticated moto server of this test process (started on first use)."""
    server = _SHARED.get("server")
    if server is None or server.process.poll() is not None:
        server = _SHARED["server"] = MotoServer()
    return server


def s3_environment(endpoint, access_key=ACCESS_KEY, secret_key=SECRET_KEY, timeout="10"):
    """What TensorBoard's S3 layer reads, pointed at `endpoint` (and at nothing else)."""
    missing = os.path.join(tempfile.gettempdir(), "embproj-no-aws-config-%s" % uuid.uuid4().hex)
    env = {"S3_ENDPOINT": endpoint, "AWS_REGION": REGION, "AWS_DEFAULT_REGION": REGION,
           "AWS_EC2_METADATA_DISABLED": "true", "AWS_CONFIG_FILE": missing, "AWS_SHARED_CREDENTIALS_FILE": missing,
           "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost", "EMBPROJ_REMOTE_TIMEOUT": timeout}
    if access_key is not None:
        env.update(AWS_ACCESS_KEY_ID=access_key, AWS_SECRET_ACCESS_KEY=secret_key)
    return env


def reset_boto3():
    """boto3's default session keeps the credentials it first found: start it anew for new variables."""
    import boto3

    boto3.DEFAULT_SESSION = None


@contextlib.contextmanager
def s3_env(endpoint, **kwargs):
    """The process environment set for the plugin under test, restored afterwards."""
    env = s3_environment(endpoint, **kwargs)
    removed = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
               "AWS_DEFAULT_PROFILE", "AWS_SECURITY_TOKEN", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE",
               "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI"]
    with pytest.MonkeyPatch.context() as patch:
        for name in removed:
            patch.delenv(name, raising=False)
        for name, value in env.items():
            patch.setenv(name, value)
        # TensorBoard's S3 layer reads S3_ENDPOINT once, at import: as a new process would see it.
        from tensorboard.compat.tensorflow_stub.io import gfile

        layer = gfile._REGISTERED_FILESYSTEMS.get("s3")  # pylint: disable=protected-access
        if layer is not None:
            patch.setattr(layer, "_s3_endpoint", endpoint)
        reset_boto3()
        try:
            yield env
        finally:
            reset_boto3()


def every_route(client):
    """Every answer the API gives for the logdir: runs, info, and each embedding's files and steps."""
    answers = {"/runs": client.json("/runs")}
    for run in answers["/runs"]:
        info = client.json("/info?run=%s" % run)
        answers["/info?run=%s" % run] = info
        for entry in info["embeddings"]:
            query = "run=%s&name=%s" % (run, entry["tensorName"])
            for route in ("tensor", "metadata", "sprite_image", "bookmarks"):
                response = client.get("/%s?%s" % (route, query))
                answers["/%s?%s" % (route, query)] = (response.status_code, response.get_data())
            for step in entry.get("checkpointSteps") or []:
                response = client.get("/tensor?%s&step=%d" % (query, step))
                answers["/tensor?%s&step=%d" % (query, step)] = (response.status_code, response.get_data())
    return answers
