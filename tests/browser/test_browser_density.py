"""Density contours and cluster labels (issue 14, item 2) through a real TensorBoard: a generated 2-D
logdir with four clear blobs, sparse noise and a label column whose most frequent value is shared by
all blobs, so the labels must name each blob's own value. The toggle, the labels, following the
camera, updates while t-SNE runs, 3-D, switching off; and the README screenshot of the overlay on the
shared MNIST fixture (written to a temporary folder unless EMBPROJ_REFRESH_SCREENSHOTS=1)."""
import os
import pathlib
import shutil

import numpy as np
import pytest

from conftest import SHARED_FIXTURES

CENTRES = np.array([[-6.0, -4.0], [6.0, -4.0], [0.0, 6.0], [-7.0, 5.0]])
NAMES = ["cat", "dog", "fish", "bird"]
PER_BLOB, NOISE = 500, 200
README_SCREENSHOTS = pathlib.Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def blob_data():
    """Points (blobs first, then uniform noise), each blob's 'animal' on 75% of it, 'common' elsewhere."""
    rng = np.random.default_rng(14)
    points = [c + 0.7 * rng.normal(size=(PER_BLOB, 2)) for c in CENTRES]
    points.append(rng.uniform(-12, 12, size=(NOISE, 2)))
    x = np.concatenate(points).astype("<f4")
    animal = []
    for name in NAMES:
        animal += [name if rng.random() < 0.75 else "common" for _ in range(PER_BLOB)]
    animal += ["common"] * NOISE
    weight = rng.uniform(0, 100, size=len(x))
    return x, animal, weight


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    root = tmp_path_factory.mktemp("density") / "logdir"
    run = root / "blobs"
    run.mkdir(parents=True)
    x, animal, weight = blob_data()
    x.tofile(run / "x.bin")
    (run / "metadata.tsv").write_text("animal\tweight\n" + "".join("%s\t%.2f\n" % (a, w) for a, w in zip(animal, weight)))
    (run / "projector_config.pbtxt").write_text(
        'embeddings {\n  tensor_name: "blobs"\n  tensor_path: "x.bin"\n  tensor_shape: %d\n  tensor_shape: 2\n'
        '  metadata_path: "metadata.tsv"\n}\n' % len(x))
    if SHARED_FIXTURES.is_dir():
        shutil.copytree(SHARED_FIXTURES / "tf1_mnist", root / "tf1_mnist", ignore=shutil.ignore_patterns("_expected"))
    return root


@pytest.fixture(scope="module")
def tab(open_tab, logdir):
    t = open_tab(logdir)  # the page must log no errors (checked at the module's end)
    t.select("blobs")
    return t


def summary(tab):
    return tab.eval("() => __embproj.density.summary")


def wait_density(tab, condition="s.status === 'ready'", timeout=60000):
    tab.frame.wait_for_function("() => { const s = __embproj.density.summary; return %s; }" % condition, timeout=timeout)
    return summary(tab)


def show_identity(tab):
    tab.select("blobs")
    if tab.state("is3d"):
        tab.frame.click("[data-testid=mode-2d]")
    tab.frame.select_option("[data-testid=method-select]", "identity")
    tab.wait_ready("blobs")


def set_density(tab, on):
    if tab.eval("() => document.querySelector('[data-testid=density-toggle]').checked") != on:
        tab.frame.click("[data-testid=density-toggle]")


def blob_of_cluster(tab, s):
    """{cluster id: blob index} by majority of each blob's points (rows 0..1999 are the blobs, in order)."""
    got = tab.eval("() => __embproj.density.assignment()")
    clusters = np.array(got["clusters"])
    assert got["rows"] is None  # nothing hidden: point p is row p
    mapping = {}
    for b in range(len(CENTRES)):
        ids, counts = np.unique(clusters[b * PER_BLOB:(b + 1) * PER_BLOB], return_counts=True)
        best = ids[np.argmax(counts)]
        assert best >= 0 and counts.max() >= 0.85 * PER_BLOB, (b, ids, counts)
        mapping[int(best)] = b
    return mapping, clusters


