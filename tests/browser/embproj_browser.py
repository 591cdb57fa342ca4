"""Helpers for browser tests: headless Chromium (DESIGN.md section 5) driving the Embeddings tab."""
import json
import os
import pathlib
import time
import urllib.request
from urllib.parse import quote

import numpy as np

# Debian's chromium; elsewhere (macOS, Windows) point EMBPROJ_CHROMIUM at a Chrome or Chromium binary.
CHROMIUM = os.environ.get("EMBPROJ_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
IFRAME = 'iframe[src*="plugin_entry.html?name=embproj"]'
# Console noise that is not ours: SwiftShader performance notes, TensorBoard's own font 404s under a prefix.
IGNORED = ("GL Driver Message", "GPU stall", "Multiple instances of Three.js")


def api_json(base, route):
    with urllib.request.urlopen(base + "/data/plugin/embproj/" + route, timeout=30) as r:
        return json.loads(r.read())


def api_bytes(base, route):
    with urllib.request.urlopen(base + "/data/plugin/embproj/" + route, timeout=30) as r:
        return r.read()


def fetch_tensor(base, run, name, step=None):
    """The tensor `name` of `run` (at `step`) as served, shaped by /info, in float64 (exactly the
    served float32 values)."""
    route = "tensor?run=%s&name=%s" % (quote(run, safe=""), quote(name, safe=""))
    if step is not None:
        route += "&step=%d" % step
    raw = api_bytes(base, route)
    info = api_json(base, "info?run=" + quote(run, safe=""))
    shape = next(e["shape"] for e in info["embeddings"] if e["tensorName"] == name)
    return np.frombuffer(raw, dtype="<f4").reshape(shape).astype(np.float64)


def read_metadata(path):
    """(header, rows) of a metadata file by TensorBoard's rule (one column: no header line, called
    "label" here); rows padded or cut to the header's width, fields stripped."""
    lines = pathlib.Path(path).read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines[0].split("\t")) == 1:
        return ["label"], [[x.strip()] for x in lines]
    header = lines[0].split("\t")
    return header, [[c.strip() for c in (line.split("\t") + [""] * len(header))[:len(header)]] for line in lines[1:]]


class Tab:
    """The Embeddings tab open in one Playwright page."""

    def __init__(self, browser, base, viewport=(1400, 900), before_open=None, url=None):
        """A new page on the TensorBoard at `base`, opened at its Embeddings tab (or at `url`, e.g. a
        copied link); before_open(page) runs first (routes, listeners)."""
        self.base = base
        self.page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        if before_open:
            before_open(self.page)
        self.errors = []
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda e: self.errors.append("pageerror: %s" % e))
        self.page.goto(url or base + "/#embproj")
        self.iframe = self.page.wait_for_selector(IFRAME, timeout=60000)
        self.frame = self.iframe.content_frame()
        self.frame.wait_for_function("() => window.__embproj !== undefined", timeout=60000)

    def _on_console(self, msg):
        if msg.type != "error" or any(s in msg.text for s in IGNORED):
            return
        url = (msg.location or {}).get("url", "")
        if "embproj" in url or "plugin_entry" in url or not url:
            self.errors.append("console: %s (%s)" % (msg.text, url))

    def eval(self, expr, arg=None):
        return self.frame.evaluate(expr, arg)

    def state(self, key):
        return self.eval("k => __embproj.state[k]", key)

    def wait_ready(self, run=None, tensor=None, timeout=60000):
        self.frame.wait_for_function(
            """([run, tensor]) => {
                 const e = window.__embproj; if (!e) return false;
                 const s = e.state;
                 if (run !== null && s.run !== run) return false;
                 if (tensor !== null && s.tensorName !== tensor) return false;
                 return e.isReady();
               }""", arg=[run, tensor], timeout=timeout)

    def select(self, run, tensor=None):
        if self.state("run") != run:
            self.frame.select_option("[data-testid=run-select]", run)
            self.frame.wait_for_function(
                "r => __embproj.state.run === r && __embproj.state.info !== null", arg=run)
        if tensor is not None:
            self.frame.wait_for_function(
                "t => (__embproj.state.info?.embeddings || []).some(e => e.tensorName === t)", arg=tensor)
        if tensor is not None and self.state("tensorName") != tensor:
            self.frame.select_option("[data-testid=tensor-select]", tensor)
        self.wait_ready(run, tensor)

    def page_xy(self, i):
        """Page coordinates of point i (iframe offset + the iframe's own coordinates)."""
        p = self.eval("i => __embproj.screenPositionOf(i)", i)
        assert p is not None, "point %d is off screen" % i
        box = self.iframe.bounding_box()
        return box["x"] + p["x"], box["y"] + p["y"]

    def hover(self, i):
        x, y = self.page_xy(i)
        self.page.mouse.move(x - 30, y - 30)
        self.page.mouse.move(x, y, steps=3)
        self.frame.wait_for_function("() => __embproj.state.hovered >= 0", timeout=5000)
        return x, y

    def click(self, i):
        x, y = self.page_xy(i)
        self.page.mouse.move(x, y)
        self.page.mouse.click(x, y)
        self.frame.wait_for_function("() => __embproj.state.selected >= 0", timeout=5000)

    def drag(self, points, steps=8, modifiers=()):
        """Presses the mouse at points[0], moves through the others (`steps` events each), releases,
        holding the keys in `modifiers` (e.g. "Shift") meanwhile."""
        for key in modifiers:
            self.page.keyboard.down(key)
        self.page.mouse.move(*points[0])
        self.page.mouse.down()
        for point in points[1:]:
            self.page.mouse.move(*point, steps=steps)
        self.page.mouse.up()
        for key in modifiers:
            self.page.keyboard.up(key)

    def point_pixels(self):
        self.eval("() => __embproj.renderNow()")
        return self.eval("() => __embproj.countPointPixels()")

    def settle(self, seconds=0.2):
        time.sleep(seconds)

    def close(self):
        if not self.page.is_closed():
            self.page.close()


def write_clustered_logdir(root, rows, dims, clusters, seed):
    """A raw-tensor logdir: rows x dims float32 in `clusters` Gaussian clusters (centres N(0, 4^2), unit
    noise) as x.bin, each row's cluster as labels.tsv. Returns root (a pathlib.Path)."""
    root = pathlib.Path(root)
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, clusters, rows)
    (rng.normal(size=(clusters, dims))[labels] * 4 + rng.normal(size=(rows, dims))).astype("<f4").tofile(root / "x.bin")
    (root / "labels.tsv").write_text("".join("%d\n" % v for v in labels))
    (root / "projector_config.pbtxt").write_text(
        'embeddings {\n  tensor_name: "clusters"\n  tensor_path: "x.bin"\n  tensor_shape: %d\n  tensor_shape: %d\n'
        '  metadata_path: "labels.tsv"\n}\n' % (rows, dims))
    return root
