"""HTTP handlers under /data/plugin/embproj/: the built-in projector's routes, same semantics, plus
shape/dtype headers, ETags and JSON errors `{error, file, hint}`."""
import hashlib
import json
import mimetypes
import os
import urllib.parse

from tensorboard.backend import http_util
from werkzeug import wrappers

from embproj_plugin.bookmark_saving import WritesNotAllowed, save_bookmarks
from embproj_plugin.bookmarks import read_bookmarks
from embproj_plugin.config import config_to_json
from embproj_plugin import checkpoint as ckpt
from embproj_plugin.errors import BadRequest, EmbprojError, MalformedFile, NotFound
from embproj_plugin.metadata import read_metadata
from embproj_plugin.run_loader import tensor_at_step
from embproj_plugin.sources import file_signature

_CHUNK = 1 << 20


def make_apps(catalog, static_dir, allow_writes=False):
    handlers = Handlers(catalog, allow_writes)
    apps = {
        "/runs": handlers.runs,
        "/info": handlers.info,
        "/tensor": handlers.tensor,
        "/metadata": handlers.metadata,
        "/bookmarks": handlers.bookmarks,
        "/sprite_image": handlers.sprite_image,
    }
    if os.path.isdir(static_dir):
        for name in sorted(os.listdir(static_dir)):
            apps["/" + name] = _static_file_app(os.path.join(static_dir, name))
    return apps


def _static_file_app(path):
    mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
    if path.endswith((".js", ".mjs")):
        mime = "text/javascript"

    @wrappers.Request.application
    def serve(request):
        with open(path, "rb") as f:
            return http_util.Respond(request, f.read(), mime)

    return serve


def _json_error(request, error):
    return http_util.Respond(request, error.problem.as_json(), "application/json", code=error.status)


def _handler(method):
    """Turns EmbprojError into its JSON error response; anything else unexpected into a 500 that
    names the problem instead of a traceback page."""

    @wrappers.Request.application
    def app(self, request):
        try:
            return method(self, request)
        except EmbprojError as e:
            return _json_error(request, e)
        except Exception as e:  # pylint: disable=broad-except
            error = EmbprojError(500, "internal error: %s: %s" % (type(e).__name__, e), "",
                                 "Please report this with the file that caused it.")
            return _json_error(request, error)

    return app


def _positive_or_zero(value):
    if not value.isdigit():
        raise BadRequest("query parameter step must be an integer >= 0, got %r" % value)
    return int(value)


def _positive_int(request, name):
    value = request.args.get(name)
    if not value:
        return None
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise BadRequest("query parameter %s must be an integer > 0, got %r" % (name, value))
    return number


