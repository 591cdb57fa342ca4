"""Compare two embeddings through TensorBoard: two steps of one tensor written with log_embedding,
the second with its rows shuffled, paired by a metadata key column, and another model in another run
(other dimensions, points missing on either side). The per-row neighbourhood
change (1 - Jaccard overlap of the k nearest neighbours in each original space) and the mean
overlap equal scikit-learn's on the tensors the server sends; hover and selection are linked
between the two plots; the overlay draws a line per paired row; a copied link and a bookmark
reopen the comparison (and the density toggle); the README screenshot of the overlay."""
import os
import pathlib
from urllib.parse import quote

import numpy as np
import pytest

from embproj_browser import api_bytes, fetch_tensor
from numpy_reference import pca, procrustes

N, D, K = 240, 12, 10
RUN = "series"
OTHER_RUN, OTHER_MISSING, OTHER_EXTRA = "other_model", 5, 9
A_TENSOR, B_TENSOR = "hidden:00002", "hidden:00001"
README_SCREENSHOTS = pathlib.Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    """Step 1 and step 2 of one embedding: step 2 moves a third of the points to other clusters,
    and its rows are written in a shuffled order (the `id` column says which point each row is)."""
    from embproj_plugin import log_embedding
    root = tmp_path_factory.mktemp("compare") / "logdir"
    rng = np.random.default_rng(11)
    centres = rng.normal(size=(6, D)) * 6
    cluster = rng.integers(0, 6, size=N)
    x1 = centres[cluster] + rng.normal(size=(N, D))
    moved = rng.random(N) < 0.33
    cluster2 = np.where(moved, (cluster + 1 + rng.integers(0, 5, size=N)) % 6, cluster)
    x2 = x1 - centres[cluster] + centres[cluster2] + 0.1 * rng.normal(size=(N, D))
    ids = ["p%03d" % i for i in range(N)]
    log_embedding(str(root / RUN), x1.astype(np.float32), {"id": ids, "cluster": [str(c) for c in cluster]}, tag="hidden", step=1)
    order = rng.permutation(N)
    log_embedding(str(root / RUN), x2[order].astype(np.float32),
                  {"id": [ids[i] for i in order], "cluster": [str(c) for c in cluster2[order]]}, tag="hidden", step=2)
    # Another model (A/B): 7 dimensions, the first OTHER_MISSING points absent, OTHER_EXTRA new ones, shuffled.
    keep = rng.permutation(np.arange(OTHER_MISSING, N))
    other = np.tanh(x1[keep] @ rng.normal(size=(D, 7)) / 6) + 0.05 * rng.normal(size=(len(keep), 7))
    extra = rng.normal(size=(OTHER_EXTRA, 7))
    log_embedding(str(root / OTHER_RUN), np.vstack([other, extra]).astype(np.float32),
                  {"id": [ids[i] for i in keep] + ["new%d" % i for i in range(OTHER_EXTRA)],
                   "cluster": [str(cluster[i]) for i in keep] + ["?"] * OTHER_EXTRA}, tag="model_b")
    return root


@pytest.fixture(scope="module")
def tab(open_tab, logdir):
    t = open_tab(logdir)
    t.select(RUN, A_TENSOR)
    return t


def ids_of(base, name):
    text = api_bytes(base, "metadata?run=%s&name=%s" % (quote(RUN, safe=""), quote(name, safe=""))).decode()
    lines = text.splitlines()
    col = lines[0].split("\t").index("id")
    return [line.split("\t")[col] for line in lines[1:]]


def neighbour_sets(x, k):
    from sklearn.neighbors import NearestNeighbors
    idx = NearestNeighbors(n_neighbors=k + 1).fit(x).kneighbors(x, return_distance=False)
    return [set(row[row != i][:k]) for i, row in enumerate(idx)]


def start_compare(tab, key="id", mode="side"):
    f = tab.frame
    f.wait_for_function("v => [...document.querySelectorAll('[data-testid=compare-tensor] option')].some(o => o.value === v)",
                        arg='["%s",null]' % B_TENSOR)
    f.select_option("[data-testid=compare-tensor]", '["%s",null]' % B_TENSOR)
    f.select_option("[data-testid=compare-key]", key)
    f.fill("[data-testid=compare-k]", str(K))
    f.click("[data-testid=compare-start]")
    wait_compared(tab)
    f.select_option("[data-testid=compare-mode]", mode)


def wait_compared(tab, timeout=60000):
    tab.frame.wait_for_function("() => __embproj.compare.status?.status === 'ready' && __embproj.isReady()", timeout=timeout)


