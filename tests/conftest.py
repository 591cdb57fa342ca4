import os
import shutil
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from shared_fixtures import FIXTURE_NAMES, SHARED_FIXTURES, require_shared_fixtures  # noqa: F401


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
