"""The click -> neighbour list path made fast for a million points (issue 12), checked on a few thousand rows:
the list is the exact top k (numpy); the plot lights exactly the clicked row's neighbourhood, in the colours
the page holds and in the pixels drawn from what was uploaded to the GPU (after a second click only the two
neighbourhoods' rows are uploaded); while the new row's list is computed the panel never shows the previous
row's list under the new row's name (nor does the inspector), and the previous neighbourhood stays lit until the new list arrives."""
import numpy as np
import pytest

N, D, K, LABELS = 3000, 16, 20, 6


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    root = tmp_path_factory.mktemp("neighbors1m")
    rng = np.random.default_rng(21)
    rng.normal(size=(N, D)).astype("<f4").tofile(root / "x.bin")   # one blob: neighbours spread over the plot
    (root / "labels.tsv").write_text("name\tgroup\n" + "".join("row %d\tg%d\n" % (i, i % LABELS) for i in range(N)))
    (root / "projector_config.pbtxt").write_text(
        'embeddings {\n  tensor_name: "blob"\n  tensor_path: "x.bin"\n  tensor_shape: %d\n  tensor_shape: %d\n'
        '  metadata_path: "labels.tsv"\n}\n' % (N, D))
    return root


@pytest.fixture(scope="module")
def tab(open_tab, logdir):
    t = open_tab(logdir)
    t.frame.fill("[data-testid=nn-k]", str(K))
    t.frame.dispatch_event("[data-testid=nn-k]", "change")
    t.frame.select_option("[data-testid=nn-metric]", "euclidean")
    t.frame.select_option("[data-testid=nn-space]", "original")
    return t


@pytest.fixture(scope="module")
def rows(logdir):
    return np.fromfile(logdir / "x.bin", dtype="<f4").reshape(N, D).astype(np.float64)


def top_k(x, i):
    dist = np.linalg.norm(x - x[i], axis=1)
    dist[i] = np.inf
    order = np.argsort(dist, kind="stable")[:K]
    return order.tolist(), dist[order]


# What the panel shows at every change: the title and the rows listed.
PANEL_WATCH = """() => {
  const w = window.__panel = [];
  const title = document.querySelector('[data-testid=nn-title]');
  const list = document.querySelector('[data-testid=nn-list]');
  const record = () => w.push([title.textContent, [...list.querySelectorAll('[data-testid=nn-item]')].map(li => Number(li.dataset.index))]);
  new MutationObserver(record).observe(title, { childList: true, characterData: true, subtree: true });
  new MutationObserver(record).observe(list, { childList: true });
  const inspector = document.querySelector('[data-testid=inspector]');
  const w2 = window.__inspector = [];
  new MutationObserver(() => w2.push([inspector.querySelector('[data-testid=inspector-title]')?.textContent ?? null,
    [...inspector.querySelectorAll('[data-testid=neighbor]')].map(li => Number(li.dataset.index))])).observe(inspector, { childList: true });
}"""


def isolated_rows(tab, candidates, radius=12):
    """Of `candidates`, the rows on screen with no other point within `radius` CSS px (their pixel is theirs)."""
    return tab.eval("""([candidates, radius]) => {
      const n = __embproj.state.n, xy = [];
      for (let i = 0; i < n; i++) xy.push(__embproj.screenPositionOf(i));
      return candidates.filter(i => xy[i] && xy.every((p, j) => j === i || !p ||
        Math.hypot(p.x - xy[i].x, p.y - xy[i].y) > radius));
    }""", [candidates, radius])


def drawn_matches_held(tab, rows):
    """For each row: whether the pixel at its centre, as drawn now, is its colour as the page holds it."""
    return tab.eval("""(rows) => rows.map(i => {
      const p = __embproj.screenPositionOf(i), px = __embproj.pixelAt(p.x, p.y), c = __embproj.colorOf(i);
      return c.every((v, k) => Math.abs(Math.round(255 * v) - px[k]) <= 2);
    })""", rows)


def select(tab, i):
    tab.click(i)
    tab.frame.wait_for_function(
        """([i, k]) => { const s = __embproj.state;
           return s.selected === i && s.neighbors && s.neighbors.row === i &&
             document.querySelectorAll('[data-testid=nn-item]').length === k; }""", arg=[i, K], timeout=30000)


