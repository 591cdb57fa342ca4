"""A layout computed in Python, shown in the Embeddings tab (headless Chromium, a real TensorBoard):

    python bench/bench_imported_layout.py [--rows 1000000] [--dims 32] [--repeats 3] [--logdir DIR]

Data: ROWS x DIMS float32 in 50 Gaussian clusters written with log_embedding(projections=...): a 2-D
layout (the clusters' first two coordinates plus noise, standing in for an offline UMAP) and a 3-D one.
Figures:
  * GET /projection of the 2-D layout (server: read, checked finite, streamed), median of REPEATS;
  * choose "from Python: umap" -> drawn: from the chooser's change to the frame showing it (fetched the
    first time; the next times it is kept and only drawn), after PCA, median of REPEATS;
  * the same for the 3-D layout in 3D.
Prints figures and RESULT lines (bench/results.py); asserts nothing.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
import urllib.request

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from bench_frontend import ROTATE_JS  # noqa: E402,F401  (puts tests/ and tests/browser/ on sys.path)
from results import report  # noqa: E402
from tb_server import running_tensorboard  # noqa: E402
from embproj_browser import ARGS, CHROMIUM, IFRAME  # noqa: E402

CLUSTERS = 50


def make_logdir(logdir, rows, dims):
    from embproj_plugin import log_embedding

    if os.path.exists(os.path.join(logdir, "projector_config.pbtxt")):
        return
    rng = np.random.default_rng(3)
    centres = rng.normal(scale=4.0, size=(CLUSTERS, dims)).astype("f4")
    label = rng.integers(0, CLUSTERS, size=rows)
    vectors = centres[label] + rng.normal(size=(rows, dims)).astype("f4")
    umap = centres[label, :2] + rng.normal(scale=0.3, size=(rows, 2)).astype("f4")
    umap3 = centres[label, :3] + rng.normal(scale=0.3, size=(rows, 3)).astype("f4")
    log_embedding(logdir, vectors, tag="clusters", projections={"umap": umap, "umap-3d": umap3})


CHOOSE_JS = """async (method) => {
  const e = window.__embproj;
  const select = document.querySelector('[data-testid=method-select]');
  const t0 = performance.now();
  select.value = method;
  select.dispatchEvent(new Event('change'));
  while (!(e.state.method === method && e.isReady() && e.views.layout()?.axes[0]?.startsWith(method.slice(9)))) {
    await new Promise((r) => setTimeout(r, 5));
    if (performance.now() - t0 > 300000) {
      const s = e.state;
      throw new Error('not drawn after 300 s: ' + JSON.stringify({ method: s.method, computing: s.computing, loading: s.loading,
        ready: e.isReady(), axes: e.views.layout()?.axes, gen: [e.hook.projectionGeneration, e.hook.drawnGeneration] }));
    }
  }
  return performance.now() - t0;
}"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1000000)
    parser.add_argument("--dims", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--logdir")
    args = parser.parse_args()
    logdir = args.logdir or os.path.join(tempfile.gettempdir(), "embproj-bench-imported-%d-%d" % (args.rows, args.dims))
    make_logdir(logdir, args.rows, args.dims)
    from playwright.sync_api import sync_playwright

    size = "%dx%d" % (args.rows, args.dims)
    with running_tensorboard(logdir) as base, sync_playwright() as p:
        url = base + "/data/plugin/embproj/projection?run=.&name=clusters:00000&projection=umap"
        serve = []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            with urllib.request.urlopen(url, timeout=600) as r:
                assert len(r.read()) == args.rows * 2 * 4
            serve.append(time.perf_counter() - t0)
        print("GET /projection %d x 2: %.3f s (median of %d)" % (args.rows, statistics.median(serve), args.repeats))
        report("imported layout %d x 2, GET /projection" % args.rows, statistics.median(serve))

        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(base + "/#embproj")
        frame = page.wait_for_selector(IFRAME, timeout=60000).content_frame()
        frame.wait_for_function("() => window.__embproj && __embproj.isReady()", timeout=1800000)
        print("tab ready (PCA drawn)", flush=True)
        for method, label in (("imported:umap", "2-D"), ("imported:umap-3d", "3-D")):
            times = []
            for _ in range(args.repeats):
                frame.evaluate(CHOOSE_JS.replace("e.views.layout()?.axes[0]?.startsWith(method.slice(9))", "true"), "pca")
                times.append(frame.evaluate(CHOOSE_JS, method) / 1000)
                print("  %s: %.3f s" % (method, times[-1]), flush=True)
            print("%s: choose the %s layout -> drawn: first %.2f s, then %.2f s (median of %d)"
                  % (size, label, times[0], statistics.median(times[1:] or times), len(times) - 1))
            report("imported %s layout %s, choose -> drawn (first, fetched)" % (label, size), times[0])
            report("imported %s layout %s, choose -> drawn (kept)" % (label, size), statistics.median(times[1:] or times))
        browser.close()


if __name__ == "__main__":
    main()
