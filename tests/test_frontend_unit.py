"""The frontend's own unit tests (vitest, node) and type check, run from the one test command."""
import pathlib
import shutil
import subprocess

import pytest

FRONTEND = pathlib.Path(__file__).resolve().parents[1] / "frontend"


def npm(*args, timeout=600):
    if not (FRONTEND / "node_modules").is_dir() or shutil.which("npm") is None:
        pytest.fail("frontend/node_modules is missing: run `npm --prefix frontend ci` (bash .ci/install does)")
    return subprocess.run(["npm", "--prefix", str(FRONTEND), "run", *args], capture_output=True, text=True,
                          timeout=timeout)


def test_vitest_unit_tests_pass():
    result = npm("test", "--", "--reporter=dot")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert " passed" in result.stdout


def test_typescript_type_checks():
    result = npm("typecheck")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
