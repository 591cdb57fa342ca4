"""Cross-check embproj's checkpoint code against real TensorFlow. Not part of the test suite.

TensorFlow must never be a dependency of the project, so run this from a separate venv:

    python -m venv /tmp/tfvenv && /tmp/tfvenv/bin/pip install tensorflow-cpu
    /tmp/tfvenv/bin/python tests/fixtures_tools/verify_with_tensorflow.py

It checks, each way round, that every value survives bit for bit:
  1. files from `write_checkpoint` -> `tf.train.load_checkpoint` (TF verifies our CRCs) and
     `tf.train.latest_checkpoint` agrees with our `checkpoint` state file;
  2. files from TF's SaveV2 op -> `CheckpointReader`, and `write_checkpoint` given the same
     tensors produces byte-identical .index and .data files;
  3. a TF2 `tf.train.Checkpoint` (object graph, optimizer slots) -> `CheckpointReader`;
  4. TF1 partitioned variables (Saver + fixed_size_partitioner, row and column slices)
     -> `CheckpointReader` assembles them as `tf.train.load_checkpoint` does.
Exits non-zero on the first difference.
"""
import os
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import ml_dtypes  # noqa: E402  (installed with TensorFlow)
import tensorflow as tf  # noqa: E402

from embproj_plugin.checkpoint import CheckpointReader, latest_checkpoint, write_checkpoint  # noqa: E402


def sample_tensors():
    rng = np.random.default_rng(0)
    tensors = {
        "big/embedding": rng.standard_normal((100_000, 128)).astype(np.float32),
        "f16": rng.standard_normal((30, 3)).astype(np.float16),
        "f64": rng.standard_normal((5, 4, 3)),
        "bf16": rng.standard_normal((6, 7)).astype(ml_dtypes.bfloat16),
        "scalar_step": np.array(300, np.int64),
        "empty": np.zeros((0, 4), np.float32),
        "flags": rng.integers(0, 2, 9).astype(bool),
        "special": np.array([np.inf, -np.inf, np.nan, -0.0, 1e-45], np.float32),
        "emb/.ATTRIBUTES/VARIABLE_VALUE": rng.standard_normal((50, 8)).astype(np.float32),
    }
    for dtype in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"):
        info = np.iinfo(dtype)
        tensors[dtype] = rng.integers(info.min, info.max, (11, 3), dtype=dtype, endpoint=True)
    return tensors


def same_bits(ours, theirs, what):
    ours, theirs = np.asarray(ours), np.asarray(theirs)
    if ours.shape != theirs.shape or ours.dtype != theirs.dtype or ours.tobytes() != theirs.tobytes():
        sys.exit(f"DIFFERENT {what}: ours {ours.dtype}{ours.shape}, TF {theirs.dtype}{theirs.shape}")


def check_tensorflow_reads_our_files(directory, tensors):
    prefix = os.path.join(directory, "ours", "model.ckpt-7")
    write_checkpoint(prefix, tensors)
    if tf.train.latest_checkpoint(os.path.dirname(prefix)) != prefix:
        sys.exit("tf.train.latest_checkpoint does not name the checkpoint we wrote")
    reader = tf.train.load_checkpoint(prefix)
    shapes = reader.get_variable_to_shape_map()
    if set(shapes) != set(tensors):
        sys.exit(f"TF lists {sorted(shapes)}, we wrote {sorted(tensors)}")
    for name, value in tensors.items():
        same_bits(reader.get_tensor(name), value, f"TF reading our {name!r}")
    print(f"ok  TF read all {len(tensors)} tensors we wrote bit-exactly (CRCs accepted), "
          f"latest_checkpoint agrees")


def check_we_read_and_rewrite_tensorflow_files(directory, tensors, label="model.ckpt"):
    prefix = os.path.join(directory, "tf_savev2", label)
    os.makedirs(os.path.dirname(prefix), exist_ok=True)
    names = sorted(tensors)  # key order, as TF1's Saver passes them
    tf.raw_ops.SaveV2(prefix=prefix, tensor_names=names, shape_and_slices=[""] * len(names),
                      tensors=[tf.constant(tensors[name]) for name in names])
    reader = CheckpointReader(prefix)
    for name, value in tensors.items():
        expected = value.astype(np.float32) if value.dtype == ml_dtypes.bfloat16 else value
        same_bits(reader.read(name), expected, f"our reading of TF's {name!r}")
    rewritten = os.path.join(directory, "rewritten", label)
    write_checkpoint(rewritten, tensors, update_state=False)
    for suffix in (".index", ".data-00000-of-00001"):
        with open(prefix + suffix, "rb") as theirs, open(rewritten + suffix, "rb") as ours:
            if theirs.read() != ours.read():
                sys.exit(f"our {suffix} differs from TensorFlow's SaveV2 output")
    print(f"ok  we read TF's SaveV2 files ({label}, index {os.path.getsize(prefix + '.index')} bytes) "
          f"bit-exactly; our files for the same tensors are byte-identical (.index and .data)")


