"""The tab works under --path_prefix (relative URLs only)."""
import shutil

import pytest

from embproj_browser import Tab
from tb_server import running_tensorboard


@pytest.fixture(scope="module")
def prefixed(browser, fixtures_logdir, tmp_path_factory):
    root = tmp_path_factory.mktemp("prefix") / "logdir"
    root.mkdir()
    for name in ("tf1_mnist", "tsv_only"):
        shutil.copytree(fixtures_logdir / name, root / name)
    with running_tensorboard(root, "--path_prefix=/tb") as base:
        assert base.endswith("/tb")
        t = Tab(browser, base)
        yield t
        t.close()


def test_renders_under_path_prefix(prefixed):
    tab = prefixed
    assert "/tb/data/plugin_entry.html" in tab.iframe.get_attribute("src") or "/tb/" in tab.frame.url
    tab.select("tf1_mnist")
    assert tab.state("n") == 1000 and tab.state("hasSprite")
    assert tab.point_pixels() > 1000
    tab.select("tsv_only")
    assert (tab.state("n"), tab.state("d")) == (200, 5)
    assert tab.eval("() => document.querySelectorAll('[data-testid=notice-error]').length") == 0
    assert tab.errors == []


def test_pca_still_works_when_the_compute_worker_cannot_load(browser, prefixed):
    tab = Tab(browser, prefixed.base,
              before_open=lambda page: page.route("**/compute.worker.js", lambda route: route.abort()))
    try:
        tab.wait_ready()
        assert tab.state("variance") is not None
        warnings = tab.eval("() => [...document.querySelectorAll('[data-testid=notice-warning]')].map(e => e.innerText)")
        assert any("compute.worker.js" in w for w in warnings), warnings
    finally:
        tab.close()
