"""Our answers equal what TensorBoard 2.21's built-in projector answered for the same fixtures.

shared/fixtures/_builtin_projector/<fixture>/ records every request it served (with TensorFlow
installed). Where it answered 200 we must answer the same: identical tensor, metadata, bookmark and
sprite bytes, `/info` equal apart from the fields we add. Where it answered 400 we answer an error
too, except `name:0` tensor lookups, which it fails on and we serve (DESIGN.md: name:0 ≡ name).
"""
import gzip
import hashlib
import json
import re
import urllib.parse

import pytest

from shared_fixtures import SHARED_FIXTURES, require_shared_fixtures
from plugin_client import PluginClient

RECORDED = SHARED_FIXTURES / "_builtin_projector"
ROUTES = ("/runs", "/info", "/tensor", "/metadata", "/bookmarks", "/sprite_image")
OUR_INFO_FIELDS = {"shape", "dtype", "source", "hasMetadata", "metadataColumns", "hasSprite", "hasBookmarks",
                   "error", "warnings", "tag", "step", "checkpointSteps", "projections"}


def recorded_fixtures():
    if not RECORDED.is_dir():
        return []
    return sorted(p.name for p in RECORDED.iterdir() if (p / "index.json").is_file())


def projector_entries(fixture):
    index = json.loads((RECORDED / fixture / "index.json").read_text())
    for entry in index["entries"]:
        url = entry.get("url") or ""
        path = urllib.parse.urlsplit(url).path
        if path.startswith("/data/plugin/projector") and path[len("/data/plugin/projector"):] in ROUTES:
            yield entry


def recorded_body(fixture, entry, logdir):
    body = (RECORDED / fixture / entry["body_file"]).read_bytes()
    if entry["headers"].get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
        # Compressed bodies kept the recording machine's logdir (…/<fixture>) instead of {LOGDIR}.
        body = re.sub(rb'"/[^"]*?/%s(?=[/"])' % fixture.encode(), b'"{LOGDIR}', body)
    return body.replace(b"{LOGDIR}", str(logdir).encode())


def our_body(response):
    body = response.get_data()
    if response.headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return body


def without_our_fields(info):
    info = dict(info)
    info.pop("errors", None)
    info.pop("writable", None)
    info["embeddings"] = {e["tensorName"]: {k: v for k, v in e.items() if k not in OUR_INFO_FIELDS}
                          for e in info.get("embeddings", [])}
    return info


@pytest.mark.parametrize("fixture", recorded_fixtures() or ["<none recorded>"])
def test_answers_match_builtin_projector(fixture, fixture_copy):
    require_shared_fixtures()
    logdir = fixture_copy(fixture)
    client = PluginClient(logdir)
    compared = 0
    for entry in projector_entries(fixture):
        url = entry["url"].replace("/data/plugin/projector", "/data/plugin/embproj", 1)
        route = urllib.parse.urlsplit(url).path.rsplit("/", 1)[1]
        response = client.get(url, headers=entry.get("request_headers") or {})
        label = "%s %s" % (entry["label"], url)
        if entry["status"] != 200:
            if "alt_name" in entry["label"] and route == "tensor":
                canonical = url.replace("%3A0", "")
                assert response.status_code == 200, label
                assert our_body(response) == our_body(client.get(canonical)), label
            else:
                assert 400 <= response.status_code < 500, label
                assert "error" in json.loads(response.get_data()), label
            continue
        assert response.status_code == 200, (label, response.get_data(as_text=True))
        expected = recorded_body(fixture, entry, logdir)
        if route == "runs":
            assert set(json.loads(our_body(response))) == set(json.loads(expected)), label
        elif route == "info":
            assert without_our_fields(json.loads(our_body(response))) == without_our_fields(json.loads(expected)), label
        else:
            assert our_body(response) == expected, label
            if "{LOGDIR}" not in (RECORDED / fixture / entry["body_file"]).read_text(errors="replace"):
                assert hashlib.sha256(expected).hexdigest() == entry["sha256"] or entry["headers"].get(
                    "Content-Encoding") == "gzip"
        compared += 1
    assert compared >= 10, "too few recorded answers compared for %s" % fixture
