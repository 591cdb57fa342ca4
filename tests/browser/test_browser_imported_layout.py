"""Layouts computed in Python (log_embedding(projections=...)) through the real tab in TensorBoard: the
projection chooser lists them with the methods, picking one draws the file's coordinates at once (no
t-SNE / UMAP run), 2-D and 3-D, the choice survives a copied link, and a bad layout file is shown with
its message and file name while the tensor and the other layouts still open. Also the README's
screenshot (written to a temporary folder unless EMBPROJ_REFRESH_SCREENSHOTS=1)."""
import os
import pathlib

import numpy as np
import pytest

from embproj_plugin import log_embedding

README_SCREENSHOTS = pathlib.Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TENSOR = "digits:00000"
ENTRY = pathlib.Path("plugins", "embproj", "digits", "00000")


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    """scikit-learn's 8x8 digits (bundled, no download): vectors, labels, thumbnails, and two layouts
    made in Python the way a user would: linear discriminant axes (2-D; a t-SNE would take a minute
    here) and the top 3 principal axes (3-D)."""
    from sklearn.datasets import load_digits
    from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

    digits = load_digits()
    vectors, labels = digits.data.astype(np.float32), digits.target
    lda = LinearDiscriminantAnalysis(n_components=2).fit_transform(vectors, labels)
    centred = vectors - vectors.mean(axis=0)
    pca3 = centred @ np.linalg.svd(centred, full_matrices=False)[2][:3].T
    logdir = tmp_path_factory.mktemp("imported") / "logs"
    log_embedding(logdir, vectors, [str(v) for v in labels], images=(digits.images * 16).clip(0, 255).astype(np.uint8),
                  tag="digits", projections={"lda": lda, "pca-3d": pca3})
    np.save(logdir / ENTRY / "tensors.layout.short.npy", np.zeros((len(vectors) - 1, 2), np.float32))  # bad on purpose
    return logdir


@pytest.fixture(scope="module")
def tab(open_tab, logdir):
    return open_tab(logdir)


def stored(logdir, name):
    return np.load(logdir / ENTRY / ("tensors.layout.%s.npy" % name))


def pick(tab, value):
    tab.frame.select_option("[data-testid=method-select]", value)
    tab.frame.wait_for_function("m => __embproj.state.method === m", arg=value)
    tab.wait_ready()


def drawn(tab):
    layout = tab.eval("() => __embproj.views.layout()")
    return np.array(layout["coords"], np.float32).reshape(-1, layout["k"]), layout["axes"]


def screen_positions(tab):
    p = tab.eval("() => __embproj.analysis.screenPositions()")
    return np.array(p["x"]), np.array(p["y"])


def normalised(coordinates):
    """The tab's fit to the view (compute/placement.ts): centred on the mid-range, one scale for all axes."""
    lo, hi = coordinates.min(axis=0), coordinates.max(axis=0)
    return (coordinates - (lo + hi) / 2) / ((hi - lo).max() / 2)


def test_the_chooser_lists_the_layouts_with_the_methods(tab):
    options = tab.eval("""() => [...document.querySelector('[data-testid=method-select]').options]
                                  .map(o => [o.value, o.text, o.disabled])""")
    assert ["pca", "PCA", False] in options and ["umap", "UMAP", False] in options
    assert ["imported:lda", "from Python: lda (2-D)", False] in options
    assert ["imported:pca-3d", "from Python: pca-3d (3-D)", False] in options
    assert ["imported:short", "from Python: short (cannot be used)", True] in options


def test_a_bad_layout_file_is_shown_with_its_message_and_file(tab, logdir):
    problem = tab.frame.locator("[data-testid=imported-layout-problem]")
    assert problem.count() == 1
    text = problem.inner_text()
    assert "from Python: short: has 1796 rows but the tensor has 1797" in text
    assert str(logdir / ENTRY / "tensors.layout.short.npy") in text
    notices = tab.frame.locator("[data-testid=notices]").inner_text()   # with the hint, as every bad file
    assert 'layout "short": has 1796 rows' in notices and "tensors.layout.short.npy" in notices
    assert "numpy.save" in notices
    assert tab.state("n") == 1797  # the embedding itself opened