def test_toggle_finds_the_blobs_and_labels_them_by_their_distinctive_value(tab):
    show_identity(tab)
    set_density(tab, True)
    s = wait_density(tab)
    assert s["labelColumn"] == "animal"  # the first categorical column by default
    assert len(s["clusters"]) == len(CENTRES), s["clusters"]
    mapping, clusters = blob_of_cluster(tab, s)
    assert sorted(mapping.values()) == list(range(len(CENTRES)))  # one cluster per blob
    for c in s["clusters"]:
        name = NAMES[mapping[c["id"]]]
        # 'common' is the most frequent value overall and in every blob's quarter, but each label names the blob.
        assert c["label"].startswith(name + " ("), c
        assert c["terms"][0]["value"] == name and 0.65 < c["terms"][0]["share"] < 0.85
    # Identity layout: drawn = (data - mid) / half-extent, so each peak sits on its blob's centre.
    x, _, _ = blob_data()
    lo, hi = x.min(axis=0), x.max(axis=0)
    mid, half = (lo + hi) / 2, (hi - lo).max() / 2
    for c in s["clusters"]:
        centre = (CENTRES[mapping[c["id"]]] - mid) / half
        assert np.hypot(c["x"] - centre[0], c["y"] - centre[1]) < 0.5 / half, (c, centre)
    # The sparse noise far from every blob belongs to no cluster.
    noise = x[len(CENTRES) * PER_BLOB:]
    far = np.array([np.min(np.hypot(*(CENTRES - p).T)) > 4 for p in noise])
    assert far.sum() > 100
    assert (clusters[len(CENTRES) * PER_BLOB:][far] < 0).mean() > 0.9
    # Drawn: contour lines and the four labels on the overlay canvas.
    assert s["contours"] >= len(CENTRES) and s["vertices"] > 100
    assert tab.eval("() => __embproj.density.paintedPixels()") > 2000
    drawn = sorted(label["text"] for label in s["drawnLabels"])
    assert drawn == sorted(c["label"] for c in s["clusters"])


def test_labels_follow_the_camera_and_the_chosen_column(tab, tmp_path):
    show_identity(tab)
    set_density(tab, True)
    s = wait_density(tab)
    biggest = s["clusters"][0]
    def label_at_peak():
        s = summary(tab)
        label = next(lb for lb in s["drawnLabels"] if lb["text"] == biggest["label"])
        peak = tab.eval("([x, y]) => __embproj.density.screenOf(x, y)", [biggest["x"], biggest["y"]])
        return label, peak
    before, peak = label_at_peak()
    assert before["x"] == pytest.approx(peak["x"], abs=0.5) and before["y"] == pytest.approx(peak["y"], abs=0.5)
    box = tab.iframe.bounding_box()
    tab.page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.5)
    tab.page.mouse.wheel(0, -300)  # zoom in
    tab.frame.wait_for_function(
        "([x, y]) => { const l = __embproj.density.summary.drawnLabels; return l.length && !l.some(a => a.x === x && a.y === y); }",
        arg=[before["x"], before["y"]], timeout=10000)
    tab.eval("() => __embproj.renderNow()")
    tab.settle(0.3)
    after, peak = label_at_peak()
    assert (after["x"], after["y"]) != (before["x"], before["y"])
    assert after["x"] == pytest.approx(peak["x"], abs=0.5) and after["y"] == pytest.approx(peak["y"], abs=0.5)
    tab.page.screenshot(path=str(tmp_path / "density_zoomed.png"))
    tab.frame.click("[data-testid=reset-view]")
    # Another column: the numeric 'weight', binned; then no labels at all (contours stay).
    weight = tab.eval("() => __embproj.state.columns.findIndex(c => c.name === 'weight')")
    tab.frame.select_option("[data-testid=density-label-select]", str(weight))
    s = wait_density(tab, "s.labelColumn === 'weight'")
    assert all("–" in c["label"] for c in s["clusters"]), s["clusters"]
    tab.frame.select_option("[data-testid=density-label-select]", "-1")
    s = wait_density(tab, "s.labelColumn === null")
    assert s["drawnLabels"] == [] and s["contours"] > 0
    assert tab.eval("() => __embproj.density.paintedPixels()") > 2000
    tab.eval("() => __embproj.set({ clusterLabelColumn: null })")


