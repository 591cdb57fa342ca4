"""A short example to copy: log an embedding at a few training steps, then look at it in TensorBoard.

    python demo/example.py && tensorboard --logdir /tmp/embproj-example   # open the Embeddings tab
"""
import numpy as np

from embproj_plugin import log_embedding

LOGDIR = "/tmp/embproj-example"

rng = np.random.default_rng(0)
words = ["w%d" % i for i in range(2000)]
topics = rng.integers(0, 8, len(words))
centres = rng.normal(0, 3, (8, 64))

for epoch in range(5):
    # Stand-in for a model's embedding table: the topics separate as "training" goes on.
    vectors = centres[topics] * (epoch + 1) / 5 + rng.normal(0, 1, (len(words), 64))
    log_embedding(LOGDIR, vectors, {"word": words, "topic": ["t%d" % t for t in topics]},
                  tag="words", step=epoch)   # each step is kept; the same tag and step is replaced

print("wrote %s: run `tensorboard --logdir %s` and open the Embeddings tab" % (LOGDIR, LOGDIR))
