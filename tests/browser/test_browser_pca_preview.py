"""PCA of a large tensor (issue 12): above 200,000 rows the first view is drawn on axes estimated from a
65,536-row sample, then on the exact axes of all rows, which are what the tab shows once ready."""
import numpy as np
import pytest

from embproj_browser import write_clustered_logdir

N, D = 250_000, 8


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    return write_clustered_logdir(tmp_path_factory.mktemp("pca_preview"), N, D, clusters=5, seed=4)


def test_a_large_tensor_is_drawn_on_sampled_axes_first_then_on_the_exact_ones(open_tab, logdir):
    tab = open_tab(logdir)
    hook = tab.eval("() => ({ ...__embproj.hook })")
    assert 0 < hook["firstPcaFrameEpoch"] <= hook["pcaDoneEpoch"]   # a PCA frame was drawn before the exact axes
    x = np.fromfile(logdir / "x.bin", dtype="<f4").reshape(N, D).astype(np.float64)
    eig = np.linalg.eigvalsh(np.cov(x, rowvar=False))[::-1]
    got = np.array(tab.state("variance"))
    np.testing.assert_allclose(got, (eig / eig.sum())[:len(got)], rtol=1e-4, atol=1e-7)   # exact, not the sample's
    assert tab.state("computing") is None