def check_we_read_a_tf2_object_checkpoint(directory):
    embedding = tf.Variable(np.random.default_rng(1).standard_normal((40, 6)).astype(np.float32))
    half = tf.Variable(tf.cast(embedding[:10], tf.bfloat16))
    optimizer = tf.keras.optimizers.Adam() if hasattr(tf, "keras") else None
    checkpoint = tf.train.Checkpoint(embedding=embedding, half=half)
    if optimizer is not None:
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum(embedding ** 2)
        optimizer.apply_gradients([(tape.gradient(loss, embedding), embedding)])
        checkpoint.optimizer = optimizer
    prefix = checkpoint.save(os.path.join(directory, "tf2", "ckpt"))
    if latest_checkpoint(os.path.dirname(prefix)) != prefix:
        sys.exit("our latest_checkpoint disagrees with TF's checkpoint file")
    ours = CheckpointReader(prefix)
    theirs = tf.train.load_checkpoint(prefix)
    dtypes = theirs.get_variable_to_dtype_map()
    numeric = {name for name, dtype in dtypes.items() if dtype != tf.string}
    if set(ours.variables()) != numeric:
        sys.exit(f"we list {sorted(ours.variables())}, TF has numeric {sorted(numeric)}")
    for name in numeric:
        value = theirs.get_tensor(name)
        if dtypes[name] == tf.bfloat16:
            value = np.asarray(value).astype(np.float32)
        same_bits(ours.read(name), value, f"our reading of TF2's {name!r}")
    print(f"ok  we read a TF2 object checkpoint ({len(numeric)} numeric tensors, incl. "
          f"bfloat16 and optimizer slots) bit-exactly; latest_checkpoint agrees")


def check_we_read_partitioned_variables(directory):
    graph = tf.Graph()
    with graph.as_default():
        initializer = tf.compat.v1.random_normal_initializer()
        # Row slices of one variable, column slices of another.
        tf.compat.v1.get_variable("emb", shape=[1000, 3], initializer=initializer,
                                  partitioner=tf.compat.v1.fixed_size_partitioner(3))
        tf.compat.v1.get_variable("cols", shape=[4, 300], dtype=tf.float64, initializer=initializer,
                                  partitioner=tf.compat.v1.fixed_size_partitioner(2, axis=1))
        saver = tf.compat.v1.train.Saver()
        with tf.compat.v1.Session() as session:
            session.run(tf.compat.v1.global_variables_initializer())
            prefix = saver.save(session, os.path.join(directory, "partitioned", "model.ckpt"))
    theirs = tf.train.load_checkpoint(prefix)
    ours = CheckpointReader(prefix)
    if set(ours.variables()) != {"emb", "cols"}:
        sys.exit(f"we list {sorted(ours.variables())} for partitioned variables emb, cols")
    for name in ("emb", "cols"):
        same_bits(ours.read(name), theirs.get_tensor(name), f"partitioned {name!r}")
    print("ok  we assemble TF1 partitioned variables (row and column slices) bit-exactly")


def main():
    tensors = sample_tensors()
    with tempfile.TemporaryDirectory() as directory:
        check_tensorflow_reads_our_files(directory, tensors)
        check_we_read_and_rewrite_tensorflow_files(directory, tensors)
        # Long names push the index past one 256 KiB block: separators, restarts, several blocks.
        wide = {f"layer_{i:05d}/" + "x" * 600: np.array([i, -i], np.int32) for i in range(1000)}
        check_we_read_and_rewrite_tensorflow_files(directory, wide, "wide.ckpt")
        check_we_read_a_tf2_object_checkpoint(directory)
        check_we_read_partitioned_variables(directory)
    print(f"all checks passed against TensorFlow {tf.__version__}")


if __name__ == "__main__":
    main()
