"""Stop works in every phase (issue 12), in the browser through TensorBoard: t-SNE stopped while the
compute workers build its neighbour graph ends there (no iteration, no frame) and the workers take the
next run; UMAP left for another method mid-run sends no further epoch; the starting phases show numbers
that move."""
import time

import numpy as np
import pytest

from embproj_browser import write_clustered_logdir

N, D = 60000, 32   # enough rows that the neighbour graph (k = 90 for t-SNE) takes seconds in the workers


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    # Enough rows that the neighbour graph (k = 90 for t-SNE) takes seconds in the compute workers.
    return write_clustered_logdir(tmp_path_factory.mktemp("cancel"), N, D, clusters=12, seed=3)


@pytest.fixture(scope="module")
def tab(open_tab, logdir):
    return open_tab(logdir)


def status(tab, method):
    return tab.eval("m => { const s = __embproj.analysis[m]; return { state: s.state, progress: s.progress, iteration: s.iteration }; }", method)


def choose(tab, method):
    tab.frame.select_option("[data-testid=method-select]", method)


def test_tsne_stopped_while_its_neighbours_are_found_stops_and_the_workers_take_the_next_run(tab):
    choose(tab, "tsne")     # starts a run with the defaults: perplexity 30, k = 90
    # The graph build reports progress from the compute workers; the panel says so, with a clock.
    tab.frame.wait_for_function("() => { const s = __embproj.analysis.tsne; return s.state === 'initializing' && s.progress > 0.02; }",
                                timeout=60000, polling=20)
    text = tab.frame.inner_text("[data-testid=tsne-status]")
    assert "Neighbours" in text and "%" in text and text.rstrip().endswith("s"), text
    before = status(tab, "tsne")
    assert before["state"] == "initializing" and before["iteration"] == 0, before
    assert not tab.eval("() => document.querySelector('[data-testid=tsne-stop]').disabled")
    tab.frame.click("[data-testid=tsne-stop]")
    tab.frame.wait_for_function("() => __embproj.analysis.tsne.state === 'stopped'", timeout=5000, polling=20)
    time.sleep(1.0)     # a run that went on would show progress or its first iteration by now
    after = status(tab, "tsne")
    assert after["state"] == "stopped" and after["iteration"] == 0, after
    assert tab.eval("() => __embproj.analysis.layout('tsne')") is None
    assert tab.eval("() => document.querySelector('[data-testid=tsne-stop]').disabled")

    # The compute workers are free for the next run: a short one starts, builds its graph and finishes.
    tab.frame.fill("[data-testid=tsne-max-iterations]", "20")
    tab.frame.press("[data-testid=tsne-max-iterations]", "Enter")
    tab.frame.click("[data-testid=tsne-rerun]")
    tab.frame.wait_for_function("() => __embproj.analysis.tsne.state === 'done'", timeout=180000, polling=100)
    done = status(tab, "tsne")
    assert done["iteration"] == 20, done
    coords = np.array(tab.eval("() => __embproj.analysis.layout('tsne').coords"), dtype=float)
    assert coords.size == N * 2 and np.isfinite(coords).all()
    choose(tab, "pca")
    tab.wait_ready()


def test_umap_left_for_another_method_sends_no_further_epoch(tab):
    # Long enough to be mid-run when left (the panel's field shows once UMAP is chosen: set before).
    tab.eval("() => __embproj.analysis.layouts.applySettings({ umap: { nEpochs: 2000 } })")
    choose(tab, "umap")
    tab.frame.wait_for_function("() => __embproj.analysis.umap.iteration >= 2", timeout=240000, polling=50)
    choose(tab, "pca")
    tab.frame.wait_for_function("() => __embproj.analysis.umap.state === 'stopped'", timeout=5000, polling=20)
    left = status(tab, "umap")
    layout = tab.eval("() => __embproj.analysis.layout('umap').coords.slice(0, 50)")
    time.sleep(3.0)     # UMAP at 60,000 points posts a frame about every 100 ms while it runs
    assert status(tab, "umap") == left
    assert tab.eval("() => __embproj.analysis.layout('umap').coords.slice(0, 50)") == layout
    assert left["iteration"] < 2000
    tab.wait_ready()