def test_change_and_mean_overlap_equal_scikit_learn_on_key_paired_rows(tab):
    start_compare(tab)
    r = tab.eval("() => __embproj.compare.result()")
    ids_a, ids_b = ids_of(tab.base, A_TENSOR), ids_of(tab.base, B_TENSOR)
    # Pairing by the id column: the shuffled order of step 2 undone, nothing left out.
    assert ids_a != ids_b
    assert [ids_b[j] for j in r["bOfA"]] == ids_a
    assert (r["paired"], r["unpairedA"], r["unpairedB"], r["duplicates"]) == (N, 0, 0, 0)
    assert r["exact"] is True
    # The reference: k nearest neighbours in each original space, B's rows put in A's order.
    xa, xb = fetch_tensor(tab.base, RUN, A_TENSOR), fetch_tensor(tab.base, RUN, B_TENSOR)[r["bOfA"]]
    na, nb = neighbour_sets(xa, K), neighbour_sets(xb, K)
    want = np.array([1 - len(a & b) / len(a | b) for a, b in zip(na, nb)])
    got = np.array(r["change"], dtype=float)
    assert np.allclose(got, want, atol=1e-6), np.flatnonzero(~np.isclose(got, want))[:10]
    assert abs(r["meanOverlap"] - np.mean(1 - want)) < 1e-6
    # Some neighbourhoods kept, some changed: the data is not a degenerate case.
    assert want.min() < 0.3 and want.max() > 0.7
    # The ranked list: the largest changes first, as listed in the panel.
    entries = tab.frame.locator("[data-testid=compare-ranked-entry]")
    listed = [int(entries.nth(i).get_attribute("data-index")) for i in range(entries.count())]
    assert len(listed) == 20
    assert np.allclose(sorted(want[listed], reverse=True), want[listed])
    assert want[listed[0]] == want.max()
    text = tab.frame.locator("[data-testid=compare-overlap]").text_content()
    assert ("%.3f" % np.mean(1 - want)) in text
    # Coloured by the change, with its numeric legend.
    assert tab.frame.locator("[data-testid=legend]").get_attribute("data-kind") == "numeric"
    lo, hi = int(np.argmin(want)), int(np.argmax(want))
    assert tab.eval("i => __embproj.colorOf(i)", lo) != tab.eval("i => __embproj.colorOf(i)", hi)


def test_side_by_side_links_hover_selection_search_and_camera(tab):
    f = tab.frame
    assert tab.eval("() => __embproj.compare.split") is True
    assert tab.eval("() => __embproj.compare.countPointPixelsB()") > 200
    r = tab.eval("() => __embproj.compare.result()")
    # B's plot draws B's aligned layout in A's numbering: its positions are the aligned B rows.
    aligned = np.array(r["alignedB"], dtype=float).reshape(N, 2)
    assert np.isfinite(aligned).all()
    # Hover a point in B's plot: the same row is hovered (A's tooltip row).
    row = r["ranked"][0]
    p = tab.eval("i => __embproj.compare.screenPositionOfB(i)", row)
    box = tab.iframe.bounding_box()
    tab.page.mouse.move(box["x"] + p["x"] - 20, box["y"] + p["y"] - 20)
    tab.page.mouse.move(box["x"] + p["x"], box["y"] + p["y"], steps=3)
    f.wait_for_function("i => __embproj.state.hovered === i", arg=row, timeout=5000)
    tip = f.locator("[data-testid=tooltip]")
    assert tip.get_attribute("data-index") == str(row) and tip.is_visible()
    assert f.locator("[data-testid=tooltip-label]").text_content() == ids_of(tab.base, A_TENSOR)[row]
    # Click it there: selected on both sides.
    tab.page.mouse.click(box["x"] + p["x"], box["y"] + p["y"])
    f.wait_for_function("i => __embproj.state.selected === i", arg=row, timeout=5000)
    # A ranked entry selects its point.
    other = r["ranked"][3]
    f.locator("[data-testid=compare-ranked-entry][data-index='%d']" % other).click()
    f.wait_for_function("i => __embproj.state.selected === i", arg=other, timeout=5000)
    tab.page.keyboard.press("Escape")
    # Search fades the same rows in both plots.
    before = tab.eval("() => Array.from({length: %d}, (_, i) => __embproj.colorOf(i))" % N)
    f.select_option("[data-testid=search-column]", label="id")
    f.fill("[data-testid=search-input]", "p00")
    f.wait_for_function("() => __embproj.state.searchMatches !== null")
    tab.settle(0.3)
    matches = set(tab.eval("() => Array.from(__embproj.state.searchMatches)"))
    assert len(matches) == 10
    hit, miss = min(matches), min(set(range(N)) - matches)
    for i in (hit, miss):
        assert tab.eval("i => __embproj.compare.colorOfB(i)", i) == tab.eval("i => __embproj.colorOf(i)", i)
    assert tab.eval("i => __embproj.colorOf(i)", miss) != before[miss]   # faded in both plots
    f.fill("[data-testid=search-input]", "")
    f.wait_for_function("() => __embproj.state.searchMatches === null")
    # Cameras linked: zooming A zooms B.
    canvas = f.locator(".ep-plot:not(.ep-plot-b) canvas").first.bounding_box()
    tab.page.mouse.move(box["x"] + canvas["x"] + 100, box["y"] + canvas["y"] + 100)
    tab.page.mouse.wheel(0, -300)
    f.wait_for_function("() => __embproj.controls.v2.zoom > 1.05")
    tab.settle(0.2)
    assert tab.eval("() => __embproj.compare.cameraB.v2") == tab.eval("() => ({...__embproj.controls.v2})")
    tab.eval("() => __embproj.controls.reset()")


