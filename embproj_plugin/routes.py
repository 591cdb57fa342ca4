"""HTTP handlers under /data/plugin/embproj/: the built-in projector's routes, same semantics, plus
shape/dtype headers, ETags and JSON errors `{error, file, hint}`."""
import hashlib
import json
import mimetypes
import os
import re
import urllib.parse

import numpy as np

from tensorboard.backend import http_util
from werkzeug import wrappers

from embproj_plugin import projections
from embproj_plugin.bookmark_saving import WritesNotAllowed, read_request_body, save_bookmarks
from embproj_plugin.bookmarks import read_bookmarks
from embproj_plugin.config import config_to_json
from embproj_plugin.errors import BadRequest, EmbprojError, MalformedFile, NotFound
from embproj_plugin.file_access import MAX_SPRITE_BYTES, read_file
from embproj_plugin.metadata import read_metadata_bytes
from embproj_plugin.run_loader import tensor_at_step
from embproj_plugin.sources import file_signature
from embproj_plugin.tensor_stream import hold_last_until



def make_apps(catalog, static_dir, allow_writes=False):
    handlers = Handlers(catalog, allow_writes)
    apps = {
        "/runs": handlers.runs,
        "/info": handlers.info,
        "/tensor": handlers.tensor,
        "/metadata": handlers.metadata,
        "/bookmarks": handlers.bookmarks,
        "/sprite_image": handlers.sprite_image,
        "/projection": handlers.projection,
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
        except RecursionError:
            return _json_error(request, BadRequest("the request nests too deeply to be read"))
        except FileNotFoundError as e:  # deleted between listing and reading (a checkpoint rotated away)
            return _json_error(request, EmbprojError(
                404, "file disappeared while it was read: %s" % (e.filename or e), e.filename or "",
                "A newer checkpoint may have replaced it: reload."))
        except Exception as e:  # pylint: disable=broad-except
            error = EmbprojError(500, "internal error: %s: %s" % (type(e).__name__, e), "",
                                 "Please report this with the file that caused it.")
            return _json_error(request, error)

    return app


_STEP = re.compile(r"[0-9]{1,18}")


def _step(value):
    """A step number: ASCII digits only ('²'.isdigit() is true) and bounded (int() of 5,000 digits fails)."""
    if not _STEP.fullmatch(value):
        raise BadRequest("query parameter step must be an integer >= 0 (at most 18 digits), got %r" % value[:40])
    return int(value)


def _positive_int(request, name):
    value = request.args.get(name)
    if not value:
        return None
    number = int(value) if _STEP.fullmatch(value) else 0
    if number <= 0:
        raise BadRequest("query parameter %s must be an integer > 0, got %r" % (name, value[:40]))
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
            entry.setdefault("tensorName", "")  # protobuf's JSON leaves out an empty name
            embedding = run.find(entry["tensorName"])
            entry.update(_embedding_fields(embedding))
        return http_util.Respond(request, json.dumps(body, indent=2), "application/json")

    @_handler
    def tensor(self, request):
        num_rows = _positive_int(request, "num_rows")
        step = request.args.get("step")
        run, embedding = self._embedding(request)
        if embedding.error is not None:
            raise EmbprojError(embedding.error_status, embedding.error.error, embedding.error.file,
                               embedding.error.hint)
        source = embedding.source
        if step not in (None, "") and _step(step) != embedding.step:
            source = tensor_at_step(embedding, int(step), self._catalog.confinement)
        encoding = _encoding(request)
        rows = min(num_rows or source.shape[0], source.shape[0])
        etag = '"%s"' % hashlib.sha1(repr((source.signature(), rows, encoding)).encode()).hexdigest()
        headers = [("X-Embproj-Shape", "%d,%d" % (rows, source.shape[1])), ("X-Embproj-Dtype", source.dtype),
                   ("X-Embproj-Encoding", encoding), ("ETag", etag), ("X-Content-Type-Options", "nosniff"),
                   ("Cache-Control", "no-cache, must-revalidate")]
        if etag in request.headers.get("If-None-Match", ""):
            return wrappers.Response(status=304, headers=headers)
        count = rows * source.shape[1]
        body = _first_then_rest(_tensor_bytes(source.blocks(), count, ENCODINGS[encoding], source.path))
        headers.append(("Content-Length", str(count * ENCODINGS[encoding].itemsize)))
        return wrappers.Response(body, headers=headers, mimetype="application/octet-stream",
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
        raw, encoding = read_metadata_bytes(path, num_rows)  # the file's bytes, with their charset
        return http_util.Respond(request, raw, "text/plain", encoding=encoding, headers=[("ETag", etag)])

    @_handler
    def bookmarks(self, request):
        run, embedding = self._embedding(request)
        if request.method == "POST":
            if not self._allow_writes:
                raise WritesNotAllowed()
            path = save_bookmarks(run, embedding, read_request_body(request), self._catalog.confinement)
            return http_util.Respond(request, {"saved": path}, "application/json")
        path = _asset_or_404(embedding, embedding.bookmarks_path, "bookmarks", "bookmarks_path")
        return http_util.Respond(request, read_bookmarks(path), "application/json")

    @_handler
    def sprite_image(self, request):
        _, embedding = self._embedding(request)
        path = _asset_or_404(embedding, embedding.sprite_path, "sprite", "sprite.image_path")
        return http_util.Respond(request, read_file(path, MAX_SPRITE_BYTES, "sprite"), embedding.sprite_mime)

    @_handler
    def projection(self, request):
        """A layout stored beside the tensor (projections.py) as float32 n x k, like /tensor."""
        _, embedding = self._embedding(request)
        layout = projections.find(embedding, request.args.get("projection"))
        headers = [("X-Embproj-Shape", "%d,%d" % (layout.rows, layout.dims)), ("X-Content-Type-Options", "nosniff"),
                   ("Cache-Control", "no-cache, must-revalidate"),
                   ("Content-Length", str(layout.rows * layout.dims * 4))]
        body = _first_then_rest(piece.tobytes() for piece in projections.coordinate_pieces(layout))
        return wrappers.Response(body, headers=headers, mimetype="application/octet-stream", direct_passthrough=True)


# How /tensor may send the values: float32 as read, or float16 (half the bytes) when the tab asks.
ENCODINGS = {"float32": np.dtype("<f4"), "float16": np.dtype("<f2")}
FLOAT16_MAX = float(np.finfo(np.float16).max)


def _encoding(request):
    encoding = request.args.get("encoding") or "float32"
    if encoding not in ENCODINGS:
        raise BadRequest("query parameter encoding must be one of %s, got %r" % (", ".join(ENCODINGS), encoding[:40]))
    return encoding


def _tensor_bytes(blocks, count, dtype, path):
    """The first `count` values of a verified block stream, as `dtype` bytes. The stream is read to
    its end even past `count` (only its end confirms the checksum and the file's version), and the
    last piece is held back until then: a failed check leaves the body incomplete, never wrong."""

    def pieces():
        sent = 0
        for block in blocks:
            if sent < count:
                piece = block[:count - sent]
                sent += len(piece)
                with np.errstate(over="ignore"):  # an overflow is refused just below
                    converted = piece.astype(dtype, copy=False)
                if dtype.itemsize == 2 and not np.isfinite(converted).all() and \
                        (np.isinf(converted) & np.isfinite(piece)).any():  # overflowed, not inf already
                    raise MalformedFile("values beyond float16's range (+-%g) cannot be sent as float16" % FLOAT16_MAX,
                                        path, "Download the tensor as float32.")
                yield converted.tobytes()

    return hold_last_until(pieces(), lambda: None)


def _first_then_rest(chunks):
    """Reads the first chunk before the response starts, so a file that is missing, refused or
    (when small) damaged is answered with its JSON error, not a cut connection."""
    chunks = iter(chunks)
    first = next(chunks, None)

    def body():
        if first is not None:
            yield first
        yield from chunks

    return body()


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
        "projections": [layout.as_json() for layout in embedding.layouts],
    }
