"""The frontend's k nearest neighbours (frontend/src/compute/knn.ts: the graph; row-query.ts: one
row's list, as the neighbour panel asks the compute workers) against scikit-learn's exact
NearestNeighbors, for euclidean and cosine distances on rows of very different norms.

The TypeScript is bundled on the fly with the frontend's own esbuild into a node script that
reads float32 rows and writes indices (int32) and distances (float32). Skipped (with the
reason) when node or frontend/node_modules is missing.
"""
import subprocess

import numpy as np
import pytest
from sklearn.neighbors import NearestNeighbors
from node_bundle import bundle_runner, frontend_module


RUNNER_SOURCE = """
import { readFileSync, writeFileSync } from 'node:fs';
import { knn } from %(knn)s;
import { RowScanner } from %(rows)s;

const [input, output, n, d, k, metric, mode] = process.argv.slice(2);
const bytes = readFileSync(input);
const data = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
let indices, distances;
if (mode === 'one') {
  const scanner = RowScanner.store(data.slice(), Number(n), Number(d));
  const found = scanner.nearest({ vector: data.slice(0, Number(d)), k: Number(k), metric, centre: null, exclude: 0 });
  indices = found.indices;
  distances = Float32Array.from(found.distances);
} else {
  ({ indices, distances } = knn(data, Number(n), Number(d), Number(k), { metric, seed: 1, exact: mode === 'exact' }));
}
writeFileSync(output + '.i32', Buffer.from(indices.buffer, indices.byteOffset, indices.byteLength));
writeFileSync(output + '.f32', Buffer.from(distances.buffer, distances.byteOffset, distances.byteLength));
"""


@pytest.fixture(scope="module")
def knn_runner(tmp_path_factory):
    return bundle_runner(tmp_path_factory, "run_knn", RUNNER_SOURCE % {"knn": frontend_module("compute", "knn.ts"),
                                                                    "rows": frontend_module("compute", "row-query.ts")}, "knn.ts with scikit-learn")


def run_ours(runner, tmp_path, data, k, metric, mode):
    n, d = data.shape
    source = tmp_path / "data.f32"
    target = tmp_path / "result"
    np.ascontiguousarray(data, dtype="<f4").tofile(source)
    subprocess.run(
        ["node", str(runner), str(source), str(target), str(n), str(d), str(k), metric, mode],
        check=True, capture_output=True, timeout=600,
    )
    rows = 1 if mode == "one" else n
    indices = np.fromfile(str(target) + ".i32", dtype="<i4").reshape(rows, -1)
    distances = np.fromfile(str(target) + ".f32", dtype="<f4").reshape(rows, -1)
    return indices, distances


def uneven_norms(rng, n, d, clusters=6):
    centres = rng.normal(0, 3, size=(clusters, d))
    rows = centres[rng.integers(0, clusters, n)] + rng.normal(size=(n, d))
    return (rows * 10.0 ** rng.uniform(-2, 2, size=(n, 1))).astype(np.float32)


def sklearn_neighbors(data, k, metric):
    model = NearestNeighbors(n_neighbors=k + 1, metric=metric, algorithm="brute").fit(data.astype(np.float64))
    distances, indices = model.kneighbors(data.astype(np.float64))
    return indices[:, 1:], distances[:, 1:]


@pytest.mark.parametrize("metric", ["euclidean", "cosine"])
def test_exact_matches_sklearn(knn_runner, tmp_path, metric):
    data = uneven_norms(np.random.default_rng(3), 800, 24)
    ours_i, ours_d = run_ours(knn_runner, tmp_path, data, 15, metric, "exact")
    ref_i, ref_d = sklearn_neighbors(data, 15, metric)
    scale = np.maximum(ref_d, 1e-3) if metric == "euclidean" else 1.0
    assert np.max(np.abs(ours_d - ref_d) / scale) < 1e-4
    # Same neighbour sets wherever distances are not tied.
    agreement = np.mean([len(set(a) & set(b)) / 15 for a, b in zip(ours_i, ref_i)])
    assert agreement > 0.999


@pytest.mark.parametrize("metric", ["euclidean", "cosine"])
def test_approximate_recall_at_10000(knn_runner, tmp_path, metric):
    data = uneven_norms(np.random.default_rng(5), 10_000, 48, clusters=12)
    ours_i, ours_d = run_ours(knn_runner, tmp_path, data, 15, metric, "approximate")
    ref_i, _ = sklearn_neighbors(data, 15, metric)
    recall = np.mean([len(set(a) & set(b)) / 15 for a, b in zip(ours_i, ref_i)])
    print(f"{metric}: recall {recall:.4f}")
    # Measured: euclidean 0.9999, cosine 0.985.
    assert recall >= 0.97
    assert np.all(np.diff(ours_d, axis=1) >= 0)


@pytest.mark.parametrize("metric", ["euclidean", "cosine"])
def test_neighbors_of_one_point(knn_runner, tmp_path, metric):
    data = uneven_norms(np.random.default_rng(7), 3000, 40)
    ours_i, ours_d = run_ours(knn_runner, tmp_path, data, 1000, metric, "one")
    model = NearestNeighbors(n_neighbors=1001, metric=metric, algorithm="brute").fit(data.astype(np.float64))
    distances, indices = model.kneighbors(data[:1].astype(np.float64))
    assert ours_i.shape == (1, 1000)
    assert np.allclose(ours_d[0], distances[0, 1:], rtol=1e-4, atol=1e-5)
    assert len(set(ours_i[0]) & set(indices[0, 1:])) >= 999