def test_updates_while_tsne_runs(tab):
    show_identity(tab)
    set_density(tab, True)
    wait_density(tab)
    tab.frame.select_option("[data-testid=method-select]", "tsne")  # starts a run with the defaults
    tab.frame.wait_for_function("() => __embproj.analysis.tsne.iteration >= 1", timeout=150000)
    tab.frame.fill("[data-testid=tsne-max-iterations]", "100000")  # long enough to watch
    tab.frame.dispatch_event("[data-testid=tsne-max-iterations]", "change")
    tab.frame.wait_for_function("() => __embproj.analysis.tsne.state === 'running' && __embproj.analysis.tsne.iteration >= 5",
                                timeout=150000)
    passes = summary(tab)["passes"]
    seen = []
    # Several passes while the run goes on, each on a newer frame (throttled: not one per frame).
    for k in range(1, 4):
        wait_density(tab, "s.passes >= %d && s.status === 'ready'" % (passes + k), timeout=60000)
        seen.append(tab.eval("() => __embproj.analysis.tsne.iteration"))
        assert tab.eval("() => __embproj.analysis.tsne.state") == "running"
    assert seen == sorted(seen) and seen[-1] > seen[0]
    s = summary(tab)
    assert s["layouts"] > s["passes"]  # frames arrive faster than passes run
    # Once t-SNE has separated the blobs, the clusters are the blobs again, labelled as before.
    tab.frame.wait_for_function("() => __embproj.analysis.tsne.iteration >= 400", timeout=150000)
    p = summary(tab)["passes"]
    s = wait_density(tab, "s.passes > %d && s.status === 'ready'" % p)
    tab.frame.click("[data-testid=tsne-pause]")
    tab.frame.wait_for_function("() => __embproj.analysis.tsne.state === 'paused'")
    s = wait_density(tab, "!s.busy && s.status === 'ready'")
    labels = sorted(c["label"].split(" (")[0] for c in s["clusters"] if c["size"] >= 0.5 * PER_BLOB)
    assert labels == sorted(NAMES), s["clusters"]


def test_3d_disables_the_toggle_and_off_clears_the_overlay(tab):
    show_identity(tab)
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.wait_ready("blobs")
    set_density(tab, True)
    wait_density(tab)
    assert tab.eval("() => __embproj.density.paintedPixels()") > 0
    tab.frame.click("[data-testid=mode-3d]")
    s = wait_density(tab, "s.status === 'unavailable'")
    assert s["clusters"] == [] and tab.eval("() => __embproj.density.paintedPixels()") == 0
    toggle = tab.frame.locator("[data-testid=density-toggle]")
    assert toggle.is_disabled()
    title = tab.eval("() => document.querySelector('[data-testid=density-toggle]').closest('.ep-row').title")
    assert "2-D" in title
    tab.frame.click("[data-testid=mode-2d]")
    wait_density(tab)
    set_density(tab, False)
    s = wait_density(tab, "s.status === 'off'")
    assert s["clusters"] == [] and s["contours"] == 0
    assert tab.eval("() => __embproj.density.paintedPixels()") == 0
    assert tab.eval("() => __embproj.state.showDensity") is False


def screenshot_folder(tmp_path):
    """docs/screenshots only when asked to refresh the README's images; otherwise a temporary folder."""
    return README_SCREENSHOTS if os.environ.get("EMBPROJ_REFRESH_SCREENSHOTS") == "1" else tmp_path


def test_readme_screenshot_of_mnist_with_tsne(tab, tmp_path):
    if not SHARED_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not beside the repository")
    tab.select("tf1_mnist")
    if tab.state("is3d"):
        tab.frame.click("[data-testid=mode-2d]")
    label = tab.eval("() => __embproj.state.columns.findIndex(c => c.name === 'label')")
    tab.frame.select_option("[data-testid=color-select]", str(label))
    if tab.eval("() => document.querySelector('[data-testid=sprites]').checked"):
        tab.frame.uncheck("[data-testid=sprites]")
    tab.frame.select_option("[data-testid=method-select]", "tsne")
    tab.frame.fill("[data-testid=tsne-max-iterations]", "1000")
    tab.frame.dispatch_event("[data-testid=tsne-max-iterations]", "change")
    tab.frame.wait_for_function("() => __embproj.analysis.tsne.state === 'done'", timeout=300000)
    set_density(tab, True)
    s = wait_density(tab, "!s.busy && s.status === 'ready'")
    assert s["clusters"] and s["drawnLabels"]
    tab.settle(0.3)
    folder = screenshot_folder(tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    tab.page.screenshot(path=str(folder / "density_clusters.png"))
    assert (folder / "density_clusters.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