def test_click_lists_exact_neighbours_and_lights_exactly_them_as_drawn(tab, rows):
    base = tab.eval("() => Array.from({ length: __embproj.state.n }, (_, j) => __embproj.colorOf(j))")
    tab.eval("() => __embproj.set({ selected: -1 })")
    # Two rows far apart in the plot whose neighbourhoods do not meet, each drawn clear of other points.
    free = isolated_rows(tab, list(range(N)), radius=15)
    a = free[0]
    want_a, _ = top_k(rows, a)
    b = next(i for i in free[1:] if i not in want_a and not set(top_k(rows, i)[0]) & (set(want_a) | {a}))
    want_b, dist_b = top_k(rows, b)
    tab.eval(PANEL_WATCH)

    select(tab, a)
    listed_a = tab.eval("() => [...document.querySelectorAll('[data-testid=nn-item]')].map(li => Number(li.dataset.index))")
    assert listed_a == want_a
    lit_a = set(want_a) | {a}

    select(tab, b)
    items = tab.eval("""() => [...document.querySelectorAll('[data-testid=nn-item]')]
        .map(li => [Number(li.dataset.index), Number(li.dataset.distance)])""")
    assert [i for i, _ in items] == want_b
    assert np.allclose([d for _, d in items], dist_b, atol=1e-4)

    # The page's colours: b's neighbourhood in its column colour, every other row faded (a's too, again).
    held = tab.eval("() => Array.from({ length: __embproj.state.n }, (_, j) => __embproj.colorOf(j))")
    lit_b = set(want_b) | {b}
    for j in range(N):
        assert np.allclose(held[j], base[j]) == (j in lit_b), j

    # The pixels drawn from the GPU's copy: rows of both neighbourhoods (the second click uploaded only
    # those rows) and some others, where their disc is theirs alone.
    check = isolated_rows(tab, sorted(lit_a | lit_b) + list(range(0, N, 97)), radius=8)
    assert {b} <= set(check) and a in check and len(check) >= 10
    assert all(drawn_matches_held(tab, check)), check
    # Lit and faded really differ on screen (the check above is not vacuous): b as its column colour, a faded.
    pixel = "i => { const p = __embproj.screenPositionOf(i); return __embproj.pixelAt(p.x, p.y); }"
    assert np.abs(np.array(tab.eval(pixel, b)) / 255 - base[b]).max() < 0.02
    assert np.abs(np.array(tab.eval(pixel, a)) / 255 - base[a]).max() > 0.1

    # Between the clicks the panel showed a's list only under a's title, never under b's name.
    records = tab.eval("() => __panel")
    title_a = next(t for t, r in records if r == want_a)
    title_b = tab.eval("() => document.querySelector('[data-testid=nn-title]').textContent")
    assert title_a.startswith("%d nearest to" % K) and title_b.startswith("%d nearest to" % K) and title_a != title_b
    for t, r in records:
        if r == want_a:
            assert t == title_a, (t, r)
        elif t != title_b:
            assert r == [] and t.startswith("Nearest to ") or t == "Click a point.", (t, r)
    # The inspector likewise: a's ten nearest only under a's name.
    shown = tab.eval("() => __inspector")
    label = "i => __embproj.state.columns[__embproj.state.labelColumn].values[i]"
    label_a, label_b = tab.eval(label, a), tab.eval(label, b)
    assert [label_a, want_a[:10]] in shown and [label_b, want_b[:10]] == shown[-1], shown
    assert all(t == label_a for t, r in shown if r == want_a[:10]), shown
    tab.eval("() => __embproj.set({ selected: -1 })")


def test_previous_neighbourhood_stays_lit_until_the_new_list(tab):
    """Right after a click the plot keeps the previous row's neighbourhood (nothing to redraw while the new
    list is computed): the colours right after the click's state change, read in the same task (before any
    answer can arrive), are the previous ones; then the new list replaces them."""
    a, b = 5, 6
    select(tab, a)
    colours = "() => Array.from({ length: __embproj.state.n }, (_, j) => __embproj.colorOf(j))"
    before = tab.eval(colours)
    held = tab.eval("""(b) => { __embproj.set({ selected: b, selection: Int32Array.of(b) });   // what a click sets
      return Array.from({ length: __embproj.state.n }, (_, j) => __embproj.colorOf(j)); }""", b)
    assert held == before
    tab.frame.wait_for_function("b => __embproj.state.neighbors && __embproj.state.neighbors.row === b", arg=b, timeout=30000)
    assert tab.eval(colours) != before
    tab.eval("() => __embproj.set({ selected: -1 })")
