"""Many clients at once against ONE TensorBoard: our routes vs the built-in projector's, same data.

The logdir holds a 100000x128 float32 tensor as a raw `tensor_path` + `tensor_shape` (which the
built-in reads without TensorFlow) and a two-column metadata file. `--clients` threads loop over
/tensor, /metadata and /info of one plugin for a phase, then of the other: phases alternate (ours
first, then the built-in, ...) for `--seconds` in all, since a shared machine's load drifts. Prints
requests/s, errors and median latency per route for each, the ratios ours/built-in, and the server's
RSS (VmRSS sampled from /proc while serving, VmHWM at the end). Loopback only; asserts nothing.

    python bench/bench_concurrent_clients.py [--seconds 60 --clients 50 --phase 10]

`--rss-1m` instead writes a 1,000,000x128 float32 raw tensor (512 MB, under /tmp, deleted after),
starts TensorBoard, downloads our /tensor 3 times one after another and 4 at once, and prints the
server's peak RSS (VmHWM) minus its RSS before the downloads, against the tensor's size (target:
peak <= tensor + 200 MB). `--builtin-too` measures the built-in the same way in a second server.
"""
import argparse
import collections
import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from results import report  # noqa: E402

PLUGINS = {"embproj": "embproj", "built-in": "projector"}  # who -> route prefix under /data/plugin/
ROUTES = ("tensor", "metadata", "info")
TENSOR_NAME = "raw"
REQUEST_TIMEOUT = 300
MB = 1e6


# -- the logdir and the server -----------------------------------------------------------------

