"""Object storage through TensorBoard's own file layer, plus the little that layer lacks.

Reads and writes go through `tensorboard.compat.tensorflow_stub.io.gfile`, the layer TensorBoard
uses without TensorFlow: `s3://` with boto3 (endpoint from `S3_ENDPOINT`, credentials from the usual
`AWS_*` variables), any other scheme fsspec knows (`gs://` with gcsfs, `az://`, `memory://`, ...).
A ranged read is its filesystem's `read(url, binary, size, continue_from=offset)`.

What the layer lacks, done here with the same libraries and the same client settings:
- a version per object (size + ETag / generation / mtime) to notice an object replaced mid-read;
- one recursive listing with sizes (S3 ListObjectsV2 without a delimiter, fsspec `find`) instead of
  a request per directory;
- bounded time: every call runs under a deadline (EMBPROJ_REMOTE_TIMEOUT seconds, default 15), and
  boto3 clients get connect/read timeouts and one retry, so a dead endpoint is an error, not a hang.
"""
import dataclasses
import datetime
import os
import threading

from embproj_plugin.file_access import FileMissing
from embproj_plugin.remote_errors import TIMEOUT_VARIABLE, StorageUnavailable, missing_package, translate
from embproj_plugin.urls import normalise, split

DEFAULT_TIMEOUT_SECONDS = 15.0
# Version fields fsspec implementations report, most specific first (s3fs, gcsfs, adlfs, local, memory).
_TAG_FIELDS = ("ETag", "etag", "md5Hash", "generation", "content_md5", "mtime", "LastModified",
               "last_modified", "updated", "created")
_TIME_FIELDS = ("mtime", "LastModified", "last_modified", "updated", "created")


def timeout_seconds():
    """The most one storage call may take: EMBPROJ_REMOTE_TIMEOUT, else 15 s."""
    try:
        value = float(os.environ.get(TIMEOUT_VARIABLE, ""))
    except ValueError:
        return DEFAULT_TIMEOUT_SECONDS
    return value if value > 0 else DEFAULT_TIMEOUT_SECONDS


@dataclasses.dataclass(frozen=True)
class RemoteVersion:
    """What changes when an object is rewritten: its size and its tag (ETag, generation or mtime)."""

    size: int
    tag: str
    mtime: float = dataclasses.field(default=0.0, compare=False)  # for "newest checkpoint" ordering

    @property
    def key(self):
        return (self.size, self.tag)


class _Failures:
    """Counts transient failures, so a run loaded while the endpoint was down is not cached as broken."""

    count = 0
    lock = threading.Lock()

    @classmethod
    def note(cls):
        with cls.lock:
            cls.count += 1


def transient_failures():
    return _Failures.count


def bounded(call, path, timeout=None):
    """`call()` with a deadline: its result, or a FileAccessError (StorageUnavailable past the deadline).
    The call runs in a daemon thread; one that overruns is abandoned to its own (bounded) timeouts."""
    timeout = timeout or timeout_seconds()
    box = {}
    done = threading.Event()

    def run():
        try:
            box["value"] = call()
        except BaseException as e:  # pylint: disable=broad-except  # handed to the waiting thread
            box["error"] = e
        finally:
            done.set()

    threading.Thread(target=run, daemon=True, name="embproj-storage").start()
    if not done.wait(timeout):
        _Failures.note()
        raise StorageUnavailable(path, "the storage did not answer within %g s" % timeout)
    if "error" in box:
        error = translate(box["error"], path)
        if getattr(error, "transient", False):
            _Failures.note()
        raise error from None
    return box["value"]


def _timestamp(value):
    if isinstance(value, datetime.datetime):
        return value.timestamp()
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return 0.0
    return 0.0


def _version_of_info(info):
    tag = next((str(info[f]) for f in _TAG_FIELDS if info.get(f) not in (None, "")), "")
    mtime = next((_timestamp(info[f]) for f in _TIME_FIELDS if info.get(f) not in (None, "")), 0.0)
    return RemoteVersion(int(info.get("size") or 0), tag.strip('"'), mtime)


