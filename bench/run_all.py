"""Run every benchmark and print one table: each figure beside TensorBoard's built-in projector's
where it has one, measured in the same run. Every figure is a median over repeats (see each script).

    python bench/run_all.py [--quick]

Takes about 35-40 minutes on a quiet 2-core machine (about 12 with --quick: fewer repeats, smaller
sizes). The node-only t-SNE/UMAP benchmarks (bench_tsne_node.mjs, bench_umap_node.mjs: CPU time per
phase, no built-in to compare with) run on their own.
Prints figures; asserts nothing. A benchmark that fails is listed as failed; the others still run.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
FRONTEND = os.path.join(HERE, os.pardir, "frontend")

# (what, command, quick command)
BENCHMARKS = [
    ("backend: serve a tensor", [sys.executable, "bench_serve_tensor.py"],
     [sys.executable, "bench_serve_tensor.py", "--repeats", "3"]),
    ("backend: checkpoint reader", [sys.executable, "bench_checkpoint.py"], [sys.executable, "bench_checkpoint.py"]),
    ("frontend: PCA frame and rotation in Chromium", [sys.executable, "bench_frontend.py"],
     [sys.executable, "bench_frontend.py", "--repeats", "1"]),
    ("browser: t-SNE, UMAP, neighbours vs the built-in", [sys.executable, "bench_browser_algorithms.py"],
     [sys.executable, "bench_browser_algorithms.py", "--sizes", "10k", "--repeats", "1"]),
]


def run(command):
    script = command[1]
    if not os.path.exists(os.path.join(HERE, script)):
        return None, "missing %s" % script
    result = subprocess.run(command, cwd=HERE, capture_output=True, text=True)
    rows = []
    for line in result.stdout.splitlines():
        if line.startswith("RESULT\t"):
            _, name, ours, builtin, unit, better = line.split("\t")
            rows.append((name, float(ours), float(builtin) if builtin else None, unit, better))
    if result.returncode != 0:
        return rows, "failed (exit %d): %s" % (result.returncode, result.stderr.strip().splitlines()[-1:] or "")
    return rows, ""


def ratio(ours, builtin, better):
    if builtin is None or not ours:
        return ""
    factor = builtin / ours if better == "lower" else ours / builtin
    return "%.2fx %s" % (factor, "better" if factor >= 1 else "worse")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    started = time.time()
    table, problems = [], []
    for what, full, quick in BENCHMARKS:
        t0 = time.time()
        print("running %s ..." % what, file=sys.stderr, flush=True)
        rows, problem = run(quick if args.quick else full)
        if problem:
            problems.append("%s: %s" % (what, problem))
        table += rows or []
        print("  %s in %.0f s" % (what, time.time() - t0), file=sys.stderr, flush=True)
    width = max([len(r[0]) for r in table] + [10])
    print("%-*s %14s %14s  %s" % (width, "figure (median)", "embproj", "built-in", "embproj vs built-in"))
    for name, ours, builtin, unit, better in table:
        print("%-*s %14s %14s  %s" % (width, name, "%.4g %s" % (ours, unit),
                                      "" if builtin is None else "%.4g %s" % (builtin, unit),
                                      ratio(ours, builtin, better)))
    for problem in problems:
        print("NOT MEASURED: " + problem)
    print("all benchmarks took %.0f s%s" % (time.time() - started, " (--quick)" if args.quick else ""))


if __name__ == "__main__":
    main()
