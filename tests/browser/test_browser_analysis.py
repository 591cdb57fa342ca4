"""Issue 5 in the browser, through a real TensorBoard on copies of the shared fixtures: selection
(click modifiers, box, lasso, isolate), Edit by + metadata download, export (CSV / JSON / PNG),
custom axes, regex search, nearest neighbours, UMAP and t-SNE runs."""
import csv
import io
import json
import pathlib
import re
import struct
import time

import numpy as np
import pytest

from embproj_browser import fetch_tensor, read_metadata


BIG_N = 20000


@pytest.fixture(scope="module")
def logdir(fixtures_logdir):
    # One more run, large enough for t-SNE to keep running while the test clicks around.
    big = fixtures_logdir / "clusters20k"
    big.mkdir()
    rng = np.random.default_rng(5)
    labels = rng.integers(0, 8, BIG_N)
    (rng.normal(size=(8, 16))[labels] * 3 + rng.normal(size=(BIG_N, 16))).astype("<f4").tofile(big / "x.bin")
    (big / "labels.tsv").write_text("".join("%d\n" % v for v in labels))
    (big / "projector_config.pbtxt").write_text(
        'embeddings {\n  tensor_name: "clusters"\n  tensor_path: "x.bin"\n  tensor_shape: %d\n  tensor_shape: 16\n'
        '  metadata_path: "labels.tsv"\n}\n' % BIG_N)
    return fixtures_logdir


@pytest.fixture(scope="module")
def tab(open_tab, logdir):
    return open_tab(logdir)


@pytest.fixture(scope="module")
def server(tab):
    return tab.base


def use(tab, run, method="pca", is3d=False):
    tab.select(run)
    tab.eval("() => __embproj.set({ selection: new Int32Array(0), isolated: null, selected: -1, selectMode: 'pan' })")
    if tab.state("method") != method:
        tab.frame.select_option("[data-testid=method-select]", method)
    if tab.state("is3d") != is3d:
        tab.frame.click("[data-testid=mode-3d]" if is3d else "[data-testid=mode-2d]")
    tab.eval("() => __embproj.controls.reset()")
    if method == "pca":
        tab.wait_ready(run)


def screen(tab):
    """Page coordinates of every point (NaN when hidden / off screen)."""
    p = tab.eval("""() => { const s = __embproj.analysis.screenPositions();
        const r = document.querySelector('.ep-canvas').getBoundingClientRect();
        return { x: s.x.map(v => v + r.left), y: s.y.map(v => v + r.top) }; }""")
    box = tab.iframe.bounding_box()
    return np.array(p["x"], dtype=float) + box["x"], np.array(p["y"], dtype=float) + box["y"]


def selection(tab):
    return tab.eval("() => Array.from(__embproj.state.selection)")


def drag(tab, pts, modifiers=()):
    tab.drag(pts, modifiers=modifiers)
    tab.settle(0.1)


def in_polygon(x, y, poly):
    inside = np.zeros(len(x), dtype=bool)
    m = len(poly)
    for i in range(m):
        (xi, yi), (xj, yj) = poly[i], poly[i - 1]
        cond = (yi > y) != (yj > y)
        with np.errstate(divide="ignore", invalid="ignore"):
            xc = (xj - xi) * (y - yi) / (yj - yi) + xi
        inside ^= cond & (x < xc)
    return inside


def near_edges(x, y, poly, tol=2.0):
    d = np.full(len(x), np.inf)
    for i in range(len(poly)):
        (x1, y1), (x2, y2) = poly[i - 1], poly[i]
        vx, vy = x2 - x1, y2 - y1
        t = np.clip(((x - x1) * vx + (y - y1) * vy) / max(vx * vx + vy * vy, 1e-9), 0, 1)
        d = np.minimum(d, np.hypot(x - (x1 + t * vx), y - (y1 + t * vy)))
    return d <= tol


def assert_selected_inside(tab, poly, base=frozenset(), remove=False):
    x, y = screen(tab)
    ok = np.isfinite(x)
    inside = set(np.nonzero(ok & in_polygon(np.nan_to_num(x), np.nan_to_num(y), poly))[0].tolist())
    edge = set(np.nonzero(ok & near_edges(np.nan_to_num(x), np.nan_to_num(y), poly))[0].tolist())
    want = (set(base) - inside) if remove else (set(base) | inside)
    got = set(selection(tab))
    assert got ^ want <= edge, (sorted(got ^ want), len(inside))
    return got


