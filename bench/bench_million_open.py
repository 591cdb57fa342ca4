"""Opening a million points: page opened -> first PCA frame, where the time goes, and the browser's
memory in the PCA view (issue 12: <= 6 s and <= 2.0 GB at 1M x 128).

Each repeat is a fresh Chromium on one TensorBoard. The phases come from the page's hook (epoch ms):
the download done (the rows streamed into the compute workers, metadata and sprite parsed), the first
frame of the PCA view (above 200,000 rows on axes estimated from a 65,536-row sample; a moving
subsample or the first piece of a still frame in software WebGL), the first frame with every point,
and the exact PCA of all rows (drawn at the next frame). Memory: PSS and RSS summed over Chromium's processes,
sampled for a few seconds once the view is still.

    python bench/bench_million_open.py --logdir /tmp/m1 [--rows 1000000] [--dims 128] [--repeats 2]
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from bench_million import make_logdir  # noqa: E402  (also puts tests/ and tests/browser/ on sys.path)
from bench_million_layouts import browser_memory_mb  # noqa: E402
from results import report  # noqa: E402
from tb_server import running_tensorboard  # noqa: E402
from embproj_browser import ARGS, CHROMIUM, IFRAME  # noqa: E402

PHASES = [("dataLoadedEpoch", "downloaded into the workers"), ("firstPcaFrameEpoch", "first PCA frame"),
          ("firstFullPcaFrameEpoch", "first with every point"), ("pcaDoneEpoch", "exact PCA of all rows")]


def open_once(playwright, base, settle_seconds):
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        start_ms = time.time() * 1000
        page.goto(base + "/#embproj")
        frame = page.wait_for_selector(IFRAME, timeout=120000).content_frame()
        frame.wait_for_function("() => window.__embproj && __embproj.hook.firstPcaFrameEpoch > 0",
                                timeout=900000, polling=100)
        frame.wait_for_function("() => __embproj.isReady() && __embproj.hook.firstFullPcaFrameEpoch > 0",
                                timeout=300000, polling=100)
        hook = frame.evaluate("() => ({ ...__embproj.hook })")
        times = {key: (hook.get(key, 0) - start_ms) / 1000 for key, _ in PHASES}
        samples = []
        for _ in range(int(settle_seconds / 0.5)):
            time.sleep(0.5)
            samples.append(browser_memory_mb())
        rss = statistics.median(s[0] for s in samples)
        pss = statistics.median(s[1] for s in samples)
        return times, rss, pss
    finally:
        browser.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--settle", type=float, default=5.0, help="seconds of memory samples in the still PCA view")
    ap.add_argument("--logdir", help="keep the data here (written once, reused)")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    root = args.logdir or tempfile.mkdtemp(prefix="embproj_open_")
    make_logdir(root, args.rows, args.dims)
    runs = []
    with running_tensorboard(root) as base, sync_playwright() as p:
        for r in range(args.repeats):
            times, rss, pss = open_once(p, base, args.settle)
            runs.append((times, rss, pss))
            parts = ", ".join("%s %.1f s" % (label, times[key]) for key, label in PHASES)
            print("run %d: %s; memory in the PCA view PSS %.0f MB (RSS sum %.0f MB)" % (r + 1, parts, pss, rss), flush=True)
    n = "%dx%d" % (args.rows, args.dims)
    first = statistics.median(t["firstPcaFrameEpoch"] for t, _, _ in runs)
    for key, label in PHASES:
        print("  %-28s at %5.1f s (median)" % (label, statistics.median(t[key] for t, _, _ in runs)))
    report("page opened -> first PCA frame, %s (median of %d)" % (n, len(runs)), first)
    report("page opened -> first PCA frame with every point drawn, %s (median of %d)" % (n, len(runs)),
           statistics.median(t["firstFullPcaFrameEpoch"] for t, _, _ in runs))
    report("page opened -> exact PCA of all rows, %s (median of %d)" % (n, len(runs)),
           statistics.median(t["pcaDoneEpoch"] for t, _, _ in runs))
    report("memory in the PCA view, %s: PSS of all Chromium processes (median)" % n,
           statistics.median(p for _, _, p in runs), unit="MB")


if __name__ == "__main__":
    main()
