"""t-SNE and UMAP at a million points in the browser: what the user waits for, what moves meanwhile, and
what memory the whole browser takes while the layout runs.

    python bench/bench_million_layouts.py [--rows 1000000 --dims 128] [--methods tsne,umap]
                                          [--logdir DIR] [--after-first 20] [--timeout 900] [--stop-at F]
                                          [--screenshot PATH]

Data: bench_browser_algorithms' clustered logdir (ROWS x DIMS float32, 50 Gaussian clusters, 50 labels),
written once under --logdir and reused (1M x 128 is 512 MB). Each method runs in a fresh browser (so its
memory is its own) on our Embeddings tab through TensorBoard, with the page's defaults (t-SNE: perplexity 30;
UMAP: 15 neighbours): the k-NN graph from the compute workers, then the layout's worker.

Printed per method, times in seconds from choosing the method in the projection menu:
  * when the panel's progress first passed 10%, 20%, ... (the graph build, then the layout's own start:
    affinities or fuzzy graph and initial layout), the first iteration / epoch, and the iteration or
    epoch reached --after-first seconds later;
  * when the first layout was drawn (t-SNE above 100,000 rows: its progressive path's sample) and when
    one with every point (the placement from the sample); the first iteration counted is the full run's;
  * the longest time the panel showed the same numbers (progress, iteration) while not done: the
    "frozen" time a user sees;
  * memory of ALL the browser's processes (this run's Chromium only: the descendants of this script),
    sampled every 0.5 s: the sum of RSS (counts shared pages once per process) and of PSS (shared pages
    split between the processes that share them), median and peak, over the start and over the run;
  * with --after-first longer than the run, when it ended (t-SNE: its last iteration or convergence;
    UMAP: its last epoch);
  * then Stop is pressed (t-SNE: its Stop button; UMAP: choosing PCA, which leaves UMAP) and the time until
    the panel says stopped / no further epoch arrives is printed. With --stop-at F (e.g. 0.9: t-SNE's
    affinities, past the graph's 85%), Stop is pressed instead as soon as the starting run's progress
    reaches F: then the panel says stopped only once the layout's worker has answered, so the time shows
    how soon a start in progress lets Stop in.
Prints RESULT lines (bench/results.py); asserts nothing. A 1M run takes minutes per method.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_frontend import make_clustered_logdir  # noqa: E402  (also puts tests/ and tests/browser/ on sys.path)
from bench_browser_algorithms import OURS_START_JS, open_ours  # noqa: E402
from results import report  # noqa: E402
from tb_server import running_tensorboard  # noqa: E402
from embproj_browser import ARGS, CHROMIUM  # noqa: E402

STATUS_JS = "(m) => { const s = __embproj.analysis[m]; return [performance.now(), s.state, s.progress, s.iteration]; }"
# t-SNE's progressive path: the sample's size while it shows (0 otherwise), and layouts placed so far.
DRAWN_JS = "(m) => [__embproj.analysis[m].sample || 0, __embproj.hook.projectionGeneration]"


def descendants(root):
    """Process ids under `root` (from /proc's parent links)."""
    children = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(name))
    out, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def browser_memory_mb():
    """(RSS sum, PSS sum) in MB over this script's Chromium processes."""
    rss = pss = 0
    for pid in descendants(os.getpid()):
        try:
            with open("/proc/%d/cmdline" % pid, "rb") as f:
                if b"chrom" not in f.read().split(b"\0")[0]:
                    continue
            with open("/proc/%d/smaps_rollup" % pid) as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue
    return rss / 1024, pss / 1024


def run_method(launch, base, method, after_first, timeout, stop_at=None, screenshot=None):
    browser = launch()
    try:
        opened = time.time()
        page, _, frame = open_ours(browser, base)
        ready = time.time() - opened
        idle_mem = browser_memory_mb()
        frame.evaluate(OURS_START_JS, method)
        t0 = frame.evaluate("() => __bench.t0")
        samples, mem_start, mem_run = [], [], []
        first = None
        # Times of the first layout drawn after choosing the method (t-SNE above 100k: its sample), and of
        # the first drawn with every point (the placement from the sample, or the first full frame).
        drawn = {"first": None, "all": None, "sample": 0}
        generation0 = frame.evaluate(DRAWN_JS, method)[1]
        deadline = time.time() + timeout
        while time.time() < deadline:
            now, state, progress, iteration = frame.evaluate(STATUS_JS, method)
            sample, generation = frame.evaluate(DRAWN_JS, method)
            samples.append(((now - t0) / 1000, state, progress, iteration))
            (mem_run if first is not None else mem_start).append(browser_memory_mb())
            if generation > generation0:
                drawn["first"] = drawn["first"] or samples[-1][0]
                drawn["sample"] = max(drawn["sample"], sample)
                if sample == 0 and drawn["all"] is None:
                    drawn["all"] = samples[-1][0]
            if first is None and iteration >= 1 and sample == 0:
                first = samples[-1][0]
            if state in ("error", "done") or (first is not None and samples[-1][0] - first >= after_first):
                break
            if stop_at is not None and state == "initializing" and progress >= stop_at:
                break
            time.sleep(0.5)
        if screenshot:  # the layout where the watch ended (done, or --after-first after the first iteration)
            frame.evaluate("() => __embproj.renderNow()")
            page.screenshot(path=screenshot)
        if samples[-1][1] == "done":  # nothing left to stop
            page.close()
            return {"ready": ready, "idle_mem": idle_mem, "samples": samples, "first": first, "drawn": drawn,
                    "mem_start": mem_start, "mem_run": mem_run, "stopped_after": None, "finished": True}
        # Stop: t-SNE's Stop button; UMAP: leave it for PCA (which must stop it).
        stop_at = time.time()
        if method == "tsne":
            frame.click("[data-testid=tsne-stop]")
        else:
            frame.evaluate("""() => { const sel = document.querySelector('[data-testid=method-select]');
                                      sel.value = 'pca'; sel.dispatchEvent(new Event('change', { bubbles: true })); }""")
        stopped_after, last_iteration = None, samples[-1][3]
        while time.time() - stop_at < 30:
            _, state, _, iteration = frame.evaluate(STATUS_JS, method)
            if state in ("stopped", "paused", "idle") and stopped_after is None:
                stopped_after = time.time() - stop_at
            if iteration != last_iteration:
                last_iteration, stopped_after = iteration, None  # still moving
            if stopped_after is not None and time.time() - stop_at > stopped_after + 3:
                break
            time.sleep(0.1)
        page.close()
        return {"ready": ready, "idle_mem": idle_mem, "samples": samples, "first": first, "drawn": drawn,
                "mem_start": mem_start, "mem_run": mem_run, "stopped_after": stopped_after}
    finally:
        browser.close()


