"""Our t-SNE and UMAP against openTSNE and umap-learn on the same rows, in the same run, all cores.

    pip install openTSNE umap-learn      # bench-only references, never runtime dependencies
    python bench/bench_references.py [--rows 100000 --dims 128 --clusters 50] [--skip-tsne] [--skip-umap]
                                     [--variant LABEL=DIR ...]

Data: ROWS x DIMS float32, --clusters Gaussian clusters (centres N(0, 3^2), unit noise; the node benches'
clustered data, written once to a raw file both sides read). Ours: the page's path in node
(bench_tsne_node.mjs / bench_umap_node.mjs --data=file:PATH --workers=2: the k-NN graph from two compute
workers, then the layout), wall time to the end. t-SNE: 1,000 iterations on both sides (250 exaggerated,
perplexity 30, PCA start, the convergence check off); openTSNE with n_jobs = the cores, FFT gradients.
UMAP: umap-learn with n_jobs = the cores and its defaults (its numba kernels compiled on a small fit first, not
timed), ours with its defaults (n_neighbors 15).
Quality as the node benches print it: 10-NN preservation and trustworthiness(k=10) of the layout against
the rows, both among the first 3,000 rows. --variant LABEL=DIR (repeatable) also runs ours from DIR, a copy of
frontend/src with something changed (e.g. the graph rule), against the same references in the same run.
Prints figures and ratios; asserts nothing.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
QUALITY_ROWS = 3000


def clustered(rows, dims, clusters, seed=7):
    rng = np.random.default_rng(seed)
    centres = 3 * rng.standard_normal((clusters, dims))
    return (centres[np.arange(rows) % clusters] + rng.standard_normal((rows, dims))).astype(np.float32)


def quality(data, layout, k=10):
    """10-NN preservation and trustworthiness among the first QUALITY_ROWS rows (as layout-quality.ts)."""
    from sklearn.manifold import trustworthiness
    from sklearn.neighbors import NearestNeighbors
    x, y = data[:QUALITY_ROWS].astype(np.float64), layout[:QUALITY_ROWS].astype(np.float64)
    nx = NearestNeighbors(n_neighbors=k + 1).fit(x).kneighbors(x, return_distance=False)[:, 1:]
    ny = NearestNeighbors(n_neighbors=k + 1).fit(y).kneighbors(y, return_distance=False)[:, 1:]
    kept = np.mean([len(set(a) & set(b)) / k for a, b in zip(nx, ny)])
    return kept, trustworthiness(x, y, n_neighbors=k)


def run_node(script, shape, path, extra, src=None):
    cmd = ["node", "--max-old-space-size=12000", os.path.join(HERE, script), shape, "--data=file:" + path,
           "--workers=2", "--quality"] + extra + (["--src=" + src] if src else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return out


def number(pattern, text):
    m = re.search(pattern, text)
    return float(m.group(1)) if m else float("nan")


def print_quality(label, out, reference, ref_q):
    """Our layout's quality (as the node bench printed it) beside the reference's (preservation, trustworthiness)."""
    ours_q = (number(r"10-NN preservation ([0-9.]+)", out), number(r"trustworthiness\(k=10\) ([0-9.]+)", out))
    print("  10-NN preservation %s %.4f, %s %.4f (%.2fx); trustworthiness %.4f / %.4f"
          % (label, ours_q[0], reference, ref_q[0], ours_q[0] / ref_q[0], ours_q[1], ref_q[1]), flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--clusters", type=int, default=50)
    ap.add_argument("--skip-tsne", action="store_true")
    ap.add_argument("--skip-umap", action="store_true")
    ap.add_argument("--variant", action="append", default=[], metavar="LABEL=DIR",
                    help="also run ours from DIR (a copy of frontend/src), labelled LABEL")
    a = ap.parse_args()
    variants = [("ours", None)] + [tuple(v.split("=", 1)) for v in a.variant]
    cores = os.cpu_count() or 1
    data = clustered(a.rows, a.dims, a.clusters)
    shape = "%dx%d" % (a.rows, a.dims)
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "rows.f32")
        data.tofile(path)
        print("%s float32, %d clusters, %d cores, load average %.1f" % (shape, a.clusters, cores, os.getloadavg()[0]),
              flush=True)
        if not a.skip_tsne:
            from openTSNE import TSNE
            t0 = time.perf_counter()
            ref = np.asarray(TSNE(perplexity=30, n_iter=750, early_exaggeration_iter=250, initialization="pca",
                                  negative_gradient_method="fft", n_jobs=cores, random_state=1).fit(data))
            ref_s = time.perf_counter() - t0
            ref_q = quality(data, ref)
            for label, src in variants:
                out = run_node("bench_tsne_node.mjs", shape, path, ["--no-convergence"], src)
                ours_s = number(r"to iteration 1000[^:]*: ([0-9.]+) s wall", out)
                graph_s = number(r"k-NN graph[^:]*:\s*([0-9.]+) s wall", out)
                print("t-SNE to 1,000 iterations: %s %.1f s (graph %.1f s), openTSNE %.1f s: %s / openTSNE = %.2fx"
                      % (label, ours_s, graph_s, ref_s, label, ours_s / ref_s))
                print_quality(label, out, "openTSNE", ref_q)
        if not a.skip_umap:
            import umap
            umap.UMAP(n_jobs=cores).fit_transform(data[:2000])   # numba compiles its kernels once: not timed
            t0 = time.perf_counter()
            ref = umap.UMAP(n_jobs=cores).fit_transform(data)
            ref_s = time.perf_counter() - t0
            ref_q = quality(data, ref)
            for label, src in variants:
                out = run_node("bench_umap_node.mjs", shape, path, [], src)
                ours_s = number(r"total ([0-9.]+) s", out)
                graph_s = number(r"knn ([0-9.]+) s", out)
                print("UMAP to done: %s %.1f s (graph %.1f s), umap-learn %.1f s (compiled beforehand): %s / umap-learn = %.2fx"
                      % (label, ours_s, graph_s, ref_s, label, ours_s / ref_s))
                print_quality(label, out, "umap-learn", ref_q)


if __name__ == "__main__":
    sys.exit(main())
