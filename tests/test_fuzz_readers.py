"""Seeded fuzz of every reader: a damaged logdir never gives a 5xx, a hang or wrong data.

About 720 cases (tests/fuzz_logdirs.py): copies of the shared fixtures and of small generated logdirs
(raw float32, .npy, .npz) with one file damaged (bit flips, byte overwrites, truncations, appended
garbage, garbled or foreign headers, zero length, a FIFO, symlinks to /dev/zero, to a directory, out of
the logdir or nowhere, decompression bombs; and damage aimed past a format's first checks: checkpoint
index entries flipped with the table CRC recomputed, odd TSV tokens, .npy headers reinterpreting the same
bytes, a JSON nesting bomb), plus each base intact (where everything must be served). Each case asks /runs, /info of every run and, for every embedding,
/tensor (whole, num_rows, each checkpoint step), /metadata (whole, num_rows), /sprite_image and
/bookmarks through the plugin's WSGI apps, each request in a thread with a timeout; answers are checked
against independent reference readings (tests/fuzz_oracle.py). The cases run in two child processes
(tests/fuzz_worker.py) with a capped address space; a child that dies is restarted after its case.

Every failing case is listed in one assertion, grouped by class first.
Reproduce: EMBPROJ_FUZZ_SEED=<seed> (printed), EMBPROJ_FUZZ_ONLY=<case numbers, comma-separated>;
EMBPROJ_FUZZ_REPORT=<path> also writes every case's result as JSON.
"""
import collections
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time

import numpy as np
import pytest

from fuzz_logdirs import all_cases
from fuzz_oracle import metadata_head, numpy_npy, same_values, strict_tsv
from fuzz_worker import Failure, check_asset, check_tensor
from shared_fixtures import require_shared_fixtures

DEFAULT_SEED = 20240611
WORKERS = 2  # the machine has two cores
DEADLINE_SECONDS = 300  # for the whole fuzz run; about 30 s when nothing hangs
WORKER_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fuzz_worker.py")


def fuzz_seed():
    return int(os.environ.get("EMBPROJ_FUZZ_SEED", DEFAULT_SEED))


# -- running the workers ---------------------------------------------------------------------------

def run_shard(command, deadline, scratch=None):
    """Runs `command + [start]` until it prints {"done": true}; a child that dies is restarted
    after the case it died in, which is reported as failing. Returns every case's result."""
    results, start = [], 0
    while True:
        current, done, log = _run_worker(command + [str(start)], deadline, results, scratch)
        if done:
            return results
        if current is None:
            results.append(_process_failure({"start": -1, "title": "worker start"}, log))
            return results
        results.append(_process_failure(current, log))
        if time.monotonic() > deadline:
            return results
        start = current["start"] + 1


def _run_worker(command, deadline, results, scratch):
    """One child process: (the case it was in when it stopped, whether it finished, its stderr tail)."""
    env = dict(os.environ, MALLOC_ARENA_MAX="2")  # glibc's per-thread arenas would eat the address-space cap
    if scratch:
        env["TMPDIR"] = scratch
    with tempfile.TemporaryFile() as stderr:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, env=env)
        killer = threading.Timer(max(0.0, deadline - time.monotonic()), process.kill)
        killer.start()
        current, done = None, False
        try:
            for line in process.stdout:
                record = json.loads(line)
                if "start" in record:
                    current = record
                elif "case" in record:
                    results.append(record)
                    current = None
                elif record.get("done"):
                    done = True
            process.wait()
        finally:
            killer.cancel()
        stderr.seek(0)
        log = stderr.read().decode("utf-8", "replace")[-1500:]
    return current, done, "exit %s; stderr: %s" % (process.returncode, log.strip() or "(empty)")


def _process_failure(started, log):
    record = {key: started.get(key, "?") for key in ("title", "base", "kind", "mutation", "target")}
    record.update({"case": started["start"], "label": record["mutation"], "requests": 0, "seconds": 0,
                   "failures": [{"request": "(process)", "problem": "worker process died or was killed "
                                 "during this case: " + log}]})
    return record


