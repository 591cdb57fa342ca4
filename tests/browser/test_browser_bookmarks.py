"""Bookmarks and links through TensorBoard: TensorBoard's own bookmarks file loads (coordinates,
selection, camera, colour / label); a bookmark made here reloads in a fresh page (download -> upload)
with the same coordinates, selection, isolation and camera; download then upload round-trips; saving
into the logdir with and without --embproj_allow_writes; a copied link reopens the same view."""
import json
import pathlib
import shutil
import time

import numpy as np
import pytest


WORDS = "embedding/.ATTRIBUTES/VARIABLE_VALUE"
OTHER = "other/.ATTRIBUTES/VARIABLE_VALUE"   # not in the config: saving adds its entry with bookmarks_path
WRITES = "--embproj_allow_writes"


@pytest.fixture(scope="module")
def logdir(fixtures_logdir):
    return fixtures_logdir


@pytest.fixture(scope="module")
def writable_logdir(tmp_path_factory):
    from conftest import SHARED_FIXTURES
    root = tmp_path_factory.mktemp("writable") / "logdir"
    root.mkdir()
    for name in ("tf2_words",):
        shutil.copytree(SHARED_FIXTURES / name, root / name, ignore=shutil.ignore_patterns("_expected"))
    return root


def bookmark_names(tab):
    return tab.eval("() => [...document.querySelectorAll('[data-testid=bookmark-name]')].map(e => e.textContent)")


def layout(tab):
    l = tab.eval("() => __embproj.views.layout()")
    return np.array(l["coords"], dtype=np.float64).reshape(-1, l["k"])


def load_bookmark(tab, i):
    tab.frame.locator("[data-testid=bookmark-name]").nth(i).click()
    tab.frame.wait_for_function("() => /Loaded|This bookmark/.test(document.querySelector('[data-testid=bookmark-message]').textContent)",
                                timeout=60000)
    tab.wait_ready()
    time.sleep(0.3)   # nothing may overwrite the restored layout afterwards


def view_of(tab):
    return tab.eval("""() => { const s = __embproj.state; return {
        method: s.method, is3d: s.is3d, dims: s.dims, selection: Array.from(s.selection), selected: s.selected,
        isolated: s.isolated ? Array.from(s.isolated) : null,
        color: s.columns[s.colorColumn]?.name ?? null, label: s.columns[s.labelColumn]?.name ?? null,
        camera: __embproj.views.camera() }; }""")


def test_tensorboard_bookmarks_file_loads(open_tab, logdir):
    states = json.loads((logdir / "tf2_words" / "bookmarks.json").read_text(encoding="utf-8"))
    tab = open_tab(logdir)
    tab.select("tf2_words", WORDS)
    tab.frame.wait_for_function("n => document.querySelectorAll('[data-testid=bookmark-name]').length === n",
                                arg=len(states), timeout=30000)
    assert bookmark_names(tab) == [s["label"] for s in states]
    load_bookmark(tab, 0)
    first = states[0]
    expected = np.array([[p["pca-%d" % c] for c in first["pcaComponentDimensions"]] for p in first["projections"]])
    assert np.abs(layout(tab) - expected).max() < 1e-6        # its coordinates, not a recomputed PCA
    v = view_of(tab)
    assert v["method"] == "pca" and v["is3d"] is True
    assert v["selection"] == sorted(first["selectedPoints"])
    assert (v["color"], v["label"]) == (first["selectedColorOptionName"], first["selectedLabelOption"])
    cam = v["camera"]
    d = np.subtract(first["cameraDef"]["position"], first["cameraDef"]["target"])
    assert cam["v3"]["distance"] == pytest.approx(np.linalg.norm(d), rel=1e-6)
    # the second (t-SNE, 2D) state: coordinates restored without running t-SNE
    load_bookmark(tab, 1)
    second = states[1]
    expected = np.array([[p["tsne-0"], p["tsne-1"]] for p in second["projections"]])
    assert np.abs(layout(tab) - expected).max() < 1e-5
    v = view_of(tab)
    assert v["is3d"] is False and v["selection"] == [] and v["camera"]["v2"]["zoom"] == pytest.approx(1.5)
    # previous / next step through the list
    tab.frame.click("[data-testid=bookmark-prev]")
    tab.frame.wait_for_function("() => __embproj.state.is3d === true", timeout=30000)
    tab.wait_ready()
    assert tab.eval("() => document.querySelector('.ep-bm-active [data-testid=bookmark-name]').textContent") == states[0]["label"]
    assert not tab.errors, tab.errors
    tab.close()


