"""Start a real `tensorboard` process on a free port, for integration and browser tests."""
import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_tensorboard(logdir, *extra_args, timeout=90):
    """Yields the base URL (no trailing slash) of a TensorBoard serving `logdir`.

    Extra args go to the command line (e.g. "--path_prefix=/tb"); the URL then includes the prefix.
    """
    port = _free_port()
    prefix = ""
    for arg in extra_args:
        if arg.startswith("--path_prefix="):
            prefix = arg.split("=", 1)[1].rstrip("/")
    log_path = os.path.join(str(logdir), os.pardir, "tensorboard-%d.log" % port)
    log = open(log_path, "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tensorboard.main", "--logdir", str(logdir), "--host", "127.0.0.1",
         "--port", str(port), *extra_args],
        stdout=log, stderr=subprocess.STDOUT,
    )
    base = "http://127.0.0.1:%d%s" % (port, prefix)
    try:
        deadline = time.time() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError("tensorboard exited: " + open(log_path, errors="replace").read())
            try:
                urllib.request.urlopen(base + "/data/plugins_listing", timeout=5).read()
                break
            except OSError:
                if time.time() > deadline:
                    raise RuntimeError("tensorboard did not answer: " + open(log_path, errors="replace").read())
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        tensorboard_log[0] = open(log_path, errors="replace").read()


# The last server's output, for tests that check nothing was logged as a crash.
tensorboard_log = [""]