def run_fuzz(seed):
    deadline = time.monotonic() + DEADLINE_SECONDS
    shards = [[sys.executable, WORKER_SCRIPT, str(seed), str(i), str(WORKERS)] for i in range(WORKERS)]
    outputs = [[] for _ in shards]
    # The workers' temporary folders go in here, so that one killed mid-case leaves nothing behind.
    with tempfile.TemporaryDirectory(prefix="embproj-fuzz-") as scratch:
        threads = [threading.Thread(target=lambda i=i: outputs[i].extend(run_shard(shards[i], deadline, scratch)))
                   for i in range(WORKERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return sorted((r for output in outputs for r in output), key=lambda r: r["case"])


# -- the report ----------------------------------------------------------------------------------

def failure_class(result, failure):
    """(file kind, mutation, route, problem with its numbers blurred): one line per class."""
    route = failure["request"].split("?")[0]
    problem = re.sub(r"(?<![A-Za-z]-)\b\d+\b", "N", failure["problem"].split(": stderr:")[0])
    problem = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", problem)[:140]
    return (result["kind"], result["mutation"], route, problem)


def report(seed, results):
    failing = [r for r in results if r["failures"]]
    classes = collections.defaultdict(list)
    for result in failing:
        for failure in result["failures"]:
            classes[failure_class(result, failure)].append(result["case"])
    lines = ["fuzz seed %d: %d of %d cases failed (%d failing classes). Reproduce with EMBPROJ_FUZZ_SEED=%d "
             "[EMBPROJ_FUZZ_ONLY=<case numbers>]." % (seed, len(failing), len(results), len(classes), seed),
             "", "Failing classes (file kind | mutation | route | problem): count, cases"]
    for key, cases in sorted(classes.items()):
        numbers = sorted(set(cases))
        lines.append("  %s | %s | %s | %s: %d, cases %s%s" % (key + (len(cases), ", ".join(
            map(str, numbers[:8])), " ..." if len(numbers) > 8 else "")))
    lines += ["", "Every failing case:"]
    for result in failing:
        for failure in result["failures"]:
            lines.append("  case %s %s/%s %s: GET %s: %s" % (result["case"], result["base"], result["target"],
                                                            result["label"], failure["request"], failure["problem"]))
    return "\n".join(lines)


def test_damaged_logdirs_never_answer_5xx_hang_or_wrong_data():
    require_shared_fixtures()
    seed = fuzz_seed()
    print("embproj fuzz seed %d (override with EMBPROJ_FUZZ_SEED)" % seed)
    started = time.monotonic()
    results = run_fuzz(seed)
    compared = sum((collections.Counter(r.get("compared", {})) for r in results), collections.Counter())
    print("%d cases, %d requests in %.1f s; 200 answers checked against a reference: %s"
          % (len(results), sum(r["requests"] for r in results), time.monotonic() - started, dict(compared)))
    if os.environ.get("EMBPROJ_FUZZ_REPORT"):
        with open(os.environ["EMBPROJ_FUZZ_REPORT"], "w") as f:
            json.dump({"seed": seed, "results": results}, f, indent=1)
    expected = len(all_cases(seed)) if not os.environ.get("EMBPROJ_FUZZ_ONLY") else len(results)
    assert len(results) == expected, "only %d of %d cases ran\n%s" % (len(results), expected, report(seed, results))
    assert not any(r["failures"] for r in results), report(seed, results)


# -- the fuzz test's own parts -----------------------------------------------------------------------

def test_the_case_list_is_seeded_large_and_covers_every_file_kind_and_mutation():
    cases = all_cases(7)
    assert cases == all_cases(7) and cases != all_cases(8)
    assert len(cases) >= 500
    assert {c.kind for c in cases} >= {"ckpt-index", "ckpt-data", "ckpt-state", "config", "metadata", "tensor-tsv",
                                       "raw-f32", "npy", "npz", "sprite", "bookmarks"}
    assert {c.mutation for c in cases} >= {"bit_flip", "truncate", "zero_length", "fifo", "link_dev_zero",
                                           "link_directory", "link_dangling", "link_outside", "bomb_deflate"}


def test_one_flipped_bit_in_a_served_tensor_is_wrong_data():
    original = np.arange(12, dtype="<f4").reshape(4, 3)
    body = bytearray(original.tobytes())
    headers = {"X-Embproj-Shape": "4,3"}
    assert check_tensor(headers, bytes(body), [original], None) == (4, 3)
    body[17] ^= 0x01
    with pytest.raises(Failure, match="wrong data"):
        check_tensor(headers, bytes(body), [original], None)
    with pytest.raises(Failure, match="X-Embproj-Shape"):
        check_tensor({"X-Embproj-Shape": "4,2"}, original.tobytes(), [original], None)
    with pytest.raises(Failure, match="refuses"):
        check_tensor(headers, original.tobytes(), [], None)


def test_any_nan_matches_any_nan_but_zero_signs_count():
    quiet, payload = np.array([np.nan], "<f4"), np.array([0x7FC00001], "<u4").view("<f4")
    assert same_values(quiet, payload)
    assert not same_values(np.array([0.0], "<f4"), np.array([-0.0], "<f4"))


def test_reference_readers_are_strict():
    assert strict_tsv(b"1\t2\r\n\r\n3\t4\n").tolist() == [[1, 2], [3, 4]]
    for bad in (b"1\t2\n3\n", b"1\t\n", b"0x1p3\t1\n", b"1 2\n", b"\xff\n", b""):
        assert strict_tsv(bad) is None, bad
    assert numpy_npy(b"\x93NUMPY garbage") is None
    assert metadata_head(b"a\tb\n1\t2\n3\t4\n", 1) == b"a\tb\n1\t2\n"
    assert metadata_head(b"x\ny\nz", 2) == b"x\ny\n"
    with pytest.raises(Failure, match="Latin-1"):
        check_asset("metadata", "é\n".encode("utf-8"), ["é\n".encode("latin-1")])


def test_a_worker_that_dies_is_reported_on_its_case_and_the_rest_still_run(tmp_path):
    script = tmp_path / "dying_worker.py"
    script.write_text(
        "import json, os, signal, sys\n"
        "start = int(sys.argv[1])\n"
        "for n in range(start, 3):\n"
        "    print(json.dumps({'start': n, 'title': 'case %d' % n, 'kind': 'k', 'mutation': 'm',"
        " 'base': 'b', 'target': 't'}), flush=True)\n"
        "    if n == 1:\n"
        "        os.kill(os.getpid(), signal.SIGBUS)\n"
        "    print(json.dumps({'case': n, 'failures': []}), flush=True)\n"
        "print(json.dumps({'done': True}), flush=True)\n")
    results = run_shard([sys.executable, str(script)], time.monotonic() + 60)
    assert [r["case"] for r in results] == [0, 1, 2]
    problem = results[1]["failures"][0]["problem"]
    assert "died" in problem and "exit -%d" % signal.SIGBUS in problem
