"""Write a TensorFlow V2 checkpoint exactly as TensorFlow's BundleWriter does, without TensorFlow."""
from __future__ import annotations

import os
from typing import Mapping

import numpy as np

from .crc32c import crc32c, mask
from .reader import data_filename
from embproj_plugin.atomic import atomic_output

from .state import update_checkpoint_state
from .table import build_table
from .wire import DTYPE_NUMBERS, BundleEntry, BundleHeader, encode_entry, encode_header

_TENSOR_BUNDLE_VERSION = 1  # BundleHeaderProto.version.producer written by TensorFlow


def _dtype_name(array: np.ndarray) -> str | None:
    dtype = array.dtype
    if dtype.name == "bfloat16" and dtype.itemsize == 2:  # ml_dtypes.bfloat16
        return "bfloat16"
    if dtype.fields is None and dtype.kind in "biuf" and dtype.name in DTYPE_NUMBERS:
        return dtype.name
    return None


def _little_endian_bytes(array: np.ndarray, dtype_name: str) -> np.ndarray:
    """C-order little-endian storage of the values (bool as one 0/1 byte, as TensorFlow)."""
    if dtype_name == "bfloat16":
        array = array.view(np.uint16)
    # (np.ascontiguousarray would turn a scalar into shape (1,).)
    return array.astype(array.dtype.newbyteorder("<"), order="C", copy=False)


def _validated(tensors: Mapping[str, np.ndarray]) -> list[tuple[bytes, str, np.ndarray]]:
    """(key, dtype name, little-endian array) per tensor, in key order. ValueError on bad input."""
    validated = []
    for name, value in tensors.items():
        if not isinstance(name, str):
            raise ValueError(f"tensor names must be str, got {name!r}")
        if not name:
            raise ValueError("tensor name must not be empty (the empty key holds the bundle header)")
        if name.startswith("\x00"):
            raise ValueError(f"tensor name {name!r} must not start with NUL (reserved for slices)")
        array = np.asarray(value)
        dtype_name = _dtype_name(array)
        if dtype_name is None:
            raise ValueError(f"tensor {name!r} has dtype {array.dtype}, which is not a numeric "
                             f"type a checkpoint can hold")
        validated.append((name.encode("utf-8"), dtype_name, _little_endian_bytes(array, dtype_name)))
    validated.sort(key=lambda item: item[0])
    return validated


def write_checkpoint(prefix, tensors: Mapping[str, np.ndarray], *, update_state: bool = True) -> None:
    """Write <prefix>.index and <prefix>.data-00000-of-00001 (each atomically), and by default
    make this checkpoint the latest in its directory's `checkpoint` state file."""
    prefix = os.fspath(prefix)
    validated = _validated(tensors)
    directory = os.path.dirname(prefix)
    if directory:
        os.makedirs(directory, exist_ok=True)

    items = [(b"", encode_header(BundleHeader(num_shards=1, big_endian=False,
                                              producer=_TENSOR_BUNDLE_VERSION)))]
    offset = 0
    # The data goes first so the index never names bytes that are not on disk yet.
    with atomic_output(data_filename(prefix, 0, 1)) as data_file:
        for key, dtype_name, stored in validated:
            data_file.write(stored.reshape(-1).view(np.uint8))
            entry = BundleEntry(dtype=DTYPE_NUMBERS[dtype_name], shape=tuple(stored.shape),
                                offset=offset, size=stored.nbytes, crc32c=mask(crc32c(stored)))
            items.append((key, encode_entry(entry)))
            offset += stored.nbytes
    with atomic_output(prefix + ".index") as index_file:
        index_file.write(build_table(items))
    if update_state:
        update_checkpoint_state(prefix)
