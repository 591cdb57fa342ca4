import os
import pathlib
import shutil

import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
SHARED_FIXTURES = REPO.parent / "shared" / "fixtures"
# Fixtures written by real TensorFlow / PyTorch (not by this project).
FIXTURE_NAMES = ["tf1_mnist", "tf2_words", "tsv_only", "multi_run", "torch_writer"]


def require_shared_fixtures():
    if not SHARED_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not beside the repository")
    return SHARED_FIXTURES


@pytest.fixture
def fixture_copy(tmp_path):
    """copy("tf2_words") → a writable copy of that shared fixture logdir."""

    def copy(name):
        source = require_shared_fixtures() / name
        target = tmp_path / name
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("_expected"))
        return target

    return copy


@pytest.fixture
def all_fixtures_logdir(tmp_path):
    """One logdir holding a copy of every shared fixture, each as a subfolder."""
    source = require_shared_fixtures()
    target = tmp_path / "logdir"
    target.mkdir()
    for name in FIXTURE_NAMES:
        shutil.copytree(source / name, target / name, ignore=shutil.ignore_patterns("_expected"))
    return target
