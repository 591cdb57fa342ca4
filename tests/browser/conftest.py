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