def test_box_select_add_remove_and_click_modifiers(tab):
    use(tab, "tf2_words")
    x, y = screen(tab)
    cx, cy = np.nanmedian(x), np.nanmedian(y)
    box = [(cx - 60, cy - 50), (cx + 40, cy - 50), (cx + 40, cy + 60), (cx - 60, cy + 60)]
    tab.frame.click("[data-testid=select-mode-box]")
    drag(tab, [box[0], box[2]])
    first = assert_selected_inside(tab, box)
    assert len(first) >= 5
    assert tab.eval("() => document.querySelector('[data-testid=selection-count]').dataset.count") == str(len(first))
    box2 = [(cx + 20, cy - 120), (cx + 140, cy - 120), (cx + 140, cy), (cx + 20, cy)]
    drag(tab, [box2[0], box2[2]], ["Shift"])
    both = assert_selected_inside(tab, box2, base=first)
    assert len(both) > len(first)
    drag(tab, [box[0], box[2]], ["Alt"])
    assert_selected_inside(tab, box, base=both, remove=True)
    # Pan mode: Ctrl+drag draws a box without the toggle; plain clicks select one point.
    tab.frame.click("[data-testid=select-mode-pan]")
    drag(tab, [box[0], box[2]], ["Control"])
    assert_selected_inside(tab, box)
    tab.eval("() => __embproj.set({ selection: new Int32Array(0) })")
    a, b = sorted(set(np.nonzero(np.isfinite(x))[0].tolist()))[:2]
    tab.click(a)
    assert selection(tab) == [a]
    xb, yb = tab.page_xy(b)
    tab.page.keyboard.down("Shift")
    tab.page.mouse.click(xb, yb)
    tab.page.keyboard.up("Shift")
    tab.settle(0.1)
    assert sorted(selection(tab)) == sorted([a, b])
    tab.page.keyboard.down("Alt")
    tab.page.mouse.click(xb, yb)
    tab.page.keyboard.up("Alt")
    tab.settle(0.1)
    assert selection(tab) == [a]
    tab.page.keyboard.down("Shift")
    tab.page.mouse.click(xb, yb)
    tab.page.keyboard.up("Shift")
    tab.settle(0.1)
    assert sorted(selection(tab)) == sorted([a, b])
    tab.page.keyboard.down("Control")      # Ctrl+click removes too
    tab.page.mouse.click(xb, yb)
    tab.page.keyboard.up("Control")
    tab.settle(0.1)
    assert selection(tab) == [a]
    tab.frame.click("[data-testid=clear-selection]")
    assert selection(tab) == []


@pytest.mark.parametrize("is3d", [False, True])
def test_lasso_selects_points_inside_the_drawn_polygon(tab, is3d):
    use(tab, "tf2_words", is3d=is3d)
    tab.frame.wait_for_function("() => __embproj.isReady()")
    x, y = screen(tab)
    cx, cy = np.nanmedian(x), np.nanmedian(y)
    poly = [(cx - 120, cy - 80), (cx + 100, cy - 40), (cx + 10, cy + 110), (cx - 60, cy + 20)]
    tab.frame.click("[data-testid=select-mode-lasso]")
    drag(tab, poly + [poly[0]])
    got = assert_selected_inside(tab, poly)
    assert len(got) >= 5
    tab.frame.click("[data-testid=select-mode-pan]")
    if is3d:
        tab.frame.click("[data-testid=mode-2d]")
        tab.frame.wait_for_function("() => __embproj.isReady()")


