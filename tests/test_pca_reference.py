"""The frontend's PCA (frontend/src/compute/pca.ts) against numpy's eigh of the covariance.

The TypeScript is bundled on the fly with the frontend's own esbuild into a small node script
that reads float32 rows from a file and writes its result as JSON. Skipped (with the reason)
when node or frontend/node_modules is missing.
"""
import json
import subprocess

import numpy as np
import pytest
from node_bundle import bundle_runner, frontend_module

K = 10
TOLERANCE = 1e-4

# Reads <input> (n*d little-endian float32), runs pca() (on spherize()d rows when asked), prints JSON.
RUNNER_SOURCE = """
import { readFileSync } from 'node:fs';
import { pca, spherize } from %(pca)s;

const [path, n, d, k, mode] = process.argv.slice(2);
const bytes = readFileSync(path);
const raw = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
const data = mode === 'spherize' ? spherize(raw, Number(n), Number(d)) : raw;
const result = pca(data, Number(n), Number(d), Number(k));
process.stdout.write(JSON.stringify({
  components: Array.from(result.components),
  variance: Array.from(result.variance),
  varianceFraction: Array.from(result.varianceFraction),
  totalVariance: result.totalVariance,
  mean: Array.from(result.mean),
}));
"""


@pytest.fixture(scope="module")
def pca_runner(tmp_path_factory):
    """Path of the bundled node script that runs pca.ts."""
    return bundle_runner(tmp_path_factory, "run_pca", RUNNER_SOURCE % {"pca": frontend_module("compute", "pca.ts")}, "pca.ts with numpy")


def run_pca(runner, tmp_path, data, k=K, mode="plain"):
    n, d = data.shape
    path = tmp_path / f"data_{n}x{d}.f32"
    np.ascontiguousarray(data, dtype="<f4").tofile(path)
    completed = subprocess.run(
        ["node", str(runner), str(path), str(n), str(d), str(k), mode],
        check=True, capture_output=True, timeout=300,
    )
    result = json.loads(completed.stdout)
    count = min(k, d)
    result["components"] = np.array(result["components"]).reshape(count, d)
    for key in ("variance", "varianceFraction", "mean"):
        result[key] = np.array(result[key])
    return result


def numpy_reference(data, k=K):
    """Top-k eigenpairs of the sample covariance (n - 1), computed in float64 from the float32 rows."""
    x = data.astype(np.float64)
    centred = x - x.mean(axis=0)
    covariance = centred.T @ centred / max(len(x) - 1, 1)
    values, vectors = np.linalg.eigh(covariance)
    order = np.argsort(values)[::-1][: min(k, x.shape[1])]
    total = np.trace(covariance)
    return values[order], vectors[:, order].T, values[order] / total, total, x.mean(axis=0), values[::-1]


def clustered(rng, n, d, clusters):
    centres = rng.normal(0, 3, size=(clusters, d))
    return (centres[rng.integers(0, clusters, n)] + rng.normal(size=(n, d))).astype(np.float32)


def rank_deficient(rng, n, d, rank):
    basis = rng.normal(size=(rank, d))
    return (rng.normal(size=(n, rank)) * np.arange(rank, 0, -1) @ basis + 5).astype(np.float32)


def cases():
    rng = np.random.default_rng(20261125)
    return {
        "500x20 clustered": clustered(rng, 500, 20, 6),
        "2000x64 gaussian": (rng.normal(size=(2000, 64)) * np.linspace(3, 0.5, 64)).astype(np.float32),
        "300x300 d close to n": clustered(rng, 300, 300, 8),
        "400x50 rank 6": rank_deficient(rng, 400, 50, 6),
        "1000x768 clustered": clustered(rng, 1000, 768, 10),
        # eigenvalues only ~0.5% apart: the eigensolver must still separate the axes
        "3000x256 isotropic noise": rng.normal(size=(3000, 256)).astype(np.float32),
        "200x2": rng.normal(size=(200, 2)).astype(np.float32) * np.float32([4, 1]),
        "50x3 offset": (rng.normal(size=(50, 3)) + 1000).astype(np.float32),
    }


CASES = cases()


@pytest.mark.parametrize("name", list(CASES))
def test_pca_matches_numpy(pca_runner, tmp_path, name):
    data = CASES[name]
    ours = run_pca(pca_runner, tmp_path, data)
    values, vectors, fractions, total, mean, all_values = numpy_reference(data)

    assert np.allclose(ours["mean"], mean, rtol=1e-6, atol=1e-4)
    assert ours["totalVariance"] == pytest.approx(total, rel=1e-9)
    assert np.allclose(ours["varianceFraction"], fractions, atol=TOLERANCE)
    assert np.allclose(ours["variance"], np.maximum(values, 0), rtol=1e-6, atol=1e-9 * values[0])
    assert np.all(np.diff(ours["varianceFraction"]) <= 0)

    components = ours["components"]
    assert np.allclose(components @ components.T, np.eye(len(components)), atol=1e-6)
    # Signs: the largest-magnitude entry of each component is positive.
    rows = np.arange(len(components))
    assert np.all(components[rows, np.abs(components).argmax(axis=1)] > 0)

    # An eigenvector is defined up to sign, and only when its eigenvalue is not repeated
    # (e.g. the null space of the rank-6 case): compare the ones with a clear gap.
    gap_floor = 1e-6 * max(all_values[0], 1e-30)
    compared = 0
    for i, reference in enumerate(vectors):
        neighbours = [all_values[j] for j in (i - 1, i + 1) if 0 <= j < len(all_values)]
        if min(abs(values[i] - v) for v in neighbours) < gap_floor:
            continue
        sign = np.sign(components[i] @ reference)
        assert np.abs(components[i] - sign * reference).max() < TOLERANCE, f"component {i}"
        compared += 1
    assert compared >= min(6, len(vectors)), "too few components had a clear eigenvalue gap"


@pytest.mark.parametrize("name", ["500x20 clustered", "2000x64 gaussian"])
def test_spherized_pca_matches_numpy(pca_runner, tmp_path, name):
    """TensorBoard's spherize: centre on the column means, then unit L2 norm per row."""
    data = CASES[name]
    ours = run_pca(pca_runner, tmp_path, data, mode="spherize")
    centred = data.astype(np.float64) - data.astype(np.float64).mean(axis=0)
    sphere = (centred / np.linalg.norm(centred, axis=1, keepdims=True)).astype(np.float32)
    values, vectors, fractions, _, _, all_values = numpy_reference(sphere)
    assert np.allclose(ours["varianceFraction"], fractions, atol=TOLERANCE)
    gaps = np.minimum(np.abs(np.diff(all_values, prepend=np.inf)), np.abs(np.diff(all_values, append=-np.inf)))
    for i, reference in enumerate(vectors):
        if gaps[i] > 1e-6 * all_values[0]:
            sign = np.sign(ours["components"][i] @ reference)
            assert np.abs(ours["components"][i] - sign * reference).max() < TOLERANCE, f"component {i}"
