"""TensorFlow V2 checkpoints ("tensor bundles") read and written in pure Python + numpy.

TensorFlow is never imported here: the format is a LevelDB-style table (`.index`) of protobuf
entries pointing into raw little-endian data shards (`.data-NNNNN-of-NNNNN`).
"""
from .crc32c import crc32c, masked_crc32c
from .reader import CheckpointError, CheckpointReader, UnusableVariable, VariableInfo
from .state import all_checkpoints, latest_checkpoint
from .writer import write_checkpoint

__all__ = [
    "CheckpointError",
    "CheckpointReader",
    "UnusableVariable",
    "VariableInfo",
    "all_checkpoints",
    "crc32c",
    "latest_checkpoint",
    "masked_crc32c",
    "write_checkpoint",
]