def make_logdir(root, rows, dims, metadata=True):
    """Writes the raw tensor (in row blocks: no full copy in memory) and the config; returns sizes."""
    rng = np.random.default_rng(0)
    with open(os.path.join(root, "raw.bin"), "wb") as f:
        for start in range(0, rows, 65536):
            rng.standard_normal((min(65536, rows - start), dims), dtype=np.float32).tofile(f)
    config = 'embeddings { tensor_name: "%s" tensor_path: "raw.bin" tensor_shape: %d tensor_shape: %d%s }\n' % (
        TENSOR_NAME, rows, dims, ' metadata_path: "metadata.tsv"' if metadata else "")
    with open(os.path.join(root, "projector_config.pbtxt"), "w") as f:
        f.write(config)
    sizes = {"tensor": rows * dims * 4}
    if metadata:
        with open(os.path.join(root, "metadata.tsv"), "w") as f:
            f.write("label\tcluster\n")
            f.writelines("point %d\t%d\n" % (i, i % 10) for i in range(rows))
        sizes["metadata"] = os.path.getsize(os.path.join(root, "metadata.tsv"))
    return sizes


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def tensorboard(logdir, timeout=120):
    """Yields (base URL, pid) of a TensorBoard on loopback serving `logdir`; stops it after."""
    port = _free_port()
    log = tempfile.TemporaryFile()
    process = subprocess.Popen([sys.executable, "-m", "tensorboard.main", "--logdir", logdir, "--host",
                                "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    base = "http://127.0.0.1:%d" % port
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise RuntimeError("tensorboard exited: %s" % log.read().decode(errors="replace")[-2000:])
            try:
                # Not /data/plugins_listing: that starts our plugin's background scan, which would
                # read the tensor before --rss-1m has measured the idle server.
                urllib.request.urlopen(base + "/", timeout=5).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("tensorboard did not answer within %d s" % timeout)
                time.sleep(0.3)
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def status_kb(pid, field):
    """VmRSS / VmHWM of a process, in kB (read from /proc: psutil is not needed)."""
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


def reset_peak_rss(pid):
    """Linux: writing 5 to clear_refs resets VmHWM to the current RSS (our own child: allowed)."""
    with open("/proc/%d/clear_refs" % pid, "w") as f:
        f.write("5")


class RssSampler:
    """Samples a process's VmRSS every `interval` seconds while a phase runs."""

    def __init__(self, pid, interval=0.2):
        self.pid, self.interval = pid, interval
        self.samples_kb = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            self.samples_kb.append(status_kb(self.pid, "VmRSS"))
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self._stop.set()
        self._thread.join()


# -- clients ---------------------------------------------------------------------------------------

Record = collections.namedtuple("Record", "who route seconds error")


def url_of(base, who, route):
    query = "run=." if route == "info" else "run=.&name=%s" % TENSOR_NAME
    return "%s/data/plugin/%s/%s?%s" % (base, PLUGINS[who], route, query)


def get(url, expected_size=None):
    """Downloads `url` in 1 MiB reads (a client never holds a whole tensor); returns an error or ""."""
    try:
        with urllib.request.urlopen(url, timeout=REQUEST_TIMEOUT) as response:
            size, buffer = 0, bytearray(1 << 20)
            body = bytearray() if expected_size is None else None
            while True:
                n = response.readinto(buffer)
                if not n:
                    break
                size += n
                if body is not None:
                    body += buffer[:n]
    except urllib.error.HTTPError as e:
        return "HTTP %d" % e.code
    except (OSError, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)
    if expected_size is not None and size != expected_size:
        return "size %d, expected %d" % (size, expected_size)
    if body is not None:
        try:
            json.loads(bytes(body))
        except ValueError:
            return "not JSON"
    return ""


def client_loop(base, who, sizes, deadline, records, offset):
    """One client: /tensor, /metadata, /info in turn (starting at `offset`) until the deadline."""
    step = offset
    while time.monotonic() < deadline:
        route = ROUTES[step % len(ROUTES)]
        step += 1
        start = time.perf_counter()
        error = get(url_of(base, who, route), sizes.get(route))
        records.append(Record(who, route, time.perf_counter() - start, error))


def run_phase(base, who, clients, seconds, sizes):
    """`clients` threads for `seconds` (in-flight requests finish); returns (records, wall seconds)."""
    records = []
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=client_loop, args=(base, who, sizes, deadline, records, i))
               for i in range(clients)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return records, time.monotonic() - start


# -- mode 1: concurrent clients ------------------------------------------------------------------

def summarize(records, wall):
    ok = [r for r in records if not r.error]
    summary = {"requests/s": len(ok) / wall if wall else 0.0, "errors": len(records) - len(ok),
               "error kinds": collections.Counter(r.error for r in records if r.error)}
    for route in ROUTES:
        times = [r.seconds for r in ok if r.route == route]
        summary[route] = (len(times), statistics.median(times) if times else float("nan"))
    return summary


def concurrent_main(args):
    with tempfile.TemporaryDirectory(prefix="embproj-bench-") as root:
        sizes = make_logdir(root, args.rows, args.dims)
        with tensorboard(root) as (base, pid):
            for who in PLUGINS:  # load both once: the phases measure serving, not first reads
                for route in ROUTES:
                    error = get(url_of(base, who, route), sizes.get(route))
                    if error:
                        raise SystemExit("%s /%s fails before the run: %s" % (who, route, error))
            rss_before = status_kb(pid, "VmRSS")
            records = {who: [] for who in PLUGINS}
            wall = {who: 0.0 for who in PLUGINS}
            rss = {who: [] for who in PLUGINS}
            phases = max(2, round(args.seconds / args.phase))
            for phase in range(phases):
                who = list(PLUGINS)[phase % 2]
                with RssSampler(pid) as sampler:
                    phase_records, phase_wall = run_phase(base, who, args.clients, args.seconds / phases, sizes)
                records[who] += phase_records
                wall[who] += phase_wall
                rss[who] += sampler.samples_kb
                print("  phase %d: %-8s %5d requests in %5.1f s" % (phase + 1, who, len(phase_records), phase_wall),
                      flush=True)
            peak = status_kb(pid, "VmHWM")
    print_concurrent(args, sizes, {who: summarize(records[who], wall[who]) for who in PLUGINS}, rss, rss_before, peak)


def print_concurrent(args, sizes, summary, rss, rss_before, peak_kb):
    ours, builtin = summary["embproj"], summary["built-in"]
    print("\n%d clients, %g s in %d-s phases alternating ours / built-in, one TensorBoard; tensor %dx%d float32 "
          "(%.1f MB, raw tensor_path), metadata %.1f MB" % (args.clients, args.seconds, args.phase, args.rows,
                                                           args.dims, sizes["tensor"] / MB, sizes["metadata"] / MB))
    print("%-26s %14s %14s %12s" % ("", "embproj", "built-in", "ours/built-in"))
    print("%-26s %14.2f %14.2f %11.2fx" % ("requests/s (all routes)", ours["requests/s"], builtin["requests/s"],
                                           ours["requests/s"] / builtin["requests/s"] if builtin["requests/s"] else 0))
    print("%-26s %14d %14d" % ("errors", ours["errors"], builtin["errors"]))
    for route in ROUTES:
        (n_ours, t_ours), (n_builtin, t_builtin) = ours[route], builtin[route]
        print("%-26s %9.3f s (%d) %9.3f s (%d) %11.2fx" % ("median /%s latency" % route, t_ours, n_ours, t_builtin,
                                                           n_builtin, t_ours / t_builtin))
        report("%d clients: median /%s latency" % (args.clients, route), t_ours, t_builtin, "s")
    report("%d clients: requests/s" % args.clients, ours["requests/s"], builtin["requests/s"], "req/s", "higher")
    for who in PLUGINS:
        samples = rss[who]
        print("server RSS during %-8s phases: median %.0f MB, max %.0f MB" % (
            who, statistics.median(samples) / 1e3, max(samples) / 1e3))
        if summary[who]["errors"]:
            print("  %s errors: %s" % (who, dict(summary[who]["error kinds"])))
    print("server RSS before the run %.0f MB; VmHWM at the end %.0f MB" % (rss_before / 1e3, peak_kb / 1e3))


# -- mode 2: peak RSS of a 1,000,000 x 128 download ------------------------------------------------

def peak_during_downloads(base, pid, who, tensor_bytes, settle):
    """RSS of the idle server before anything read the tensor, then VmHWM (MB) after /info and 3
    downloads one after another, and after 4 more at once: whatever the server keeps (caches, the
    first read's checks) counts against it."""
    url = url_of(base, who, "tensor")
    time.sleep(settle)
    before = status_kb(pid, "VmRSS")
    reset_peak_rss(pid)
    get(url_of(base, who, "info"))
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        error = get(url, tensor_bytes)
        timings.append(time.perf_counter() - start)
        if error:
            raise SystemExit("%s /tensor: %s" % (who, error))
    sequential_peak = status_kb(pid, "VmHWM")
    errors = []
    start = time.perf_counter()
    threads = [threading.Thread(target=lambda: errors.append(get(url, tensor_bytes))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    concurrent_seconds = time.perf_counter() - start
    if any(errors):
        raise SystemExit("%s /tensor x4: %s" % (who, errors))
    return {"before": before / 1e3, "sequential peak": sequential_peak / 1e3,
            "peak": status_kb(pid, "VmHWM") / 1e3, "download s": statistics.median(timings),
            "4 at once s": concurrent_seconds}



def rss_1m_main(args):
    rows = 1000000
    root = tempfile.mkdtemp(prefix="embproj-rss1m-", dir="/tmp")
    try:
        tensor_bytes = make_logdir(root, rows, args.dims, metadata=False)["tensor"]
        measured = {}
        for who in ["embproj"] + (["built-in"] if args.builtin_too else []):
            with tensorboard(root) as (base, pid):  # a fresh server each: VmHWM is the process's own
                measured[who] = peak_during_downloads(base, pid, who, tensor_bytes, args.settle)
    finally:
        shutil.rmtree(root)
    target = tensor_bytes / MB + 200
    print("\n/tensor of %dx%d float32 (%.0f MB raw tensor_path): server RSS (MB)"
          % (rows, args.dims, tensor_bytes / MB))
    for who, m in measured.items():
        growth = m["peak"] - m["before"]
        print("%-8s before %6.0f, peak after 3 downloads %6.0f, after 4 at once %6.0f: peak - before = %5.0f MB "
              "(tensor + 200 MB = %.0f: %s); one download %.2f s, 4 at once %.2f s"
              % (who, m["before"], m["sequential peak"], m["peak"], growth, target,
                 "met" if growth <= target else "NOT met", m["download s"], m["4 at once s"]))
        report("1M x %d /tensor: peak RSS - RSS before (%s)" % (args.dims, who), growth, None, "MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--phase", type=float, default=10, help="seconds per phase (ours / built-in alternate)")
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--rss-1m", action="store_true", help="peak server RSS while serving a 1,000,000-row tensor")
    parser.add_argument("--builtin-too", action="store_true", help="with --rss-1m: also measure the built-in")
    parser.add_argument("--settle", type=float, default=2.0, help="with --rss-1m: idle seconds before 'RSS before'")
    args = parser.parse_args()
    if args.rss_1m:
        rss_1m_main(args)
    else:
        concurrent_main(args)


if __name__ == "__main__":
    main()
