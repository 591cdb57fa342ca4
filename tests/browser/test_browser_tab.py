"""The Embeddings tab in headless Chromium through a real TensorBoard on a copy of the shared fixtures."""
import collections
import hashlib
import os
import pathlib
import re

import numpy as np
import pytest

from embproj_browser import api_json, fetch_tensor, read_metadata

README_SCREENSHOTS = pathlib.Path(__file__).resolve().parents[2] / "docs" / "screenshots"
REFRESH_SCREENSHOTS = "EMBPROJ_REFRESH_SCREENSHOTS"  # =1: write the README's images into docs/screenshots


@pytest.fixture(scope="module")
def tab(open_tab, fixtures_logdir):
    return open_tab(fixtures_logdir, check_errors=False)


@pytest.fixture(scope="module")
def server(tab):
    return tab.base


def numpy_variance_fractions(x, spherize, k=10):
    x = x.astype(np.float64)
    if spherize:
        x = x - x.mean(axis=0)
        norms = np.linalg.norm(x, axis=1, keepdims=True)
        x = np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)
    c = np.cov(x - x.mean(axis=0), rowvar=False)
    ev = np.sort(np.linalg.eigvalsh(c))[::-1]
    return ev[:k] / ev.sum()


def legend_entries(tab):
    return tab.eval("""() => [...document.querySelectorAll('[data-testid=legend-entry]')]
        .map(li => [li.dataset.label, Number(li.dataset.count)])""")


def test_every_fixture_tensor_renders(tab, server):
    runs = api_json(server, "runs")
    assert {"tf1_mnist", "tf2_words", "tsv_only", "multi_run/run_a", "multi_run/run_b", "torch_writer"} <= set(runs)
    seen = 0
    for run in sorted(runs):
        from urllib.parse import quote
        info = api_json(server, "info?run=" + quote(run, safe=""))
        for emb in info["embeddings"]:
            if emb["error"]:
                continue
            tab.select(run, emb["tensorName"])
            n, d = emb["shape"]
            assert (tab.state("n"), tab.state("d")) == (n, d), (run, emb["tensorName"])
            option = tab.eval("() => document.querySelector('[data-testid=tensor-select]').selectedOptions[0].textContent")
            assert "%d x %d" % (n, d) in option
            assert tab.eval("() => __embproj.drawCalls") == 1   # all points in ONE draw call
            pixels = tab.point_pixels()
            assert pixels > min(n, 50) * 4, (run, emb["tensorName"], pixels)
            assert tab.eval("() => document.querySelectorAll('[data-testid=notice-error]').length") == 0
            seen += 1
    assert seen >= 8


def test_legend_counts_equal_metadata(tab, fixtures_logdir):
    tab.select("tf1_mnist")
    _, rows = read_metadata(fixtures_logdir / "tf1_mnist" / "metadata.tsv")
    want = collections.Counter(r[0] for r in rows)
    assert tab.eval("() => __embproj.state.columns[__embproj.state.colorColumn].name") == "label"
    got = legend_entries(tab)
    assert dict(got) == dict(want)
    assert [c for _, c in got] == sorted((c for _, c in got), reverse=True)   # sorted by count

    tab.select("tf2_words")
    header, rows = read_metadata(fixtures_logdir / "tf2_words" / "metadata.tsv")
    for name in header:
        col = header.index(name)
        index = tab.eval("n => __embproj.state.columns.findIndex(c => c.name === n)", name)
        tab.frame.select_option("[data-testid=color-select]", str(index))
        kind = tab.eval("() => __embproj.state.legend.kind")
        values = [r[col] for r in rows]
        if kind == "numeric":
            nums = [float(v) for v in values if v != ""]
            lg = tab.eval("() => __embproj.state.legend")
            assert lg["min"] == pytest.approx(min(nums)) and lg["max"] == pytest.approx(max(nums))
            assert tab.frame.is_visible("[data-testid=legend-min]")
            continue
        got = dict(legend_entries(tab))
        counts = collections.Counter(v for v in values if v != "")
        top = counts.most_common()
        if len(top) <= 10:
            expected = dict(top)
        else:
            ranked = sorted(top, key=lambda kv: (-kv[1], kv[0]))
            expected = dict(ranked[:10])
            expected["other"] = sum(c for _, c in ranked[10:])
        missing = sum(1 for v in values if v == "")
        if missing:
            expected["(missing)"] = missing
        assert got == expected, name
        assert sum(got.values()) == len(rows)