class _S3:
    """s3:// through TensorBoard's S3FileSystem; HEAD and listing with a boto3 client made the same way
    (default session, S3_ENDPOINT), so credentials and endpoint are the ones TensorBoard uses."""

    def __init__(self, layer):
        self.layer = layer
        self._client = None
        self._lock = threading.Lock()

    def client(self):
        import boto3  # pylint: disable=import-outside-toplevel  # present: the layer registered s3

        session = _bounded_default_session(boto3)
        endpoint = self.endpoint()
        with self._lock:  # one client per (session, endpoint): a new session means new credentials
            made_for, client = self._client or (None, None)
            if made_for is None or made_for[0] is not session or made_for[1] != endpoint:
                client = session.client("s3", endpoint_url=endpoint)
                self._client = ((session, endpoint), client)
            return client

    def endpoint(self):
        """The layer's endpoint: TensorBoard reads S3_ENDPOINT once, when its gfile module is imported."""
        return getattr(self.layer, "_s3_endpoint", os.environ.get("S3_ENDPOINT"))

    @staticmethod
    def bucket_key(url):
        rest = split(normalise(url))[1]
        bucket, _, key = rest.partition("/")
        return bucket, key

    def read(self, url, offset, size):
        import boto3  # pylint: disable=import-outside-toplevel

        _bounded_default_session(boto3)
        data, _ = self.layer.read(url, True, size, {"byte_offset": offset})
        return data[:size]  # the layer's Range end is inclusive: it answers one byte more

    def stat(self, url):
        bucket, key = self.bucket_key(url)
        if not key:
            return None  # the bucket itself is no object
        try:
            head = self.client().head_object(Bucket=bucket, Key=key)
        except Exception as e:  # pylint: disable=broad-except
            if isinstance(translate(e, url), FileMissing):  # (a HEAD cannot tell a missing bucket apart)
                return None
            raise
        return RemoteVersion(int(head["ContentLength"]), str(head.get("ETag", "")).strip('"'),
                             _timestamp(head.get("LastModified")))

    def listing(self, root, timeout):
        """(relative key, RemoteVersion) of every object under `root`: 1,000 per request."""
        bucket, prefix = self.bucket_key(root)
        prefix = prefix + "/" if prefix else ""
        client = self.client()
        token = None
        while True:
            kwargs = {"Bucket": bucket, "Prefix": prefix}
            if token:
                kwargs["ContinuationToken"] = token
            page = bounded(lambda kwargs=kwargs: client.list_objects_v2(**kwargs), root, timeout)
            for obj in page.get("Contents", []):
                yield obj["Key"][len(prefix):], RemoteVersion(
                    int(obj["Size"]), str(obj.get("ETag", "")).strip('"'), _timestamp(obj.get("LastModified")))
            token = page.get("NextContinuationToken")
            if not page.get("IsTruncated") or not token:
                return

    def write(self, url, data):
        import boto3  # pylint: disable=import-outside-toplevel

        _bounded_default_session(boto3)
        self.layer.write(url, bytes(data), binary_mode=True)

    def makedirs(self, url):
        """Object stores have no folders (the layer would write an empty "dir/" marker object)."""


class _Fsspec:
    """Any scheme fsspec knows, through TensorBoard's FSSpecFileSystem; info/find from fsspec itself."""

    def __init__(self, layer):
        self.layer = layer

    @staticmethod
    def _fs(url):
        import fsspec  # pylint: disable=import-outside-toplevel  # present: the layer chose fsspec

        return fsspec.core.url_to_fs(url)

    def read(self, url, offset, size):
        data, _ = self.layer.read(url, True, size, {"opaque_offset": offset})
        return data[:size]

    def stat(self, url):
        fs, path = self._fs(url)
        try:
            info = fs.info(path)
        except FileNotFoundError:
            return None
        return _version_of_info(info) if info.get("type", "file") == "file" else None

    def listing(self, root, timeout):
        fs, path = self._fs(root)
        base = path.rstrip("/")
        found = bounded(lambda: fs.find(path, detail=True), root, timeout)
        for name, info in sorted(found.items()):
            if info.get("type", "file") != "file" or not name.startswith(base + "/"):
                continue
            yield name[len(base) + 1:], _version_of_info(info)

    def write(self, url, data):
        self.layer.write(url, bytes(data), binary_mode=True)

    def makedirs(self, url):
        self.layer.makedirs(url)


