"""Training steps through TensorBoard: the step slider on a log_embedding series (one tag at three
steps, PyTorch-style `tag:00003` names) and on a variable saved in three checkpoints; after each
switch the drawn layout equals the Procrustes-aligned PCA of that step (numpy), the camera is kept,
and "moved most" highlights the top points by displacement."""
import shutil
import time

import numpy as np
import pytest

from embproj_browser import fetch_tensor
from numpy_reference import pca, procrustes

N = 120


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    from embproj_plugin import log_embedding
    root = tmp_path_factory.mktemp("steps") / "logdir"
    rng = np.random.default_rng(7)
    x = rng.normal(size=(N, 10)).astype(np.float32) * np.linspace(3, 0.5, 10).astype(np.float32)
    for step in (1, 4, 9):
        x = x + 0.4 * rng.normal(size=x.shape).astype(np.float32)
        log_embedding(str(root / "series"), x, [str(i % 4) for i in range(N)], tag="hidden", step=step)
    shared = pytest.importorskip("conftest").SHARED_FIXTURES
    if (shared / "multi_run" / "run_a").is_dir():
        shutil.copytree(shared / "multi_run" / "run_a", root / "ckpt_run", ignore=shutil.ignore_patterns("_expected"))
    if (shared / "torch_writer").is_dir():   # three different tags at steps 0, 3, 5: no series
        shutil.copytree(shared / "torch_writer", root / "torch_tags", ignore=shutil.ignore_patterns("_expected"))
    try:   # PyTorch's own SummaryWriter: one tag at three global steps
        import torch
        from torch.utils.tensorboard import SummaryWriter
    except ImportError:
        return root
    torch.manual_seed(3)
    writer = SummaryWriter(str(root / "torch_run"))
    t = torch.randn(80, 6) * torch.linspace(2, 0.5, 6)
    for step in (0, 3, 7):
        t = t + 0.3 * torch.randn(80, 6)
        writer.add_embedding(t, metadata=[str(i % 3) for i in range(80)], tag="feat", global_step=step)
    writer.close()
    return root


@pytest.fixture()
def tab(open_tab, logdir):
    """A fresh page for each test (on the module's one TensorBoard)."""
    t = open_tab(logdir)
    yield t
    assert not t.errors, t.errors
    t.close()


@pytest.fixture(scope="module")
def server(open_tab, logdir):
    return open_tab.server(logdir)


def layout(tab):
    l = tab.eval("() => __embproj.views.layout()")
    return np.array(l["coords"], dtype=np.float64).reshape(-1, l["k"])


def wait_step(tab, tensor_name=None, step=None):
    tab.frame.wait_for_function(
        """([t, s]) => { const e = window.__embproj; const st = e.state;
             if (t !== null && st.tensorName !== t) return false;
             if (s !== null && document.querySelector('[data-testid=step-label]').dataset.step !== String(s)) return false;
             return e.isReady() && !e.views.animating; }""", arg=[tensor_name, step], timeout=60000)


def assert_same_up_to_sign(drawn, ref):
    for a in range(ref.shape[1]):
        c = np.corrcoef(drawn[:, a], ref[:, a])[0, 1]
        assert abs(c) > 0.9999, (a, c)


