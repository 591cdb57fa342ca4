"""The frontend's t-SNE (frontend/src/compute/tsne/) against openTSNE and scikit-learn.

The TypeScript is bundled on the fly with the frontend's own esbuild into a node script that
reads float32 rows, runs TSNE for the given options and writes the layout (float32) and its
final KL estimate. Layout quality is compared on the same numpy data by
sklearn.manifold.trustworthiness and 10-NN preservation: ours must come within a small margin
of the reference (openTSNE when installed, else scikit-learn's Barnes-Hut TSNE).
openTSNE is only a test-time reference (`pip install openTSNE`), never a project dependency.
Skipped (with the reason) when node or frontend/node_modules is missing.
"""
import json
import subprocess

import numpy as np
import pytest
from sklearn.manifold import TSNE as SklearnTSNE
from sklearn.manifold import trustworthiness
from sklearn.neighbors import NearestNeighbors
from node_bundle import bundle_runner, frontend_module


# Margins below the reference's figures (measured: ours is within +-0.003 trustworthiness and
# +-0.01 preservation of openTSNE on these data).
TRUST_MARGIN = 0.01
PRESERVATION_MARGIN = 0.03

RUNNER_SOURCE = """
import { readFileSync, writeFileSync } from 'node:fs';
import { TSNE } from %(tsne)s;

const [input, output, n, d, optionsJson] = process.argv.slice(2);
const bytes = readFileSync(input);
const data = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
const options = JSON.parse(optionsJson);
if (options.supervise) options.supervise.labels = Int32Array.from(options.supervise.labels);
const tsne = new TSNE(options);
tsne.init(data, Number(n), Number(d));
let last = tsne.step(0);
while (!last.done) last = tsne.step(50);
const coordinates = tsne.coordinates();
writeFileSync(output, Buffer.from(coordinates.buffer, coordinates.byteOffset, coordinates.byteLength));
process.stdout.write(JSON.stringify({ iteration: last.iteration, kl: tsne.lastKl ?? null }));
"""


@pytest.fixture(scope="module")
def tsne_runner(tmp_path_factory):
    return bundle_runner(tmp_path_factory, "run_tsne", RUNNER_SOURCE % {"tsne": frontend_module("compute", "tsne", "tsne.ts")}, "tsne.ts with openTSNE")


def run_ours(runner, tmp_path, data, **options):
    n, d = data.shape
    source = tmp_path / "data.f32"
    target = tmp_path / "layout.f32"
    np.ascontiguousarray(data, dtype="<f4").tofile(source)
    settings = {"dim": 2, "perplexity": 30, "seed": 1, "maxIterations": 750, **options}
    completed = subprocess.run(
        ["node", str(runner), str(source), str(target), str(n), str(d), json.dumps(settings)],
        check=True, capture_output=True, timeout=600,
    )
    info = json.loads(completed.stdout)
    return np.fromfile(target, dtype="<f4").reshape(n, settings["dim"]), info


def reference_layout(data, dim=2, seed=1):
    """openTSNE (750 iterations: 250 exaggerated + 500) if installed, else sklearn's TSNE."""
    try:
        import openTSNE
    except ImportError:
        return SklearnTSNE(n_components=dim, perplexity=30, init="pca", random_state=seed).fit_transform(data), "sklearn"
    embedding = openTSNE.TSNE(
        n_components=dim, perplexity=30, random_state=seed, n_jobs=1,
        negative_gradient_method="bh" if dim == 3 else "fft",
    ).fit(data)
    return np.asarray(embedding), "openTSNE"


def preservation(data, layout, k=10):
    high = NearestNeighbors(n_neighbors=k + 1).fit(data).kneighbors(data, return_distance=False)[:, 1:]
    low = NearestNeighbors(n_neighbors=k + 1).fit(layout).kneighbors(layout, return_distance=False)[:, 1:]
    return float(np.mean([len(set(a) & set(b)) / k for a, b in zip(high, low)]))


def clustered(rng, n, d, clusters, spread=3.0):
    centres = rng.normal(0, spread, size=(clusters, d))
    labels = rng.integers(0, clusters, n)
    return (centres[labels] + rng.normal(size=(n, d))).astype(np.float32), labels


RNG = np.random.default_rng(20261125)
CASES = {
    "5 clusters 500x20": clustered(RNG, 500, 20, 5)[0],
    "10 clusters 1500x64": clustered(RNG, 1500, 64, 10)[0],
    # overlapping clusters: the layout has to keep local structure, not just separate blobs
    "8 close clusters 1200x32": clustered(RNG, 1200, 32, 8, spread=0.7)[0],
}


@pytest.mark.parametrize("name", list(CASES))
def test_layout_quality_matches_reference(tsne_runner, tmp_path, name):
    data = CASES[name]
    ours, info = run_ours(tsne_runner, tmp_path, data)
    assert np.all(np.isfinite(ours))
    reference, which = reference_layout(data)
    ours_trust, ref_trust = trustworthiness(data, ours, n_neighbors=10), trustworthiness(data, reference, n_neighbors=10)
    ours_keep, ref_keep = preservation(data, ours), preservation(data, reference)
    print(f"{name}: ours T={ours_trust:.4f} kNN={ours_keep:.4f} KL={info['kl']}; "
          f"{which} T={ref_trust:.4f} kNN={ref_keep:.4f}")
    assert ours_trust >= ref_trust - TRUST_MARGIN
    assert ours_keep >= ref_keep - PRESERVATION_MARGIN


def test_3d_layout_quality_matches_reference(tsne_runner, tmp_path):
    data = CASES["5 clusters 500x20"]
    ours, _ = run_ours(tsne_runner, tmp_path, data, dim=3)
    reference, which = reference_layout(data, dim=3)
    ours_trust, ref_trust = trustworthiness(data, ours, n_neighbors=10), trustworthiness(data, reference, n_neighbors=10)
    print(f"3-D: ours T={ours_trust:.4f} kNN={preservation(data, ours):.4f}; "
          f"{which} T={ref_trust:.4f} kNN={preservation(data, reference):.4f}")
    assert ours_trust >= ref_trust - TRUST_MARGIN
    assert preservation(data, ours) >= preservation(data, reference) - PRESERVATION_MARGIN


def test_kl_divergence_close_to_opentsne(tsne_runner, tmp_path):
    openTSNE = pytest.importorskip("openTSNE", reason="openTSNE is the KL reference (pip install openTSNE)")
    data = CASES["10 clusters 1500x64"]
    _, info = run_ours(tsne_runner, tmp_path, data)
    reference = openTSNE.TSNE(perplexity=30, random_state=1, n_jobs=1, negative_gradient_method="bh").fit(data)
    print(f"KL: ours {info['kl']:.4f}, openTSNE {reference.kl_divergence:.4f}")
    assert info["iteration"] == 750
    assert info["kl"] <= reference.kl_divergence * 1.05  # measured: within 1%


def test_same_seed_same_layout_and_random_init(tsne_runner, tmp_path):
    data = CASES["5 clusters 500x20"]
    a, _ = run_ours(tsne_runner, tmp_path, data, initialization="random", seed=4, maxIterations=300)
    b, _ = run_ours(tsne_runner, tmp_path, data, initialization="random", seed=4, maxIterations=300)
    c, _ = run_ours(tsne_runner, tmp_path, data, initialization="random", seed=5, maxIterations=300)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
