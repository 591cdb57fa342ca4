"""Runs fuzz cases in a child process: `python tests/fuzz_worker.py SEED SHARD SHARDS START`.

A child process, so that a damaged file cannot take the test run down with it: its address space is
capped (a read of /dev/zero ends in MemoryError instead of eating the machine), a crash (SIGBUS from
a memory map) ends only this process (the parent restarts it after the case), and threads left hanging
on a FIFO die with it. Prints one JSON line per case: {"start": n} before it, {"case": n, ...} after.
"""
import collections
import json
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
import urllib.parse

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fuzz_logdirs import BOMB_ROWS, BOMB_TRUTH, TARGETS, all_cases, build_templates, damage  # noqa: E402
from fuzz_oracle import BaseTruth, DamagedLogdir, same_values  # noqa: E402
from plugin_client import PluginClient  # noqa: E402

REQUEST_TIMEOUT = float(os.environ.get("EMBPROJ_FUZZ_REQUEST_TIMEOUT", "6"))
# After a request has hung, how long we keep unblocking FIFOs for it to end before moving on.
HUNG_GRACE = 10.0
CASE_BUDGET = 8.0  # seconds: a case that takes longer stops and is reported (most take < 0.5 s)
MEMORY_HEADROOM = 1024 << 20  # address space allowed above what the worker uses when it starts
# A case whose peak RSS grows more than this read far more than its files hold (the largest
# honest case, the 64 MiB bomb, needs a few copies of 64 MiB).
MEMORY_GROWTH_LIMIT = 384 << 20
NUM_ROWS = 3


class Failure(Exception):
    pass


# -- one request, bounded in time ------------------------------------------------------------------

class Requester:
    """GETs through the in-process WSGI app, each in a thread with a timeout. Once one request hung
    on a FIFO, the FIFOs of the case are kept unblocked so the remaining requests still say something."""

    def __init__(self, client, fifos):
        self.client = client
        self.fifos = fifos
        self.release = threading.Event()
        threading.Thread(target=self._unblock_fifos, daemon=True).start()

    def _unblock_fifos(self):
        self.release.wait()  # set by the first hang, or when the case ends
        while self.fifos:
            for path in list(self.fifos):
                _open_and_close_writer(path)
            time.sleep(0.01)

    def get(self, path):
        """(status, headers, body); raises Failure on a hang or an exception escaping the app."""
        result = {}

        def call():
            try:
                response = self.client.get(path)
                result["response"] = (response.status_code, dict(response.headers), response.get_data())
            except BaseException as e:  # pylint: disable=broad-except  # in a server: a dropped connection
                result["error"] = "%s: %s" % (type(e).__name__, e)

        thread = threading.Thread(target=call, daemon=True)
        thread.start()
        thread.join(REQUEST_TIMEOUT)
        if thread.is_alive():
            self.release.set()
            thread.join(HUNG_GRACE)
            still = " (still running %.0f s later)" % HUNG_GRACE if thread.is_alive() else ""
            raise Failure("hang: no answer within %.0f s%s" % (REQUEST_TIMEOUT, still))
        if "error" in result:
            raise Failure("exception escaped the app: " + result["error"])
        return result["response"]

    def close(self):
        for path in self.fifos:
            _open_and_close_writer(path)
        self.fifos = []
        self.release.set()


