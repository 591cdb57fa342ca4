"""What went wrong talking to object storage, as the usual {error, file, hint} with a 4xx status.

Every exception out of TensorBoard's file layer, boto3 or fsspec is turned into a FileAccessError
here, so a remote problem is answered like any unreadable file: never a 5xx, never a traceback.
Statuses: 403 credentials missing, wrong or refused; 404 no such bucket or object; 424 (a dependency
failed) for an endpoint that does not answer in time and for a missing package for the URL's scheme.
"""
from embproj_plugin.file_access import FileAccessError, FileMissing
from embproj_plugin.urls import split

# What to install for a scheme, as TensorBoard documents it (boto3 for s3://, gcsfs for gs://).
EXTRAS = {"s3": ("embproj[s3]", "boto3"), "gs": ("embproj[gcs]", "gcsfs"), "gcs": ("embproj[gcs]", "gcsfs")}
TIMEOUT_VARIABLE = "EMBPROJ_REMOTE_TIMEOUT"

_CREDENTIAL_CODES = {"InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken", "InvalidToken",
                     "TokenRefreshRequired", "AuthorizationHeaderMalformed", "InvalidClientTokenId"}
_DENIED_CODES = {"AccessDenied", "AllAccessDisabled", "403", "Forbidden", "AccountProblem"}
_MISSING_KEY_CODES = {"NoSuchKey", "404", "NotFound"}


class RemoteAccessError(FileAccessError):
    """A storage request failed. `transient` errors (no answer in time, endpoint unreachable) must not
    be remembered as a property of the file: the same request may work a moment later."""

    transient = False


class StorageUnavailable(RemoteAccessError):
    transient = True

    def __init__(self, path, reason, hint=""):
        super().__init__(424, path, reason, hint or (
            "Check that the storage endpoint is up and reachable from TensorBoard's machine (S3_ENDPOINT for "
            "an S3-compatible server); each request waits at most %s seconds." % TIMEOUT_VARIABLE))


def _scheme(path):
    try:
        return split(path)[0]
    except ValueError:
        return ""


def missing_package(path, detail=""):
    scheme = _scheme(path)
    extra, package = EXTRAS.get(scheme, ("", ""))
    if extra:
        hint = "pip install '%s' (the %s package), as TensorBoard itself needs for %s:// logdirs." % (
            extra, package, scheme)
    else:
        hint = ("Install the fsspec implementation for %s:// (pip install fsspec and its package for that "
                "scheme, e.g. adlfs for az://), as TensorBoard itself needs." % scheme)
    reason = "no package to read %s:// URLs is installed" % scheme
    return RemoteAccessError(424, path, reason + (" (%s)" % detail if detail else ""), hint)


def _client_error(error, path):
    """botocore's ClientError: the server answered with an error code."""
    info = error.response.get("Error", {}) if isinstance(getattr(error, "response", None), dict) else {}
    code = str(info.get("Code", ""))
    message = info.get("Message") or str(error)
    if code == "NoSuchBucket":
        bucket = info.get("BucketName") or path
        return RemoteAccessError(404, path, 'bucket "%s" does not exist' % bucket,
                                 "Check the bucket name in --logdir, and S3_ENDPOINT for an S3-compatible server.")
    if code in _MISSING_KEY_CODES:
        return FileMissing(path)
    if code in _CREDENTIAL_CODES:
        return RemoteAccessError(403, path, "the storage refused the credentials: %s (%s)" % (message, code),
                                 "Check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) in "
                                 "TensorBoard's environment.")
    if code in _DENIED_CODES:
        return RemoteAccessError(403, path, "access denied: %s" % message,
                                 "The credentials in TensorBoard's environment may not read this bucket: "
                                 "grant them s3:ListBucket and s3:GetObject (s3:PutObject to write).")
    if code in ("SlowDown", "ServiceUnavailable", "InternalError", "503", "500", "RequestTimeout"):
        return StorageUnavailable(path, "the storage is busy or failing: %s (%s)" % (message, code))
    return RemoteAccessError(422, path, "the storage answered %s: %s" % (code or "an error", message))


def translate(error, path):
    """The FileAccessError that stands for `error`, raised by a storage call about `path`."""
    if isinstance(error, FileAccessError):
        return error
    name = type(error).__name__
    module = type(error).__module__ or ""
    if any(c.__name__ == "ClientError" and c.__module__.startswith("botocore") for c in type(error).__mro__):
        return _client_error(error, path)  # (modeled errors such as NoSuchBucket are subclasses)
    if name in ("NoCredentialsError", "PartialCredentialsError", "CredentialRetrievalError",
                "NoAuthTokenError", "DefaultCredentialsError", "RefreshError"):
        return RemoteAccessError(403, path, "no credentials to read object storage: %s" % error,
                                 "Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) for s3://, "
                                 "GOOGLE_APPLICATION_CREDENTIALS for gs://, in TensorBoard's environment.")
    if name in ("EndpointConnectionError", "ConnectTimeoutError", "ReadTimeoutError", "ConnectionClosedError",
                "ProxyConnectionError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
                "TimeoutError", "ResponseStreamingError", "IncompleteReadError", "ClientConnectorError",
                "ServerTimeoutError", "ClientOSError", "ServerDisconnectedError"):
        return StorageUnavailable(path, "the storage endpoint did not answer: %s" % error)
    if isinstance(error, ImportError):
        return missing_package(path, str(error))
    if isinstance(error, FileNotFoundError):
        return FileMissing(path)
    if isinstance(error, PermissionError):
        return RemoteAccessError(403, path, "access denied: %s" % error)
    if name == "NotFoundError" and "tensorflow_stub" in module:
        return FileMissing(path)
    if isinstance(error, ValueError) and "No recognized filesystem" in str(error):
        return missing_package(path, str(error))
    return RemoteAccessError(422, path, "storage request failed: %s: %s" % (name, error))
