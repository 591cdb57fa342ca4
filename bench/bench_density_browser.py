"""Density contours and cluster labels at a million points in the Embeddings tab (headless Chromium,
software WebGL, a real TensorBoard):

    python bench/bench_density_browser.py [--rows 1000000] [--pan-seconds 4] [--repeats 1] [--logdir DIR]
                                          [--screenshot /tmp/density_1m.png]

Data: ROWS x 2 float32 (a drawn-layout-like 2-D set: 40 Gaussian blobs of uneven sizes on a jittered grid
plus 5% uniform noise) with a label column (each blob's own value on 80% of it, one of 6 shared values
elsewhere), raw `tensor_path` + `tensor_shape`. The tab shows it by PCA (2-D: a rotation of the data).
Figures, in the page's clock, one fresh page per repeat:
  * toggle -> first contours and labels drawn: from the checkbox click to the animation frame after the
    overlay drew (the page extracts the drawn x, y, the worker estimates the density, traces contours and
    finds clusters, the page labels them); and the hook's own split (worker phases, labels).
  * new layout -> contours redrawn: the axes swapped; from the layout placed (the hook's latency: the page
    extracts x, y, the worker runs, the page labels and draws) and from the click (adds placing the
    layout: the identity projection of a million rows and its upload to WebGL).
  * frame while panning, overlay off and on: median requestAnimationFrame interval during synthetic drags
    (bench_frontend.ROTATE_JS; in 2-D a drag pans), so the overlay's per-frame redraw is what differs.
Prints figures and RESULT lines (bench/results.py); asserts nothing.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_frontend import ROTATE_JS  # noqa: E402  (also puts tests/ and tests/browser/ on sys.path)
from results import report  # noqa: E402
from tb_server import running_tensorboard  # noqa: E402
from embproj_browser import ARGS, CHROMIUM, IFRAME  # noqa: E402

BLOBS = 40
SHARED = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]


def make_logdir(root, rows):
    if os.path.exists(os.path.join(root, "projector_config.pbtxt")):
        return
    os.makedirs(root, exist_ok=True)
    rng = np.random.default_rng(3)
    grid = np.array([(i % 8, i // 8) for i in range(BLOBS)], dtype="f8")
    centres = 3.0 * grid + rng.uniform(-0.4, 0.4, size=(BLOBS, 2))
    spreads = rng.uniform(0.15, 0.45, size=BLOBS)
    weights = rng.uniform(0.3, 1.3, size=BLOBS)
    blob = rng.choice(BLOBS, size=rows, p=weights / weights.sum())
    noise = rng.random(rows) < 0.05
    x = centres[blob] + spreads[blob, None] * rng.normal(size=(rows, 2))
    lo, hi = centres.min(axis=0) - 2, centres.max(axis=0) + 2
    x[noise] = rng.uniform(lo, hi, size=(noise.sum(), 2))
    x.astype("<f4").tofile(os.path.join(root, "tensor.bin"))
    own = rng.random(rows) < 0.8
    shared = rng.integers(0, len(SHARED), size=rows)
    with open(os.path.join(root, "metadata.tsv"), "w") as f:
        f.writelines("blob%d\n" % blob[i] if own[i] and not noise[i] else SHARED[shared[i]] + "\n" for i in range(rows))
    with open(os.path.join(root, "projector_config.pbtxt"), "w") as f:
        f.write('embeddings {\n  tensor_name: "layout"\n  tensor_path: "tensor.bin"\n'
                '  metadata_path: "metadata.tsv"\n  tensor_shape: %d\n  tensor_shape: 2\n}\n' % rows)


# Clicks the toggle and resolves with the ms from the click to the animation frame after the overlay
# first drew contours and labels.
TOGGLE_JS = """
async () => {
  const box = document.querySelector('[data-testid=density-toggle]');
  const t0 = performance.now();
  box.click();
  return await new Promise((resolve) => {
    const step = () => {
      const s = __embproj.density.summary;
      if (s.status === 'ready' && s.drawnLabels.length > 0) requestAnimationFrame(() => resolve(performance.now() - t0));
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
"""

# Places a new layout (the two axes swapped) and resolves with the ms to the frame after the next pass drew.
RELAYOUT_JS = """
async () => {
  const passes = __embproj.density.summary.passes;
  const dims = __embproj.state.dims;
  const t0 = performance.now();
  __embproj.set({ dims: [dims[1], dims[0], dims[2]] });
  return await new Promise((resolve) => {
    const step = () => {
      const s = __embproj.density.summary;
      if (s.passes > passes && s.status === 'ready') requestAnimationFrame(() => resolve(performance.now() - t0));
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
"""


def wait_still(frame, timeout=600000):
    frame.wait_for_function("() => __embproj.isReady() && __embproj.drawnPoints === __embproj.state.n",
                            timeout=timeout, polling=100)


def one_page(browser, base, pan_seconds, screenshot):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(base + "/#embproj")
        frame = page.wait_for_selector(IFRAME, timeout=120000).content_frame()
        frame.wait_for_function("() => window.__embproj && __embproj.isReady()", timeout=900000, polling=200)
        wait_still(frame)
        time.sleep(1.0)
        pan_off = frame.evaluate(ROTATE_JS, [".ep-canvas", pan_seconds])
        frame.click("[data-testid=reset-view]")
        wait_still(frame)
        time.sleep(1.0)
        toggle = frame.evaluate(TOGGLE_JS)
        summary = frame.evaluate("() => __embproj.density.summary")
        wait_still(frame)
        time.sleep(1.0)
        if screenshot:
            page.screenshot(path=screenshot)
        pan_on = frame.evaluate(ROTATE_JS, [".ep-canvas", pan_seconds])
        frame.click("[data-testid=reset-view]")
        wait_still(frame)
        time.sleep(1.0)
        relayout = frame.evaluate(RELAYOUT_JS)
        after = frame.evaluate("() => __embproj.density.summary")
        placed = after["timings"]["latencyMs"]
        return {"toggle": toggle, "pan_off": pan_off, "pan_on": pan_on, "relayout": relayout, "placed": placed,
                "summary": summary, "after": after}
    finally:
        page.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--pan-seconds", type=float, default=4.0)
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--logdir", help="keep the data here (written once, reused)")
    ap.add_argument("--screenshot", help="save a PNG with the overlay on (first repeat)")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright
    med = statistics.median
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        logdir = a.logdir or os.path.join(tmp, "logdir")
        make_logdir(logdir, a.rows)
        with running_tensorboard(logdir) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            for k in range(a.repeats):
                r = one_page(browser, base, a.pan_seconds, a.screenshot if k == 0 else None)
                runs.append(r)
                s, w = r["summary"], r["summary"]["timings"]["worker"]
                named = sum(1 for c in s["clusters"] if c["label"].startswith("blob"))
                print("  #%d: toggle -> contours and labels drawn %.0f ms (worker: density %.0f, contours %.0f, clusters "
                      "%.0f ms; labels %.0f ms); new layout placed -> redrawn %.0f ms (%s; worker %.0f ms; from the axes switch %.0f ms); frame while panning "
                      "%.0f ms off, %.0f ms on; %d contour lines (%d vertices), %d clusters (%d named by a blob), %d unassigned"
                      % (k + 1, r["toggle"], w["density"], w["contours"], w["clusters"], s["timings"]["labelMs"],
                         r["placed"], ", ".join("%s %.0f" % kv for kv in r["after"]["timings"]["phases"].items()),
                         sum(r["after"]["timings"]["worker"].values()), r["relayout"], r["pan_off"], r["pan_on"],
                         s["contours"], s["vertices"], len(s["clusters"]), named, s["unassigned"]), flush=True)
            browser.close()
    label = "density %dx2" % a.rows
    report("%s: toggle -> first contours and labels drawn" % label, med(r["toggle"] for r in runs), None, "ms")
    report("%s: new layout placed -> contours and labels redrawn" % label, med(r["placed"] for r in runs), None, "ms")
    report("%s: frame while panning, overlay off" % label, med(r["pan_off"] for r in runs), None, "ms")
    report("%s: frame while panning, overlay on" % label, med(r["pan_on"] for r in runs), None, "ms")


if __name__ == "__main__":
    main()
