"""Time the pure-numpy checkpoint code on a 100000x128 float32 embedding (51 MB).

    python bench/bench_checkpoint.py

Prints medians of 5: CRC32C throughput, open + read_float32 (CRC verified, zero copy),
open + read (CRC verified, copied), and write_checkpoint.
"""
import os
import statistics
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from embproj_plugin.checkpoint import CheckpointReader, crc32c, write_checkpoint  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from results import report  # noqa: E402

ROWS, DIMS, REPEATS = 100_000, 128, 5


def median_seconds(action):
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    embedding = np.random.default_rng(0).standard_normal((ROWS, DIMS)).astype(np.float32)
    megabytes = embedding.nbytes / 1e6
    crc32c(embedding[:1])  # build lookup tables outside the timings
    crc = median_seconds(lambda: crc32c(embedding))
    print(f"crc32c          {megabytes:.1f} MB: {crc * 1000:7.1f} ms  ({megabytes / crc:.0f} MB/s)")
    with tempfile.TemporaryDirectory() as directory:
        prefix = os.path.join(directory, "emb.ckpt-1")
        write = median_seconds(lambda: write_checkpoint(prefix, {"emb": embedding}))
        zero_copy = median_seconds(lambda: CheckpointReader(prefix).read_float32("emb").sum())
        copied = median_seconds(lambda: CheckpointReader(prefix).read("emb"))
        assert np.array_equal(CheckpointReader(prefix).read_float32("emb"), embedding)
    print(f"open+read_float32 (CRC, memmap, summed): {zero_copy * 1000:7.1f} ms")
    print(f"open+read         (CRC, copy):           {copied * 1000:7.1f} ms")
    print(f"write_checkpoint  (CRC, fsync):          {write * 1000:7.1f} ms")
    report("checkpoint 100000x128: CRC32C of 51 MB", crc)
    report("checkpoint 100000x128: open + read_float32 (CRC, memmap)", zero_copy)
    report("checkpoint 100000x128: write_checkpoint (fsync)", write)


if __name__ == "__main__":
    main()
