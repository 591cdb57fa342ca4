"""Tensors leave the server as a stream of float32 pieces, read into buffers a few MiB at a time.

No memory map (a file truncated by another process would kill TensorBoard with SIGBUS) and no
whole copy per request: a 1M x 128 tensor is served with a few MiB of memory. Every stream holds its
last piece back until the file is confirmed unchanged (and, for checksummed formats, its checksum
matches), so a client receives one consistent version of a file or an incomplete response.
"""
import math

import numpy as np

CHUNK_BYTES = 4 << 20


def elements_per_chunk(shape, itemsize):
    """Whole rows per piece where a row fits in CHUNK_BYTES, else a plain element count."""
    row = math.prod(shape[1:]) if len(shape) > 1 else 1
    per_chunk = max(1, CHUNK_BYTES // max(1, itemsize))
    if 0 < row <= per_chunk:
        return per_chunk - per_chunk % row
    return per_chunk


def hold_last_until(pieces, verify):
    """Yields `pieces`, keeping the last one back until `verify()` returns without raising."""
    pending = None
    for piece in pieces:
        if pending is not None:
            yield pending
        pending = piece
    verify()
    if pending is not None:
        yield pending


def read_pieces(read_at, offset, nbytes, step):
    """Consecutive byte ranges of `step` bytes (the last may be shorter) from `read_at(offset, size)`."""
    for start in range(offset, offset + nbytes, step):
        yield read_at(start, min(step, offset + nbytes - start))


def pieces_of(array, shape=None):
    """An in-memory array as the same 1-D float32 pieces a file stream yields."""
    flat = np.ascontiguousarray(array, dtype=np.float32).reshape(-1)
    step = elements_per_chunk(tuple(shape or array.shape), 4)
    for start in range(0, len(flat), step):
        yield flat[start:start + step]


def non_finite_rows(pieces, row_length):
    """Indices of the rows holding NaN or Inf, from a stream of 1-D pieces."""
    bad, offset = [], 0
    for piece in pieces:
        where = np.flatnonzero(~np.isfinite(piece))
        if len(where):
            bad.append(np.unique((where + offset) // max(1, row_length)))
        offset += len(piece)
    return np.unique(np.concatenate(bad)) if bad else np.zeros(0, np.int64)
