"""The t-SNE and UMAP panels when their worker cannot start: the run fails with a message that names
the worker, instead of waiting forever (a module worker that does not load only fires 'error')."""
import pytest

from embproj_browser import Tab
from tb_server import running_tensorboard


@pytest.fixture(scope="module")
def tab(browser, fixtures_logdir):
    blocked = lambda page: page.route("**/*.worker.js",  # noqa: E731
                                      lambda route: route.abort() if "compute" not in route.request.url
                                      else route.continue_())
    with running_tensorboard(fixtures_logdir) as base:
        t = Tab(browser, base, before_open=blocked)
        t.select("tsv_only")
        yield t
        t.close()


@pytest.mark.parametrize("method,label,script", [("tsne", "t-SNE", "tsne.worker.js"), ("umap", "UMAP", "umap.worker.js")])
def test_a_run_fails_with_a_message_when_its_worker_cannot_start(tab, method, label, script):
    tab.frame.select_option("[data-testid=method-select]", method)    # starts a run
    tab.frame.wait_for_function("m => __embproj.analysis[m].state === 'error'", arg=method, timeout=30000)
    text = tab.eval("m => document.querySelector(`[data-testid=${m}-status]`).textContent", method)
    assert text.startswith("Failed: %s worker failed" % label) and script in text, text
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.wait_ready()
