"""Where the shared fixture logdirs (written by real TensorFlow and PyTorch) are."""
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
SHARED_FIXTURES = REPO.parent / "shared" / "fixtures"
# Fixtures written by real TensorFlow / PyTorch (not by this project).
FIXTURE_NAMES = ["tf1_mnist", "tf2_words", "tsv_only", "multi_run", "torch_writer"]


def require_shared_fixtures():
    if not SHARED_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not beside the repository")
    return SHARED_FIXTURES