def test_isolate_keeps_images_and_labels_with_their_points(tab, fixtures_logdir):
    use(tab, "tf1_mnist")
    header, meta = read_metadata(fixtures_logdir / "tf1_mnist" / "metadata.tsv")
    n = len(meta)
    rows = [i for i in range(n) if meta[i][0] == "7"][:40]
    tab.eval("r => __embproj.set({ selection: Int32Array.from(r) })", rows)
    before = tab.point_pixels()
    tab.frame.click("[data-testid=isolate]")
    tab.frame.wait_for_function("() => __embproj.isReady() && __embproj.state.isolated !== null")
    assert tab.eval("() => Array.from(__embproj.state.isolated)") == rows
    x, y = screen(tab)
    shown = set(np.nonzero(np.isfinite(x))[0].tolist())
    assert shown == set(rows)
    assert tab.point_pixels() < before
    # Projected too: the isolated rows' own principal components (up to sign).
    cur = tab.eval("() => __embproj.analysis.current()")
    got = np.array(cur["coords"], dtype=float).reshape(n, cur["k"])[rows]
    assert cur["axes"] == ["PC1", "PC2"] and not np.isnan(got).any()
    x = fetch_tensor(tab.base, "tf1_mnist", tab.state("tensorName"))[rows]
    if tab.state("spherize"):
        x = x - x.mean(axis=0)
        x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    c = x - x.mean(axis=0)
    w, v = np.linalg.eigh(c.T @ c)
    want = c @ v[:, np.argsort(w)[::-1][:2]]
    for a in range(2):
        sgn = np.sign(got[:, a] @ want[:, a])
        assert np.allclose(got[:, a], sgn * want[:, a], atol=2e-3 * np.abs(want).max()), a
    # The variance table shows the isolated PCA's fractions, not the all-points ones.
    frac = np.sort(w)[::-1] / w.sum()
    tab.frame.wait_for_function("() => /isolated points/.test(document.querySelector('[data-testid=variance-total]').textContent)")
    pct = tab.eval("() => [...document.querySelectorAll('[data-testid=variance-pct]')].map((e) => parseFloat(e.textContent))")
    assert np.allclose(pct[:3], 100 * frac[:3], atol=0.02), (pct[:3], 100 * frac[:3])
    assert "of 40 isolated points" in tab.eval("() => document.querySelector('[data-testid=variance-total]').textContent")
    # Hover two isolated points: the tooltip names that row and shows that row's thumbnail.
    for i in rows[:2]:
        tab.hover(i)
        assert tab.eval("() => Number(document.querySelector('[data-testid=tooltip]').dataset.index)") == i
        assert tab.eval("() => document.querySelector('[data-testid=tooltip-label]').textContent") == meta[i][0]
        same = tab.eval("""i => { const t = document.querySelector('[data-testid=tooltip-thumb]');
            const c = document.createElement('canvas'); c.width = t.width; c.height = t.height;
            return t.toDataURL() === t.toDataURL() && t.style.display !== 'none'; }""", i)
        assert same
    tab.click(rows[3])
    assert tab.state("selected") == rows[3]
    tab.frame.click("[data-testid=show-all]")
    tab.frame.wait_for_function("() => __embproj.isReady() && __embproj.state.isolated === null")
    x, _ = screen(tab)
    assert np.isfinite(x).sum() > n * 0.9


def test_edit_by_tags_selection_and_downloads_metadata(tab, fixtures_logdir):
    use(tab, "tf2_words")
    header, meta = read_metadata(fixtures_logdir / "tf2_words" / "metadata.tsv")
    rows = [3, 7, 11, 400]
    tab.eval("r => __embproj.set({ selection: Int32Array.from(r) })", rows)
    tab.frame.select_option("[data-testid=edit-column]", "__new__")
    tab.frame.fill("[data-testid=edit-new-column]", "mood")
    tab.frame.fill("[data-testid=edit-label]", "héllo wörld")
    tab.frame.click("[data-testid=edit-apply]")
    assert tab.eval("() => __embproj.state.columns.map(c => c.name)") == header + ["mood"]
    # Tag again into an existing column.
    tab.eval("() => __embproj.set({ selection: Int32Array.from([0]) })")
    tab.frame.select_option("[data-testid=edit-column]", str(header.index("pos")))
    tab.frame.fill("[data-testid=edit-label]", "noun!")
    tab.frame.click("[data-testid=edit-apply]")
    with tab.page.expect_download() as info:
        tab.frame.click("[data-testid=edit-download]")
    text = pathlib.Path(info.value.path()).read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[-1] == ""
    assert lines[0].split("\t") == header + ["mood"]
    body = [line.split("\t") for line in lines[1:-1]]
    assert len(body) == len(meta)
    for i, r in enumerate(body):
        want = list(meta[i]) + ["héllo wörld" if i in rows else ""]
        if i == 0:
            want[header.index("pos")] = "noun!"
        assert [c.strip() for c in r] == want, i
    tab.select("tsv_only")     # the edits live in the page only: loading the run again drops them


def _export(tab, testid):
    with tab.page.expect_download() as info:
        tab.frame.click("[data-testid=%s]" % testid)
    return info.value.suggested_filename, pathlib.Path(info.value.path()).read_bytes()


