"""One copy of the data (issue 12): once loaded, the tensor's rows live in the compute workers only,
each worker holding its own shard, and what the page computes on rows (the PCA of isolated rows,
t-SNE's input) reads them from there."""
import numpy as np
import pytest

from embproj_browser import write_clustered_logdir

N, D = 9000, 24   # more than 2 x 2,048 rows: split over every compute worker (at most 4)


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    return write_clustered_logdir(tmp_path_factory.mktemp("one_copy"), N, D, clusters=6, seed=11)


@pytest.fixture(scope="module")
def tab(open_tab, logdir):
    return open_tab(logdir)


def rows_of(logdir):
    return np.fromfile(logdir / "x.bin", dtype="<f4").reshape(N, D)


def test_the_rows_are_held_once_by_the_compute_workers_and_not_by_the_page(tab):
    held = tab.eval("() => __embproj.heldRows()")
    assert held["pageValues"] == 0
    workers = held["workers"]
    assert sum(w["rows"] for w in workers) == N
    assert sum(w["bytes"] for w in workers) == N * D * 4
    if len(workers) > 1:   # sharded: no worker holds the whole tensor
        assert max(w["rows"] for w in workers) < N


def test_pca_of_isolated_rows_reads_the_right_rows_from_every_shard(tab, logdir):
    labels = np.array([int(x) for x in (logdir / "labels.tsv").read_text().split()])
    rows = np.flatnonzero(labels == 2)
    assert rows.min() < N // 4 and rows.max() > 3 * N // 4   # spread over the shards
    tab.eval("r => __embproj.set({ isolated: Int32Array.from(r) })", rows.tolist())
    tab.frame.wait_for_function("() => __embproj.state.isolatedVariance !== null && __embproj.isReady()", timeout=60000)
    got = np.array(tab.eval("() => __embproj.state.isolatedVariance"))
    x = rows_of(logdir)[rows].astype(np.float64)
    eig = np.linalg.eigvalsh(np.cov(x, rowvar=False))[::-1]
    np.testing.assert_allclose(got[:3], eig[:3] / eig.sum(), rtol=1e-3, atol=1e-5)
    assert tab.eval("() => __embproj.heldRows()")["pageValues"] == 0
    tab.eval("() => __embproj.set({ isolated: null })")
    tab.wait_ready()
