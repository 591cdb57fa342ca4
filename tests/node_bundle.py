"""Bundle a small TypeScript runner with the frontend's esbuild and run it in node: how the Python
reference tests (numpy, scikit-learn, openTSNE, umap-learn) call the frontend's compute code."""
import json
import pathlib
import shutil
import subprocess

import pytest

FRONTEND = pathlib.Path(__file__).resolve().parents[1] / "frontend"
ESBUILD = FRONTEND / "node_modules" / ".bin" / "esbuild"


def frontend_module(*parts):
    """A JSON-quoted import path of a module under frontend/src, for a runner's source."""
    return json.dumps(str(FRONTEND.joinpath("src", *parts)))


_wat_compiled = False


def _compile_wat_once():
    """Regenerates src/compute/wasm/*.wasm.ts from the .wat sources (npm ci does it too, but a .wat
    edited since would otherwise be bundled as its old bytes)."""
    global _wat_compiled
    if not _wat_compiled:
        subprocess.run(["node", "compile-wat.mjs"], check=True, cwd=FRONTEND, timeout=120)
        _wat_compiled = True


def bundle_runner(tmp_path_factory, name, source, what):
    """Writes `source` as <name>.ts, bundles it for node and returns the .mjs path; skips (saying
    what could not be compared) when node or frontend/node_modules is absent."""
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    if not ESBUILD.exists():
        pytest.skip("frontend/node_modules is absent: run `npm ci` in frontend/ to compare %s" % what)
    _compile_wat_once()
    work = tmp_path_factory.mktemp(name)
    entry = work / (name + ".ts")
    entry.write_text(source)
    bundle = work / (name + ".mjs")
    subprocess.run([str(ESBUILD), str(entry), "--bundle", "--platform=node", "--format=esm", "--log-level=warning",
                    f"--outfile={bundle}"], check=True, cwd=FRONTEND, timeout=120)
    return bundle