def test_overlay_draws_a_line_per_paired_row(tab):
    f = tab.frame
    f.select_option("[data-testid=compare-mode]", "overlay")
    f.wait_for_function("() => !__embproj.compare.split && __embproj.compare.lines > 0")
    assert tab.eval("() => __embproj.compare.lines") == N
    assert tab.state("compare")["mode"] == "overlay"
    # The lines are drawn: more pixels than the points alone.
    with_lines = tab.point_pixels()
    f.uncheck("[data-testid=compare-color]")
    f.wait_for_function("() => __embproj.state.legend.kind !== 'numeric'")
    assert tab.point_pixels() > 0 and with_lines > 0
    f.check("[data-testid=compare-color]")
    f.wait_for_function("() => __embproj.state.legend.kind === 'numeric'")


def test_link_reopens_the_comparison_and_the_density_toggle(tab, open_tab, logdir):
    f = tab.frame
    f.check("[data-testid=density-toggle]")
    f.select_option("[data-testid=density-label-select]", label="cluster")
    f.wait_for_function("() => __embproj.state.showDensity && __embproj.state.clusterLabelColumn === 1")
    f.click("[data-testid=copy-link]")
    url = f.locator("[data-testid=link-url]").input_value()
    assert "cmp.tensor" in quote(url, safe="") or "cmp.tensor" in url
    want = tab.state("compare")
    fresh = open_tab(logdir, url=url, ready=False)
    try:
        wait_compared(fresh, timeout=90000)
        assert fresh.state("tensorName") == A_TENSOR
        assert fresh.state("compare") == want
        assert fresh.state("showDensity") is True and fresh.state("clusterLabelColumn") == 1
        r = fresh.eval("() => __embproj.compare.result()")
        mine = tab.eval("() => __embproj.compare.result()")
        assert r["change"] == mine["change"] and r["meanOverlap"] == mine["meanOverlap"]
        fresh.frame.wait_for_function("() => __embproj.compare.lines === %d" % N)
    finally:
        fresh.close()
    f.uncheck("[data-testid=density-toggle]")


def test_bookmark_restores_the_comparison_and_the_density_toggle(tab):
    f = tab.frame
    want = tab.state("compare")
    f.check("[data-testid=density-toggle]")
    f.select_option("[data-testid=density-label-select]", label="(no labels)")
    f.wait_for_function("() => __embproj.state.showDensity && __embproj.state.clusterLabelColumn === -1")
    f.click("[data-testid=bookmark-add]")
    f.click("[data-testid=compare-stop]")
    f.uncheck("[data-testid=density-toggle]")
    f.wait_for_function("() => __embproj.state.compare === null && __embproj.compare.status === null && __embproj.compare.lines === 0 && !__embproj.state.showDensity")
    assert tab.state("legend")["kind"] != "numeric"
    f.locator("[data-testid=bookmark-list] li").last.click()
    wait_compared(tab)
    assert tab.state("compare") == want
    f.wait_for_function("() => __embproj.compare.lines === %d" % N)
    assert tab.state("showDensity") is True and tab.state("clusterLabelColumn") == -1
    f.uncheck("[data-testid=density-toggle]")


def test_rows_by_order_need_the_same_count_and_compare_a_tensor_with_itself(tab):
    f = tab.frame
    f.click("[data-testid=compare-stop]")
    f.select_option("[data-testid=compare-tensor]", '["%s",null]' % A_TENSOR)
    f.select_option("[data-testid=compare-key]", "")
    f.click("[data-testid=compare-start]")
    wait_compared(tab)
    r = tab.eval("() => __embproj.compare.result()")
    assert r["bOfA"] == list(range(N))
    assert r["meanOverlap"] == 1 and max(r["change"]) == 0
    # Side B aligned onto itself: the same layout.
    layout = np.array(tab.eval("() => __embproj.views.layout().coords"), dtype=float).reshape(N, 2)
    assert np.abs(np.array(r["alignedB"], dtype=float).reshape(N, 2) - layout).max() < 1e-3 * np.abs(layout).max()
    f.click("[data-testid=compare-stop]")


