"""t-SNE, UMAP and nearest neighbours in the browser: our Embeddings tab vs TensorBoard's built-in projector,
in ONE headless Chromium session, on the same data (10 Gaussian clusters, written by bench_frontend.make_logdir:
raw float32 tensor_path + tensor_shape, one-column metadata, an event file).

    python bench/bench_browser_algorithms.py [--sizes 10k,100k] [--repeats 2] [--full] [--tsne-window 20]

Sizes (comma-separated):
  10k   t-SNE and click -> neighbours at 10,000x128; UMAP at 10,000x64.
  100k  t-SNE, UMAP and click -> neighbours at 100,000x128. The built-in samples 10,000 points for t-SNE and
        5,000 for UMAP (its caps); ours runs on all 100,000. Our 100k t-SNE is watched for --tsne-window
        seconds after its first iteration and its time to 1,000 iterations is PROJECTED from the measured
        rate (marked "projected"); with --full it runs to 1,000 iterations (or until it stops by itself at
        convergence) and that time is measured. Measured here, its rate rises after the first seconds, so
        the projection from the first window overestimates the time.
  250k, 1m  OURS ONLY, on N x 128 rows in 50 Gaussian clusters (50 labels; the built-in cannot load them):
        page opened -> PCA drawn; t-SNE click -> first iteration; UMAP click -> first epoch (each in a fresh
        page, so each builds its own k-NN graph in the compute workers); in the t-SNE page, UMAP next ->
        first epoch (the graph reused); click a point -> 100 neighbours listed.

What is timed (all times in the page's own clock, performance.now()):
  * t-SNE: tab click (ours: choosing t-SNE in the projection menu, which starts a run with the defaults:
    perplexity 30, 1,000 iterations; built-in: clicking its t-SNE tab) -> first iteration shown; the steady
    rate = iterations per second from 1 s after the first iteration over the next --tsne-window seconds
    (or until ours is done); wall time from the click to iteration 1,000 (ours measured at 10k; the
    built-in's always EXTRAPOLATED from its steady rate: it has no iteration limit).
    Ours: a 5 ms poll of the tab's test hook (__embproj.analysis.tsne); built-in: a MutationObserver on its
    "Iteration" counter (.run-tsne-iter).
  * UMAP: tab click -> done, with the defaults of each (ours: its epoch count, all points; built-in: umap-js
    on a 5,000-point sample). Ours: __embproj.analysis.umap.state === 'done'; built-in: its run button
    (#run-umap) disabled at the start and enabled again at the end.
  * click a point (a real mouse click on a point drawn by PCA) -> 100 nearest neighbours listed: from the
    pointerdown to the animation frame after the list holds 100 entries (ours: [data-testid=nn-item];
    built-in: .nn-list .neighbor). Both default to 100 neighbours at these sizes.
Each repeat runs ours and the built-in alternately (the order flips every repeat); a fresh page per run.
Prints medians, ratios and one RESULT line per figure (bench/results.py); asserts nothing.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_frontend import make_clustered_logdir, make_logdir  # noqa: E402  (also puts tests/ and tests/browser/ on sys.path)
from results import report  # noqa: E402
from tb_server import running_tensorboard  # noqa: E402
from embproj_browser import ARGS, CHROMIUM, IFRAME  # noqa: E402

TARGET_ITERATIONS = 1000

DEEP_JS = """
window.__deep = (sel) => {
  const walk = (root) => {
    const r = root.querySelector(sel);
    if (r) return r;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const f = walk(el.shadowRoot); if (f) return f; }
    return null;
  };
  return walk(document);
};
"""

# ---- ours -------------------------------------------------------------------------------------------------

def open_ours(browser, base):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(base + "/#embproj")
    iframe = page.wait_for_selector(IFRAME, timeout=120000)
    frame = iframe.content_frame()
    frame.wait_for_function("() => window.__embproj && __embproj.state.n > 0 && __embproj.isReady()",
                            timeout=600000, polling=100)
    return page, iframe, frame


OURS_START_JS = """
(method) => {
  const A = __embproj.analysis;
  const b = window.__bench = { t0: 0, rec: [], done: null };
  let last = -1;
  const poll = () => {
    const s = A[method];
    if (s.iteration !== last) { last = s.iteration; b.rec.push([performance.now(), s.iteration]); }
    if (b.done === null && (s.state === 'done' || s.state === 'stopped' || s.state === 'error'))
      b.done = [performance.now(), s.iteration, s.state, s.error, s.total, s.points];
  };
  b.timer = setInterval(poll, 5);
  const sel = document.querySelector('[data-testid=method-select]');
  b.t0 = performance.now();
  sel.value = method;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
}
"""


def ours_tsne(browser, base, n, full, window, timeout):
    page, _, frame = open_ours(browser, base)
    try:
        frame.evaluate(OURS_START_JS, "tsne")
        return watch_tsne(frame, full, window, timeout, ours=True)
    finally:
        page.close()


def ours_umap(browser, base, timeout):
    page, _, frame = open_ours(browser, base)
    try:
        frame.evaluate(OURS_START_JS, "umap")
        frame.wait_for_function("() => __bench.done !== null", timeout=timeout * 1000, polling=200)
        b = frame.evaluate("() => __bench")
        t, epochs, state, err, total, points = b["done"]
        if state != "done":
            print("    ours UMAP ended as %s %s" % (state, err or ""), flush=True)
            return None
        return {"seconds": (t - b["t0"]) / 1000, "epochs": total or epochs, "points": points}
    finally:
        page.close()


NN_WATCH_JS = """
([listSel, itemSel, k]) => {
  const b = window.__nn = { t0: null, t1: null };
  window.addEventListener('pointerdown', () => { if (b.t0 === null) b.t0 = performance.now(); }, true);
  const list = listSel.startsWith('deep:') ? __deep(listSel.slice(5)) : document.querySelector(listSel);
  const obs = new MutationObserver(() => {
    if (b.t1 === null && b.t0 !== null && list.querySelectorAll(itemSel).length >= k) {
      obs.disconnect();
      requestAnimationFrame(() => { b.t1 = performance.now(); });
    }
  });
  obs.observe(list, { childList: true, subtree: true });
  return !!list;
}
"""


def ours_nn(browser, base, k=100):
    page, iframe, frame = open_ours(browser, base)
    try:
        frame.evaluate(NN_WATCH_JS, ["[data-testid=nn-list]", "[data-testid=nn-item]", k])
        box = iframe.bounding_box()
        for i in range(0, 5000, 37):
            p = frame.evaluate("i => __embproj.screenPositionOf(i)", i)
            if p and 50 < p["x"] < box["width"] - 50 and 50 < p["y"] < box["height"] - 50:
                break
        x, y = box["x"] + p["x"], box["y"] + p["y"]
        page.mouse.move(x, y)
        time.sleep(0.3)
        page.mouse.click(x, y)
        frame.wait_for_function("() => __nn.t1 !== null", timeout=60000, polling=20)
        b = frame.evaluate("() => __nn")
        return (b["t1"] - b["t0"]) / 1000
    finally:
        page.close()


def ours_first_step(browser, base, method, timeout, then=None):
    """Page opened -> ready; then `method` chosen -> its first iteration (t-SNE) or epoch (UMAP). With `then`,
    that method is chosen next in the same page (the compute workers' graph reused) and timed the same way."""
    opened = time.time()
    page, _, frame = open_ours(browser, base)
    ready = time.time() - opened
    try:
        out = {"ready": ready}
        for m in [method] + ([then] if then else []):
            frame.evaluate(OURS_START_JS, m)
            frame.wait_for_function("() => __bench.rec.some(r => r[1] >= 1) || (__bench.done && __bench.done[2] === 'error')",
                                    timeout=timeout * 1000, polling=100)
            b = frame.evaluate("() => { clearInterval(__bench.timer); return __bench; }")
            if b["done"] and b["done"][2] == "error":
                print("    ours %s error: %s" % (m, b["done"][3]), flush=True)
                return out
            first = next(r for r in b["rec"] if r[1] >= 1)
            out[m] = (first[0] - b["t0"]) / 1000
        return out
    finally:
        page.close()


def run_large(browser_launch, size, a, root):
    n = {"250k": 250_000, "1m": 1_000_000}[size]
    timeout = 1800
    logdir = os.path.join(root, "%dx128" % n, "logdir")
    os.makedirs(logdir)
    make_clustered_logdir(logdir, n, 128)
    res = {"ready": [], "tsne": [], "umap": [], "umap_after_tsne": [], "nn": []}
    with running_tensorboard(logdir) as base:
        browser = browser_launch()
        try:
            for k in range(a.repeats):
                print("  %dx128 repeat %d/%d" % (n, k + 1, a.repeats), flush=True)
                r = ours_first_step(browser, base, "tsne", timeout, then="umap")
                res["ready"].append(r.get("ready"))
                res["tsne"].append(r.get("tsne"))
                res["umap_after_tsne"].append(r.get("umap"))
                print("    ours %dx128: page ready %.1f s; t-SNE first iteration %s s; then UMAP first epoch %s s (graph reused)"
                      % (n, r["ready"], r.get("tsne"), r.get("umap")), flush=True)
                r = ours_first_step(browser, base, "umap", timeout)
                res["umap"].append(r.get("umap"))
                print("    ours %dx128: UMAP first epoch %s s" % (n, r.get("umap")), flush=True)
                t = ours_nn(browser, base)
                res["nn"].append(t)
                print("    ours %dx128: click -> 100 neighbours %s" % (n, "%.0f ms" % (t * 1000) if t else None), flush=True)
        finally:
            browser.close()
    print("== %s: medians of %d (ours only)" % (size, a.repeats))
    line("page opened -> ready (PCA drawn), %dx128" % n, med(res["ready"]), None, "s", "lower")
    line("t-SNE %dx128: tab click -> first iteration" % n, med(res["tsne"]), None, "s", "lower")
    line("UMAP %dx128: tab click -> first epoch" % n, med(res["umap"]), None, "s", "lower")
    line("UMAP %dx128 after t-SNE (graph reused): click -> first epoch" % n, med(res["umap_after_tsne"]), None, "s", "lower")
    o_nn = med(res["nn"])
    line("click a point -> 100 neighbours listed, %dx128" % n, None if o_nn is None else o_nn * 1000, None, "ms", "lower")


# ---- the built-in -----------------------------------------------------------------------------------------

def open_builtin(browser, base):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(base + "/#projector")
    frame = None
    deadline = time.time() + 120
    while frame is None and time.time() < deadline:
        # DESIGN.md says it lives in a frame whose URL holds projector_binary.html; tensorboard 2.21 here draws
        # it in the main document (a vz-projector element). Take whichever is there.
        frame = next((f for f in page.frames if "projector_binary.html" in (f.url or "")), None)
        if frame is None and page.main_frame.evaluate(
                "() => !!(function f(r) { if (r.querySelector('vz-projector')) return true;"
                " for (const e of r.querySelectorAll('*')) if (e.shadowRoot && f(e.shadowRoot)) return true; return false; })(document)"):
            frame = page.main_frame
        if frame is None:
            time.sleep(0.1)
    frame.locator("text=Total variance described").first.wait_for(timeout=600000)
    frame.evaluate(DEEP_JS)
    return page, frame


BUILTIN_TSNE_JS = """
() => {
  const lab = __deep('.run-tsne-iter'), tab = __deep('.ink-tab[data-tab="tsne"]');
  const b = window.__bench = { t0: 0, rec: [], done: null };
  new MutationObserver(() => b.rec.push([performance.now(), Number(lab.textContent) || 0]))
    .observe(lab, { childList: true, characterData: true, subtree: true });
  b.t0 = performance.now();
  tab.click();
}
"""

BUILTIN_UMAP_JS = """
() => {
  const btn = __deep('#run-umap'), tab = __deep('.ink-tab[data-tab="umap"]');
  const b = window.__bench = { t0: 0, started: null, done: null };
  const poll = () => {
    if (b.started === null && btn.disabled) b.started = performance.now();
    if (b.started !== null && b.done === null && !btn.disabled) { b.done = performance.now(); clearInterval(b.timer); }
  };
  b.timer = setInterval(poll, 10);
  b.t0 = performance.now();
  tab.click();
  poll();
}
"""


def builtin_tsne(browser, base, window, timeout):
    page, frame = open_builtin(browser, base)
    try:
        frame.evaluate(BUILTIN_TSNE_JS)
        return watch_tsne(frame, False, window, timeout, ours=False)
    finally:
        page.close()


def builtin_umap(browser, base, timeout):
    page, frame = open_builtin(browser, base)
    try:
        frame.evaluate(BUILTIN_UMAP_JS)
        frame.wait_for_function("() => __bench.done !== null", timeout=timeout * 1000, polling=200)
        b = frame.evaluate("() => __bench")
        return {"seconds": (b["done"] - b["t0"]) / 1000}
    finally:
        page.close()


def builtin_nn(browser, base, k=100):
    page, frame = open_builtin(browser, base)
    try:
        frame.evaluate(NN_WATCH_JS, ["deep:.nn-list", ".neighbor", k])
        canvas = frame.evaluate("""() => {
            let best = null;
            const walk = (root) => { for (const el of root.querySelectorAll('*')) {
                if (el.tagName === 'CANVAS' && (!best || el.width * el.height > best.width * best.height)) best = el;
                if (el.shadowRoot) walk(el.shadowRoot); } };
            walk(document);
            const r = best.getBoundingClientRect();
            return { x: r.left, y: r.top, w: r.width, h: r.height };
        }""")
        fbox = {"x": 0, "y": 0} if frame == page.main_frame else frame.frame_element().bounding_box()
        cx, cy = fbox["x"] + canvas["x"] + canvas["w"] / 2, fbox["y"] + canvas["y"] + canvas["h"] / 2
        time.sleep(1.0)
        hit = None
        for r in range(0, 200, 6):          # a spiral of hovers until its picking finds a point
            for dx, dy in ((r, 0), (0, r), (-r, 0), (0, -r), (r, r), (-r, -r), (r, -r), (-r, r)):
                page.mouse.move(cx + dx, cy + dy)
                if frame.evaluate("() => __deep('vz-projector').projectorScatterPlotAdapter.scatterPlot.nearestPoint != null"):
                    hit = (cx + dx, cy + dy)
                    break
                if r == 0:
                    break
            if hit:
                break
        if hit is None:
            print("    built-in: no point found under the mouse", flush=True)
            return None
        page.mouse.click(*hit)
        frame.wait_for_function("() => __nn.t1 !== null", timeout=60000, polling=20)
        b = frame.evaluate("() => __nn")
        return (b["t1"] - b["t0"]) / 1000
    finally:
        page.close()


# ---- t-SNE records -> figures -----------------------------------------------------------------------------

def watch_tsne(frame, full, window, timeout, ours):
    """Waits for the first iteration, then `window` s of iterations (or, when `full`, for iteration 1,000 /
    done). Returns first-iteration time, steady rate, time to 1,000 (measured or projected)."""
    started = time.time()
    frame.wait_for_function("() => __bench.rec.some(r => r[1] >= 1) || (__bench.done && __bench.done[2] === 'error')",
                            timeout=timeout * 1000, polling=100)
    while time.time() - started < timeout:
        st = frame.evaluate("""() => { const b = __bench, r = b.rec.filter(x => x[1] >= 1);
            return { first: r.length ? r[0][0] : null, last: b.rec.length ? b.rec[b.rec.length - 1] : null,
                     now: performance.now(), done: b.done }; }""")
        if st["done"] is not None:
            break
        if st["last"] and st["last"][1] >= TARGET_ITERATIONS:
            break
        if not full and st["now"] - st["first"] > (window + 1.5) * 1000:
            break
        time.sleep(0.25)
    b = frame.evaluate("() => { clearInterval(__bench.timer); return __bench; }")
    rec = [r for r in b["rec"] if r[1] >= 1]
    t0 = b["t0"]
    if not rec:
        return None
    first_t, first_it = rec[0]
    # steady window: from 1 s after the first iteration, `window` seconds (or until done / 1,000).
    a = next((r for r in rec if r[0] >= first_t + 1000), rec[0])
    in_window = [r for r in rec if r[0] <= a[0] + window * 1000 and r[1] <= TARGET_ITERATIONS]
    e = in_window[-1] if in_window else rec[-1]
    rate = (e[1] - a[1]) / ((e[0] - a[0]) / 1000) if e[0] > a[0] else float("nan")
    out = {"first": (first_t - t0) / 1000, "rate": rate, "last_it": rec[-1][1],
           "points": (b["done"] or [None] * 6)[5]}
    last_t, last_it = rec[-1]
    if last_t > first_t + 1000:   # mean rate from the first iteration to the last seen (ours: the end of a full run)
        out["mean_rate"] = (last_it - first_it) / ((last_t - first_t) / 1000)
    reached = next((r for r in rec if r[1] >= TARGET_ITERATIONS), None)
    if reached is not None:
        out["to1000"], out["projected"] = (reached[0] - t0) / 1000, False
    elif b["done"] is not None and b["done"][2] == "done":
        # stopped by itself (convergence) before 1,000: that is its wall time to the end
        out["to1000"], out["projected"] = (b["done"][0] - t0) / 1000, False
        out["stopped_at"] = b["done"][1]
    else:
        last_t, last_it = rec[-1]
        out["to1000"] = (last_t - t0) / 1000 + (TARGET_ITERATIONS - last_it) / rate
        out["projected"] = True
    if ours and b["done"] and b["done"][2] == "error":
        print("    ours t-SNE error: %s" % b["done"][3], flush=True)
    return out


# ---- driver -----------------------------------------------------------------------------------------------

def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def line(name, ours, builtin, unit, better, note=""):
    if ours is None:
        print("%-58s ours: not measured%s" % (name, note))
        return
    if builtin is None:
        print("%-58s ours %9.3f %-5s%s" % (name, ours, unit, note))
    else:
        factor = builtin / ours if better == "lower" else ours / builtin
        print("%-58s ours %9.3f %-5s built-in %9.3f %-5s -> %.2fx %s%s"
              % (name, ours, unit, builtin, unit, factor, "better" if factor >= 1 else "worse", note))
    report(name, ours, builtin, unit, better)


def alternate(k, a, b):
    return (a, b) if k % 2 == 0 else (b, a)


def run_size(browser_launch, size, a, root):
    n = 10_000 if size == "10k" else 100_000
    label = "%dk" % (n // 1000)
    full_tsne = a.full or n <= 10_000
    timeout = 1800 if full_tsne else 900
    datasets = [(n, 128, ("tsne", "nn")), (n, 64, ("umap",))] if n == 10_000 else [(n, 128, ("tsne", "nn", "umap"))]
    res = {key: [] for key in ("o_tsne", "b_tsne", "o_umap", "b_umap", "o_nn", "b_nn")}
    for rows, dims, what in datasets:
        logdir = os.path.join(root, "%dx%d" % (rows, dims), "logdir")
        os.makedirs(logdir)
        make_logdir(logdir, rows, dims)
        with running_tensorboard(logdir) as base:
            browser = browser_launch()
            try:
                page, _, _ = open_ours(browser, base)      # warm the server's tensor cache (same file for both)
                page.close()
                for k in range(a.repeats):
                    print("  %dx%d repeat %d/%d" % (rows, dims, k + 1, a.repeats), flush=True)
                    if "tsne" in what:
                        for who in alternate(k, "ours", "builtin"):
                            if who == "ours":
                                r = ours_tsne(browser, base, rows, full_tsne, a.tsne_window, timeout)
                                res["o_tsne"].append(r)
                                if r:
                                    print("    ours     t-SNE %dx%d: first iteration %.2f s, steady %.2f it/s, "
                                          "1,000 iterations %.1f s%s%s (last seen %d)"
                                          % (rows, dims, r["first"], r["rate"], r["to1000"],
                                             " PROJECTED" if r["projected"] else "",
                                             " (stopped by itself at %d)" % r["stopped_at"] if "stopped_at" in r else "",
                                             r["last_it"]), flush=True)
                            else:
                                r = builtin_tsne(browser, base, a.tsne_window, 600)
                                res["b_tsne"].append(r)
                                if r:
                                    print("    built-in t-SNE %dx%d: first iteration %.2f s, steady %.2f it/s, "
                                          "1,000 iterations %.1f s EXTRAPOLATED (last seen %d)"
                                          % (rows, dims, r["first"], r["rate"], r["to1000"], r["last_it"]), flush=True)
                    if "nn" in what:
                        for who in alternate(k, "ours", "builtin"):
                            t = ours_nn(browser, base) if who == "ours" else builtin_nn(browser, base)
                            res["o_nn" if who == "ours" else "b_nn"].append(t)
                            print("    %-8s click -> 100 neighbours %dx%d: %s" % (
                                "ours" if who == "ours" else "built-in", rows, dims,
                                "%.0f ms" % (t * 1000) if t is not None else "not measured"), flush=True)
                    if "umap" in what:
                        for who in alternate(k, "ours", "builtin"):
                            if who == "ours":
                                r = ours_umap(browser, base, 1800)
                                res["o_umap"].append(r)
                                if r:
                                    print("    ours     UMAP %dx%d: done in %.2f s (%s epochs, %s points)"
                                          % (rows, dims, r["seconds"], r["epochs"], r["points"]), flush=True)
                            else:
                                r = builtin_umap(browser, base, 900)
                                res["b_umap"].append(r)
                                if r:
                                    print("    built-in UMAP %dx%d: done in %.2f s (on a %d-point sample)"
                                          % (rows, dims, r["seconds"], min(rows, 5000)), flush=True)
            finally:
                browser.close()

    # ---- figures
    print("== %s: medians of %d (ours vs built-in, same browser, alternating)" % (label, a.repeats))
    ot = [r for r in res["o_tsne"] if r]
    bt = [r for r in res["b_tsne"] if r]
    tsne_caveat = "" if n <= 10_000 else " [built-in samples 10,000 of %d]" % n
    if ot or bt:
        line("t-SNE %dx128: tab click -> first iteration" % n, med([r["first"] for r in ot]),
             med([r["first"] for r in bt]), "s", "lower", tsne_caveat)
        line("t-SNE %dx128: steady iterations per second" % n, med([r["rate"] for r in ot]),
             med([r["rate"] for r in bt]), "it/s", "higher", tsne_caveat)
        full_runs = [r["mean_rate"] for r in ot if not r["projected"] and "mean_rate" in r]
        if full_runs:
            line("t-SNE %dx128: mean iterations per second, first iteration -> end (ours)" % n, med(full_runs),
                 None, "it/s", "higher", " [the whole run; the steady figure above is its first %g s]" % a.tsne_window)
        projected = any(r["projected"] for r in ot)
        stopped = [r["stopped_at"] for r in ot if "stopped_at" in r]
        line("t-SNE %dx128: click -> 1,000 iterations%s" % (n, " (ours PROJECTED)" if projected else ""),
             med([r["to1000"] for r in ot]), med([r["to1000"] for r in bt]), "s", "lower",
             " [ours %s; built-in EXTRAPOLATED from its steady rate]%s%s"
             % ("projected from its rate over %g s" % a.tsne_window if projected else "measured", tsne_caveat,
                " (ours stopped by itself at %s)" % stopped if stopped else ""))
    o_nn, b_nn = med(res["o_nn"]), med(res["b_nn"])
    if res["o_nn"] or res["b_nn"]:
        if o_nn is not None:
            line("click a point -> 100 neighbours listed, %dx128" % n, o_nn * 1000,
                 None if b_nn is None else b_nn * 1000, "ms", "lower")
    ou = [r for r in res["o_umap"] if r]
    bu = [r for r in res["b_umap"] if r]
    if ou or bu:
        d = 64 if n == 10_000 else 128
        line("UMAP %dx%d: tab click -> done" % (n, d), med([r["seconds"] for r in ou]),
             med([r["seconds"] for r in bu]), "s", "lower",
             " [built-in samples 5,000 points; ours all %d, %s epochs]" % (n, ou[0]["epochs"] if ou else "?"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k", help="comma-separated: 10k, 100k, 250k, 1m (the last two: ours only)")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--full", action="store_true", help="run our 100k t-SNE to 1,000 iterations (else projected)")
    ap.add_argument("--tsne-window", type=float, default=20.0, help="seconds of steady t-SNE iterations watched")
    a = ap.parse_args()
    started, load0 = time.time(), os.getloadavg()[0]
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory() as root, sync_playwright() as p:
        launch = lambda: p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)  # noqa: E731
        for size in [s.strip() for s in a.sizes.split(",") if s.strip()]:
            if size in ("250k", "1m"):
                run_large(launch, size, a, root)
                continue
            if size not in ("10k", "100k"):
                raise SystemExit("unknown size %r (10k, 100k, 250k or 1m)" % size)
            run_size(launch, size, a, root)
    print("bench_browser_algorithms took %.0f s (sizes %s, %d repeats%s); load average at start %s, at end %s"
          % (time.time() - started, a.sizes, a.repeats, ", --full" if a.full else "",
             "%.1f" % load0, "%.1f" % os.getloadavg()[0]))


if __name__ == "__main__":
    main()
