"""`embproj demo`: write a demo logdir from data that ships offline, then start TensorBoard on it.

Runs in the demo logdir:
- digits: scikit-learn's 1,797 8x8 handwritten digits — 64-D pixels, labels, a sprite of the images.
- digits_hidden: a small neural network's hidden layer on the same digits, logged after every
  training epoch (steps 1..N), so the step slider has something to show.
- synthetic_100k: 100,000 points in 128-D from 10 Gaussian clusters, for scale.
"""
import argparse
import os
import socket
import sys
import tempfile
import time

import numpy as np

DEFAULT_LOGDIR = os.path.join(tempfile.gettempdir(), "embproj-demo")
_DONE_MARK = ".embproj-demo-complete"


def write_digits(logdir, log_embedding):
    from sklearn.datasets import load_digits

    digits = load_digits()
    labels = digits.target
    metadata = {"digit": [str(d) for d in labels], "parity": ["even" if d % 2 == 0 else "odd" for d in labels],
                "ink": [int(v) for v in (digits.data > 0).sum(axis=1)]}
    log_embedding(os.path.join(logdir, "digits"), digits.data.astype(np.float32), metadata,
                  images=digits.images / 16.0, tag="pixels")
    return digits


def write_hidden_layer_by_epoch(logdir, digits, log_embedding, epochs=8, hidden=32):
    """Trains a one-hidden-layer network and logs its hidden activations after each epoch."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    model = MLPClassifier(hidden_layer_sizes=(hidden,), max_iter=1, warm_start=True, random_state=0,
                          learning_rate_init=0.01)
    x = digits.data / 16.0
    metadata = {"digit": [str(d) for d in digits.target]}
    for epoch in range(1, epochs + 1):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(x, digits.target)
        activations = np.maximum(x @ model.coefs_[0] + model.intercepts_[0], 0).astype(np.float32)
        log_embedding(os.path.join(logdir, "digits_hidden"), activations, metadata, images=digits.images / 16.0,
                      tag="hidden", step=epoch)


def write_synthetic(logdir, log_embedding, rows=100_000, dims=128, clusters=10):
    rng = np.random.default_rng(0)
    centres = rng.standard_normal((clusters, dims)).astype(np.float32) * 4
    cluster = rng.integers(0, clusters, rows)
    vectors = centres[cluster] + rng.standard_normal((rows, dims), dtype=np.float32)
    metadata = {"cluster": ["c%d" % c for c in cluster], "norm": np.linalg.norm(vectors, axis=1).round(2).tolist()}
    log_embedding(os.path.join(logdir, "synthetic_100k"), vectors, metadata, tag="clusters")


def write_demo_logdir(logdir, synthetic_rows=100_000):
    from embproj_plugin.writer import log_embedding

    if os.path.exists(os.path.join(logdir, _DONE_MARK)):
        return False
    os.makedirs(logdir, exist_ok=True)
    digits = write_digits(logdir, log_embedding)
    write_hidden_layer_by_epoch(logdir, digits, log_embedding)
    write_synthetic(logdir, log_embedding, rows=synthetic_rows)
    open(os.path.join(logdir, _DONE_MARK), "w").close()
    return True


def main(argv=None):
    parser = argparse.ArgumentParser(prog="embproj demo", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--logdir", default=DEFAULT_LOGDIR, help="where to write the demo (default: %(default)s)")
    parser.add_argument("--port", type=_port_number, default=6006)
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--no-serve", action="store_true", help="only write the logdir")
    args = parser.parse_args(argv)
    if not args.no_serve and _port_in_use(args.port):  # say so now, not after writing the demo
        return _report_busy_port(args.port)
    started = time.time()
    if write_demo_logdir(args.logdir):
        print("wrote the demo logdir %s in %.1f s" % (args.logdir, time.time() - started))
    else:
        print("using the demo logdir already written in %s" % args.logdir)
    if args.no_serve:
        return 0
    from tensorboard import program

    try:
        url = _launch_tensorboard(program, args.logdir, args.host, args.port)
    except program.TensorBoardPortInUseError:  # taken since the check above
        return _report_busy_port(args.port)
    except program.TensorBoardServerException as e:  # e.g. a port below 1024 without root
        print("embproj demo: %s" % e.msg, file=sys.stderr)
        return 2
    print("TensorBoard is serving the demo: open %s#embproj  (Ctrl+C to stop)" % url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0


def _port_number(text):
    port = int(text) if text.strip().isdigit() else -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535, got %s" % text)
    return port


def _launch_tensorboard(program, logdir, host, port):
    board = program.TensorBoard()
    board.configure(argv=[None, "--logdir", logdir, "--port", str(port), "--host", host])
    return board.launch()


def _port_in_use(port):
    """TensorBoard's own test: something on this machine accepts connections on the port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(2)
        return s.connect_ex(("localhost", port)) == 0


def _report_busy_port(port):
    free = next((p for p in range(port + 1, min(port + 50, 65536)) if not _port_in_use(p)), None)
    example = " (e.g. --port %d)" % free if free is not None else ""
    print("embproj demo: port %d is already in use; choose another with --port%s" % (port, example),
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
