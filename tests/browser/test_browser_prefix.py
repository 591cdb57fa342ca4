"""The tab works under --path_prefix (relative URLs only)."""
import shutil

import pytest

PREFIX = "--path_prefix=/tb"


@pytest.fixture(scope="module")
def logdir(fixtures_logdir, tmp_path_factory):
    root = tmp_path_factory.mktemp("prefix") / "logdir"
    root.mkdir()
    for name in ("tf1_mnist", "tsv_only"):
        shutil.copytree(fixtures_logdir / name, root / name)
    return root


def test_renders_under_path_prefix(open_tab, logdir):
    tab = open_tab(logdir, PREFIX, ready=False)
    assert tab.base.endswith("/tb")
    assert "/tb/data/plugin_entry.html" in tab.iframe.get_attribute("src") or "/tb/" in tab.frame.url
    tab.select("tf1_mnist")
    assert tab.state("n") == 1000 and tab.state("hasSprite")
    assert tab.point_pixels() > 1000
    tab.select("tsv_only")
    assert (tab.state("n"), tab.state("d")) == (200, 5)
    assert tab.eval("() => document.querySelectorAll('[data-testid=notice-error]').length") == 0
    assert tab.errors == []


def test_pca_still_works_when_the_compute_worker_cannot_load(open_tab, logdir):
    # The blocked worker script is an error in the console on purpose.
    tab = open_tab(logdir, PREFIX, check_errors=False,
                   before_open=lambda page: page.route("**/compute.worker.js", lambda route: route.abort()))
    assert tab.state("variance") is not None
    warnings = tab.eval("() => [...document.querySelectorAll('[data-testid=notice-warning]')].map(e => e.innerText)")
    assert any("compute.worker.js" in w for w in warnings), warnings
    tab.close()