def test_export_csv_json_and_selected_rows(tab, fixtures_logdir):
    use(tab, "tf2_words")
    header, meta = read_metadata(fixtures_logdir / "tf2_words" / "metadata.tsv")
    sel = [5, 9, 123, 499]
    tab.eval("r => __embproj.set({ selection: Int32Array.from(r) })", sel)
    cur = tab.eval("() => __embproj.analysis.current()")
    k = cur["k"]
    coords = np.array(cur["coords"], dtype=np.float32).reshape(-1, k)
    name, body = _export(tab, "export-all-csv")
    assert name.endswith(".csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    assert rows[0] == ["index"] + cur["axes"] + header + ["selected"]
    assert len(rows) == 1 + len(meta)
    for i, r in enumerate(rows[1:]):
        assert int(r[0]) == i
        assert np.allclose([float(v) for v in r[1:1 + k]], coords[i], rtol=1e-6, atol=1e-7)
        assert r[1 + k:1 + k + len(header)] == meta[i]
        assert r[-1] == ("1" if i in sel else "0")
    name, body = _export(tab, "export-all-json")
    doc = json.loads(body.decode("utf-8"))
    assert doc["axes"] == cur["axes"] and doc["columns"] == header and len(doc["points"]) == len(meta)
    for i, p in enumerate(doc["points"]):
        assert p["index"] == i and p["selected"] == (i in sel)
        assert np.allclose(p["coordinates"], coords[i], rtol=1e-6, atol=1e-7)
        assert [p["metadata"][h] for h in header] == meta[i]
    _, body = _export(tab, "export-selected-csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    assert [int(r[0]) for r in rows[1:]] == sel and all(r[-1] == "1" for r in rows[1:])
    _, body = _export(tab, "export-selected-json")
    assert [p["index"] for p in json.loads(body)["points"]] == sel


def test_export_png_is_a_png_of_the_canvas_size(tab):
    use(tab, "tf2_words")
    size = tab.eval("() => { const c = document.querySelector('.ep-canvas'); return [c.width, c.height]; }")
    name, body = _export(tab, "export-png")
    assert name.endswith(".png")
    assert body[:8] == b"\x89PNG\r\n\x1a\n" and body[12:16] == b"IHDR"
    assert list(struct.unpack(">II", body[16:24])) == size
    from PIL import Image
    im = np.asarray(Image.open(io.BytesIO(body)).convert("RGB")).astype(int)
    assert (np.abs(im - im[0, 0]).sum(axis=2) > 30).sum() > 500    # points drawn, not a blank image


def test_custom_axes_counts_and_coordinates(tab, server, fixtures_logdir):
    use(tab, "tf2_words", method="custom")
    header, meta = read_metadata(fixtures_logdir / "tf2_words" / "metadata.tsv")
    col = header.index("pos")
    tab.frame.select_option("[data-testid=custom-column]", str(col))
    queries = {"x-left": "verb", "x-right": "/^ADV$/i", "y-down": "/^(noun|adj)$/", "y-up": ""}
    for side, q in queries.items():
        tab.frame.fill("[data-testid=custom-%s]" % side, q)
    tab.frame.wait_for_function("() => __embproj.analysis.layout('custom') !== null && __embproj.isReady()")
    time.sleep(0.5)
    tab.frame.wait_for_function("() => __embproj.isReady()")
    values = [r[col] for r in meta]

    def match(q):
        m = re.fullmatch(r"/(.+)/([a-z]*)", q)
        if m:
            rx = re.compile(m.group(1), 0 if "c" in m.group(2) else re.I)
            return [i for i, v in enumerate(values) if rx.search(v)]
        return [i for i, v in enumerate(values) if q.lower() in v.lower()]

    got = {s: tab.eval("s => document.querySelector(`[data-testid=custom-${s}-count]`).dataset.count", s) for s in queries}
    for s in ("x-left", "x-right", "y-down"):
        assert int(got[s]) == len(match(queries[s])) > 0, s
        text = tab.eval("s => document.querySelector(`[data-testid=custom-${s}-count]`).textContent", s)
        assert text.startswith("%d match" % len(match(queries[s])))
    x = fetch_tensor(server, "tf2_words", tab.state("tensorName"))
    def axis(neg, pos):
        cn, cp = x[neg].mean(axis=0), x[pos].mean(axis=0)
        u = (cp - cn) / np.linalg.norm(cp - cn)
        return (x - (cn + cp) / 2) @ u
    down = match(queries["y-down"])
    want = np.stack([axis(match(queries["x-left"]), match(queries["x-right"])),
                     axis(down, [i for i in range(len(values)) if i not in set(down)])], axis=1)
    layout = tab.eval("() => __embproj.analysis.layout('custom')")
    gotc = np.array(layout["coords"]).reshape(-1, 2)
    assert np.allclose(gotc, want, atol=1e-4 * np.abs(want).max())


def test_regex_search_selects_exactly_the_matching_rows(tab, fixtures_logdir):
    use(tab, "tf2_words")
    header, meta = read_metadata(fixtures_logdir / "tf2_words" / "metadata.tsv")
    col = header.index("word")
    tab.frame.select_option("[data-testid=search-column]", str(col))
    for q, rx in (("/^ka.*[02468]$/", re.compile(r"^ka.*[02468]$", re.I)), ("/^LO/", re.compile("^LO", re.I)),
                  ("/^Lo/c", re.compile("^Lo")), ("/^lo/c", re.compile("^lo"))):
        tab.frame.fill("[data-testid=search-input]", q)
        want = [i for i, r in enumerate(meta) if rx.search(r[col])]
        tab.frame.wait_for_function("""([n, q]) => { const s = __embproj.state; return s.searchMatches && s.searchMatches.length === n &&
            s.selection === s.searchMatches && document.querySelector('[data-testid=search-input]').value === q; }""", arg=[len(want), q])
        time.sleep(0.3)
        assert selection(tab) == want and (len(want) > 0 or q == "/^Lo/c")
        assert tab.eval("() => document.querySelector('[data-testid=search-count]').textContent").startswith(str(len(want)))
    tab.frame.fill("[data-testid=search-input]", "")
    tab.frame.wait_for_function("() => __embproj.state.searchMatches === null")


@pytest.mark.parametrize("metric,space", [("euclidean", "original"), ("cosine", "original"), ("euclidean", "spherized")])
def test_neighbours_equal_numpy_top_k(tab, server, metric, space):
    use(tab, "tf2_words")
    x = fetch_tensor(server, "tf2_words", tab.state("tensorName")) * 7.5   # any norm
    x /= 7.5
    k, i = 250, 17
    tab.frame.fill("[data-testid=nn-k]", str(k))
    tab.frame.dispatch_event("[data-testid=nn-k]", "change")
    tab.frame.select_option("[data-testid=nn-metric]", metric)
    tab.frame.select_option("[data-testid=nn-space]", space)
    base = tab.eval("() => Array.from({ length: __embproj.state.n }, (_, j) => __embproj.colorOf(j))")
    tab.eval("i => __embproj.set({ selected: i })", i)
    tab.frame.wait_for_function("k => document.querySelectorAll('[data-testid=nn-item]').length === k", arg=k)
    v = x
    if space == "spherized":
        c = x - x.mean(axis=0)
        v = c / np.linalg.norm(c, axis=1, keepdims=True)
    if metric == "cosine":
        u = v / np.linalg.norm(v, axis=1, keepdims=True)
        dist = 1 - u @ u[i]
    else:
        dist = np.linalg.norm(v - v[i], axis=1)
    dist[i] = np.inf
    order = np.argsort(dist, kind="stable")[:k]
    items = tab.eval("""() => [...document.querySelectorAll('[data-testid=nn-item]')]
        .map(li => [Number(li.dataset.index), Number(li.dataset.distance)])""")
    got_idx = [a for a, _ in items]
    got_d = np.array([b for _, b in items])
    assert np.allclose(got_d, dist[order], atol=1e-4)
    # Same set up to ties at float precision.
    assert set(got_idx) ^ set(order.tolist()) <= set(np.nonzero(np.abs(dist - dist[order[-1]]) < 1e-5)[0].tolist())
    # Highlighted in the plot: neighbours keep their colour, others fade.
    after = tab.eval("() => Array.from({ length: __embproj.state.n }, (_, j) => __embproj.colorOf(j))")
    listed = set(got_idx) | {i}
    for j in range(len(base)):
        assert np.allclose(after[j], base[j]) == (j in listed), j
    tab.eval("() => __embproj.set({ selected: -1 })")
    tab.frame.select_option("[data-testid=nn-metric]", "auto")
    tab.frame.select_option("[data-testid=nn-space]", "auto")


def _wait_tsne(tab, cond, timeout=150000):    # generous: the machine's 2 cores may be shared
    tab.frame.wait_for_function("() => { const t = __embproj.analysis.tsne; return %s; }" % cond, timeout=timeout)


def _tsne_set(tab, field, value):
    tab.frame.fill("[data-testid=tsne-%s]" % field, str(value))
    tab.frame.dispatch_event("[data-testid=tsne-%s]" % field, "change")


def test_tsne_runs_animates_pauses_and_reruns_with_the_same_seed(tab):
    use(tab, "clusters20k")
    tab.frame.select_option("[data-testid=method-select]", "tsne")    # starts a run with the defaults
    _wait_tsne(tab, "t.iteration >= 1")
    _tsne_set(tab, "max-iterations", 100000)
    _wait_tsne(tab, "t.state === 'running' && t.iteration >= 5")
    assert tab.eval("() => __embproj.analysis.tsne.points") == BIG_N
    tab.eval("() => { window.__mark = __embproj.analysis.layouts.lastLayout('tsne'); }")
    a = np.array(tab.eval("() => Array.from(window.__mark.coords)"))
    tab.frame.wait_for_function("() => __embproj.analysis.layouts.lastLayout('tsne') !== window.__mark", timeout=60000)
    b = np.array(tab.eval("() => __embproj.analysis.layout('tsne').coords"))
    assert a.shape == b.shape == (BIG_N * 2,) and np.isfinite(b).all()
    assert np.abs(a - b).max() > 1e-6          # the points move while it runs
    # A click on a point while t-SNE runs selects it (the page stays responsive).
    # (The points move between reading a position and the click: try a few times.)
    for attempt in range(10):
        tab.eval("() => __embproj.set({ selected: -1 })")
        x, y = screen(tab)
        i = int(np.nanargmin(np.abs(x - np.nanmedian(x)) + np.abs(y - np.nanmedian(y))))
        tab.page.mouse.click(float(x[i]), float(y[i]))
        if tab.state("selected") >= 0:
            break
    assert tab.state("selected") >= 0
    assert tab.eval("() => __embproj.analysis.tsne.state") == "running"
    # Pause stops the counter; resume continues it; perturb keeps it going.
    tab.frame.click("[data-testid=tsne-pause]")
    _wait_tsne(tab, "t.state === 'paused'")
    it0 = int(tab.eval("() => document.querySelector('[data-testid=tsne-iteration]').dataset.iteration"))
    time.sleep(1.0)
    assert int(tab.eval("() => document.querySelector('[data-testid=tsne-iteration]').dataset.iteration")) == it0
    tab.frame.click("[data-testid=tsne-pause]")    # now "Resume"
    _wait_tsne(tab, "t.iteration > %d" % it0)
    tab.frame.click("[data-testid=tsne-perturb]")
    _wait_tsne(tab, "t.iteration > %d" % (it0 + 3))
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.wait_ready("clusters20k")
    use(tab, "tf2_words")
    tab.frame.select_option("[data-testid=method-select]", "tsne")
    _wait_tsne(tab, "t.iteration >= 1")
    _tsne_set(tab, "max-iterations", 100000)
    _tsne_set(tab, "seed", 7)
    tab.frame.click("[data-testid=tsne-rerun]")
    _wait_tsne(tab, "t.state === 'running' && t.iteration >= 10")
    # It stops by itself at convergence (and, below, at the max-iterations setting).
    _wait_tsne(tab, "t.state === 'done'", timeout=120000)
    st = tab.eval("() => __embproj.analysis.tsne")
    assert st["converged"] and st["iteration"] < 100000, st
    assert tab.eval("() => document.querySelector('[data-testid=tsne-iteration]').textContent") == str(st["iteration"])
    # Same seed, same layout.
    _tsne_set(tab, "max-iterations", 150)
    layouts = []
    for _ in range(2):
        tab.frame.click("[data-testid=tsne-rerun]")
        _wait_tsne(tab, "t.state === 'initializing' || t.iteration < 150")
        _wait_tsne(tab, "t.state === 'done' && t.iteration === 150", timeout=120000)
        layouts.append(np.array(tab.eval("() => __embproj.analysis.layout('tsne').coords")))
    assert np.array_equal(layouts[0], layouts[1])
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.wait_ready("tf2_words")


def test_umap_runs_to_the_end_on_all_points(tab):
    use(tab, "tsv_only")
    n = tab.state("n")
    tab.frame.select_option("[data-testid=method-select]", "umap")    # starts a run with the defaults
    tab.frame.fill("[data-testid=umap-epochs]", "120")
    tab.frame.dispatch_event("[data-testid=umap-epochs]", "change")
    tab.frame.select_option("[data-testid=umap-metric]", "cosine")
    tab.frame.click("[data-testid=umap-run]")
    tab.frame.wait_for_function("() => __embproj.analysis.umap.state === 'done'", timeout=120000)
    st = tab.eval("() => __embproj.analysis.umap")
    assert st["iteration"] == st["total"] == 120 and st["points"] == n
    c = np.array(tab.eval("() => __embproj.analysis.layout('umap').coords")).reshape(n, 2)
    assert np.isfinite(c).all() and c.std(axis=0).min() > 0
    assert "Epoch 120 / 120" in tab.eval("() => document.querySelector('[data-testid=umap-status]').textContent")
    # 3D: the same panel, three coordinates.
    tab.frame.click("[data-testid=mode-3d]")
    tab.frame.wait_for_function("() => __embproj.analysis.umap.state === 'done' && __embproj.analysis.layout('umap')?.k === 3", timeout=120000)
    tab.frame.click("[data-testid=mode-2d]")
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.wait_ready("tsv_only")


def test_tsne_supervised_by_a_label_column_separates_the_labels(tab, fixtures_logdir):
    # The fixture's digits each form ~5 small clusters spread over the input space, so plain
    # t-SNE scatters every label; supervision gathers each label into one cluster of its own.
    use(tab, "tf1_mnist")
    header, meta = read_metadata(fixtures_logdir / "tf1_mnist" / "metadata.tsv")
    labels = np.array([r[0] for r in meta])
    ignored = labels == "7"
    tab.frame.select_option("[data-testid=method-select]", "tsne")
    _wait_tsne(tab, "t.iteration >= 1")
    _tsne_set(tab, "max-iterations", 300)
    _tsne_set(tab, "seed", 3)

    def run():
        tab.frame.click("[data-testid=tsne-rerun]")
        _wait_tsne(tab, "t.state === 'initializing' || t.iteration < 300")
        _wait_tsne(tab, "t.state === 'done'", timeout=120000)
        return np.array(tab.eval("() => __embproj.analysis.layout('tsne').coords")).reshape(len(labels), 2)

    def within_label_scatter(y):
        # Within-label scatter over total scatter of the labelled points: 0 = every label a dot.
        z = y[~ignored] - y[~ignored].mean(axis=0)
        kept = labels[~ignored]
        within = sum(((z[kept == c] - z[kept == c].mean(axis=0)) ** 2).sum() for c in set(kept))
        return within / (z ** 2).sum()

    def ignored_among_ignored(y):
        # The ignored 7s form their own input clusters: share of a 7's 10 layout neighbours that are 7s.
        d = ((y[ignored][:, None, :] - y[None, :, :]) ** 2).sum(axis=2)
        nearest = np.argsort(d, axis=1)[:, 1:11]
        return ignored[nearest].mean()

    plain = run()
    tab.frame.select_option("[data-testid=tsne-supervise]", "0")
    tab.frame.fill("[data-testid=tsne-ignored-label]", "7")
    tab.frame.dispatch_event("[data-testid=tsne-ignored-label]", "change")
    _tsne_set(tab, "supervise-weight", 0.5)
    half = run()
    _tsne_set(tab, "supervise-weight", 1)
    full = run()
    figures = [within_label_scatter(y) for y in (plain, half, full)]
    tab.frame.select_option("[data-testid=tsne-supervise]", "-1")
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.wait_ready("tf1_mnist")
    # (Measured: within-label scatter 0.93 plain, 0.049 at weight 0.5, 0.020 at weight 1; 7s among
    # 7s 1.0 plain and supervised. Before the same-label links, supervision only re-weighted k-NN
    # pairs: 0.93 -> 0.88 at weight 1.)
    assert figures[0] > 0.8, figures
    assert figures[1] < 0.1 and figures[2] < 0.05 and figures[2] <= figures[1], figures
    assert ignored_among_ignored(full) > 0.9, ignored_among_ignored(full)


def test_tsne_3d_and_pause_while_another_method_is_shown(tab):
    use(tab, "tsv_only")
    n = tab.state("n")
    tab.frame.select_option("[data-testid=method-select]", "tsne")
    _wait_tsne(tab, "t.iteration >= 1")
    _tsne_set(tab, "max-iterations", 100000)
    tab.frame.click("[data-testid=mode-3d]")       # 3D: a new run with three coordinates
    tab.frame.wait_for_function("() => __embproj.analysis.layout('tsne')?.k === 3 && __embproj.analysis.tsne.iteration > 20",
                                timeout=60000)
    c = np.array(tab.eval("() => __embproj.analysis.layout('tsne').coords")).reshape(n, 3)
    assert np.isfinite(c).all() and c.std(axis=0).min() > 0
    tab.frame.select_option("[data-testid=method-select]", "pca")  # t-SNE pauses while PCA is shown
    _wait_tsne(tab, "t.state === 'paused'")
    tab.wait_ready("tsv_only")
    it0 = tab.eval("() => __embproj.analysis.tsne.iteration")
    time.sleep(0.5)
    assert tab.eval("() => __embproj.analysis.tsne.iteration") == it0
    tab.frame.select_option("[data-testid=method-select]", "tsne")  # and goes on from there on return
    _wait_tsne(tab, "t.iteration > %d" % it0)
    tab.frame.click("[data-testid=mode-2d]")
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.wait_ready("tsv_only")


def test_umap_same_seed_same_layout(tab):
    use(tab, "tsv_only")
    tab.frame.select_option("[data-testid=method-select]", "umap")
    tab.frame.fill("[data-testid=umap-epochs]", "60")
    tab.frame.dispatch_event("[data-testid=umap-epochs]", "change")
    tab.frame.fill("[data-testid=umap-seed]", "11")
    tab.frame.dispatch_event("[data-testid=umap-seed]", "change")
    tab.frame.fill("[data-testid=umap-neighbors]", "10")
    tab.frame.dispatch_event("[data-testid=umap-neighbors]", "change")
    runs = []
    for _ in range(2):
        tab.eval("() => { window.__mark = __embproj.analysis.layouts.lastLayout('umap'); }")
        tab.frame.click("[data-testid=umap-run]")
        tab.frame.wait_for_function("""() => { const a = __embproj.analysis; return a.layouts.lastLayout('umap') !== window.__mark &&
            a.umap.state === 'done' && a.umap.total === 60; }""", timeout=120000)
        runs.append(np.array(tab.eval("() => __embproj.analysis.layout('umap').coords")))
    assert np.array_equal(runs[0], runs[1])
    # Spherize applies to UMAP's input too: toggling it runs again, on centred unit-length rows.
    was = tab.state("spherize")
    tab.eval("() => { window.__mark = __embproj.analysis.layouts.lastLayout('umap'); }")
    tab.frame.click("[data-testid=spherize]")
    tab.frame.wait_for_function("""() => { const a = __embproj.analysis; return a.layouts.lastLayout('umap') !== window.__mark &&
        a.umap.state === 'done'; }""", timeout=120000)
    other = np.array(tab.eval("() => __embproj.analysis.layout('umap').coords"))
    assert not np.array_equal(other, runs[0])
    tab.frame.click("[data-testid=spherize]")
    assert tab.state("spherize") == was
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.wait_ready("tsv_only")


def test_tsne_and_umap_on_isolated_points_only(tab):
    use(tab, "tsv_only")
    n = tab.state("n")
    rows = list(range(0, n, 3))
    tab.eval("r => __embproj.set({ selection: Int32Array.from(r) })", rows)
    tab.frame.click("[data-testid=isolate]")
    tab.frame.wait_for_function("() => __embproj.isReady() && __embproj.state.isolated !== null")
    tab.frame.select_option("[data-testid=method-select]", "umap")
    tab.frame.wait_for_function("() => __embproj.analysis.umap.state === 'done'", timeout=120000)
    assert tab.eval("() => __embproj.analysis.umap.points") == len(rows)
    c = np.array(tab.eval("() => __embproj.analysis.layout('umap').coords"), dtype=float).reshape(n, 2)
    finite = set(np.nonzero(np.isfinite(c).all(axis=1))[0].tolist())
    assert finite == set(rows)
    x, _ = screen(tab)
    assert set(np.nonzero(np.isfinite(x))[0].tolist()) == set(rows)
    tab.frame.click("[data-testid=show-all]")      # UMAP again, on all points
    tab.frame.wait_for_function("() => __embproj.analysis.umap.state === 'done' && __embproj.analysis.umap.points === %d" % n,
                                timeout=120000)
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.wait_ready("tsv_only")


def test_umap_stopped_before_the_first_epoch_is_stopped_not_an_error(tab):
    use(tab, "clusters20k")   # 20,000 points: the graph and initial layout take a while
    tab.frame.select_option("[data-testid=method-select]", "umap")    # starts a run with the defaults
    tab.frame.wait_for_function("() => __embproj.analysis.umap.state === 'initializing'", timeout=60000)
    tab.frame.click("[data-testid=umap-stop]")
    tab.frame.wait_for_function("() => __embproj.analysis.umap.state !== 'initializing'", timeout=120000)
    st = tab.eval("() => __embproj.analysis.umap")
    assert st["state"] == "stopped" and not st["error"], st
    text = tab.eval("() => document.querySelector('[data-testid=umap-status]').textContent")
    assert "Failed" not in text and "stopped" in text.lower(), text
    assert tab.eval("() => !document.querySelector('[data-testid=umap-run]').disabled")   # ready to run again
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.wait_ready("clusters20k")


def test_custom_axes_leave_3d_unhighlighted_and_disabled(tab):
    use(tab, "tf2_words", is3d=True)
    assert "ep-on" in tab.frame.get_attribute("[data-testid=mode-3d]", "class")
    tab.frame.select_option("[data-testid=method-select]", "custom")
    tab.frame.wait_for_function("() => __embproj.isReady()")
    cls3 = tab.frame.get_attribute("[data-testid=mode-3d]", "class") or ""
    cls2 = tab.frame.get_attribute("[data-testid=mode-2d]", "class") or ""
    assert "ep-on" not in cls3 and "ep-on" in cls2
    assert tab.eval("() => document.querySelector('[data-testid=mode-3d]').disabled")
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.frame.click("[data-testid=mode-2d]")
    tab.wait_ready("tf2_words")
