import contextlib
import os
import shutil
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pathlib  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
SHARED_FIXTURES = REPO.parent / "shared" / "fixtures"
FIXTURE_NAMES = ["tf1_mnist", "tf2_words", "tsv_only", "multi_run", "torch_writer"]

from embproj_browser import CHROMIUM  # noqa: E402


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("no Chromium at %s (set EMBPROJ_CHROMIUM to a Chrome or Chromium binary)" % CHROMIUM)
    playwright = pytest.importorskip("playwright.sync_api")
    from embproj_browser import ARGS
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def fixtures_logdir(tmp_path_factory):
    """A writable copy of every shared fixture under one logdir."""
    if not SHARED_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not beside the repository")
    target = tmp_path_factory.mktemp("browser") / "logdir"
    target.mkdir()
    for name in FIXTURE_NAMES:
        shutil.copytree(SHARED_FIXTURES / name, target / name, ignore=shutil.ignore_patterns("_expected"))
    return target


@pytest.fixture(scope="module")
def open_tab(browser):
    """The one way a module opens the tab: open_tab(logdir, *tensorboard_args, ready=True,
    check_errors=True, **Tab_options) returns a Tab in a new page (tab.base is its TensorBoard's URL).
    The first call for a logdir and those arguments starts a TensorBoard; later calls open more pages on
    it (a fresh page, a copied link with url=...); open_tab.server(logdir, *tensorboard_args) is that
    TensorBoard's URL without opening a page. At the end of the module every page is checked for
    errors (unless check_errors=False, for pages that meet failures on purpose), closed (tab.close()
    before that is fine), and the TensorBoards stopped."""
    from embproj_browser import Tab
    from tb_server import running_tensorboard

    with contextlib.ExitStack() as stack:
        servers = {}

        def server(logdir, *tensorboard_args):
            key = (str(logdir),) + tensorboard_args
            if key not in servers:
                servers[key] = stack.enter_context(running_tensorboard(logdir, *tensorboard_args))
            return servers[key]

        def open_(logdir, *tensorboard_args, ready=True, check_errors=True, **tab_options):
            tab = Tab(browser, server(logdir, *tensorboard_args), **tab_options)
            stack.callback(tab.close)
            if check_errors:
                stack.callback(lambda: _assert_no_page_errors(tab))  # runs before close (last in, first out)
            if ready:
                tab.wait_ready()
            return tab

        open_.server = server
        yield open_


def _assert_no_page_errors(tab):
    assert not tab.errors, tab.errors
