"""The t-SNE and UMAP panels when their worker cannot start: the run fails with a message that names
the worker, instead of waiting forever (a module worker that does not load only fires 'error')."""
import pytest



@pytest.fixture(scope="module")
def tab(open_tab, fixtures_logdir):
    blocked = lambda page: page.route("**/*.worker.js",  # noqa: E731
                                      lambda route: route.abort() if "compute" not in route.request.url
                                      else route.continue_())
    t = open_tab(fixtures_logdir, ready=False, check_errors=False, before_open=blocked)
    t.select("tsv_only")
    return t


@pytest.mark.parametrize("method,label,script", [("tsne", "t-SNE", "tsne.worker.js"), ("umap", "UMAP", "umap.worker.js")])
def test_a_run_fails_with_a_message_when_its_worker_cannot_start(tab, method, label, script):
    tab.frame.select_option("[data-testid=method-select]", method)    # starts a run
    tab.frame.wait_for_function("m => __embproj.analysis[m].state === 'error'", arg=method, timeout=30000)
    text = tab.eval("m => document.querySelector(`[data-testid=${m}-status]`).textContent", method)
    assert text.startswith("Failed: %s worker failed" % label) and script in text, text
    tab.frame.select_option("[data-testid=method-select]", "pca")
    tab.wait_ready()