class Handlers:
    def __init__(self, catalog, allow_writes):
        self._catalog = catalog
        self._allow_writes = allow_writes

    def _run(self, request):
        name = request.args.get("run")
        if name is None:
            raise BadRequest('query parameter "run" is required')
        run = self._catalog.run(name)
        if run is None:
            raise NotFound('unknown run "%s"' % name, "", "GET ./runs lists the runs.")
        return run

    def _embedding(self, request):
        run = self._run(request)
        name = request.args.get("name")
        if name is None:
            raise BadRequest('query parameter "name" is required')
        embedding = run.find(name) or run.find(urllib.parse.unquote(name))
        if embedding is None:
            raise NotFound('unknown tensor "%s" in run "%s"' % (name, run.name), run.config_path,
                           "GET ./info?run=%s lists its tensors." % run.name)
        return run, embedding

    @_handler
    def runs(self, request):
        return http_util.Respond(request, self._catalog.run_names(), "application/json")

    @_handler
    def info(self, request):
        run = self._run(request)
        body = config_to_json(run.config)
        body["errors"] = [p.as_json() for p in run.errors]
        body["writable"] = self._allow_writes
        body.setdefault("embeddings", [])
        for entry in body["embeddings"]:
            embedding = run.find(entry["tensorName"])
            entry.update(_embedding_fields(embedding))
        return http_util.Respond(request, json.dumps(body, indent=2), "application/json")

    @_handler
    def tensor(self, request):
        num_rows = _positive_int(request, "num_rows")
        step = request.args.get("step")
        _, embedding = self._embedding(request)
        if embedding.error is not None:
            raise EmbprojError(422, embedding.error.error, embedding.error.file, embedding.error.hint)
        source = embedding.source
        if step not in (None, "") and _positive_or_zero(step) != embedding.step:
            source = tensor_at_step(embedding, int(step))
        try:
            values = source.load()
        except ckpt.CheckpointError as e:
            raise MalformedFile("tensor cannot be read: %s" % e.problem, e.path) from None
        if num_rows:
            values = values[:num_rows]
        etag = '"%s"' % hashlib.sha1(repr((source.signature(), values.shape)).encode()).hexdigest()
        headers = [("X-Embproj-Shape", "%d,%d" % values.shape), ("X-Embproj-Dtype", source.dtype),
                   ("ETag", etag), ("X-Content-Type-Options", "nosniff"),
                   ("Cache-Control", "no-cache, must-revalidate")]
        if etag in request.headers.get("If-None-Match", ""):
            return wrappers.Response(status=304, headers=headers)
        view = memoryview(values).cast("B") if values.size else memoryview(b"")
        headers.append(("Content-Length", str(len(view))))
        # Streamed from the memory map in 1 MiB pieces: the WSGI server needs bytes objects, but no
        # request ever holds a whole copy of the tensor.
        chunks = (bytes(view[i:i + _CHUNK]) for i in range(0, len(view), _CHUNK))
        return wrappers.Response(chunks, headers=headers, mimetype="application/octet-stream",
                                 direct_passthrough=True)

    @_handler
    def metadata(self, request):
        num_rows = _positive_int(request, "num_rows")
        _, embedding = self._embedding(request)
        path = _asset_or_404(embedding, embedding.metadata_path, "metadata", "metadata_path")
        # An ETag lets the tab's reload notice an edited metadata file without downloading it again.
        etag = '"%s"' % hashlib.sha1(repr((file_signature(path), num_rows)).encode()).hexdigest()
        if etag in request.headers.get("If-None-Match", ""):
            return wrappers.Response(status=304, headers=[("ETag", etag)])
        return http_util.Respond(request, read_metadata(path).head(num_rows), "text/plain",
                                 headers=[("ETag", etag)])

    @_handler
    def bookmarks(self, request):
        run, embedding = self._embedding(request)
        if request.method == "POST":
            if not self._allow_writes:
                raise WritesNotAllowed()
            path = save_bookmarks(run, embedding, request.get_data(), self._catalog.confinement)
            return http_util.Respond(request, {"saved": path}, "application/json")
        path = _asset_or_404(embedding, embedding.bookmarks_path, "bookmarks", "bookmarks_path")
        return http_util.Respond(request, read_bookmarks(path), "application/json")

    @_handler
    def sprite_image(self, request):
        _, embedding = self._embedding(request)
        path = _asset_or_404(embedding, embedding.sprite_path, "sprite", "sprite.image_path")
        with open(path, "rb") as f:
            return http_util.Respond(request, f.read(), embedding.sprite_mime)


def _asset_or_404(embedding, usable_path, what, config_field):
    """The usable file, or the error that explains why there is none."""
    if usable_path:
        return usable_path
    if what in embedding.asset_problems:
        status, problem = embedding.asset_problems[what]
        raise EmbprojError(status, problem.error, problem.file, problem.hint)
    raise NotFound('no %s file for tensor "%s"' % (what, embedding.name), "", "Set %s in the config." % config_field)


def _embedding_fields(embedding):
    source = embedding.source
    return {
        "shape": list(source.shape) if source is not None else None,
        "dtype": source.dtype if source is not None else None,
        "source": source.kind if source is not None else None,
        "hasMetadata": bool(embedding.metadata_path),
        "metadataColumns": embedding.metadata_columns,
        "hasSprite": bool(embedding.sprite_path),
        "hasBookmarks": bool(embedding.bookmarks_path),
        "error": embedding.error.as_json() if embedding.error else None,
        "warnings": [w.as_json() for w in embedding.warnings],
        "tag": embedding.tag or embedding.name,
        "step": embedding.step,
        "checkpointSteps": sorted(embedding.checkpoint_steps) or None,
    }
