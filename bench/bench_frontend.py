"""Frontend benchmark: our Embeddings tab vs TensorBoard's built-in projector, in ONE headless Chromium.

    python bench/bench_frontend.py [--rows 100000 --dims 128 --repeats 3 --rotate-seconds 3]

Data: ROWS x DIMS float32, 10 Gaussian clusters, written as a raw float32 `tensor_path` with
`tensor_shape` in projector_config.pbtxt (the built-in reads that without TensorFlow) plus a one-column
metadata file and an event file (the built-in only lists directories holding one).

For each repeat, alternately (ours, built-in) in the same browser:
  * page opened -> first PCA frame drawn. Ours: the tab's hook records Date.now() of the first frame drawn
    with PCA coordinates. Built-in: its "Total variance described" text appears (DESIGN.md section 6).
  * frame time while rotating (3D): for a few seconds, synthetic pointer drags on the plot's canvas, one
    step per animation frame; the median requestAnimationFrame interval in that frame.
Prints medians and the ratio; asserts nothing.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, os.pardir, "tests"))
sys.path.insert(0, os.path.join(HERE, os.pardir, "tests", "browser"))
from tb_server import running_tensorboard  # noqa: E402
from embproj_browser import ARGS, CHROMIUM, IFRAME  # noqa: E402

sys.path.insert(0, HERE)
from results import report  # noqa: E402

ROTATE_JS = """
async ([selector, seconds]) => {
  const canvas = selector ? document.querySelector(selector) : null;
  const find = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName === 'CANVAS' && el.width > 200) return el;
      if (el.shadowRoot) { const c = find(el.shadowRoot); if (c) return c; }
    }
    return null;
  };
  const target = canvas || find(document);
  if (!target) return null;
  const r = target.getBoundingClientRect();
  let x = r.left + r.width / 2, y = r.top + r.height / 2;
  const fire = (type, PE) => {
    const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, button: 0,
                   buttons: type.endsWith('up') ? 0 : 1, pointerId: 1, pointerType: 'mouse', isPrimary: true };
    target.dispatchEvent(PE ? new PointerEvent(type, init) : new MouseEvent(type, init));
  };
  const down = () => { fire('pointerdown', true); fire('mousedown', false); };
  const move = () => { fire('pointermove', true); fire('mousemove', false); };
  const up = () => { fire('pointerup', true); fire('mouseup', false); };
  down();
  const times = [];
  const end = performance.now() + seconds * 1000;
  let dir = 1;
  await new Promise((resolve) => {
    const step = (t) => {
      times.push(t);
      x += 6 * dir;
      if (Math.abs(x - (r.left + r.width / 2)) > r.width / 4) dir = -dir;
      move();
      if (performance.now() < end) requestAnimationFrame(step); else resolve();
    };
    requestAnimationFrame(step);
  });
  up();
  const d = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
  return d.length ? d[Math.floor(d.length / 2)] : null;
}
"""


def make_clustered_logdir(root, rows, dims, labels=50):
    """rows x dims float32 in `labels` Gaussian clusters (centres N(0, 4^2), unit noise), written in pieces."""
    import numpy as np
    rng = np.random.default_rng(0)
    centres = rng.normal(scale=4.0, size=(labels, dims)).astype("f4")
    label = rng.integers(0, labels, size=rows)
    with open(os.path.join(root, "tensor.bin"), "wb") as f:
        for start in range(0, rows, 50_000):
            part = label[start:start + 50_000]
            (centres[part] + rng.normal(size=(len(part), dims)).astype("f4")).astype("<f4").tofile(f)
    with open(os.path.join(root, "metadata.tsv"), "w") as f:
        f.writelines("cluster %d\n" % k for k in label)
    with open(os.path.join(root, "projector_config.pbtxt"), "w") as f:
        f.write('embeddings {\n  tensor_name: "clusters"\n  tensor_path: "tensor.bin"\n'
                '  metadata_path: "metadata.tsv"\n  tensor_shape: %d\n  tensor_shape: %d\n}\n' % (rows, dims))
    from tensorboard.summary.writer.event_file_writer import EventFileWriter
    writer = EventFileWriter(root)
    writer.flush()
    writer.close()


def make_logdir(root, rows, dims):
    """The 10-cluster logdir the page-load and algorithm benches use."""
    make_clustered_logdir(root, rows, dims, labels=10)


def ours(browser, base, rotate_seconds):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        start_ms = time.time() * 1000
        page.goto(base + "/#embproj")
        frame = page.wait_for_selector(IFRAME, timeout=120000).content_frame()
        frame.wait_for_function("() => window.__embproj && __embproj.hook.firstPcaFrameEpoch > 0",
                                timeout=300000, polling=50)
        first = frame.evaluate("() => __embproj.hook.firstPcaFrameEpoch") - start_ms
        phases = frame.evaluate("() => __embproj.hook")
        frame.evaluate("() => __embproj.set({ is3d: true })")
        frame.wait_for_function("() => __embproj.isReady() && __embproj.state.is3d", timeout=120000)
        rotate = frame.evaluate(ROTATE_JS, [".ep-canvas", rotate_seconds])
        return first / 1000, rotate, phases["pcaDoneEpoch"] - start_ms
    finally:
        page.close()


def builtin(browser, base, rotate_seconds):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        start = time.time()
        page.goto(base + "/#projector")
        frame = None
        deadline = time.time() + 120
        while frame is None and time.time() < deadline:
            frame = next((f for f in page.frames if "projector_binary.html" in f.url), None)
            if frame is None:
                el = page.query_selector('iframe[src*="projector"]')
                frame = el.content_frame() if el else None
                if frame is not None and "projector_binary.html" not in (frame.url or ""):
                    frame = None
            if frame is None:
                time.sleep(0.05)
        frame.locator("text=Total variance described").first.wait_for(timeout=300000)
        first = time.time() - start
        time.sleep(1.0)
        rotate = frame.evaluate(ROTATE_JS, [None, rotate_seconds])
        return first, rotate
    finally:
        page.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--rotate-seconds", type=float, default=3.0)
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory() as root:
        logdir = os.path.join(root, "logdir")
        os.mkdir(logdir)
        make_logdir(logdir, a.rows, a.dims)
        with running_tensorboard(logdir) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            o_first, o_rot, o_pca, b_first, b_rot = [], [], [], [], []
            ours(browser, base, 0.5)          # warm the server's tensor cache for both (same file)
            for k in range(a.repeats):
                f, r, pca_done = ours(browser, base, a.rotate_seconds)
                o_first.append(f); o_rot.append(r); o_pca.append(pca_done / 1000)
                print("  ours     #%d: first PCA frame %.2f s (PCA done %.2f s), rotate frame %s ms"
                      % (k + 1, f, pca_done / 1000, "%.1f" % r if r else "?"), flush=True)
                f, r = builtin(browser, base, a.rotate_seconds)
                b_first.append(f); b_rot.append(r)
                print("  built-in #%d: PCA drawn %.2f s, rotate frame %s ms"
                      % (k + 1, f, "%.1f" % r if r else "?"), flush=True)
            browser.close()
    med = statistics.median
    print("%d x %d, medians of %d" % (a.rows, a.dims, a.repeats))
    print("page opened -> first PCA frame: ours %.2f s, built-in %.2f s, ratio built-in/ours %.2fx"
          % (med(o_first), med(b_first), med(b_first) / med(o_first)))
    report("%dx%d: page opened -> first PCA frame" % (a.rows, a.dims), med(o_first), med(b_first))
    o_r = [x for x in o_rot if x]
    b_r = [x for x in b_rot if x]
    if o_r and b_r:
        print("frame while rotating (median rAF interval): ours %.1f ms, built-in %.1f ms, ratio %.2fx"
              % (med(o_r), med(b_r), med(b_r) / med(o_r)))
        report("%dx%d: frame while rotating" % (a.rows, a.dims), med(o_r), med(b_r), "ms")


if __name__ == "__main__":
    main()
