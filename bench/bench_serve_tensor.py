"""Time to serve a 100000x128 tensor: ours from a TensorFlow checkpoint vs the built-in projector
from a raw float32 `tensor_path` (what it can read without TensorFlow), same values, same server.

Each repeat starts a fresh TensorBoard (cold caches on both sides) and times what a frontend does
first: /runs, /info, /tensor — once right after the server answers (both plugins are then still
loading in the background, which each starts when TensorBoard first lists plugins) and once after
`--settle` seconds (a user opening the tab after the page has loaded). Then the warm /tensor time
(median of 10). Prints medians; asserts nothing.

    python bench/bench_serve_tensor.py [--rows 100000 --dims 128 --repeats 5]
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
import urllib.request

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "tests"))
from tb_server import running_tensorboard  # noqa: E402

from embproj_plugin.checkpoint import write_checkpoint  # noqa: E402
from results import report  # noqa: E402


def make_logdir(root, rows, dims):
    values = np.random.default_rng(0).standard_normal((rows, dims)).astype(np.float32)
    values.tofile(os.path.join(root, "raw.bin"))
    write_checkpoint(os.path.join(root, "model.ckpt-1"), {"ckpt_emb": values})
    with open(os.path.join(root, "projector_config.pbtxt"), "w") as f:
        f.write('embeddings { tensor_name: "raw" tensor_path: "raw.bin" tensor_shape: %d tensor_shape: %d }\n'
                % (rows, dims))
    return values.nbytes


def fetch(url):
    with urllib.request.urlopen(url, timeout=600) as response:
        return response.read()


def first_load(base, plugin, name):
    start = time.perf_counter()
    fetch(base + "/data/plugin/%s/runs" % plugin)
    fetch(base + "/data/plugin/%s/info?run=." % plugin)
    body = fetch(base + "/data/plugin/%s/tensor?run=.&name=%s" % (plugin, name))
    return time.perf_counter() - start, body


def warm(base, plugin, name, times=10):
    url = base + "/data/plugin/%s/tensor?run=.&name=%s" % (plugin, name)
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        fetch(url)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--settle", type=float, default=2.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        nbytes = make_logdir(root, args.rows, args.dims)
        rows = {"first load, immediately": {}, "first load, after %gs" % args.settle: {},
                "/tensor again (median of 10)": {}}
        for _ in range(args.repeats):
            # Alternate who goes first: the machine is noisy.
            for who, plugin, name in (("embproj", "embproj", "ckpt_emb"), ("built-in", "projector", "raw")):
                for settle, label in ((0, "first load, immediately"), (args.settle, "first load, after %gs" % args.settle)):
                    with running_tensorboard(root) as base:
                        time.sleep(settle)
                        seconds, body = first_load(base, plugin, name)
                        assert len(body) == nbytes, (who, len(body))
                        rows[label].setdefault(who, []).append(seconds)
                        if settle:
                            rows["/tensor again (median of 10)"].setdefault(who, []).append(warm(base, plugin, name))
    print("serve %dx%d float32 (%.1f MB): /runs + /info + /tensor, medians of %d fresh servers"
          % (args.rows, args.dims, nbytes / 1e6, args.repeats))
    print("%-34s %10s %10s %16s" % ("", "embproj", "built-in", "built-in/embproj"))
    for label, samples in rows.items():
        ours, builtin = statistics.median(samples["embproj"]), statistics.median(samples["built-in"])
        print("%-34s %9.3fs %9.3fs %15.2fx" % (label, ours, builtin, builtin / ours))
        report("serve %dx%d: %s" % (args.rows, args.dims, label), ours, builtin, "s")
    print("embproj reads a TensorFlow checkpoint (CRC-checked); the built-in reads raw float32 (no TensorFlow).")


if __name__ == "__main__":
    main()