def screen_is_affine_of(tab, coords):
    """The points on screen are the layout up to one scale and shift (the camera did not move)."""
    rows = list(range(0, coords.shape[0], max(1, coords.shape[0] // 25)))
    xy = np.array([[p["x"], p["y"]] for p in (tab.eval("i => __embproj.screenPositionOf(i)", i) for i in rows)])
    for a in range(2):
        design = np.c_[coords[rows, a], np.ones(len(rows))]
        fit, *_ = np.linalg.lstsq(design, xy[:, a], rcond=None)
        resid = xy[:, a] - design @ fit
        assert np.abs(resid).max() < 1.0, (a, np.abs(resid).max())


def test_step_slider_on_a_log_embedding_series(tab, server):
    tab.select("series", "hidden:00001")
    label = tab.frame.locator("[data-testid=step-label]")
    assert label.is_visible()
    assert "Step 1 (1 of 3)" in label.text_content()
    x1 = fetch_tensor(server, "series", "hidden:00001")
    l1 = layout(tab)
    assert_same_up_to_sign(l1, pca(x1))
    tab.eval("() => { const c = __embproj.controls; c.zoom(1.7); c.pan(30, -12); }")
    cam = tab.eval("() => __embproj.views.camera()")

    tab.frame.click("[data-testid=step-next]")
    wait_step(tab, "hidden:00004", 4)
    x2 = fetch_tensor(server, "series", "hidden:00004")
    l2 = layout(tab)
    expected = procrustes(pca(x2), l1)
    span = np.ptp(l1, axis=0).max()
    assert np.abs(l2 - expected).max() < 1e-3 * span
    # Not the same as the raw PCA of that step (it was aligned) unless the PCA happened to match.
    assert tab.eval("() => __embproj.views.camera()") == cam      # camera kept
    screen_is_affine_of(tab, l2)

    # Points that moved most: the top 10% by displacement after alignment.
    tab.frame.check("[data-testid=step-highlight]")
    moved = tab.eval("() => Array.from(__embproj.state.movedPoints || [])")
    disp = np.linalg.norm(l2 - l1, axis=1)
    assert sorted(moved) == sorted(np.argsort(-disp)[:round(0.1 * N)].tolist())
    assert "highlighted" in tab.frame.locator("[data-testid=step-moved]").text_content()

    # Next step chains onto the aligned layout; the slider goes back too.
    tab.frame.click("[data-testid=step-next]")
    wait_step(tab, "hidden:00009", 9)
    l3 = layout(tab)
    expected3 = procrustes(pca(fetch_tensor(server, "series", "hidden:00009")), l2)
    assert np.abs(l3 - expected3).max() < 1e-3 * span
    tab.frame.locator("[data-testid=step-slider]").fill("0")
    wait_step(tab, "hidden:00001", 1)
    assert np.abs(layout(tab) - procrustes(pca(x1), l3)).max() < 1e-3 * span


def test_step_transition_is_animated(tab, server):
    tab.select("series", "hidden:00001")
    tab.eval("() => __embproj.set({ selection: Int32Array.from([3, 5, 8]), selected: 5 })")
    tab.frame.click("[data-testid=step-next]")
    tab.frame.wait_for_function("() => __embproj.views.animating", timeout=30000)
    p0 = tab.eval("() => __embproj.screenPositionOf(5)")
    time.sleep(0.15)
    p1 = tab.eval("() => __embproj.screenPositionOf(5)")
    wait_step(tab, "hidden:00004", 4)
    p2 = tab.eval("() => __embproj.screenPositionOf(5)")
    # mid-way positions differ from the end (the tween ran)
    assert (p0["x"], p0["y"]) != (p2["x"], p2["y"]) or (p1["x"], p1["y"]) != (p2["x"], p2["y"])
    # the selection follows the points to the new step
    tab.frame.wait_for_function("() => __embproj.state.selection.length === 3", timeout=30000)
    assert tab.eval("() => [Array.from(__embproj.state.selection), __embproj.state.selected]") == [[3, 5, 8], 5]


def test_step_slider_on_checkpoints(tab, server, logdir):
    if not (logdir / "ckpt_run").is_dir():
        pytest.skip("shared multi_run fixture missing")
    name = "emb/.ATTRIBUTES/VARIABLE_VALUE"
    tab.select("ckpt_run", name)
    label = tab.frame.locator("[data-testid=step-label]")
    assert "Step 3 (3 of 3)" in label.text_content() and "checkpoints" in label.text_content()
    l3 = layout(tab)
    x3 = fetch_tensor(server, "ckpt_run", name)
    assert_same_up_to_sign(l3, pca(x3))
    span = np.ptp(l3, axis=0).max()
    tab.frame.locator("[data-testid=step-slider]").fill("0")
    wait_step(tab, name, 1)
    assert tab.state("step") == 1
    x1 = fetch_tensor(server, "ckpt_run", name, step=1)
    assert not np.allclose(x1, x3)
    l1 = layout(tab)
    assert np.abs(l1 - procrustes(pca(x1), l3)).max() < 1e-3 * span
    tab.frame.click("[data-testid=step-next]")
    wait_step(tab, name, 2)
    l2 = layout(tab)
    assert np.abs(l2 - procrustes(pca(fetch_tensor(server, "ckpt_run", name, step=2)), l1)).max() < 1e-3 * span


def test_a_bookmark_returns_to_its_step(tab, server):
    tab.select("series", "hidden:00001")
    tab.frame.click("[data-testid=step-next]")
    wait_step(tab, "hidden:00004", 4)
    coords = layout(tab)
    tab.frame.click("[data-testid=bookmark-add]")
    state = tab.eval("() => window.__embprojBookmarks.list()[0]")
    assert state["embprojStep"] == 4
    tab.frame.click("[data-testid=step-next]")
    wait_step(tab, "hidden:00009", 9)
    # the series shares one bookmark list across its steps
    assert tab.eval("() => document.querySelectorAll('[data-testid=bookmark-name]').length") == 1
    tab.frame.locator("[data-testid=bookmark-name]").first.click()
    tab.frame.wait_for_function("() => /Loaded/.test(document.querySelector('[data-testid=bookmark-message]').textContent)",
                                timeout=60000)
    wait_step(tab, "hidden:00004", 4)
    time.sleep(0.3)
    assert np.abs(layout(tab) - coords).max() < 1e-6


def test_step_slider_on_a_pytorch_summarywriter_series(tab, server, logdir):
    if not (logdir / "torch_run").is_dir():
        pytest.skip("torch is not installed")
    tab.select("torch_run", "feat:00000")
    assert "Step 0 (1 of 3)" in tab.frame.locator("[data-testid=step-label]").text_content()
    l0 = layout(tab)
    assert_same_up_to_sign(l0, pca(fetch_tensor(server, "torch_run", "feat:00000")))
    span = np.ptp(l0, axis=0).max()
    tab.frame.locator("[data-testid=step-slider]").fill("2")
    wait_step(tab, "feat:00007", 7)
    l7 = layout(tab)
    assert np.abs(l7 - procrustes(pca(fetch_tensor(server, "torch_run", "feat:00007")), l0)).max() < 1e-3 * span
    # PyTorch's fixture with a different tag per step has no series: no slider
    if (logdir / "torch_tags").is_dir():
        tab.select("torch_tags", "with_images:00003")
        assert not tab.frame.locator("[data-testid=steps-panel]").is_visible()


def test_play_runs_through_the_steps(tab, server):
    tab.select("series", "hidden:00001")
    tab.frame.click("[data-testid=step-play]")
    assert tab.frame.locator("[data-testid=step-play]").text_content() == "Stop"
    tab.frame.wait_for_function("() => document.querySelector('[data-testid=step-play]').textContent === 'Play'", timeout=60000)
    wait_step(tab, "hidden:00009", 9)
    assert "Step 9 (3 of 3)" in tab.frame.locator("[data-testid=step-label]").text_content()