def test_clicking_a_legend_entry_highlights_its_category(tab, fixtures_logdir):
    tab.select("tf1_mnist")
    _, rows = read_metadata(fixtures_logdir / "tf1_mnist" / "metadata.tsv")
    inside = next(i for i, r in enumerate(rows) if r[0] == "3")
    outside = next(i for i, r in enumerate(rows) if r[0] != "3")
    before = tab.eval("i => __embproj.colorOf(i)", outside)
    tab.frame.click("[data-testid=legend-entry][data-label='3']")
    tab.frame.wait_for_function("() => __embproj.state.focusCategory === '3'")
    faded = tab.eval("i => __embproj.colorOf(i)", outside)
    assert sum(faded) > sum(before) + 0.5            # towards the white background
    assert tab.eval("i => __embproj.colorOf(i)", inside) == tab.eval(
        "() => { const h = __embproj.state.legend.entries.find(e => e.label === '3').color;"
        " const v = parseInt(h.slice(1), 16); return [(v >> 16) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255]"
        ".map(x => Math.fround(x)); }")
    tab.frame.click("[data-testid=legend-entry][data-label='3']")
    tab.frame.wait_for_function("() => __embproj.state.focusCategory === null")
    assert tab.eval("i => __embproj.colorOf(i)", outside) == before


def test_search_highlights_matches_and_selects(tab, fixtures_logdir):
    tab.select("tf2_words")
    header, rows = read_metadata(fixtures_logdir / "tf2_words" / "metadata.tsv")
    tab.frame.select_option("[data-testid=search-column]", str(header.index("pos")))
    tab.frame.fill("[data-testid=search-input]", "/^noun$/")
    want = [i for i, r in enumerate(rows) if r[header.index("pos")] == "noun"]
    tab.frame.wait_for_function("n => __embproj.state.searchMatches && __embproj.state.searchMatches.length === n",
                                arg=len(want))
    assert tab.frame.inner_text("[data-testid=search-count]").startswith("%d match" % len(want))
    tab.frame.click("[data-testid=search-result] >> nth=0")
    assert tab.state("selected") == want[0]
    tab.frame.fill("[data-testid=search-input]", "")
    tab.frame.wait_for_function("() => __embproj.state.searchMatches === null")
    tab.frame.click("[data-testid=inspector-close]")


@pytest.mark.parametrize("spherize", [False, True])
def test_selected_point_lists_its_nearest_neighbours(tab, server, spherize):
    tab.select("tf2_words")
    if tab.state("spherize") != spherize:
        tab.frame.click("[data-testid=spherize]")
        tab.wait_ready("tf2_words")
    x = fetch_tensor(server, "tf2_words", tab.state("tensorName"))
    i = 42
    tab.eval("i => __embproj.set({ selected: i })", i)
    tab.frame.wait_for_selector("[data-testid=neighbor]")
    if spherize:
        c = x - x.mean(axis=0)
        u = c / np.linalg.norm(c, axis=1, keepdims=True)
        dist = 1 - u @ u[i]
    else:
        dist = np.linalg.norm(x - x[i], axis=1)
    dist[i] = np.inf
    want = list(np.argsort(dist, kind="stable")[:10])
    shown = tab.eval("() => [...document.querySelectorAll('[data-testid=neighbor]')].map(li => Number(li.dataset.index))")
    assert shown == want
    assert tab.state("neighborMetric") == ("cosine" if spherize else "euclidean")
    tab.frame.click("[data-testid=neighbor] >> nth=0")
    assert tab.state("selected") == want[0]
    tab.frame.click("[data-testid=inspector-close]")
    if spherize:
        tab.frame.click("[data-testid=spherize]")
        tab.wait_ready("tf2_words")


