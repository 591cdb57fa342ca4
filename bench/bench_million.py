"""Drawing a million points: our Embeddings tab at 1,000,000 x 128 in headless Chromium (software WebGL),
beside TensorBoard's built-in projector on the same logdir (it loads a 100,000-point sample: its cap).

    python bench/bench_million.py [--rows 1000000 --dims 128 --repeats 1 --rotate-seconds 4]
                                  [--logdir DIR] [--screenshot /tmp/million.png] [--no-builtin]

Data: ROWS x DIMS float32 in 50 Gaussian clusters (one label per cluster), a raw `tensor_path` with
`tensor_shape`, one-column metadata and an event file. --logdir DIR keeps the files there (written once,
reused by later runs: 1M x 128 is 512 MB).

Ours, one fresh page per repeat (figures in the page's own clock):
  * page opened -> first PCA frame drawn (the tab's hook, as bench_frontend.py).
  * in 3D: a still frame = the median requestAnimationFrame interval while every frame redraws all points.
  * frame while rotating = the median rAF interval during synthetic drags (bench_frontend.ROTATE_JS), and
    how many points those frames drew (the hook's drawnPoints: the level-of-detail subsample).
  * click -> neighbour list: a click on a point (2D PCA view), from the pointerdown's event time to the
    animation frame after the neighbours of that row are in the store (the panel lists them then); and
    where that time goes, from the page's performance measures (embproj:pick, nn-query with each
    shard's scan, colors, set-colors, nn-list) and the plot's frame log.
  * camera stops -> every point drawn again: from the drag's pointerup to the rAF after the full frame.
  * hover -> tooltip: the pointer crosses two other points (30 px apart) and stops on a third; from that
    last pointermove's event time (when it was sent) to the animation frame after the tooltip shows.
    Each trial first turns the camera a little and waits for the still frame, so picking starts from a
    stale index, as after a real rotation. Then the same right after a drag ends (the pointer stops on
    the point while the view settles and its still frame is drawn).
The built-in: page opened -> "Total variance described", and the rotate frame (bench_frontend.builtin).
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
from bench_frontend import ROTATE_JS, builtin, make_clustered_logdir  # noqa: E402  (also puts tests/ and tests/browser/ on sys.path)
from results import report  # noqa: E402
from tb_server import running_tensorboard  # noqa: E402
from embproj_browser import ARGS, CHROMIUM, IFRAME  # noqa: E402

LABELS = 50


def make_logdir(root, rows, dims):
    """The clustered logdir (bench_browser_algorithms' writer, the same data), written once per root."""
    if os.path.exists(os.path.join(root, "projector_config.pbtxt")):
        return
    os.makedirs(root, exist_ok=True)
    make_clustered_logdir(root, rows, dims, labels=LABELS)


# Every frame redraws everything (renderNow in each rAF); the median rAF interval.
STILL_JS = """
async (frames) => {
  const times = [];
  await new Promise((resolve) => {
    const step = (t) => {
      times.push(t);
      __embproj.renderNow();
      if (times.length <= frames) requestAnimationFrame(step); else resolve();
    };
    requestAnimationFrame(step);
  });
  const d = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
  return { median: d[Math.floor(d.length / 2)], drawn: __embproj.drawnPoints ?? __embproj.state.n };
}
"""

# Records the drawn count of every frame while the rotation runs, and when the full frame came back.
DRAWN_WATCH_JS = """
() => {
  const w = window.__drawn = { counts: [], upAt: null, fullAt: null };
  const canvas = document.querySelector('.ep-canvas');
  canvas.addEventListener('pointerup', () => { w.upAt = performance.now(); }, { once: true });
  const n = __embproj.state.n;
  const step = () => {
    const c = __embproj.drawnPoints ?? n;   // (a build without the level-of-detail hook draws every point)
    w.counts.push(__embproj.drawnMoving === false ? null : c);   // moving frames' counts (not a still frame's pieces)
    if (w.upAt !== null && c === n) { w.fullAt = performance.now(); return; }
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}
"""

# Tooltip shows (index, time of the rAF after it) and the event time of every pointermove on the canvas.
HOVER_WATCH_JS = """
() => {
  const w = window.__hover = { moves: [], shows: [] };
  const canvas = document.querySelector('.ep-canvas');
  canvas.addEventListener('pointermove', (e) => w.moves.push([e.timeStamp, e.clientX, e.clientY]), true);
  const tip = document.querySelector('[data-testid=tooltip]');
  let last = null;
  new MutationObserver(() => {
    const idx = tip.style.display !== 'none' && tip.dataset.index !== undefined ? Number(tip.dataset.index) : null;
    if (idx === last) return;
    last = idx;
    if (idx === null) return;
    const rec = [idx, performance.now(), null];
    w.shows.push(rec);
    requestAnimationFrame(() => { rec[2] = performance.now(); });
  }).observe(tip, { attributes: true, attributeFilter: ['style', 'data-index'] });
}
"""


def open_ours(browser, base):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    start_ms = time.time() * 1000
    page.goto(base + "/#embproj")
    iframe = page.wait_for_selector(IFRAME, timeout=120000)
    frame = iframe.content_frame()
    frame.wait_for_function("() => window.__embproj && __embproj.hook.firstPcaFrameEpoch > 0",
                            timeout=900000, polling=100)
    first = (frame.evaluate("() => __embproj.hook.firstPcaFrameEpoch") - start_ms) / 1000
    return page, iframe, frame, first


def wait_still(frame, timeout=60000):
    """Until the tab is ready and the last frame drew every point (the camera has settled)."""
    frame.wait_for_function("() => __embproj.isReady() && !__embproj.moving && !__embproj.framePending && "
                            "(__embproj.drawnPoints ?? __embproj.state.n) === __embproj.state.n",
                            timeout=timeout, polling=50)


def on_screen_point(frame, canvas, rng, n):
    """Canvas-frame coordinates of a random row's point, away from the plot's edges."""
    for _attempt in range(100):
        p = frame.evaluate("i => __embproj.screenPositionOf(i)", int(rng.integers(n)))
        if p and canvas[0] + 80 < p["x"] < canvas[0] + canvas[2] - 20 and canvas[1] + 80 < p["y"] < canvas[1] + canvas[3] - 20:
            return round(p["x"]), round(p["y"])
    return None


def plot_geometry(iframe, frame):
    """The iframe's box on the page, the canvas's rectangle in the iframe, and the number of points."""
    canvas = frame.evaluate("() => { const r = document.querySelector('.ep-canvas').getBoundingClientRect();"
                            " return [r.left, r.top, r.width, r.height]; }")
    return iframe.bounding_box(), canvas, frame.evaluate("() => __embproj.state.n")


def hover_latency(page, iframe, frame, rng, trials, right_after_drag):
    """ms from the last pointermove (onto a point) to the frame after its tooltip shows, per trial.
    right_after_drag=False: the camera is turned (arrow key), then the still frame is awaited first.
    True: a drag ends and the pointer goes straight to a point (while the view settles)."""
    frame.evaluate(HOVER_WATCH_JS)
    box, canvas, n = plot_geometry(iframe, frame)
    out = []
    for _ in range(trials):
        if right_after_drag:
            cx, cy = box["x"] + canvas[0] + canvas[2] / 2, box["y"] + canvas[1] + canvas[3] / 2
            page.mouse.move(cx, cy)
            page.mouse.down()
            for k in range(1, 5):
                page.mouse.move(cx + 10 * k, cy)
            page.mouse.up()
        else:
            frame.focus(".ep-canvas")
            page.keyboard.press("ArrowLeft")
            wait_still(frame)
            time.sleep(0.5)
        p = on_screen_point(frame, canvas, rng, n)
        if p is None:
            continue
        x, y = p
        page.mouse.move(box["x"] + x - 60, box["y"] + y - 60)
        page.mouse.move(box["x"] + x - 30, box["y"] + y - 30)
        page.mouse.move(box["x"] + x, box["y"] + y)
        try:
            frame.wait_for_function(
                """([x, y]) => { const w = __hover; const m = w.moves.filter(e => e[1] === x && e[2] === y);
                   return m.length && w.shows.some(s => s[1] >= m[0][0] && s[2] !== null); }""",
                arg=[x, y], timeout=20000, polling=20)
        except Exception:  # noqa: BLE001  (no point under the pointer within the radius)
            continue
        out.append(frame.evaluate(
            """([x, y]) => { const w = __hover; const m = w.moves.find(e => e[1] === x && e[2] === y);
               const s = w.shows.find(s => s[1] >= m[0] && s[2] !== null); return s[2] - m[0]; }""", [x, y]))
        page.mouse.move(box["x"] + 3, box["y"] + 3)
        wait_still(frame)
    return out


# Pointerdown event times on the canvas, and the first animation frame after each new neighbour list.
CLICK_WATCH_JS = """
() => {
  const w = window.__click = { downs: [], lists: [] };
  document.querySelector('.ep-canvas').addEventListener('pointerdown', (e) => w.downs.push(e.timeStamp), true);
  let seen = __embproj.state.neighbors;
  const poll = () => {
    const s = __embproj.state;
    if (s.neighbors !== seen) {
      seen = s.neighbors;
      if (s.neighbors) { const rec = [s.selected, null]; w.lists.push(rec); requestAnimationFrame(() => { rec[1] = performance.now(); }); }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
"""


# Where a click's time went (the page's performance measures 'embproj:*' and the plot's frame log), in ms from
# its pointerdown: the pick done, the query's round trip and the slowest shard's scan in it, the colours
# (computed and handed to the plot) once the answer is in, the list in the DOM, and the first frame after.
CLICK_BREAKDOWN_JS = """
(k) => {
  const t0 = __click.downs[k];
  const m = performance.getEntriesByType('measure').filter(e => e.name.startsWith('embproj:') && e.startTime >= t0 - 1);
  const end = (e) => e.startTime + e.duration - t0;
  const pick = m.find(e => e.name === 'embproj:pick');
  const query = m.filter(e => e.name === 'embproj:nn-query').pop();
  if (!pick || !query) return null;
  const answered = end(query);
  const after = m.filter(e => e.startTime - t0 >= answered - 1);
  const colours = after.filter(e => e.name === 'embproj:colors' || e.name === 'embproj:set-colors').reduce((a, e) => a + e.duration, 0);
  const list = after.find(e => e.name === 'embproj:nn-list' && e.detail > 0);
  const frame = __embproj.frameLog.find(f => f.start - t0 >= answered);
  return {
    pick: end(pick), asked: query.startTime - t0, query: query.duration,
    scan: Math.max(0, ...(query.detail || []).map(x => x.ms)), colours,
    list: list ? end(list) : null, frame: frame ? frame.start - t0 : null,
  };
}
"""


def click_latency(page, iframe, frame, rng, trials):
    """ms from a click's pointerdown on a point to the frame after that row's neighbour list arrived, and
    where that time went (CLICK_BREAKDOWN_JS, one dict a click)."""
    frame.evaluate(CLICK_WATCH_JS)
    box, canvas, n = plot_geometry(iframe, frame)
    out, parts = [], []
    for _ in range(trials):
        wait_still(frame)
        p = on_screen_point(frame, canvas, rng, n)
        if p is None:
            continue
        x, y = p
        page.mouse.move(box["x"] + x, box["y"] + y)
        time.sleep(0.3)
        before = frame.evaluate("() => { performance.clearMeasures(); return __click.downs.length; }")
        page.mouse.click(box["x"] + x, box["y"] + y)
        try:
            frame.wait_for_function(
                """(k) => { const w = __click; const s = __embproj.state;
                   return w.downs.length > k && s.selected >= 0 && w.lists.some(l => l[0] === s.selected && l[1] !== null); }""",
                arg=before, timeout=60000, polling=20)
        except Exception:  # noqa: BLE001  (the click hit no point)
            continue
        out.append(frame.evaluate(
            """(k) => { const w = __click; const s = __embproj.state;
               const l = w.lists.filter(l => l[0] === s.selected && l[1] !== null).pop(); return l[1] - w.downs[k]; }""", before))
        parts.append(frame.evaluate(CLICK_BREAKDOWN_JS, before))
    return out, [p for p in parts if p]


def ours(browser, base, rotate_seconds, hover_trials, screenshot):
    page, iframe, frame, first = open_ours(browser, base)
    try:
        rng = np.random.default_rng(1)
        frame.wait_for_function("() => __embproj.isReady()", timeout=120000)
        if screenshot:
            wait_still(frame)
            time.sleep(1.0)
            page.screenshot(path=screenshot)
        clicks, click_parts = click_latency(page, iframe, frame, rng, hover_trials)
        frame.evaluate("() => __embproj.set({ is3d: true })")
        frame.wait_for_function("() => __embproj.isReady() && __embproj.state.is3d", timeout=120000)
        wait_still(frame)
        time.sleep(0.5)
        still = frame.evaluate(STILL_JS, 8)
        frame.evaluate(DRAWN_WATCH_JS)
        rotate = frame.evaluate(ROTATE_JS, [".ep-canvas", rotate_seconds])
        frame.wait_for_function("() => __drawn.fullAt !== null", timeout=60000)
        drawn = frame.evaluate("() => __drawn")
        moving = [c for c in drawn["counts"][:-1] if c]
        hovers = hover_latency(page, iframe, frame, rng, hover_trials, right_after_drag=False)
        hovers_drag = hover_latency(page, iframe, frame, rng, hover_trials, right_after_drag=True)
        return {
            "first": first, "still": still["median"], "still_drawn": still["drawn"], "rotate": rotate,
            "moving_drawn": int(statistics.median(moving)) if moving else None,
            "settle": drawn["fullAt"] - drawn["upAt"], "hover": hovers, "hover_drag": hovers_drag,
            "click": clicks, "click_parts": click_parts,
        }
    finally:
        page.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--rotate-seconds", type=float, default=4.0)
    ap.add_argument("--hover-trials", type=int, default=5)
    ap.add_argument("--logdir", help="keep the data here (written once, reused)")
    ap.add_argument("--screenshot", help="save a PNG of the 2D PCA layout (first repeat)")
    ap.add_argument("--no-builtin", action="store_true")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright
    med = statistics.median
    with tempfile.TemporaryDirectory() as tmp:
        logdir = a.logdir or os.path.join(tmp, "logdir")
        make_logdir(logdir, a.rows, a.dims)
        runs, b_runs = [], []
        with running_tensorboard(logdir) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            for k in range(a.repeats):
                r = ours(browser, base, a.rotate_seconds, a.hover_trials, a.screenshot if k == 0 else None)
                runs.append(r)
                print("  ours     #%d: first PCA frame %.1f s; 3D still frame %.0f ms (%d points); rotating %.0f ms "
                      "(%s points drawn); camera stops -> all drawn %.0f ms; hover -> tooltip %s ms; "
                      "right after a drag %s ms"
                      % (k + 1, r["first"], r["still"], r["still_drawn"], r["rotate"] or -1, r["moving_drawn"],
                         r["settle"], ", ".join("%.0f" % h for h in r["hover"]),
                         ", ".join("%.0f" % h for h in r["hover_drag"])), flush=True)
                if not a.no_builtin:
                    try:
                        f, rot = builtin(browser, base, a.rotate_seconds)
                        b_runs.append((f, rot))
                        print("  built-in #%d: PCA drawn %.1f s (a 100,000-point sample), rotating %s ms"
                              % (k + 1, f, "%.0f" % rot if rot else "?"), flush=True)
                    except Exception as err:  # noqa: BLE001
                        print("  built-in #%d: failed: %s" % (k + 1, str(err).splitlines()[0]), flush=True)
            browser.close()
    label = "%dx%d" % (a.rows, a.dims)
    first = med(r["first"] for r in runs)
    still = med(r["still"] for r in runs)
    rotate = med(r["rotate"] for r in runs if r["rotate"])
    settle = med(r["settle"] for r in runs)
    clicks = [c for r in runs for c in r["click"]]
    click_parts = [c for r in runs for c in r["click_parts"]]
    hovers = [h for r in runs for h in r["hover"]]
    hovers_drag = [h for r in runs for h in r["hover_drag"]]
    b_first = med(b[0] for b in b_runs) if b_runs else None
    b_rot = med(b[1] for b in b_runs if b[1]) if any(b[1] for b in b_runs) else None
    print("%s, medians of %d repeat(s)" % (label, a.repeats))
    print("page opened -> first PCA frame: ours %.1f s%s" % (first, ", built-in %.1f s (100k sample)" % b_first if b_first else ""))
    print("3D still frame (all %d points): %.0f ms" % (runs[0]["still_drawn"], still))
    print("frame while rotating: ours %.0f ms (%s points drawn)%s" % (
        rotate, runs[0]["moving_drawn"], ", built-in %.0f ms (100k sample)" % b_rot if b_rot else ""))
    print("camera stops -> every point drawn: %.0f ms" % settle)
    if clicks:
        print("click -> neighbour list: median %.0f ms, max %.0f ms over %d clicks" % (med(clicks), max(clicks), len(clicks)))
    if click_parts:
        part = lambda key: med(p[key] for p in click_parts if p[key] is not None)  # noqa: E731
        print("  where it goes (medians, ms from the pointerdown): picked %.0f; query sent %.0f, answered after %.0f "
              "(slowest shard's scan %.0f); colours for the answer %.0f; list in the DOM at %.0f; next frame at %.0f"
              % (part("pick"), part("asked"), part("query"), part("scan"), part("colours"), part("list"), part("frame")))
    if hovers:
        print("hover -> tooltip: median %.0f ms, max %.0f ms over %d trials" % (med(hovers), max(hovers), len(hovers)))
    if hovers_drag:
        print("hover -> tooltip right after a drag: median %.0f ms, max %.0f ms over %d trials"
              % (med(hovers_drag), max(hovers_drag), len(hovers_drag)))
    report("%s: page opened -> first PCA frame" % label, first, b_first)
    report("%s: frame while rotating" % label, rotate, b_rot, "ms")
    report("%s: still frame (all points)" % label, still, None, "ms")
    report("%s: camera stops -> all points drawn" % label, settle, None, "ms")
    if clicks:
        report("%s: click -> neighbour list" % label, med(clicks), None, "ms")
    if click_parts:
        report("%s: click: neighbour query round trip" % label, med(p["query"] for p in click_parts), None, "ms")
        report("%s: click: slowest shard's scan" % label, med(p["scan"] for p in click_parts), None, "ms")
    if hovers:
        report("%s: hover -> tooltip" % label, med(hovers), None, "ms")
    if hovers_drag:
        report("%s: hover -> tooltip right after a drag" % label, med(hovers_drag), None, "ms")


if __name__ == "__main__":
    main()