def make_view(tab):
    """A non-default view: 3D PCA on components 2,1,3, a rotated camera, three points selected, isolation."""
    tab.select("tf2_words", WORDS)
    tab.frame.click("[data-testid=mode-3d]")
    tab.wait_ready()
    tab.frame.select_option("[data-testid=axis-x]", "1")
    tab.wait_ready()
    tab.eval("() => { const c = __embproj.controls; c.rotate(40, 25); c.zoom(1.4); }")
    tab.eval("() => __embproj.set({ selection: Int32Array.from([4, 17, 250]), selected: 17 })")
    tab.eval("() => __embproj.set({ isolated: Int32Array.from([...Array(300).keys()]) })")
    tab.wait_ready()
    time.sleep(0.3)


def test_bookmark_reloads_in_a_fresh_page_and_download_upload_round_trips(open_tab, logdir, tmp_path):
    tab = open_tab(logdir)
    make_view(tab)
    before = view_of(tab)
    coords = layout(tab)
    tab.frame.click("[data-testid=bookmark-add]")
    tab.frame.locator("[data-testid=bookmark-rename]").last.click()
    tab.frame.fill("[data-testid=bookmark-rename-input]", "my view ✓")
    tab.frame.press("[data-testid=bookmark-rename-input]", "Enter")
    assert bookmark_names(tab)[-1] == "my view ✓"
    # reorder: the new bookmark goes first
    n = len(bookmark_names(tab))
    for _ in range(n - 1):
        tab.frame.locator("[data-testid=bookmark-up]").nth(len(bookmark_names(tab)) - 1 - _).click()
    assert bookmark_names(tab)[0] == "my view ✓"
    with tab.page.expect_download() as dl:
        tab.frame.click("[data-testid=bookmark-download]")
    path = tmp_path / "bookmarks.json"
    dl.value.save_as(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved[0]["label"] == "my view ✓"
    assert saved[0]["selectedProjection"] == "pca" and saved[0]["pcaComponentDimensions"] == before["dims"]
    assert sorted(saved[0]["selectedPoints"]) == [4, 17, 250]
    assert saved[0]["filteredPoints"] == list(range(300))
    assert saved[0]["dataSetDimensions"] == [500, 16]
    tab.close()

    fresh = open_tab(logdir)
    fresh.select("tf2_words", WORDS)
    fresh.frame.wait_for_function("() => document.querySelectorAll('[data-testid=bookmark-name]').length === 2")
    fresh.frame.set_input_files("[data-testid=bookmark-file]", str(path))
    fresh.frame.wait_for_function("n => document.querySelectorAll('[data-testid=bookmark-name]').length === 2 + n",
                                  arg=len(saved))
    names = bookmark_names(fresh)
    i = names.index("my view ✓", 2)
    load_bookmark(fresh, i)
    after = view_of(fresh)
    restored = layout(fresh)
    # rows outside the isolation may have no coordinates (NaN; null in the JSON)
    assert np.array_equal(np.isnan(restored), np.isnan(coords))
    assert np.nanmax(np.abs(restored - coords)) < 1e-6
    assert after["selection"] == [4, 17, 250]
    assert after["isolated"] == list(range(300))
    assert (after["method"], after["is3d"], after["dims"]) == (before["method"], before["is3d"], before["dims"])
    assert (after["color"], after["label"]) == (before["color"], before["label"])
    for key in ("theta", "phi", "distance"):
        assert after["camera"]["v3"][key] == pytest.approx(before["camera"]["v3"][key], abs=1e-9)
    assert after["camera"]["v3"]["target"] == pytest.approx(before["camera"]["v3"]["target"], abs=1e-9)
    # the same point is at the same place on screen
    p_fresh = fresh.eval("() => __embproj.screenPositionOf(17)")
    assert p_fresh is not None
    # download again: the same states (round trip), the tf2_words file's two first
    with fresh.page.expect_download() as dl2:
        fresh.frame.click("[data-testid=bookmark-download]")
    again = json.loads(pathlib.Path(dl2.value.path()).read_text(encoding="utf-8"))
    assert again[2:] == saved
    assert not fresh.errors, fresh.errors
    fresh.close()


def test_save_to_logdir_needs_the_flag(open_tab, logdir):
    tab = open_tab(logdir, check_errors=False)   # the refused POST is logged on purpose
    tab.select("tf2_words", WORDS)
    save = tab.frame.locator("[data-testid=bookmark-save]")
    assert save.is_disabled()
    assert "--embproj_allow_writes" in tab.frame.locator("[data-testid=bookmark-save-hint]").text_content()
    # and the backend refuses too (403 JSON with a hint)
    status = tab.eval("""async () => { const r = await fetch('./bookmarks?run=tf2_words&name=' + encodeURIComponent('%s'),
        { method: 'POST', body: '[]' }); return [r.status, await r.json()]; }""" % WORDS)
    assert status[0] == 403 and "--embproj_allow_writes" in status[1]["hint"]
    tab.close()


def test_save_to_logdir_with_the_flag(open_tab, writable_logdir):
    tab = open_tab(writable_logdir, WRITES, check_errors=False)   # a save that fails on purpose
    tab.select("tf2_words", OTHER)
    assert tab.frame.locator("[data-testid=bookmark-save-hint]").text_content() == ""
    tab.frame.click("[data-testid=bookmark-add]")
    coords = layout(tab)
    tab.frame.click("[data-testid=bookmark-save]")
    tab.frame.wait_for_function("() => /Saved to/.test(document.querySelector('[data-testid=bookmark-message]').textContent)",
                                timeout=30000)
    path = pathlib.Path(tab.frame.locator("[data-testid=bookmark-message]").text_content().split("Saved to ", 1)[1])
    assert path.is_file() and writable_logdir in path.parents
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [s["label"] for s in saved] == ["1. PCA 2D"]
    assert "bookmarks_path" in (path.parent / "projector_config.pbtxt").read_text()
    # a target that cannot be written (a directory in its place): the error names it and says why
    path.unlink()
    path.mkdir()
    tab.frame.click("[data-testid=bookmark-save]")
    tab.frame.wait_for_function("() => document.querySelector('[data-testid=bookmark-message]').classList.contains('ep-bm-err')",
                                timeout=30000)
    message = tab.frame.locator("[data-testid=bookmark-message]").text_content()
    assert "is a directory, not a regular file" in message and str(path) in message, message
    path.rmdir()
    path.write_text(json.dumps(saved), encoding="utf-8")
    tab.close()
    # a fresh page loads the saved file by itself
    fresh = open_tab(writable_logdir, WRITES)
    fresh.select("tf2_words", OTHER)
    fresh.frame.wait_for_function("() => document.querySelectorAll('[data-testid=bookmark-name]').length === 1", timeout=30000)
    load_bookmark(fresh, 0)
    assert np.abs(layout(fresh) - coords).max() < 1e-6
    fresh.close()


def test_copied_link_reopens_the_view(open_tab, logdir):
    tab = open_tab(logdir)
    tab.select("multi_run/run_a", "emb/.ATTRIBUTES/VARIABLE_VALUE")
    tab.frame.locator("[data-testid=step-slider]").fill("1")
    tab.frame.wait_for_function("() => __embproj.state.step === 2 && __embproj.isReady()", timeout=60000)
    tab.frame.click("[data-testid=mode-3d]")
    tab.wait_ready()
    tab.frame.select_option("[data-testid=axis-y]", "2")
    tab.wait_ready()
    tab.frame.click("[data-testid=copy-link]")
    url = tab.frame.locator("[data-testid=link-url]").input_value()
    assert url == tab.page.url and "#embproj&embproj=" in url
    want = tab.eval("() => { const s = __embproj.state; return [s.run, s.tensorName, s.step, s.method, s.is3d, s.dims]; }")
    tab.close()
    fresh = open_tab(logdir, url=url, ready=False)
    fresh.frame.wait_for_function(
        "w => { const s = __embproj.state; return __embproj.isReady() && s.run === w[0] && s.tensorName === w[1] && s.is3d && s.dims[1] === 2; }",
        arg=want, timeout=60000)
    got = fresh.eval("() => { const s = __embproj.state; return [s.run, s.tensorName, s.step, s.method, s.is3d, s.dims]; }")
    assert got == want
    assert "Step 2" in fresh.frame.locator("[data-testid=step-label]").text_content()
    assert not fresh.errors, fresh.errors
    fresh.close()


def test_old_format_file_with_isolation_and_a_mismatched_one(open_tab, logdir, tmp_path):
    rng = np.random.default_rng(1)
    xy = rng.normal(size=(500, 2)) * 7
    old = {   # an older TensorBoard State: no UMAP, custom-axes, camera or colour fields
        "label": "old t-SNE", "isSelected": False, "selectedProjection": "tsne", "dataSetDimensions": [500, 16],
        "tSNEIteration": 300, "tSNEPerplexity": 18, "tSNELearningRate": 1, "tSNEis3d": False,
        "pcaComponentDimensions": [0, 1], "projections": [{"tsne-0": a, "tsne-1": b} for a, b in xy.tolist()],
        "selectedPoints": [2], "filteredPoints": list(range(0, 500, 2)), "shuffledDataIndices": [],
    }
    small = dict(old, label="small", dataSetDimensions=[5, 16], projections=old["projections"][:5], filteredPoints=[])
    path = tmp_path / "old.json"
    path.write_text(json.dumps([old, small]), encoding="utf-8")
    tab = open_tab(logdir)
    tab.select("tf2_words", WORDS)
    tab.frame.wait_for_function("() => document.querySelectorAll('[data-testid=bookmark-name]').length === 2")
    tab.frame.set_input_files("[data-testid=bookmark-file]", str(path))
    tab.frame.wait_for_function("() => document.querySelectorAll('[data-testid=bookmark-name]').length === 4")
    load_bookmark(tab, 2)
    v = view_of(tab)
    assert v["method"] == "tsne" and v["is3d"] is False
    assert v["isolated"] == list(range(0, 500, 2)) and v["selection"] == [2]
    assert np.abs(layout(tab) - xy).max() < 1e-5
    assert tab.eval("() => __embproj.analysis.layouts.tsne.perplexity") == 18
    # the t-SNE panel shows the bookmark's perplexity (settings go through Layouts.applySettings)
    assert tab.eval("() => document.querySelector('[data-testid=tsne-perplexity] input, input[data-testid=tsne-perplexity]').value") == "18"
    kept = tab.eval("() => __embproj.analysis.layout('tsne')")   # t-SNE's own last layout: no re-run needed
    assert kept and np.abs(np.array(kept["coords"]).reshape(-1, 2) - xy).max() < 1e-5
    time.sleep(1.5)   # nothing (isolation PCA, a t-SNE run) overwrites the restored layout later
    assert np.abs(layout(tab) - xy).max() < 1e-5
    tab.frame.locator("[data-testid=bookmark-name]").nth(3).click()
    tab.frame.wait_for_function("() => /for 5 points/.test(document.querySelector('[data-testid=bookmark-message]').textContent)")
    assert np.abs(layout(tab) - xy).max() < 1e-5        # the view is left as it was
    assert not tab.errors, tab.errors
    tab.close()
