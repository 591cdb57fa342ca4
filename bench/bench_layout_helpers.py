"""Layout helpers on and off in the browser: one t-SNE or UMAP run to its end with the page's threshold for
sharing iterations lowered to ROWS (helpers, "2 threads" on 2 cores) and raised past them (one thread),
alternately, in fresh browsers on our Embeddings tab through TensorBoard.

    python bench/bench_layout_helpers.py ROWS DIMS tsne|umap [--repeats 2]

Data: bench_browser_algorithms' clustered rows (ROWS x DIMS float32, 50 clusters), written once under
/tmp. Prints method chosen -> done for each run and the medians (RESULT lines); asserts nothing. The
page's defaults: t-SNE 1,000 iterations, UMAP 500 epochs up to 10,000 points, else 200. This is how
layout-helper.ts's thresholds were chosen (10,000 x 128 t-SNE gains, 10,000 x 64 UMAP loses).
"""
import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_frontend import make_clustered_logdir  # noqa: E402
from bench_browser_algorithms import open_ours  # noqa: E402
from results import report  # noqa: E402
from tb_server import running_tensorboard  # noqa: E402
from embproj_browser import ARGS, CHROMIUM  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rows", type=int)
    ap.add_argument("dims", type=int)
    ap.add_argument("method", choices=["tsne", "umap"])
    ap.add_argument("--repeats", type=int, default=2)
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright
    logdir = "/tmp/embproj-bench-helpers-%d-%d" % (a.rows, a.dims)
    if not os.path.exists(os.path.join(logdir, "projector_config.pbtxt")):
        os.makedirs(logdir, exist_ok=True)
        make_clustered_logdir(logdir, a.rows, a.dims)
    times = {1: [], 2: []}
    with sync_playwright() as p, running_tensorboard(logdir) as base:
        for _ in range(a.repeats):
            for threshold in (10 ** 9, a.rows):
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
                try:
                    _, _, frame = open_ours(browser, base)
                    frame.evaluate("(f) => { __embproj.analysis.layouts.helpersFrom = f; }", threshold)
                    started = time.time()
                    frame.select_option("[data-testid=method-select]", a.method)
                    frame.wait_for_function("m => __embproj.analysis[m].state === 'done'", arg=a.method, timeout=900000, polling=20)
                    took = time.time() - started
                    threads = frame.evaluate("m => __embproj.analysis[m].threads", a.method)
                finally:
                    browser.close()
                print("  %s %dx%d, %d thread(s): chosen -> done %.2f s" % (a.method, a.rows, a.dims, threads, took), flush=True)
                times[min(threads, 2)].append(took)
    for threads, label in ((1, "one thread"), (2, "with helpers")):
        if times[threads]:
            report("%s %dx%d browser, %s: chosen -> done" % (a.method, a.rows, a.dims, label), statistics.median(times[threads]), unit="s", better="lower")


if __name__ == "__main__":
    main()
