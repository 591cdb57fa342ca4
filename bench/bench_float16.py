"""What a float16 download costs in accuracy: PCA and k-NN on float16-rounded data vs float32.

    python bench/bench_float16.py [--rows 100000 1000000] [--dims 128] [--queries 500]

Data: ROWS x DIMS float32, 50 Gaussian clusters of unequal spread (seeded). The tab's float16 download
rounds every value to the nearest half (numpy's '<f2', what the server sends); this prints, per size:
  * bytes sent, float32 vs float16;
  * PCA (mean-centred, exact, top 10): the largest change of a component's variance fraction, and of the
    PC1/PC2 coordinates as a fraction of their spread (median and 99th percentile);
  * k-NN: recall@15 of the exact neighbours found in the rounded data against those in the float32 data,
    euclidean and cosine, for QUERIES random rows (brute force).
  * with --download: the time to download the tensor from a real TensorBoard, float32 vs float16
    (median of 3, loopback: what a remote browser saves is the bytes).
Asserts nothing.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
import urllib.request

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, os.pardir, "tests"))
from results import report  # noqa: E402


def clustered(rows, dims, seed=1, clusters=50):
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, 4, (clusters, dims)).astype(np.float32)
    spread = rng.uniform(0.5, 2.0, clusters).astype(np.float32)
    label = rng.integers(0, clusters, rows)
    data = np.empty((rows, dims), np.float32)
    for start in range(0, rows, 100_000):  # bounded temporaries at 1M
        part = label[start:start + 100_000]
        data[start:start + len(part)] = centres[part] + rng.standard_normal((len(part), dims), np.float32) * spread[part, None]
    return data


def pca(data, k=10):
    mean = data.mean(axis=0, dtype=np.float64)
    scatter = np.zeros((data.shape[1], data.shape[1]))
    for start in range(0, len(data), 100_000):
        block = data[start:start + 100_000].astype(np.float64) - mean
        scatter += block.T @ block
    values, vectors = np.linalg.eigh(scatter)
    order = np.argsort(values)[::-1][:k]
    return mean, vectors[:, order], values[order] / values.sum()


def projection(data, mean, axes):
    return np.concatenate([(data[s:s + 100_000].astype(np.float64) - mean) @ axes for s in range(0, len(data), 100_000)])


def neighbours(data, queries, k, cosine):
    x = data.astype(np.float32)
    if cosine:
        x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    q = x[queries]
    best = []
    norms = (x * x).sum(axis=1)
    for start in range(0, len(q), 100):
        block = q[start:start + 100]
        d2 = norms[None, :] - 2 * block @ x.T
        d2[np.arange(len(block)), queries[start:start + 100]] = np.inf  # not itself
        best.append(np.argpartition(d2, k, axis=1)[:, :k])
    return np.concatenate(best)


def recall(found, truth):
    return float(np.mean([len(set(a) & set(b)) / len(b) for a, b in zip(found, truth)]))


def measure(rows, dims, queries):
    exact = clustered(rows, dims)
    rounded = exact.astype("<f2").astype(np.float32)
    print(f"\n{rows} x {dims}: float32 {exact.nbytes / 2**20:.0f} MiB, float16 {exact.nbytes / 2**21:.0f} MiB")
    mean32, axes32, fraction32 = pca(exact)
    mean16, axes16, fraction16 = pca(rounded)
    axes16 = axes16 * np.sign((axes16 * axes32).sum(axis=0))  # eigenvectors' signs are arbitrary
    print(f"  PCA variance fractions: largest change {np.abs(fraction32 - fraction16).max():.2e} "
          f"(PC1 {fraction32[0]:.4f} vs {fraction16[0]:.4f})")
    p32 = projection(exact, mean32, axes32[:, :2])
    p16 = projection(rounded, mean16, axes16[:, :2])
    relative = np.abs(p32 - p16) / p32.std(axis=0)
    print(f"  PC1/PC2 coordinates: change / spread median {np.median(relative):.2e}, "
          f"99th percentile {np.percentile(relative, 99):.2e}")
    picks = np.random.default_rng(2).choice(rows, queries, replace=False)
    for cosine in (False, True):
        truth = neighbours(exact, picks, 15, cosine)
        found = neighbours(rounded, picks, 15, cosine)
        metric = "cosine" if cosine else "euclidean"
        value = recall(found, truth)
        print(f"  k-NN recall@15 of float16 vs float32, {metric}: {value:.4f}")
        report(f"float16 download {rows}x{dims}: k-NN recall@15 {metric}", value, unit="", better="higher")


def download_times(data):
    from tb_server import running_tensorboard  # pylint: disable=import-outside-toplevel

    with tempfile.TemporaryDirectory() as logdir:
        data.tofile(os.path.join(logdir, "v.bin"))
        with open(os.path.join(logdir, "projector_config.pbtxt"), "w") as f:
            f.write('embeddings { tensor_name: "v" tensor_path: "v.bin" tensor_shape: %d tensor_shape: %d }' % data.shape)
        with running_tensorboard(logdir) as base:
            url = base + "/data/plugin/embproj/tensor?run=.&name=v"
            urllib.request.urlopen(url).read()  # the run is listed and validated once
            for encoding in ("float32", "float16"):
                times = []
                for _ in range(3):
                    start = time.perf_counter()
                    size = len(urllib.request.urlopen(url + "&encoding=" + encoding).read())
                    times.append(time.perf_counter() - start)
                print(f"  download {encoding}: {size / 2**20:.0f} MiB in {statistics.median(times):.2f} s (median of 3)")
                report(f"download {data.shape[0]}x{data.shape[1]} as {encoding}", statistics.median(times))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000])
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--download", action="store_true", help="also time downloads from a real TensorBoard")
    args = parser.parse_args()
    for rows in args.rows:
        measure(rows, args.dims, args.queries)
        if args.download:
            download_times(clustered(rows, args.dims))


if __name__ == "__main__":
    main()
