"""A logdir on S3 vs the same logdir on local disk, served by a real TensorBoard with our plugin.

The S3 side is moto's S3-API server on loopback (`moto_server`, from `pip install 'moto[server]'`), so
the network is a local socket: these figures are the cost of the S3 protocol and of TensorBoard's
file layer (a boto3 client per read, as it makes them), not of a WAN. A real bucket adds its
round-trip time to each request counted here.

1. Serving 100000x128 float32 from a TensorFlow checkpoint (CRC-checked on every read): time to the
   first byte of /tensor and to its last, after /runs and /info (median of --repeats), and the
   TensorBoard process's peak RSS (VmHWM) with each logdir, each in a fresh TensorBoard.
2. Listing a logdir of 200 runs (config + tensor TSV + labels + 3 event files each: 1,200 objects):
   requests the S3 server answered (from its own log) for discovery, for the first /runs (which reads
   every run's config once), for /runs again within the rescan interval, and for a rescan.

    python bench/bench_remote.py [--rows 100000 --dims 128 --repeats 5 --runs 200]
"""
import argparse
import contextlib
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, os.pardir, "tests"))
sys.path.insert(0, os.path.join(HERE, os.pardir))
from remote_fixtures import MotoServer, free_port, s3_env, s3_environment  # noqa: E402

from embproj_plugin.checkpoint import write_checkpoint  # noqa: E402
from results import report  # noqa: E402


@contextlib.contextmanager
def tensorboard(logdir, env):
    """A TensorBoard process on `logdir` (a path or a URL) with `env` added; yields (base URL, pid)."""
    port = free_port()
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen([sys.executable, "-m", "tensorboard.main", "--logdir", logdir, "--host", "127.0.0.1",
                                 "--port", str(port)], env=dict(os.environ, **env), stdout=log,
                                stderr=subprocess.STDOUT)
        base = "http://127.0.0.1:%d" % port
        try:
            deadline = time.time() + 90
            while True:
                try:
                    urllib.request.urlopen(base + "/data/plugins_listing", timeout=5).read()
                    break
                except OSError:
                    if proc.poll() is not None or time.time() > deadline:
                        log.seek(0)
                        raise RuntimeError("tensorboard did not start: %s" % log.read()[-2000:])
                    time.sleep(0.3)
            yield base, proc.pid
        finally:
            proc.terminate()
            proc.wait(20)


def fetch(url):
    with urllib.request.urlopen(url, timeout=600) as response:
        return response.read()


def timed_download(base, path):
    """(seconds to the first body byte, seconds to the last, bytes) of GET base+path."""
    parts = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=600)
    start = time.perf_counter()
    connection.request("GET", path)
    response = connection.getresponse()
    assert response.status == 200, (response.status, response.read()[:300])
    first = response.read(1)
    first_byte = time.perf_counter() - start
    size = len(first)
    while True:
        chunk = response.read(1 << 20)
        if not chunk:
            break
        size += len(chunk)
    total = time.perf_counter() - start
    connection.close()
    return first_byte, total, size


def peak_rss_mib(pid):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def serve(logdir, env, repeats, nbytes):
    with tensorboard(logdir, env) as (base, pid):
        fetch(base + "/data/plugin/embproj/runs")
        fetch(base + "/data/plugin/embproj/info?run=.")
        before = peak_rss_mib(pid)
        samples = []
        for _ in range(repeats):
            first, total, size = timed_download(base, "/data/plugin/embproj/tensor?run=.&name=emb")
            assert size == nbytes, size
            samples.append((first, total))
        return (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples),
                before, peak_rss_mib(pid))


def bench_serving(server, rows, dims, repeats):
    values = np.random.default_rng(0).standard_normal((rows, dims)).astype(np.float32)
    with tempfile.TemporaryDirectory() as local:
        write_checkpoint(os.path.join(local, "model.ckpt-1"), {"emb": values})
        bucket = server.new_bucket("bench")
        server.upload_tree(local, bucket, "logs")
        results = {}
        for name, logdir, env in (("local disk", local, {}),
                                  ("S3 (moto, loopback)", "s3://%s/logs" % bucket, s3_environment(server.endpoint))):
            results[name] = serve(logdir, env, repeats, values.nbytes)
    return results


def upload_runs(server, bucket, count):
    for i in range(count):
        run = "run_%03d" % i
        server.put(bucket, run + "/projector_config.pbtxt",
                   b'embeddings {\n  tensor_name: "pts"\n  tensor_path: "tensors.tsv"\n  metadata_path: "labels.tsv"\n}\n')
        server.put(bucket, run + "/tensors.tsv", b"%d\t1\t2\n3\t4\t5\n" % i)
        server.put(bucket, run + "/labels.tsv", b"a\nb\n")
        for j in range(3):
            server.put(bucket, "%s/events.out.tfevents.%d.host" % (run, j), b"x")


def _timed(action):
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def bench_listing(server, runs):
    from plugin_client import PluginClient  # pylint: disable=import-outside-toplevel

    bucket = server.new_bucket("many")
    upload_runs(server, bucket, runs)
    figures = {}
    with s3_env(server.endpoint):
        client = PluginClient("s3://%s" % bucket)
        catalog = client.plugin._catalog  # pylint: disable=protected-access
        catalog.rescan_seconds = 3600
        for label, action in (("discovery (one recursive listing)", catalog._locations_now),  # pylint: disable=protected-access
                              ("first /runs (reads each run's config once)", lambda: client.json("/runs")),
                              ("/runs again within the rescan interval", lambda: client.json("/runs")),
                              ("/runs after the rescan interval (nothing changed)", None)):
            if action is None:
                catalog._scanned_at = float("-inf")  # pylint: disable=protected-access
                action = lambda: client.json("/runs")  # noqa: E731
            (seconds, _), requests = server.requests_during(lambda action=action: _timed(action))
            lists = sum(1 for method, path, _ in requests if method == "GET" and "list-type=2" in path)
            figures[label] = (len(requests), lists, seconds)
    return figures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    server = MotoServer()
    try:
        serving = bench_serving(server, args.rows, args.dims, args.repeats)
        listing = bench_listing(server, args.runs)
    finally:
        server.stop()
    lines = ["%dx%d float32 from a TF checkpoint, /tensor after /runs + /info (median of %d):"
             % (args.rows, args.dims, args.repeats)]
    for name, (first, total, rss_before, rss_peak) in serving.items():
        lines.append("  %-20s first byte %.3f s, total %.3f s, TensorBoard RSS %.0f MiB before, peak %.0f MiB"
                     % (name, first, total, rss_before, rss_peak))
    lines.append("listing a logdir of %d runs (%d objects) on S3:" % (args.runs, args.runs * 6))
    for label, (count, lists, seconds) in listing.items():
        lines.append("  %-52s %4d requests (%d listing), %.2f s" % (label, count, lists, seconds))
    print("\n".join(lines))
    for name, (first, total, _, rss_peak) in serving.items():
        report("serve %dx%d from %s: first byte" % (args.rows, args.dims, name), first)
        report("serve %dx%d from %s: total" % (args.rows, args.dims, name), total)
        report("serve %dx%d from %s: TensorBoard peak RSS" % (args.rows, args.dims, name), rss_peak, unit="MiB")
    for label, (count, _, _) in listing.items():
        report("S3 logdir of %d runs, %s" % (args.runs, label), count, unit="requests")

if __name__ == "__main__":
    main()