def test_a_3d_layout_of_a_lays_b_out_again_in_3d(tab):
    f = tab.frame
    start_compare(tab)
    mean = tab.eval("() => __embproj.compare.result().meanOverlap")
    f.click("[data-testid=mode-3d]")
    f.wait_for_function("() => __embproj.compare.result()?.k === 3 && __embproj.compare.split && __embproj.compare.cameraB.is3d && __embproj.isReady()")
    r = tab.eval("() => __embproj.compare.result()")
    assert r["meanOverlap"] == mean   # the neighbour lists are kept
    # B's own 3-D PCA, in A's row order, aligned onto A's drawn 3-D layout (numpy).
    a3 = np.array(tab.eval("() => __embproj.views.layout().coords"), dtype=float).reshape(N, 3)
    b3 = pca(fetch_tensor(tab.base, RUN, B_TENSOR), 3)[r["bOfA"]]
    want = procrustes(b3, a3)
    got = np.array(r["alignedB"], dtype=float).reshape(N, 3)
    assert np.abs(got - want).max() < 1e-3 * np.abs(want).max()
    assert tab.eval("() => __embproj.compare.countPointPixelsB()") > 200
    f.click("[data-testid=mode-2d]")
    f.wait_for_function("() => __embproj.compare.result()?.k === 2 && __embproj.isReady()")
    f.click("[data-testid=compare-stop]")


def test_another_model_with_other_dimensions_and_unpaired_rows(tab):
    """A/B of two models: side B in another run, 7 dimensions, some points only on one side (counted,
    left out of both neighbourhoods); the change equals scikit-learn's on the paired rows."""
    f = tab.frame
    f.select_option("[data-testid=compare-run]", OTHER_RUN)
    f.wait_for_function("() => [...document.querySelectorAll('[data-testid=compare-tensor] option')].some(o => o.value.includes('model_b'))")
    name = tab.eval("() => JSON.parse([...document.querySelectorAll('[data-testid=compare-tensor] option')].find(o => o.value.includes('model_b')).value)[0]")
    f.select_option("[data-testid=compare-tensor]", '["%s",null]' % name)
    f.select_option("[data-testid=compare-key]", "id")
    f.click("[data-testid=compare-start]")
    tab.frame.wait_for_function("() => __embproj.compare.status?.status === 'ready' && __embproj.compare.result()?.label.includes('model_b')")
    r = tab.eval("() => __embproj.compare.result()")
    assert (r["paired"], r["unpairedA"], r["unpairedB"], r["duplicates"]) == (N - OTHER_MISSING, OTHER_MISSING, OTHER_EXTRA, 0)
    summary = f.locator("[data-testid=compare-summary]")
    assert summary.get_attribute("data-unpaired-a") == str(OTHER_MISSING) and summary.get_attribute("data-unpaired-b") == str(OTHER_EXTRA)
    ids_a = ids_of(tab.base, A_TENSOR)
    paired = [i for i in range(N) if r["bOfA"][i] >= 0]
    assert sorted(ids_a[i] for i in range(N) if r["bOfA"][i] < 0) == ["p%03d" % i for i in range(OTHER_MISSING)]
    xa = fetch_tensor(tab.base, RUN, A_TENSOR)[paired]
    raw = api_bytes(tab.base, "tensor?run=%s&name=%s" % (quote(OTHER_RUN, safe=""), quote(name, safe="")))
    xb = np.frombuffer(raw, dtype="<f4").reshape(-1, 7).astype(np.float64)[[r["bOfA"][i] for i in paired]]
    na, nb = neighbour_sets(xa, K), neighbour_sets(xb, K)
    want = np.array([1 - len(a & b) / len(a | b) for a, b in zip(na, nb)])
    got = np.array([r["change"][i] for i in paired], dtype=float)
    assert np.allclose(got, want, atol=1e-6)
    assert all(r["change"][i] is None for i in range(N) if r["bOfA"][i] < 0)
    assert abs(r["meanOverlap"] - np.mean(1 - want)) < 1e-6
    # Unpaired rows are not drawn in B's plot.
    missing = next(i for i in range(N) if r["bOfA"][i] < 0)
    assert tab.eval("i => __embproj.compare.screenPositionOfB(i)", missing) is None
    f.click("[data-testid=compare-stop]")
    f.select_option("[data-testid=compare-run]", RUN)


def test_readme_screenshot_of_the_overlay(tab, tmp_path):
    f = tab.frame
    start_compare(tab, mode="overlay")
    f.wait_for_function("() => __embproj.compare.lines > 0")
    tab.settle(0.5)
    folder = README_SCREENSHOTS if os.environ.get("EMBPROJ_REFRESH_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    tab.page.screenshot(path=str(folder / "compare.png"))
    assert (folder / "compare.png").stat().st_size > 10000
