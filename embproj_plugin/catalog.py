"""The runs of one logdir, kept up to date cheaply.

Discovery (a directory walk) runs at most every `rescan_seconds`; a run is rebuilt only when one of
the files it depends on (or its directory, where new checkpoints appear) changes its mtime or size.
Requests never walk the logdir more often than that, and `is_active()` never blocks for long.
"""
import os
import threading
import time

from embproj_plugin.discovery import find_runs
from embproj_plugin.paths import Confinement
from embproj_plugin.run_loader import load_run, validate_run

# How many runs are loaded in the background after the first discovery.
WARM_RUNS = 16


def _stat_key(path):
    try:
        st = os.stat(path)
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return None


class Catalog:
    def __init__(self, logdir, rescan_seconds=5.0, asset_root="config"):
        self.logdir = os.path.abspath(logdir) if logdir else ""
        self.confinement = Confinement(self.logdir, asset_root)
        self.rescan_seconds = rescan_seconds
        self._lock = threading.RLock()
        self._locations = None
        self._scanned_at = 0.0
        self._runs = {}  # name -> (Run, stat fingerprint)
        self._run_locks = {}  # name -> Lock
        self._scan_thread = None
        self._discovered = threading.Event()

    # -- discovery ---------------------------------------------------------------------------
    def _locations_now(self):
        with self._lock:
            if self._locations is None or time.monotonic() - self._scanned_at > self.rescan_seconds:
                self._locations = {r.name: r for r in find_runs(self.logdir)} if self.logdir else {}
                self._scanned_at = time.monotonic()
            return self._locations

    def is_active(self, wait_seconds=0.5):
        """True once any run is found. The first walk runs in a thread; we wait for it only briefly."""
        if not self.logdir:
            return False
        if self._locations is not None:
            return bool(self._locations)
        with self._lock:
            if self._scan_thread is None:
                self._scan_thread = threading.Thread(target=self._discover_and_warm, daemon=True,
                                                     name="embproj-discovery")
                self._scan_thread.start()
        self._discovered.wait(wait_seconds)
        return bool(self._locations)

    def _discover_and_warm(self):
        """Finds the runs, then loads the first few (parsing and checksumming their tensors) while the
        user is still on another tab, as TensorBoard's built-in projector also does at this point."""
        self._locations_now()
        self._discovered.set()
        for name in sorted(self._locations or {})[:WARM_RUNS]:
            self.run(name, validated=True)

    # -- runs --------------------------------------------------------------------------------
    def run_names(self):
        names = []
        for name in sorted(self._locations_now()):
            run = self.run(name, validated=False)
            if run is not None and (run.embeddings or run.errors):
                names.append(name)
        return names

    def run(self, name, validated=True):
        """The up-to-date Run called `name`, or None. `validated` also reads every tensor once
        (checksums, NaN rows); listing runs does not need that."""
        location = self._locations_now().get(name)
        if location is None:
            return None
        with self._lock:
            run_lock = self._run_locks.setdefault(name, threading.Lock())
        with run_lock:  # one run loads at a time; other runs' requests are not held up
            cached = self._runs.get(name)
            if cached is None or cached[1] != self._fingerprint(cached[0]):
                run = load_run(location, self.confinement)
                cached = self._runs[name] = (run, self._fingerprint(run))
            if validated:
                validate_run(cached[0])
            return cached[0]

    @staticmethod
    def _fingerprint(run):
        directories = [run.directory, os.path.dirname(run.directory)]
        files = [os.path.join(d, "checkpoint") for d in directories] + [run.config_path] + run.watched_files
        return tuple(_stat_key(p) for p in directories + files)