def test_picking_a_2d_layout_draws_the_file_at_once(tab, logdir):
    pick(tab, "imported:lda")
    coordinates, axes = drawn(tab)
    np.testing.assert_array_equal(coordinates, stored(logdir, "lda"))
    assert axes == ["lda-0", "lda-1"] and tab.state("is3d") is False
    # Nothing was computed in the tab for it.
    assert tab.eval("() => [__embproj.analysis.tsne.state, __embproj.analysis.umap.state]") == ["idle", "idle"]
    # On screen: the file's coordinates after the tab's normalisation, one scale for x and y (y up).
    tab.eval("() => __embproj.controls.reset()")
    tab.wait_ready()
    x, y = screen_positions(tab)
    expected = normalised(stored(logdir, "lda").astype(np.float64))
    fit_x = np.polyfit(expected[:, 0], x, 1)
    fit_y = np.polyfit(expected[:, 1], y, 1)
    assert np.abs(np.polyval(fit_x, expected[:, 0]) - x).max() < 0.5
    assert np.abs(np.polyval(fit_y, expected[:, 1]) - y).max() < 0.5
    assert fit_x[0] > 50 and abs(fit_x[0] + fit_y[0]) < 0.01 * fit_x[0]


def test_a_3d_layout_in_3d_and_its_first_two_axes_in_2d(tab, logdir):
    pick(tab, "imported:pca-3d")
    assert tab.state("is3d") is True
    coordinates, axes = drawn(tab)
    np.testing.assert_array_equal(coordinates, stored(logdir, "pca-3d"))
    assert axes == ["pca-3d-0", "pca-3d-1", "pca-3d-2"]
    tab.frame.click("[data-testid=mode-2d]")
    tab.frame.wait_for_function("() => !__embproj.state.is3d && __embproj.views.layout()?.k === 2")
    tab.wait_ready()
    coordinates, _ = drawn(tab)
    np.testing.assert_array_equal(coordinates, stored(logdir, "pca-3d")[:, :2])
    pick(tab, "imported:lda")  # a 2-D layout: 3D cannot be chosen
    assert tab.eval("() => document.querySelector('[data-testid=mode-3d]').disabled") is True


def test_the_choice_survives_a_copied_link(tab, logdir):
    pick(tab, "imported:pca-3d")
    tab.frame.click("[data-testid=copy-link]")
    url = tab.frame.locator("[data-testid=link-url]").input_value()
    assert "proj%3Dimported%253Apca-3d" in url or "proj%3Dimported%3Apca-3d" in url, url
    tab.page.goto("about:blank")
    tab.page.goto(url)
    tab.iframe = tab.page.wait_for_selector('iframe[src*="plugin_entry.html?name=embproj"]', timeout=60000)
    tab.frame = tab.iframe.content_frame()
    tab.frame.wait_for_function(
        "() => window.__embproj && __embproj.state.method === 'imported:pca-3d' && __embproj.isReady()", timeout=60000)
    coordinates, _ = drawn(tab)
    np.testing.assert_array_equal(coordinates, stored(logdir, "pca-3d"))
    assert tab.state("is3d") is True


def test_readme_screenshot(tab, tmp_path):
    pick(tab, "imported:lda")
    tab.frame.select_option("[data-testid=color-select]", "0")  # the digit
    tab.eval("() => __embproj.controls.reset()")
    tab.wait_ready()
    folder = README_SCREENSHOTS if os.environ.get("EMBPROJ_REFRESH_SCREENSHOTS") == "1" else tmp_path
    tab.page.screenshot(path=str(folder / "imported_layout.png"))
    assert (folder / "imported_layout.png").stat().st_size > 10000