def _open_and_close_writer(path):
    """Wakes a reader blocked in open() of a FIFO (it then reads end-of-file)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


# -- checks of one answer ----------------------------------------------------------------------------

def _error_text(body):
    try:
        problem = json.loads(body)
        return problem.get("error", "")[:300] if isinstance(problem, dict) else repr(body[:200])
    except (ValueError, UnicodeDecodeError):
        return repr(body[:200])


def check_status(status, body):
    if status >= 500:
        raise Failure("%d: %s" % (status, _error_text(body)))
    if status >= 400:
        try:
            problem = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            problem = None
        if not isinstance(problem, dict) or not {"error", "file", "hint"} <= set(problem):
            raise Failure("%d error body is not JSON {error, file, hint}: %r" % (status, body[:200]))


def check_tensor(headers, body, candidates, num_rows):
    """A 200 /tensor: its size agrees with X-Embproj-Shape and it equals a reference reading."""
    try:
        rows, cols = (int(v) for v in headers["X-Embproj-Shape"].split(","))
    except (KeyError, ValueError):
        raise Failure("200 without a valid X-Embproj-Shape header: %r" % headers.get("X-Embproj-Shape"))
    if len(body) != rows * cols * 4:
        raise Failure("body has %d bytes but X-Embproj-Shape %d,%d needs %d" % (len(body), rows, cols, rows * cols * 4))
    if not candidates:
        raise Failure("wrong data: served %dx%d but the reference reader refuses this file" % (rows, cols))
    served = np.frombuffer(body, "<f4").reshape(rows, cols)
    expected = [c[:num_rows] if num_rows else c for c in candidates]
    if not any(same_values(served, e) for e in expected):
        shapes = sorted({"%dx%d" % e.shape for e in expected})
        raise Failure("wrong data: served %dx%d differs from the reference (%s)" % (rows, cols, ", ".join(shapes)))
    return rows, cols


def check_asset(what, body, candidates):
    if not candidates:
        raise Failure("wrong data: served %s (%d bytes) but the reference reader refuses it" % (what, len(body)))
    if body not in candidates:
        transcoded = any(body == c.decode("latin-1").encode("utf-8") for c in candidates)
        raise Failure("wrong data: served %s (%d bytes) is not byte-equal to the file (%s bytes)%s"
                      % (what, len(body), "/".join(str(len(c)) for c in candidates),
                         ": it is the file re-encoded from Latin-1 to UTF-8" if transcoded else ""))


# -- one case ------------------------------------------------------------------------------------

def _query(route, **params):
    return "/%s?%s" % (route, "&".join("%s=%s" % (k, urllib.parse.quote(str(v), safe=""))
                                        for k, v in params.items() if v is not None))


class CaseRun:
    def __init__(self, case, label, requester, reference, truth):
        self.case, self.label = case, label
        self.requester, self.reference, self.truth = requester, reference, truth
        self.failures = []
        self.requests = 0
        # In an intact base every embedding and every asset it names must be served: a reader that
        # refused everything would otherwise pass.
        self.must_serve = case.mutation == "intact"
        self.compared = collections.Counter()  # 200 answers checked against a reference, by route
        self.deadline = time.monotonic() + CASE_BUDGET

    def fetch(self, path):
        """The answer to `path` after the status checks, or None when it failed (recorded)."""
        if time.monotonic() > self.deadline:
            raise TimeoutError
        self.requests += 1
        try:
            status, headers, body = self.requester.get(path)
            check_status(status, body)
            return status, headers, body
        except Failure as e:
            self.fail(path, str(e))
            return None

    def fail(self, path, problem):
        self.failures.append({"request": path, "problem": problem})

    def run(self):
        try:
            self._all_routes()
        except TimeoutError:
            self.fail("(case)", "case budget exceeded: still requesting after %.0f s" % CASE_BUDGET)

    def _all_routes(self):
        listed = []
        answer = self.fetch("/runs")
        if answer and answer[0] == 200:
            listed = _json_or_fail(self, "/runs", answer[2])
            if not isinstance(listed, list):
                self.fail("/runs", "200 /runs is not a JSON list")
                listed = []
        for run in sorted(set(self.truth.names) | {r for r in listed if isinstance(r, str)}):
            self._run(run)

    def _run(self, run):
        path = _query("info", run=run)
        answer = self.fetch(path)
        info = _json_or_fail(self, path, answer[2]) if answer and answer[0] == 200 else None
        entries = {e.get("tensorName"): e for e in (info or {}).get("embeddings", []) if isinstance(e, dict)}
        for name in sorted(set(self.truth.names.get(run, [])) | {n for n in entries if isinstance(n, str)}):
            self._embedding(run, name, entries.get(name) or {})

    def _embedding(self, run, name, entry):
        shape = self._tensor(run, name, None, None)
        if shape and entry.get("shape") and list(shape) != list(entry["shape"]):
            self.fail(_query("tensor", run=run, name=name),
                      "/info says shape %s but /tensor serves %s" % (entry["shape"], list(shape)))
        self._tensor(run, name, NUM_ROWS, None)
        for step in entry.get("checkpointSteps") or []:
            self._tensor(run, name, None, step)
        for num_rows in (None, NUM_ROWS):
            self._asset(run, name, "metadata", num_rows)
        self._asset(run, name, "sprite", None)
        self._asset(run, name, "bookmarks", None)

    def _tensor(self, run, name, num_rows, step):
        path = _query("tensor", run=run, name=name, num_rows=num_rows, step=step)
        answer = self.fetch(path)
        if answer and answer[0] != 200 and self.must_serve:
            self.fail(path, "intact tensor refused: %d %s" % (answer[0], _error_text(answer[2])))
        if not answer or answer[0] != 200:
            return None
        self.compared["tensor"] += 1
        try:
            return check_tensor(answer[1], answer[2], self.reference.tensor_candidates(run, name, step), num_rows)
        except Failure as e:
            self.fail(path, str(e))
            return None

    def _asset(self, run, name, what, num_rows):
        route = {"metadata": "metadata", "sprite": "sprite_image", "bookmarks": "bookmarks"}[what]
        path = _query(route, run=run, name=name, num_rows=num_rows)
        answer = self.fetch(path)
        if answer and answer[0] != 200 and self.must_serve and self.reference.asset_candidates(run, name, what):
            self.fail(path, "intact %s refused: %d %s" % (what, answer[0], _error_text(answer[2])))
        if answer and answer[0] == 200:
            self.compared[what] += 1
            try:
                check_asset(what, answer[2], self.reference.asset_candidates(run, name, what, num_rows))
            except Failure as e:
                self.fail(path, str(e))


def _json_or_fail(case_run, path, body):
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        case_run.fail(path, "200 body is not JSON: %r" % body[:200])
        return None


def _npz_override(case, truth):
    if case.mutation not in BOMB_TRUTH:
        return {}
    outcome = BOMB_TRUTH[case.mutation]
    values = {"zeros": np.zeros((BOMB_ROWS, 128), "<f4"), "refuse": None, "original": truth.npz[case.target]}
    return {case.target: values[outcome]}


def run_case(case, templates, truths, workdir):
    logdir = os.path.join(workdir, "case%d" % case.number)
    outside = logdir + "-outside"
    shutil.copytree(templates[case.base], logdir, symlinks=True)
    started = time.monotonic()
    label = damage(case, logdir, outside)
    target = os.path.join(logdir, case.target)
    fifos = [target] if case.mutation == "fifo" else []
    requester = Requester(PluginClient(logdir), fifos)
    truth = truths[case.base]
    reference = DamagedLogdir(logdir, truth, _npz_override(case, truth))
    case_run = CaseRun(case, label, requester, reference, truth)
    rss_before = _reset_peak_rss()
    try:
        case_run.run()
    finally:
        requester.close()
        shutil.rmtree(logdir, ignore_errors=True)
        shutil.rmtree(outside, ignore_errors=True)
    growth = _status_kb("VmHWM") * 1024 - rss_before
    if growth > MEMORY_GROWTH_LIMIT:
        case_run.fail("(case)", "memory: peak RSS grew by %d MiB while serving this case" % (growth >> 20))
    return {"case": case.number, "title": case.title(), "label": label, "base": case.base, "kind": case.kind,
            "mutation": case.mutation, "target": case.target, "requests": case_run.requests,
            "seconds": round(time.monotonic() - started, 3), "compared": case_run.compared,
            "peak_growth_mib": growth >> 20,
            "failures": case_run.failures}


# -- the process ---------------------------------------------------------------------------------

def _status_kb(field):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field + ":"))


def _reset_peak_rss():
    """Resets VmHWM (Linux: "5" > clear_refs) and returns the RSS in bytes it starts again from."""
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    return _status_kb("VmRSS") * 1024


def _cap_address_space():
    limit = _status_kb("VmSize") * 1024 + MEMORY_HEADROOM
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def main(seed, shard, shards, start):
    workdir = tempfile.mkdtemp(prefix="embproj-fuzz-")
    try:
        templates = build_templates(os.path.join(workdir, "templates"))
        truths = {base: BaseTruth(base, templates[base]) for base in TARGETS}
        cases = [c for c in all_cases(seed) if c.number % shards == shard and c.number >= start]
        only = os.environ.get("EMBPROJ_FUZZ_ONLY")
        if only:
            wanted = {int(n) for n in only.split(",")}
            cases = [c for c in cases if c.number in wanted]
        _cap_address_space()
        for case in cases:
            _emit({"start": case.number, "title": case.title(), "base": case.base, "kind": case.kind,
                   "mutation": case.mutation, "target": case.target})
            _emit(run_case(case, templates, truths, workdir))
        _emit({"done": True})
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    os._exit(0)  # threads still blocked on a damaged file must not keep the process alive


def _emit(record):
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:5]))