def test_hover_and_click_show_label_and_metadata(tab, fixtures_logdir):
    tab.select("tf2_words")
    header, rows = read_metadata(fixtures_logdir / "tf2_words" / "metadata.tsv")
    i = next(k for k, r in enumerate(rows) if "" in r)     # the row with an empty cell
    tab.frame.select_option("[data-testid=label-select]", "0")
    # Zoom in around the point (wheel at its position) so it stands apart from its neighbours.
    x, y = tab.page_xy(i)
    tab.page.mouse.move(x, y)
    for _ in range(6):
        tab.page.mouse.wheel(0, -300)
    tab.settle(0.3)
    tab.hover(i)
    assert tab.state("hovered") == i
    assert tab.frame.inner_text("[data-testid=tooltip-label]") == rows[i][0]
    tab.click(i)
    assert tab.state("selected") == i
    shown = tab.eval("""() => Object.fromEntries([...document.querySelectorAll('[data-testid=inspector-row]')]
        .map(tr => [tr.dataset.column, tr.querySelector('td').textContent]))""")
    assert shown == {h: (v if v != "" else "(missing)") for h, v in zip(header, rows[i])}
    tab.frame.click("[data-testid=reset-view]")


def test_sprite_thumbnails_on_hover_and_as_points(tab, fixtures_logdir):
    tab.select("tf1_mnist")
    assert tab.state("hasSprite") and tab.state("showSprites")
    with_sprites = tab.point_pixels()
    _, rows = read_metadata(fixtures_logdir / "tf1_mnist" / "metadata.tsv")
    i = 17
    tab.hover(i)
    hovered = tab.state("hovered")
    assert tab.frame.inner_text("[data-testid=tooltip-label]") == rows[hovered][0]
    assert tab.frame.is_visible("[data-testid=tooltip-thumb]")
    blank = tab.eval("""() => { const c = document.querySelector('[data-testid=tooltip-thumb]');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let s = new Set(); for (let k = 0; k < d.length; k += 4) s.add(d[k]); return s.size; }""")
    assert blank > 1, "thumbnail is blank"
    # The thumbnail is the atlas cell of that row: row-major, floor(atlas width / w) per row.
    from PIL import Image
    atlas = Image.open(fixtures_logdir / "tf1_mnist" / "sprite.png").convert("L")
    per_row = atlas.width // 10
    cx, cy = (hovered % per_row) * 10, (hovered // per_row) * 10
    want = [atlas.getpixel((cx + u, cy + v)) for v in range(10) for u in range(10)]
    got = tab.eval("""() => { const c = document.querySelector('[data-testid=tooltip-thumb]');
        const x = c.getContext('2d'); const out = [];
        for (let v = 0; v < 10; v++) for (let u = 0; u < 10; u++) {
          const d = x.getImageData(Math.floor((u + 0.5) * c.width / 10), Math.floor((v + 0.5) * c.height / 10), 1, 1).data;
          out.push(Math.round((d[0] + d[1] + d[2]) / 3)); }
        return out; }""")
    assert max(abs(a - b) for a, b in zip(got, want)) <= 2
    tab.frame.uncheck("[data-testid=sprites]")
    tab.settle(0.2)
    dots = tab.point_pixels()
    assert with_sprites > dots * 1.5, (with_sprites, dots)
    tab.frame.check("[data-testid=sprites]")


@pytest.mark.parametrize("run", ["tf2_words", "tf1_mnist"])
def test_pca_variance_matches_numpy(tab, server, run):
    tab.select(run)
    name = tab.state("tensorName")
    x = fetch_tensor(server, run, name)
    for spherize in (False, True):
        if tab.state("spherize") != spherize:
            tab.frame.click("[data-testid=spherize]")
            tab.frame.wait_for_function("s => __embproj.state.spherize === s", arg=spherize)
            tab.wait_ready(run, name)
        want = numpy_variance_fractions(x, spherize)
        got = np.array(tab.state("variance"))
        assert np.allclose(got, want, atol=1e-3), (spherize, got, want)
        shown = [float(t.rstrip("%")) / 100 for t in tab.eval(
            "() => [...document.querySelectorAll('[data-testid=variance-pct]')].map(td => td.textContent)")]
        assert np.allclose(shown, want, atol=1e-3)
        total = tab.frame.inner_text("[data-testid=variance-total]")
        top = float(re.search(r"top \d+: ([\d.]+)%", total).group(1)) / 100
        assert abs(top - want.sum()) < 1e-3
    tab.frame.click("[data-testid=spherize]")
    tab.wait_ready(run, name)


def test_3d_rotate_zoom_and_picking(tab):
    tab.select("tf2_words")
    tab.frame.click("[data-testid=mode-3d]")
    tab.frame.wait_for_function("() => __embproj.state.is3d")
    tab.wait_ready("tf2_words")
    assert tab.eval("() => __embproj.state.dims.slice(0, 3)") == [0, 1, 2]
    assert tab.point_pixels() > 500
    before = tab.page_xy(3)
    box = tab.iframe.bounding_box()
    cx, cy = box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.5
    tab.drag([(cx, cy), (cx + 120, cy + 40)])
    tab.page.mouse.wheel(0, -200)                      # zoom (mouse wheel)
    tab.page.keyboard.down("Control")
    tab.page.mouse.wheel(0, -20)                       # pinch on a trackpad = ctrl + wheel
    tab.page.keyboard.up("Control")
    tab.settle(0.3)
    after = tab.page_xy(3)
    assert abs(after[0] - before[0]) + abs(after[1] - before[1]) > 5, "the view did not change"
    # Picking after rotation: hovering a point's projected position finds a point drawn right there.
    checked = 0
    for i in range(0, 500, 37):
        p = tab.eval("i => __embproj.screenPositionOf(i)", i)
        size = tab.eval("() => [innerWidth, innerHeight]")
        if not p or not (320 < p["x"] < size[0] - 10 and 10 < p["y"] < size[1] - 10):
            continue
        tab.hover(i)
        h = tab.state("hovered")
        q = tab.eval("i => __embproj.screenPositionOf(i)", h)
        assert h == i or abs(q["x"] - p["x"]) + abs(q["y"] - p["y"]) < 3, (i, h)
        checked += 1
    assert checked >= 5
    tab.frame.click("[data-testid=mode-2d]")
    tab.frame.click("[data-testid=reset-view]")
    tab.wait_ready("tf2_words")


def test_choose_components(tab):
    tab.select("tf2_words")
    tab.frame.select_option("[data-testid=axis-x]", "2")
    tab.frame.select_option("[data-testid=axis-y]", "4")
    tab.frame.wait_for_function("() => __embproj.state.dims[0] === 2 && __embproj.state.dims[1] === 4")
    tab.wait_ready("tf2_words")
    assert tab.point_pixels() > 500
    tab.frame.select_option("[data-testid=axis-x]", "0")
    tab.frame.select_option("[data-testid=axis-y]", "1")
    tab.wait_ready("tf2_words")


def test_export_csv_has_pca_coordinates_and_metadata(tab, server, fixtures_logdir):
    # The one Export section's CSV (the former separate "Export CSV" button was a duplicate without `selected`).
    import csv
    import io
    tab.select("tf2_words")
    assert tab.frame.locator("[data-testid=export-csv]").count() == 0
    with tab.page.expect_download() as info:
        tab.frame.click("[data-testid=export-all-csv]")
    text = pathlib.Path(info.value.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header, meta = read_metadata(fixtures_logdir / "tf2_words" / "metadata.tsv")
    assert rows[0] == ["index", "PC1", "PC2"] + header + ["selected"]
    assert len(rows) == 1 + 500
    assert [r[3:-1] for r in rows[1:]] == meta
    assert all(r[-1] == "0" for r in rows[1:])
    got = np.array([[float(r[1]), float(r[2])] for r in rows[1:]])
    x = fetch_tensor(server, "tf2_words", tab.state("tensorName"))
    c = x - x.mean(axis=0)
    w, v = np.linalg.eigh(np.cov(c, rowvar=False))
    want = c @ v[:, np.argsort(w)[::-1][:2]]
    for a in range(2):    # an axis's sign is a convention
        s = np.sign(got[:, a] @ want[:, a])
        assert np.allclose(got[:, a], s * want[:, a], atol=1e-3)


def test_identity_projection_for_three_dims_or_fewer(tab, server):
    runs = api_json(server, "runs")
    from urllib.parse import quote
    for run in runs:
        for emb in api_json(server, "info?run=" + quote(run, safe=""))["embeddings"]:
            if not emb["error"] and emb["shape"][1] <= 3:
                tab.select(run, emb["tensorName"])
                assert tab.state("method") == "identity"
                return
    pytest.skip("no fixture tensor has D <= 3")


def test_progress_counts_every_byte_loaded(tab, fixtures_logdir):
    tab.select("tf2_words")
    tab.select("tf1_mnist")
    progress = tab.eval("() => __embproj.hook.lastProgress")
    files = (fixtures_logdir / "tf1_mnist" / "metadata.tsv").stat().st_size + \
        (fixtures_logdir / "tf1_mnist" / "sprite.png").stat().st_size
    assert progress["loaded"] == 1000 * 32 * 4 + files, progress
    assert progress["total"] in (None, progress["loaded"])
    assert "tensor" in progress["label"] and "metadata" in progress["label"] and "sprite" in progress["label"]


def test_pan_with_drag_and_reset_view_in_2d(tab):
    tab.select("tf2_words")
    before = tab.page_xy(7)
    box = tab.iframe.bounding_box()
    cx, cy = box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5
    tab.drag([(cx, cy), (cx + 80, cy + 50)], steps=6)
    after = tab.page_xy(7)
    assert after[0] - before[0] == pytest.approx(80, abs=2) and after[1] - before[1] == pytest.approx(50, abs=2)
    tab.page.mouse.wheel(120, 0)                       # sideways two-finger scroll pans too
    tab.frame.click("[data-testid=reset-view]")
    back = tab.page_xy(7)
    assert back == pytest.approx(before, abs=0.5)


def test_dark_mode_follows_tensorboard(tab):
    tab.select("tf2_words")
    tab.page.evaluate("() => document.body.classList.add('dark-mode')")
    tab.frame.wait_for_function("() => document.querySelector('.ep-root').classList.contains('ep-dark')")
    bg = tab.eval("""() => { __embproj.renderNow(); const c = document.createElement('canvas'); c.width = 4; c.height = 4;
        const x = c.getContext('2d'); x.drawImage(document.querySelector('.ep-canvas'), 0, 0);
        return Array.from(x.getImageData(0, 0, 1, 1).data.slice(0, 3)); }""")
    assert sum(bg) < 150
    tab.page.evaluate("() => document.body.classList.remove('dark-mode')")
    tab.frame.wait_for_function("() => !document.querySelector('.ep-root').classList.contains('ep-dark')")


def refreshing_screenshots():
    return os.environ.get(REFRESH_SCREENSHOTS) == "1"


def screenshot_folder(tmp_path):
    """docs/screenshots only when asked to refresh the README's images; otherwise a temporary folder,
    so that running the tests leaves the checkout clean."""
    return README_SCREENSHOTS if refreshing_screenshots() else tmp_path


def file_stamps(folder):
    """{name: (modification time, SHA-256)} of the PNGs in `folder`."""
    return {path.name: (path.stat().st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
            for path in folder.glob("*.png")}


def test_screenshots_for_readme_go_to_a_temporary_folder_unless_refreshing(tab, tmp_path):
    readme_images = file_stamps(README_SCREENSHOTS)
    folder = screenshot_folder(tmp_path)
    take_readme_screenshots(tab, folder)
    for name in ["tf1_mnist.png", "tf2_words.png", "tf2_words_dark_3d.png"]:
        assert (folder / name).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    if not refreshing_screenshots():
        assert file_stamps(README_SCREENSHOTS) == readme_images  # docs/screenshots untouched


def take_readme_screenshots(tab, folder):
    folder.mkdir(parents=True, exist_ok=True)
    tab.select("tf1_mnist")
    index = tab.eval("() => __embproj.state.columns.findIndex(c => c.name === 'label')")
    tab.frame.select_option("[data-testid=color-select]", str(index))
    tab.frame.check("[data-testid=sprites]")
    tab.wait_ready("tf1_mnist")
    tab.hover(5)
    tab.settle(0.3)
    tab.page.screenshot(path=str(folder / "tf1_mnist.png"))
    tab.select("tf2_words")
    tab.click(11)
    tab.settle(0.3)
    tab.page.screenshot(path=str(folder / "tf2_words.png"))
    tab.frame.click("[data-testid=inspector-close]")
    # Dark mode, 3D, numeric colouring.
    tab.page.evaluate("() => document.body.classList.add('dark-mode')")
    tab.frame.click("[data-testid=mode-3d]")
    index = tab.eval("() => __embproj.state.columns.findIndex(c => c.name === 'score')")
    tab.frame.select_option("[data-testid=color-select]", str(index))
    tab.wait_ready("tf2_words")
    tab.hover(20)
    tab.settle(0.3)
    tab.page.screenshot(path=str(folder / "tf2_words_dark_3d.png"))
    tab.page.evaluate("() => document.body.classList.remove('dark-mode')")
    tab.frame.click("[data-testid=mode-2d]")
    tab.wait_ready("tf2_words")


def test_no_console_errors_from_the_plugin(tab):
    assert tab.errors == []