def summarize(method, n, d, r, after_first):
    label = {"tsne": "t-SNE", "umap": "UMAP"}[method]
    unit = {"tsne": "iteration", "umap": "epoch"}[method]
    samples = r["samples"]
    print("== %s %d x %d: page ready %.1f s; browser memory idle (PCA view): RSS %.0f MB, PSS %.0f MB"
          % (label, n, d, r["ready"], *r["idle_mem"]))
    marks, nxt = [], 0.1
    for t, state, progress, iteration in samples:
        while state == "initializing" and progress >= nxt - 1e-9 and nxt < 1:
            marks.append("%d%% %.0f s" % (round(nxt * 100), t))
            nxt += 0.1
    print("  progress: " + ", ".join(marks))
    stall, since, last = 0.0, samples[0][0], None
    for t, state, progress, iteration in samples:
        shown = (state, round(progress * 100), iteration)
        if shown != last:
            since, last = t, shown
        stall = max(stall, t - since)
    drawn = r["drawn"]
    if drawn["first"] is not None:
        print("  first layout drawn after %.1f s%s; every point drawn after %s s" % (
            drawn["first"], " (a sample of %d)" % drawn["sample"] if drawn["sample"] else "",
            "%.1f" % drawn["all"] if drawn["all"] is not None else "-"))
        report("%s %dx%d browser: method chosen -> first layout drawn" % (label, n, d), drawn["first"], unit="s", better="lower")
    if r["first"] is None:
        print("  no %s before Stop (last: %s at %.1f s)" % (unit, samples[-1][1:], samples[-1][0]))
    else:
        end = samples[-1]
        print("  first %s after %.1f s; %s %d after %.1f s" % (unit, r["first"], unit, end[3], end[0]))
        report("%s %dx%d browser: method chosen -> first %s" % (label, n, d, unit), r["first"], unit="s", better="lower")
        if end[1] == "done":
            print("  done after %.1f s (%d %ss)" % (end[0], end[3], unit))
            report("%s %dx%d browser: method chosen -> done" % (label, n, d), end[0], unit="s", better="lower")
    print("  longest time the panel's numbers did not move: %.1f s" % stall)
    for name, mem in (("start (graph, %s)" % ("affinities" if method == "tsne" else "fuzzy graph + initial layout"), r["mem_start"]),
                      ("running (%.0f s after the first %s)" % (after_first, unit), r["mem_run"])):
        if mem:
            rss = [m[0] for m in mem]
            pss = [m[1] for m in mem]
            print("  browser memory during %s: RSS median %.0f / peak %.0f MB; PSS median %.0f / peak %.0f MB"
                  % (name, statistics.median(rss), max(rss), statistics.median(pss), max(pss)))
    peak = max([m[1] for m in r["mem_start"] + r["mem_run"]] or [0])
    report("%s %dx%d browser: peak memory (PSS, all Chromium processes)" % (label, n, d), peak, unit="MB", better="lower")
    if r.get("finished"):
        return
    print("  stop -> %s: %s" % ("stopped" if method == "tsne" else "left for PCA, no further epoch",
                                "%.1f s" % r["stopped_after"] if r["stopped_after"] is not None else "did not stop within 30 s"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--methods", default="tsne,umap")
    ap.add_argument("--logdir", help="keep the data here (written once, reused)")
    ap.add_argument("--after-first", type=float, default=20.0, help="seconds watched after the first iteration / epoch")
    ap.add_argument("--timeout", type=float, default=900.0)
    ap.add_argument("--stop-at", type=float, help="press Stop once the starting run's progress reaches this fraction")
    ap.add_argument("--screenshot", help="save the page where each run's watch ended as PNG (METHOD-<this name>)")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        logdir = a.logdir or os.path.join(tmp, "logdir")
        if not os.path.exists(os.path.join(logdir, "projector_config.pbtxt")):
            os.makedirs(logdir, exist_ok=True)
            make_clustered_logdir(logdir, a.rows, a.dims)
        launch = lambda: p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)  # noqa: E731
        with running_tensorboard(logdir) as base:
            for method in [m.strip() for m in a.methods.split(",") if m.strip()]:
                started = time.time()
                shot = a.screenshot and os.path.join(os.path.dirname(a.screenshot) or ".", "%s-%s" % (method, os.path.basename(a.screenshot)))
                r = run_method(launch, base, method, a.after_first, a.timeout, a.stop_at, shot)
                summarize(method, a.rows, a.dims, r, a.after_first)
                print("  (%.0f s; load average %.1f)" % (time.time() - started, os.getloadavg()[0]), flush=True)


if __name__ == "__main__":
    main()
