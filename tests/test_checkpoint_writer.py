"""The checkpoint writer: round trips through the reader, and byte-identity with TensorFlow's files."""
import importlib
import os
from pathlib import Path

import numpy as np
import pytest

from embproj_plugin.checkpoint import (CheckpointError, CheckpointReader, VariableInfo,
                                       latest_checkpoint, write_checkpoint)
from embproj_plugin.checkpoint.state import read_checkpoint_state
from embproj_plugin.checkpoint.table import read_table
from embproj_plugin.checkpoint.wire import decode_entry, decode_header

writer_module = importlib.import_module("embproj_plugin.checkpoint.writer")

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"


def fixture_prefixes():
    if not FIXTURES.is_dir():
        return []
    return sorted(str(index)[:-len(".index")] for index in FIXTURES.rglob("*.index"))


def data_path(prefix):
    return prefix + ".data-00000-of-00001"


def index_entries(prefix):
    return {key.decode(): value for key, value in read_table(Path(prefix + ".index").read_bytes())}


# ---------------------------------------------------------------- round trips

DTYPES = ["float16", "float32", "float64", "int8", "int16", "int32", "int64",
          "uint8", "uint16", "uint32", "uint64", "bool"]


@pytest.mark.parametrize("dtype", DTYPES)
def test_round_trip_every_dtype(tmp_path, dtype):
    rng = np.random.default_rng(DTYPES.index(dtype))
    if dtype == "bool":
        values = rng.integers(0, 2, (7, 5)).astype(bool)
    elif dtype.startswith(("int", "uint")):
        info = np.iinfo(dtype)
        values = rng.integers(info.min, info.max, (7, 5), dtype=dtype, endpoint=True)
    else:
        values = rng.standard_normal((7, 5)).astype(dtype)
        values[0, :3] = [np.inf, -np.inf, np.nan]
    prefix = str(tmp_path / "ckpt-1")
    write_checkpoint(prefix, {"t": values})
    reader = CheckpointReader(prefix)
    assert reader.variables() == {"t": VariableInfo("t", dtype, (7, 5))}
    read = reader.read("t")
    assert read.dtype == np.dtype(dtype) and read.tobytes() == values.tobytes()
    np.testing.assert_array_equal(reader.read_float32("t"), values.astype(np.float32))


def test_round_trip_shapes_and_layouts(tmp_path):
    base = np.arange(24, dtype=np.float32).reshape(4, 6)
    tensors = {
        "scalar": np.float64(2.5),
        "python_int": 7,
        "empty": np.zeros((0, 5), np.float32),
        "vector": np.arange(3, dtype=np.int32),
        "cube": np.arange(60, dtype=np.int16).reshape(3, 4, 5),
        "transposed": base.T,  # not C-contiguous
        "strided": base[:, ::2],
        "big_endian": base.astype(">f4"),
        "nested/.ATTRIBUTES/VARIABLE_VALUE": base,
        "unicode_\u00e9\u6f22": base[:1],
    }
    prefix = str(tmp_path / "shapes")
    write_checkpoint(prefix, tensors)
    reader = CheckpointReader(prefix)
    assert list(reader.variables()) == sorted(tensors, key=lambda n: n.encode())
    for name, value in tensors.items():
        expected = np.asarray(value)
        read = reader.read(name)
        assert read.shape == expected.shape
        assert read.dtype == expected.dtype.newbyteorder("=")
        np.testing.assert_array_equal(read, expected)
    assert reader.read_float32("big_endian").flags.c_contiguous
    assert type(reader.read_float32("transposed")) is np.ndarray


def test_many_entries_span_several_index_blocks(tmp_path):
    # Long names push the index table past one 256 KiB block, exercising separators and restarts.
    tensors = {f"layer_{i:05d}/" + "x" * 600: np.array([i], np.int32) for i in range(1000)}
    prefix = str(tmp_path / "wide")
    write_checkpoint(prefix, tensors, update_state=False)
    assert os.path.getsize(prefix + ".index") > 2 * 262144
    reader = CheckpointReader(prefix)
    assert list(reader.variables()) == sorted(tensors)
    for name in list(tensors)[::97]:
        assert reader.read(name).tolist() == tensors[name].tolist()


def test_empty_checkpoint(tmp_path):
    prefix = str(tmp_path / "nothing")
    write_checkpoint(prefix, {})
    assert CheckpointReader(prefix).variables() == {}


# ---------------------------------------------------------------- identity with TensorFlow's files

def tf1_saver_fixtures():
    """Fixtures with no string tensors whose data TensorFlow laid out in key order (TF1 Saver)."""
    found = []
    for prefix in fixture_prefixes():
        entries = [decode_entry(value) for key, value in index_entries(prefix).items() if key]
        offsets = [entry.offset for entry in entries]
        if all(entry.dtype != 7 for entry in entries) and offsets == sorted(offsets):
            found.append(prefix)
    return found


@pytest.mark.skipif(not tf1_saver_fixtures(), reason="no TF1 Saver checkpoints among the fixtures")
@pytest.mark.parametrize("prefix", tf1_saver_fixtures(), ids=lambda p: os.path.relpath(p, FIXTURES))
def test_rewriting_a_tf1_checkpoint_is_byte_identical(tmp_path, prefix):
    reader = CheckpointReader(prefix)
    tensors = {name: reader.read(name) for name in reader.variables()}
    copy = str(tmp_path / os.path.basename(prefix))
    write_checkpoint(copy, tensors, update_state=False)
    assert Path(data_path(copy)).read_bytes() == Path(data_path(prefix)).read_bytes()
    assert Path(copy + ".index").read_bytes() == Path(prefix + ".index").read_bytes()


