"""t-SNE's progressive path (issue 12, item 3), in the browser through TensorBoard: above the page's
threshold (lowered here through the test hook) a random sample is laid out first and drawn with the
other points hidden, the panel saying so; then every point is placed from it and drawn before the full
run's first iteration; then all points are optimised. Stop ends the sample phase too."""
import time

import numpy as np
import pytest

from embproj_browser import write_clustered_logdir

N, D, SAMPLE, LABELS = 30000, 16, 2000, 8


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    return write_clustered_logdir(tmp_path_factory.mktemp("progressive"), N, D, clusters=LABELS, seed=11)


@pytest.fixture(scope="module")
def tab(open_tab, logdir):
    return open_tab(logdir)


# Every animation frame, what the method's panel status and the plot show when either changed.
RECORD = """(args) => {
  const [method, threshold, sample, settings] = args;
  const layouts = __embproj.analysis.layouts;
  layouts.progressiveRows = threshold;
  layouts.sampleSize = sample;
  layouts.applySettings({ [method]: settings });
  window.__log = [];
  window.__stopLog = false;
  window.__texts = new Set();
  let last = '';
  const tick = () => {
    const t = __embproj.analysis[method];
    const entry = { state: t.state, sample: t.sample, iteration: t.iteration, drawn: __embproj.drawnPoints };
    const key = JSON.stringify(entry);
    if (key !== last) { window.__log.push(entry); last = key; }
    const status = document.querySelector(`[data-testid=${method}-status]`);
    if (status) window.__texts.add(status.textContent);
    if (!window.__stopLog) requestAnimationFrame(tick);
  };
  tick();
}"""


def sample_then_full_run(tab, method):
    """Waits for the run to end; asserts the sample was drawn alone first (the panel saying so), before
    the run on every point. Returns the recorded log, the first sample frame and the full run's first."""
    tab.frame.wait_for_function("m => __embproj.analysis[m].state === 'done'", arg=method, timeout=240000, polling=200)
    log = tab.eval("() => { window.__stopLog = true; return window.__log; }")
    texts = tab.eval("() => [...window.__texts]")
    sample_frames = [i for i, e in enumerate(log) if e["sample"] == SAMPLE and e["drawn"] == SAMPLE and e["state"] == "initializing"]
    assert sample_frames, log[:40]
    assert any(t.startswith("Sample of 2,000 points") for t in texts), texts
    first_full = next(i for i, e in enumerate(log) if e["sample"] == 0 and e["state"] == "running")
    assert sample_frames[0] < first_full
    return log, sample_frames[0], first_full


def final_layout_on_every_point(tab, method, iterations):
    """The finished run's layout: all N points, finite, every one drawn."""
    done = tab.eval("m => __embproj.analysis[m]", method)
    assert done["iteration"] == iterations and done["points"] == N and done["sample"] == 0
    coords = np.array(tab.eval("m => __embproj.analysis.layout(m).coords", method), dtype=float).reshape(N, 2)
    assert np.isfinite(coords).all()
    tab.eval("() => __embproj.renderNow()")
    assert tab.eval("() => __embproj.drawnPoints") == N
    return coords


def choose(tab, method):
    tab.frame.select_option("[data-testid=method-select]", method)


def test_stop_while_the_sample_is_shown_ends_the_sample_and_the_run(tab):
    tab.eval(RECORD, ["tsne", 10000, SAMPLE, {"maxIterations": 1000}])
    tab.eval("() => { window.__stopLog = true; }")
    # First: the compute workers keep a finished graph, and a run that finds it ready needs no sample.
    choose(tab, "tsne")
    tab.frame.wait_for_function(
        "() => { const t = __embproj.analysis.tsne; return t.state === 'initializing' && t.sample > 0 && t.iteration >= 1; }",
        timeout=60000, polling=20)
    tab.frame.click("[data-testid=tsne-stop]")
    tab.frame.wait_for_function("() => __embproj.analysis.tsne.state === 'stopped'", timeout=5000, polling=20)
    shown = tab.eval("() => __embproj.analysis.layout('tsne').coords.slice(0, 400)")
    time.sleep(2.0)     # the sample posts a frame every 100 ms and the graph of 30,000 rows takes seconds
    after = tab.eval("() => __embproj.analysis.tsne")
    assert after["state"] == "stopped" and after["sample"] == 0, after
    assert tab.eval("() => __embproj.analysis.layout('tsne').coords.slice(0, 400)") == shown
    assert tab.eval("() => document.querySelector('[data-testid=tsne-stop]').disabled")
    choose(tab, "pca")
    tab.wait_ready()