def test_a_bookmark_restores_the_imported_layout(tab, logdir):
    pick(tab, "imported:lda")
    count = tab.frame.locator("[data-testid=bookmark-item]").count()
    tab.frame.click("[data-testid=bookmark-add]")
    tab.frame.wait_for_function("c => document.querySelectorAll('[data-testid=bookmark-item]').length === c + 1", arg=count)
    pick(tab, "pca")
    tab.frame.locator("[data-testid=bookmark-name]").nth(count).click()
    tab.frame.wait_for_function("() => __embproj.state.method === 'imported:lda'")
    tab.wait_ready()
    assert tab.eval("() => document.querySelector('[data-testid=method-select]').value") == "imported:lda"
    coordinates, _ = drawn(tab)
    np.testing.assert_array_equal(coordinates, stored(logdir, "lda"))


def compare_with(tab, layout):
    """Compares the tensor shown (side A, as drawn) with itself drawn by its imported `layout` (side B)."""
    value = '["%s",null,"%s"]' % (TENSOR, layout)
    f = tab.frame
    f.wait_for_function("v => [...document.querySelectorAll('[data-testid=compare-tensor] option')].some(o => o.value === v)",
                        arg=value)
    f.select_option("[data-testid=compare-tensor]", value)
    f.select_option("[data-testid=compare-key]", "")  # by order: the same rows
    f.click("[data-testid=compare-start]")
    f.wait_for_function("() => __embproj.compare.status?.status === 'ready' && __embproj.isReady()", timeout=120000)
    return tab.eval("() => __embproj.compare.result()")


def similarity_residual(source, target):
    """Largest distance left after the best rotation + uniform scale + shift of `source` onto `target`."""
    a, b = source - source.mean(axis=0), target - target.mean(axis=0)
    u, s, vt = np.linalg.svd(a.T @ b)
    rotation = u @ vt
    scale = s.sum() / (a ** 2).sum()
    return np.abs(scale * a @ rotation - b).max() / np.abs(b).max()


def test_side_b_of_a_comparison_drawn_by_its_layout_from_python(tab, logdir):
    """A: the tab's own PCA; B: the same tensor drawn by the LDA computed in Python, aligned onto A."""
    pick(tab, "pca")
    try:
        r = compare_with(tab, "lda")
        aligned = np.array(r["alignedB"], np.float64).reshape(-1, r["k"])
        assert r["k"] == 2 and r["paired"] == 1797
        assert similarity_residual(stored(logdir, "lda").astype(np.float64), aligned) < 1e-4
        a_layout, _ = drawn(tab)  # a PCA is not a similarity transform of the LDA: B is the file, not B's PCA
        assert similarity_residual(a_layout.astype(np.float64), aligned) > 0.05
        assert "B layout: from Python: lda" in tab.frame.locator("[data-testid=compare-summary]").inner_text()
        assert r["meanOverlap"] == pytest.approx(1.0)  # one tensor: the same neighbours on both sides
    finally:
        tab.frame.click("[data-testid=compare-stop]")


def test_an_imported_layout_on_both_sides_of_a_comparison(tab, logdir):
    """A drawn by the LDA from Python, B too: B lands exactly on A (B's PCA would not: see above)."""
    pick(tab, "imported:lda")
    try:
        r = compare_with(tab, "lda")
        assert r["k"] == 2
        aligned = np.array(r["alignedB"], np.float64).reshape(-1, 2)
        lda = stored(logdir, "lda").astype(np.float64)
        np.testing.assert_allclose(aligned, lda, atol=1e-4 * np.abs(lda).max())
    finally:
        tab.frame.click("[data-testid=compare-stop]")


def test_tensorboards_reload_draws_a_rewritten_layout_file(tab, logdir):
    pick(tab, "imported:lda")
    path = logdir / ENTRY / "tensors.layout.lda.npy"
    original = np.load(path)
    rewritten = (original[:, ::-1] * np.float32(2)).copy()  # same shape, other coordinates
    try:
        np.save(path, rewritten)
        tab.page.click("button.reload-button")
        tab.frame.wait_for_function("x => __embproj.views.layout()?.coords[0] === x && __embproj.isReady()",
                                    arg=float(rewritten[0, 0]), timeout=60000)
        coordinates, _ = drawn(tab)
        np.testing.assert_array_equal(coordinates, rewritten)
    finally:
        np.save(path, original)