@pytest.mark.skipif(not fixture_prefixes(), reason="../shared/fixtures is not beside the repository")
@pytest.mark.parametrize("prefix", fixture_prefixes(), ids=lambda p: os.path.relpath(p, FIXTURES))
def test_rewritten_entries_match_tensorflow_field_by_field(tmp_path, prefix):
    """TF2 checkpoints also hold a string object graph and order their data differently, so
    compare what does not depend on layout: header, dtype, shape, size and CRC of every tensor."""
    reader = CheckpointReader(prefix)
    copy = str(tmp_path / "copy")
    write_checkpoint(copy, {name: reader.read(name) for name in reader.variables()},
                     update_state=False)
    theirs, ours = index_entries(prefix), index_entries(copy)
    assert decode_header(ours[""]) == decode_header(theirs[""])
    assert ours[""] == theirs[""]
    assert set(ours) == {""} | set(reader.variables())
    for name in reader.variables():
        mine, real = decode_entry(ours[name]), decode_entry(theirs[name])
        for field in ("dtype", "shape", "shard_id", "size", "crc32c"):
            assert getattr(mine, field) == getattr(real, field), (name, field)


# ---------------------------------------------------------------- the state file and atomicity

def test_state_file_tracks_checkpoints(tmp_path):
    value = {"v": np.ones(3, np.float32)}
    for step in (1, 2):
        write_checkpoint(str(tmp_path / f"ckpt-{step}"), value)
    state = read_checkpoint_state(str(tmp_path))
    assert state.model_checkpoint_path == "ckpt-2"
    assert state.all_model_checkpoint_paths == ("ckpt-1", "ckpt-2")
    assert latest_checkpoint(str(tmp_path)) == str(tmp_path / "ckpt-2")
    for path in tmp_path.glob("ckpt-1.*"):
        path.unlink()  # deleted checkpoints drop out of the list
    write_checkpoint(str(tmp_path / "ckpt-3"), value)
    write_checkpoint(str(tmp_path / "ckpt-3"), value)  # rewriting does not duplicate it
    state = read_checkpoint_state(str(tmp_path))
    assert state == type(state)("ckpt-3", ("ckpt-2", "ckpt-3"))
    assert (tmp_path / "checkpoint").read_text() == (
        'model_checkpoint_path: "ckpt-3"\n'
        'all_model_checkpoint_paths: "ckpt-2"\n'
        'all_model_checkpoint_paths: "ckpt-3"\n')


def test_state_file_with_awkward_names(tmp_path):
    name = 'we"ird\\ n\u00e4me-4'
    write_checkpoint(str(tmp_path / name), {"v": np.zeros(1)})
    assert read_checkpoint_state(str(tmp_path)).model_checkpoint_path == name
    assert latest_checkpoint(str(tmp_path)) == str(tmp_path / name)


def test_garbage_state_file_is_replaced(tmp_path):
    (tmp_path / "checkpoint").write_bytes(b"\x00garbage\xff")
    write_checkpoint(str(tmp_path / "model.ckpt-5"), {"v": np.zeros(1)})
    assert read_checkpoint_state(str(tmp_path)).all_model_checkpoint_paths == ("model.ckpt-5",)


def test_without_state_update(tmp_path):
    write_checkpoint(str(tmp_path / "a"), {"v": np.zeros(1)}, update_state=False)
    assert not (tmp_path / "checkpoint").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.data-00000-of-00001", "a.index"]


def test_creates_the_directory(tmp_path):
    prefix = str(tmp_path / "new" / "dir" / "ckpt-1")
    write_checkpoint(prefix, {"v": np.zeros(2)})
    assert latest_checkpoint(str(tmp_path / "new" / "dir")) == prefix


def test_a_crash_leaves_no_partial_checkpoint(tmp_path, monkeypatch):
    def crash(items):
        raise KeyboardInterrupt("power cut while building the index")

    monkeypatch.setattr(writer_module, "build_table", crash)
    with pytest.raises(KeyboardInterrupt):
        write_checkpoint(str(tmp_path / "ckpt-1"), {"v": np.zeros(4)})
    # No index under the real name, no state file, no temporaries left behind.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ckpt-1.data-00000-of-00001"]
    assert latest_checkpoint(str(tmp_path)) is None
    with pytest.raises(CheckpointError):
        CheckpointReader(str(tmp_path / "ckpt-1"))


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize("tensors, words", [
    ({"": np.zeros(2)}, ["empty"]),
    ({3: np.zeros(2)}, ["str"]),
    ({"obj": np.array([object(), None])}, ["'obj'", "object"]),
    ({"text": np.array(["a", "b"])}, ["'text'", "<U1"]),
    ({"bytes": np.array([b"a"])}, ["'bytes'", "S1"]),
    ({"complex": np.zeros(2, np.complex64)}, ["'complex'", "complex64"]),
    ({"record": np.zeros(2, [("a", "f4")])}, ["'record'"]),
    ({"dates": np.zeros(2, "datetime64[s]")}, ["'dates'", "datetime64"]),
    ({"ok": np.zeros(2), "bad": np.array(["x"])}, ["'bad'"]),
])
def test_bad_input_is_a_value_error_and_writes_nothing(tmp_path, tensors, words):
    with pytest.raises(ValueError) as excinfo:
        write_checkpoint(str(tmp_path / "ckpt-1"), tensors)
    for word in words:
        assert word in str(excinfo.value)
    assert list(tmp_path.iterdir()) == []
