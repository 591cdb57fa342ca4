"""The data behind `embproj demo`, written with embproj's public API: read it, copy it.

Runs written into the demo logdir:
- digits: scikit-learn's 1,797 8x8 handwritten digits — 64-D pixels, labels, a sprite of the images.
- digits_hidden: a small neural network's hidden layer on the same digits, logged after every
  training epoch (steps 1..N), so the step slider has something to show.
- synthetic_100k: 100,000 points in 128-D from 10 Gaussian clusters, for scale.

Everything ships offline (scikit-learn's digits are inside the package); nothing is downloaded.
"""
import os

import numpy as np

from embproj_plugin import log_embedding

_DONE_MARK = ".embproj-demo-complete"


def write_digits(logdir):
    from sklearn.datasets import load_digits

    digits = load_digits()
    labels = digits.target
    metadata = {"digit": [str(d) for d in labels], "parity": ["even" if d % 2 == 0 else "odd" for d in labels],
                "ink": [int(v) for v in (digits.data > 0).sum(axis=1)]}
    log_embedding(os.path.join(logdir, "digits"), digits.data.astype(np.float32), metadata,
                  images=digits.images / 16.0, tag="pixels")
    return digits


def write_hidden_layer_by_epoch(logdir, digits, epochs=8, hidden=32):
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


def write_synthetic(logdir, rows=100_000, dims=128, clusters=10):
    rng = np.random.default_rng(0)
    centres = rng.standard_normal((clusters, dims)).astype(np.float32) * 4
    cluster = rng.integers(0, clusters, rows)
    vectors = centres[cluster] + rng.standard_normal((rows, dims), dtype=np.float32)
    metadata = {"cluster": ["c%d" % c for c in cluster], "norm": np.linalg.norm(vectors, axis=1).round(2).tolist()}
    log_embedding(os.path.join(logdir, "synthetic_100k"), vectors, metadata, tag="clusters")


def write_demo_logdir(logdir, synthetic_rows=100_000):
    """Writes the three runs into `logdir` (once: a later call finds them and returns False)."""
    if os.path.exists(os.path.join(logdir, _DONE_MARK)):
        return False
    os.makedirs(logdir, exist_ok=True)
    digits = write_digits(logdir)
    write_hidden_layer_by_epoch(logdir, digits)
    write_synthetic(logdir, rows=synthetic_rows)
    open(os.path.join(logdir, _DONE_MARK), "w").close()
    return True