def test_a_sample_is_drawn_first_then_every_point_placed_then_optimised(tab):
    tab.eval(RECORD, ["tsne", 10000, SAMPLE, {"maxIterations": 300}])
    choose(tab, "tsne")     # shows where the stopped run was
    tab.frame.click("[data-testid=tsne-rerun]")
    log, first_sample, first_full = sample_then_full_run(tab, "tsne")
    # Before its first iteration the full run had every point placed from the sample (drawn, iteration 0).
    placed = [i for i, e in enumerate(log) if first_sample < i < first_full and e["sample"] == 0 and e["drawn"] == N]
    assert placed, log[first_sample:first_full + 1]
    assert log[placed[0]]["iteration"] == 0 and log[placed[0]]["state"] == "initializing"

    # The final layout is on all points and keeps the clusters apart.
    coords = final_layout_on_every_point(tab, "tsne", 300)
    labels = np.array([int(v) for v in tab.eval("() => __embproj.state.columns[0].values")])
    centres = np.array([coords[labels == c].mean(axis=0) for c in range(LABELS)])
    within = np.mean([np.linalg.norm(coords[labels == c] - centres[c], axis=1).mean() for c in range(LABELS)])
    between = np.min([np.linalg.norm(centres[a] - centres[b]) for a in range(LABELS) for b in range(a)])
    assert between > 2 * within, (between, within)
    choose(tab, "pca")
    tab.wait_ready()


def test_umap_draws_a_sample_while_the_graph_is_built_then_runs_on_every_point(tab):
    # cosine: a graph the t-SNE tests did not build
    tab.eval(RECORD, ["umap", 10000, SAMPLE, {"nEpochs": 100, "metric": "cosine"}])
    choose(tab, "umap")
    sample_then_full_run(tab, "umap")
    final_layout_on_every_point(tab, "umap", 100)
    choose(tab, "pca")
    tab.wait_ready()


def clusters_apart(tab, coords):
    """The layout keeps the labelled clusters apart: nearest centres farther than twice the mean spread."""
    labels = np.array([int(v) for v in tab.eval("() => __embproj.state.columns[0].values")])
    centres = np.array([coords[labels == c].mean(axis=0) for c in range(LABELS)])
    within = np.mean([np.linalg.norm(coords[labels == c] - centres[c], axis=1).mean() for c in range(LABELS)])
    between = np.min([np.linalg.norm(centres[a] - centres[b]) for a in range(LABELS) for b in range(a)])
    return between > 2 * within, (between, within)


RUN_BUTTON = {"tsne": "[data-testid=tsne-rerun]", "umap": "[data-testid=umap-run]"}


def run_to_the_end(tab, method):
    tab.frame.click(RUN_BUTTON[method])
    tab.frame.wait_for_function("m => { const s = __embproj.analysis[m]; return s.state === 'done' && s.iteration > 0; }",
                                arg=method, timeout=240000, polling=200)
    return tab.eval("m => __embproj.analysis[m]", method)


@pytest.mark.parametrize("method, settings, total", [
    ("tsne", {"maxIterations": 200, "seed": 4}, 200),
    ("umap", {"nEpochs": 80, "seed": 4}, 80),
])
def test_iterations_are_shared_with_layout_helpers_on_every_core(tab, method, settings, total):
    # From helpersFrom points (t-SNE 10,000, UMAP 50,000 by default; set here) the layout's worker starts layout helpers
    # (t-SNE: the attraction by row blocks; UMAP: the epochs by blocks of heads); the panel says on how
    # many threads it runs (2 cores: the worker and one helper).
    tab.eval("""(args) => { const l = __embproj.analysis.layouts;
                           window.__savedRule = [l.progressiveRows, l.helpersFrom];
                           l.progressiveRows = 1e9; l.helpersFrom = args[0]; l.applySettings({ [args[1]]: args[2] }); }""",
             [N // 2, method, settings])
    choose(tab, method)
    status = run_to_the_end(tab, method)
    assert status["threads"] >= 2, status
    text = tab.eval("m => document.querySelector(`[data-testid=${m}-status]`).textContent", method)
    assert ("· %d threads" % status["threads"]) in text, text
    coords = final_layout_on_every_point(tab, method, total)
    apart, figures = clusters_apart(tab, coords)
    assert apart, figures
    # Below the threshold the same run stays on one thread.
    tab.eval("() => { __embproj.analysis.layouts.helpersFrom = 1e9; }")
    assert run_to_the_end(tab, method)["threads"] == 1
    tab.eval("() => { const l = __embproj.analysis.layouts; [l.progressiveRows, l.helpersFrom] = window.__savedRule; }")
    choose(tab, "pca")
    tab.wait_ready()
