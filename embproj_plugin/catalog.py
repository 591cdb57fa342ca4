"""The runs of one logdir, kept up to date cheaply.

Discovery (a directory walk) runs at most every `rescan_seconds`; a run is rebuilt only when one of
the files it depends on (or its directory, where new checkpoints appear) changes its mtime or size.
Requests never walk the logdir more often than that, and `is_active()` never blocks for long.

A logdir on object storage (a URL) is listed once per rescan, recursively, and that listing answers
discovery and the run fingerprints (object versions) without further requests. If listing fails,
the runs found before are still served; with none found yet, the failure is the answer (and the tab
is shown, so that it can say why). A run loaded while the storage did not answer is not kept.
Remote runs are not validated when first shown (that would download every 2-D tensor of a
checkpoint to answer /info): a checksum error is answered by /tensor, which verifies every read.
"""
import concurrent.futures
import os
import threading
import time

from embproj_plugin import storage
from embproj_plugin.config import read_config
from embproj_plugin.discovery import find_runs
from embproj_plugin.errors import EmbprojError
from embproj_plugin.paths import Confinement
from embproj_plugin.run_loader import load_run, validate_run
from embproj_plugin.urls import is_url

# How many runs are loaded in the background after the first discovery.
WARM_RUNS = 16
# How many runs of a remote logdir are loaded at once.
REMOTE_LOADERS = 8


class Catalog:
    def __init__(self, logdir, rescan_seconds=5.0, asset_root="config"):
        self.logdir = storage.abspath(logdir) if logdir else ""
        self.remote = is_url(self.logdir)
        self.confinement = Confinement(self.logdir, asset_root)
        self.rescan_seconds = rescan_seconds
        self._lock = threading.RLock()
        self._locations = None
        self._scanned_at = None  # time.monotonic() of the last discovery
        self._listing_error = None  # the last remote listing's failure, while it stands
        self._runs = {}  # name -> (Run, stat fingerprint)
        self._listed_by_config = {}  # remote run name -> config fingerprint that showed it is listed
        self._run_locks = {}  # name -> Lock
        self._scan_thread = None
        self._discovered = threading.Event()

    # -- discovery ---------------------------------------------------------------------------
    def _locations_now(self):
        with self._lock:
            if self._scanned_at is None or time.monotonic() - self._scanned_at > self.rescan_seconds \
                    or (self.remote and self._listing_stale()):
                self._scan()
            if self._locations is None and self._listing_error is not None:
                raise self._listing_error
            return self._locations

    def _scan(self):
        if not self.logdir:
            self._locations = {}
        elif not self.remote:
            self._locations = {r.name: r for r in find_runs(self.logdir)}
        else:
            from embproj_plugin import remote_listing  # pylint: disable=import-outside-toplevel

            try:
                remote_listing.refresh(self.logdir)
                self._locations = {r.name: r for r in find_runs(self.logdir)}
                self._listing_error = None
            except Exception as e:  # pylint: disable=broad-except  # kept: the runs found before stay served
                from embproj_plugin.remote_errors import translate  # pylint: disable=import-outside-toplevel

                self._listing_error = translate(e, self.logdir)
        self._scanned_at = time.monotonic()

    def _listing_stale(self):
        from embproj_plugin import remote_listing  # pylint: disable=import-outside-toplevel

        return remote_listing.is_stale(self.logdir)

    def is_active(self, wait_seconds=0.5):
        """True once any run is found. The first walk runs in a thread; we wait for it only briefly.
        A remote logdir that cannot be listed is active too: its tab says why."""
        if not self.logdir:
            return False
        if self._locations is not None or self._listing_error is not None:
            return bool(self._locations) or self._listing_error is not None
        with self._lock:
            if self._scan_thread is None:
                self._scan_thread = threading.Thread(target=self._discover_and_warm, daemon=True,
                                                     name="embproj-discovery")
                self._scan_thread.start()
        self._discovered.wait(wait_seconds)
        return bool(self._locations) or self._listing_error is not None

    def _discover_and_warm(self):
        """Finds the runs, then loads the first few (parsing and checksumming their tensors) while the
        user is still on another tab, as TensorBoard's built-in projector also does at this point."""
        try:
            self._locations_now()
        except Exception:  # pylint: disable=broad-except  # a listing failure: answered per request
            pass
        finally:
            self._discovered.set()
        for name in sorted(self._locations or {})[:WARM_RUNS]:
            self.run(name, validated=True)

    # -- runs --------------------------------------------------------------------------------
    def run_names(self):
        locations = self._locations_now()
        if not self.remote:
            return [name for name in sorted(locations) if _listed(self.run(name, validated=False))]
        # Each remote request waits on the network: runs are looked at a few at a time.
        with concurrent.futures.ThreadPoolExecutor(REMOTE_LOADERS, thread_name_prefix="embproj-load") as pool:
            listed = list(pool.map(lambda name: self._remote_listed(name, locations[name]), sorted(locations)))
        return [name for name, shown in zip(sorted(locations), listed) if shown]

    def _remote_listed(self, name, location):
        """Whether /runs lists a remote run, reading only its config where that decides it: an entry that
        has a tensor name or path always becomes an embedding (served, or listed with its error), and a
        config that cannot be read is listed with its error. Otherwise (a checkpoint only, entries without
        names) the run is loaded as /info would load it."""
        if name not in self._runs and location.config_path:
            key = storage.fingerprint(location.config_path)
            seen = self._listed_by_config.get(name)
            if key is not None and seen == key:
                return True
            try:
                decided = any(e.tensor_name or e.tensor_path for e in read_config(location.config_path).embeddings)
            except EmbprojError as e:
                decided, key = True, None if getattr(e, "transient", False) else key
            if decided:
                self._listed_by_config[name] = key
                return True
        return _listed(self.run(name, validated=False))

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
            if cached is None or cached[1] is None or cached[1] != self._fingerprint(cached[0]):
                failures = storage.transient_failures()
                run = load_run(location, self.confinement)
                # Loaded while the storage did not answer: serve it now, load it again next time.
                fingerprint = self._fingerprint(run) if storage.transient_failures() == failures else None
                cached = self._runs[name] = (run, fingerprint)
            if validated and not self.remote:  # remote: see the module's docstring
                validate_run(cached[0])
            return cached[0]

    @staticmethod
    def _fingerprint(run):
        directories = [run.directory, storage.dirname(run.directory)]
        files = [os.path.join(d, "checkpoint") for d in directories] + [run.config_path] + run.watched_files
        return tuple(storage.fingerprint(p) for p in directories + files)


def _listed(run):
    return run is not None and bool(run.embeddings or run.errors)