_CONFIGURED = {}
_CONFIGURE_LOCK = threading.Lock()


def _bounded_default_session(boto3):
    """boto3's default session (the one TensorBoard's S3 layer makes its clients from), with connect and
    read timeouts and a single retry added where nobody configured them, so a dead endpoint fails in
    seconds. Applied once per session; a session made anew (new credentials) is configured again."""
    with _CONFIGURE_LOCK:
        return _configure_default_session(boto3)


def _configure_default_session(boto3):
    if boto3.DEFAULT_SESSION is None:
        boto3.setup_default_session()
    session = boto3.DEFAULT_SESSION
    if _CONFIGURED.get("session") is not session:
        from botocore.config import Config  # pylint: disable=import-outside-toplevel

        half = max(1.0, timeout_seconds() / 2)
        ours = Config(connect_timeout=half, read_timeout=half,
                      retries={"total_max_attempts": 2, "mode": "standard"})
        core = session._session  # pylint: disable=protected-access  # botocore's, where defaults live
        existing = core.get_default_client_config()
        core.set_default_client_config(ours.merge(existing) if existing is not None else ours)
        # Made once here, so the session's lazy set-up (credentials, models) is done before threads
        # make clients and resources from it at the same time, as TensorBoard's layer does per call.
        session.resource("s3", endpoint_url=os.environ.get("S3_ENDPOINT"))
        _CONFIGURED["session"] = session
    return session


def backend(url):
    """The storage behind `url` as TensorBoard's layer would pick it; a FileAccessError (424) naming the
    package to install when no installed package reads this scheme."""
    try:
        from tensorboard.compat.tensorflow_stub.io import gfile  # pylint: disable=import-outside-toplevel
    except ImportError as e:  # pragma: no cover - TensorBoard is a dependency
        raise missing_package(url, str(e)) from None
    try:
        layer = gfile.get_filesystem(url)
    except Exception as e:  # pylint: disable=broad-except  # ImportError (gcsfs), ValueError (unknown scheme)
        raise missing_package(url, "%s" % e) from None
    if isinstance(layer, gfile.S3FileSystem):
        cached = _BACKENDS.get(id(layer))
        if cached is None:
            cached = _BACKENDS[id(layer)] = _S3(layer)
        return cached
    if isinstance(layer, gfile.FSSpecFileSystem):
        return _Fsspec(layer)
    raise missing_package(url, "TensorBoard's file layer has no filesystem for it")


_BACKENDS = {}


# ------------------------------------------------------------------ calls, each under the deadline

def read_range(url, offset, size):
    """Up to `size` bytes of the object from `offset` (fewer only when it is shorter)."""
    if size <= 0:
        return b""
    store = backend(url)
    return bounded(lambda: store.read(url, offset, size), url)


def stat(url):
    """The RemoteVersion of the object at `url`, or None when there is none."""
    store = backend(url)
    return bounded(lambda: store.stat(url), url)


def listing(root):
    """[(path relative to `root`, RemoteVersion)] of every object below `root`, each page under the deadline."""
    store = backend(root)
    return list(store.listing(root, timeout_seconds()))


def write(url, data):
    """Writes the object in one request (readers see the old object or the new one, never a part)."""
    store = backend(url)
    deadline = timeout_seconds() * (1 + len(data) / float(8 << 20))  # big uploads get time per 8 MiB
    bounded(lambda: store.write(url, data), url, deadline)


def makedirs(url):
    store = backend(url)
    bounded(lambda: store.makedirs(url), url)
