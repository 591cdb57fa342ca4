"""Compare two embeddings in the Embeddings tab (headless Chromium, software WebGL, a real TensorBoard):

    python bench/bench_compare_browser.py [--rows 100000] [--million] [--dims 64] [--shuffle]
                                          [--pan-seconds 4] [--logdir DIR] [--screenshot /tmp/compare.png]

Data: two ROWS x DIMS float32 tensors of one run (raw `tensor_path`), "step 1" in 50 Gaussian clusters
and "step 2" the same points with a little noise and 10% of them moved to another cluster, with an
`id` metadata column; --shuffle writes step 2's rows in a shuffled order, paired back by `id`.
--million adds a run at 1,000,000 rows after the ROWS one. The tab shows step 2 by PCA; the bench
picks step 1 as side B and clicks Compare. Figures, one fresh page per size:
  * Compare -> first compare frame: from the click to B's layout drawn in its own plot (B downloaded,
    its PCA and projection in compute workers of its own, Procrustes onto A, fitted, drawn);
  * Compare -> neighbourhood change shown: the k-NN graphs of both spaces (k = 10) in those workers,
    1 - Jaccard per row, the colours;
  * frame while panning one plot before comparing (the reference), side by side (both plots redraw: linked cameras) and in the overlay (A's
    points and a line per row, at most 200,000 lines): median requestAnimationFrame interval during
    synthetic drags (bench_frontend.ROTATE_JS);
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

CLUSTERS = 50
K = 10


def make_run(root, rows, dims, shuffle):
    """Writes run `root` (once): step 1 and step 2 of one embedding, raw float32 with an id column."""
    if os.path.exists(os.path.join(root, "projector_config.pbtxt")):
        return
    os.makedirs(root, exist_ok=True)
    rng = np.random.default_rng(5)
    centres = rng.normal(scale=4.0, size=(CLUSTERS, dims)).astype("f4")
    label = rng.integers(0, CLUSTERS, size=rows)
    moved = rng.random(rows) < 0.1
    label2 = np.where(moved, rng.integers(0, CLUSTERS, size=rows), label)
    order = rng.permutation(rows) if shuffle else np.arange(rows)
    with open(os.path.join(root, "step1.bin"), "wb") as f1:
        for start in range(0, rows, 50_000):
            part = slice(start, start + 50_000)
            noise = rng.normal(size=(len(label[part]), dims)).astype("f4")
            (centres[label[part]] + noise).astype("<f4").tofile(f1)
    x1 = np.fromfile(os.path.join(root, "step1.bin"), dtype="<f4").reshape(rows, dims)
    with open(os.path.join(root, "step2.bin"), "wb") as f2:
        for start in range(0, rows, 50_000):
            rows_out = order[start:start + 50_000]
            x2 = x1[rows_out] - centres[label[rows_out]] + centres[label2[rows_out]]
            (x2 + 0.1 * rng.normal(size=x2.shape).astype("f4")).astype("<f4").tofile(f2)
    with open(os.path.join(root, "ids1.tsv"), "w") as f:
        f.write("id\tcluster\n")
        f.writelines("p%d\t%d\n" % (i, label[i]) for i in range(rows))
    with open(os.path.join(root, "ids2.tsv"), "w") as f:
        f.write("id\tcluster\n")
        f.writelines("p%d\t%d\n" % (i, label2[i]) for i in order)
    with open(os.path.join(root, "projector_config.pbtxt"), "w") as f:
        for name, tensor, meta in (("step2", "step2.bin", "ids2.tsv"), ("step1", "step1.bin", "ids1.tsv")):
            f.write('embeddings {\n  tensor_name: "%s"\n  tensor_path: "%s"\n  metadata_path: "%s"\n'
                    '  tensor_shape: %d\n  tensor_shape: %d\n}\n' % (name, tensor, meta, rows, dims))


# Clicks Compare; resolves with the page-clock ms to B's first drawn frame and to the change shown.
COMPARE_JS = """
async () => {
  const t0 = performance.now();
  document.querySelector('[data-testid=compare-start]').click();
  let first = 0;
  return await new Promise((resolve, reject) => {
    const step = () => {
      const c = __embproj.compare;
      const t = c.timings;
      if (!first && t.firstFrameMs) first = performance.now() - t0;
      if (c.status?.status === 'error') reject(new Error(c.status.message));
      else if (c.status?.status === 'ready' && t.readyMs) requestAnimationFrame(() => resolve({ first: first || t.firstFrameMs, ready: performance.now() - t0, hook: t }));
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
"""


def wait_still(frame, timeout=1800000):
    frame.wait_for_function("() => __embproj.isReady() && __embproj.drawnPoints === __embproj.state.n",
                            timeout=timeout, polling=200)


def one_page(browser, base, run, pan_seconds, screenshot):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(base + "/#embproj")
        frame = page.wait_for_selector(IFRAME, timeout=120000).content_frame()
        frame.wait_for_function("() => window.__embproj && __embproj.state.runs.length > 0", timeout=120000)
        if frame.evaluate("() => __embproj.state.run") != run:
            frame.select_option("[data-testid=run-select]", run)
        frame.wait_for_function("r => __embproj.state.run === r && __embproj.state.tensorName === 'step2' && __embproj.isReady()",
                                arg=run, timeout=1800000, polling=200)
        wait_still(frame)
        time.sleep(1.0)
        pan_alone = frame.evaluate(ROTATE_JS, [".ep-canvas", pan_seconds])
        frame.click("[data-testid=reset-view]")
        wait_still(frame)
        frame.select_option("[data-testid=compare-tensor]", '["step1",null]')
        if frame.evaluate("() => __embproj.state.n") and run.endswith("shuffled"):
            frame.select_option("[data-testid=compare-key]", "id")
        frame.fill("[data-testid=compare-k]", str(K))
        time.sleep(1.0)
        t = frame.evaluate(COMPARE_JS)
        result = frame.evaluate("() => { const r = __embproj.compare.result(); return { mean: r.meanOverlap, exact: r.exact, paired: r.paired, timings: r.timings }; }")
        wait_still(frame)
        time.sleep(1.0)
        pan_side = frame.evaluate(ROTATE_JS, [".ep-plot:not(.ep-plot-b) .ep-canvas", pan_seconds])
        frame.click("[data-testid=reset-view]")
        wait_still(frame)
        time.sleep(1.0)
        frame.select_option("[data-testid=compare-mode]", "overlay")
        frame.wait_for_function("() => __embproj.compare.lines > 0", timeout=600000)
        wait_still(frame)
        time.sleep(1.0)
        if screenshot:
            page.screenshot(path=screenshot)
        lines = frame.evaluate("() => __embproj.compare.lines")
        pan_overlay = frame.evaluate(ROTATE_JS, [".ep-canvas", pan_seconds])
        return {"alone": pan_alone, "first": t["first"], "ready": t["ready"], "result": result, "pan_side": pan_side, "pan_overlay": pan_overlay, "lines": lines}
    finally:
        page.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--million", action="store_true", help="also 1,000,000 rows")
    ap.add_argument("--dims", type=int, default=64)
    ap.add_argument("--shuffle", action="store_true", help="step 2's rows shuffled, paired by the id column")
    ap.add_argument("--pan-seconds", type=float, default=4.0)
    ap.add_argument("--logdir", help="keep the data here (written once, reused)")
    ap.add_argument("--screenshot", help="save a PNG of the overlay (largest size)")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright
    sizes = [a.rows] + ([1_000_000] if a.million and a.rows != 1_000_000 else [])
    with tempfile.TemporaryDirectory() as tmp:
        logdir = a.logdir or os.path.join(tmp, "logdir")
        runs = {}
        for rows in sizes:
            run = "n%d%s" % (rows, "_shuffled" if a.shuffle else "")
            make_run(os.path.join(logdir, run), rows, a.dims, a.shuffle)
            runs[rows] = run
        with running_tensorboard(logdir) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            for rows in sizes:
                r = one_page(browser, base, runs[rows], a.pan_seconds, a.screenshot if rows == sizes[-1] else None)
                tm = r["result"]["timings"]
                print("  %d x %d%s: Compare -> first compare frame %.0f ms (B loaded %.0f, its layout %.0f ms); -> neighbourhood change "
                      "shown %.0f ms (graphs %.0f ms, %s); mean overlap %.3f over %d rows; frame while panning: one plot (before comparing) %.0f ms, side by side %.0f ms, "
                      "overlay (%d lines) %.0f ms"
                      % (rows, a.dims, " shuffled" if a.shuffle else "", r["first"], tm["loadMs"], tm["layoutMs"], r["ready"], tm["neighboursMs"],
                         "exact" if r["result"]["exact"] else "approximate", r["result"]["mean"], r["result"]["paired"], r["alone"], r["pan_side"],
                         r["lines"], r["pan_overlay"]), flush=True)
                label = "compare %dx%d" % (rows, a.dims)
                report("%s: Compare -> first compare frame" % label, r["first"], None, "ms")
                report("%s: Compare -> neighbourhood change shown" % label, r["ready"], None, "ms")
                report("%s: frame while panning, one plot (before comparing)" % label, r["alone"], None, "ms")
                report("%s: frame while panning, side by side" % label, r["pan_side"], None, "ms")
                report("%s: frame while panning, overlay" % label, r["pan_overlay"], None, "ms")
            browser.close()


if __name__ == "__main__":
    main()
