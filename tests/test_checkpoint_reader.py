"""The checkpoint reader against checkpoints written by real TensorFlow, and against broken copies."""
import importlib
import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from embproj_plugin.checkpoint import (CheckpointError, CheckpointReader, VariableInfo,
                                       all_checkpoints, latest_checkpoint)
from embproj_plugin import tensor_stream
from embproj_plugin.checkpoint.state import read_checkpoint_state
from embproj_plugin.checkpoint.table import build_table
from embproj_plugin.checkpoint.wire import (BundleEntry, BundleHeader, encode_entry,
                                            encode_header, slice_key)

reader_module = importlib.import_module("embproj_plugin.checkpoint.reader")
crc_module = importlib.import_module("embproj_plugin.checkpoint.crc32c")

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"


def fixture_prefixes():
    """Every checkpoint under the shared fixtures, so a new fixture is covered automatically."""
    if not FIXTURES.is_dir():
        return []
    return sorted(str(index)[:-len(".index")] for index in FIXTURES.rglob("*.index"))


def require(prefix_name):
    for prefix in fixture_prefixes():
        if prefix.endswith(prefix_name):
            return prefix
    pytest.skip(f"fixture {prefix_name} is not available")


def expected_tensors(prefix):
    """{name: (dtype, shape, array or None)} as real TensorFlow read it (the fixture's manifest)."""
    folder = Path(prefix).parent / "_expected" / Path(prefix).name
    manifest = json.loads((folder / "manifest.json").read_text())
    return {name: (item["dtype"], tuple(item["shape"]),
                   np.load(folder / item["npy"]) if "npy" in item else None)
            for name, item in manifest.items()}


def copy_checkpoint(prefix, target_dir):
    """A writable copy of one checkpoint's files (and the state file) in target_dir."""
    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    for path in Path(prefix).parent.iterdir():
        if path.name.startswith(Path(prefix).name + ".") and path.is_file():
            shutil.copyfile(path, target_dir / path.name)
    return str(target_dir / Path(prefix).name)


def flip_byte(path, offset):
    data = bytearray(Path(path).read_bytes())
    data[offset] ^= 0x5A
    Path(path).write_bytes(bytes(data))


def data_path(prefix):
    return prefix + ".data-00000-of-00001"


# ---------------------------------------------------------------- exactness on real checkpoints

@pytest.mark.skipif(not fixture_prefixes(), reason="../shared/fixtures is not beside the repository")
@pytest.mark.parametrize("prefix", fixture_prefixes(), ids=lambda p: os.path.relpath(p, FIXTURES))
def test_reads_every_fixture_bit_exactly(prefix):
    expected = expected_tensors(prefix)
    reader = CheckpointReader(prefix)
    numeric = {name: item for name, item in expected.items() if item[0] != "string"}
    assert reader.variables() == {name: VariableInfo(name, dtype, shape)
                                  for name, (dtype, shape, _) in numeric.items()}
    assert list(reader.variables()) == sorted(numeric)
    for name, (dtype, shape, values) in numeric.items():
        array = reader.read(name)
        want_dtype = "float32" if dtype == "bfloat16" else dtype
        assert array.dtype == np.dtype(want_dtype) and array.shape == shape
        assert array.tobytes() == values.astype(want_dtype).tobytes()
        as_float = reader.read_float32(name)
        assert as_float.dtype == np.float32 and as_float.shape == shape
        assert as_float.flags.c_contiguous
        np.testing.assert_array_equal(as_float, values.astype(np.float32))
    for name, (dtype, _, _) in expected.items():
        if dtype == "string":
            with pytest.raises(KeyError):
                reader.read(name)


def test_tf1_and_tf2_names():
    tf1 = CheckpointReader(require("tf1_mnist/model.ckpt"))
    assert list(tf1.variables()) == ["word_embedding"]
    tf2 = CheckpointReader(require("tf2_words/embedding.ckpt-1"))
    names = tf2.variables()
    assert "embedding/.ATTRIBUTES/VARIABLE_VALUE" in names
    assert "_CHECKPOINTABLE_OBJECT_GRAPH" not in names
    assert names["save_counter/.ATTRIBUTES/VARIABLE_VALUE"] == VariableInfo(
        "save_counter/.ATTRIBUTES/VARIABLE_VALUE", "int64", ())


def test_float32_values_are_read_into_memory_not_mapped(mnist_copy):
    """A map of a file that another process truncates kills the process with SIGBUS: values are
    read into buffers, so truncating the data file afterwards changes nothing already read."""
    reader = CheckpointReader(mnist_copy)
    array = reader.read_float32("word_embedding")
    assert type(array) is np.ndarray and not isinstance(array.base, np.memmap)
    assert array.shape == (1000, 32) and array.flags.c_contiguous and array.dtype == np.float32
    os.truncate(data_path(mnist_copy), 0)
    assert np.isfinite(array).all()  # still readable: no SIGBUS
    with pytest.raises(CheckpointError) as excinfo:
        reader.read_float32("word_embedding")
    assert_error(excinfo, data_path(mnist_copy), "truncated")


def test_blocks_stream_the_tensor_in_row_aligned_pieces(monkeypatch, mnist_copy):
    monkeypatch.setattr(tensor_stream, "CHUNK_BYTES", 1000)  # 7 rows of 32 float32 per piece
    reader = CheckpointReader(mnist_copy)
    pieces = list(reader.blocks("word_embedding"))
    assert len(pieces) > 100 and all(p.dtype == np.float32 and p.size % 32 == 0 for p in pieces)
    np.testing.assert_array_equal(np.concatenate(pieces).reshape(1000, 32), reader.read_float32("word_embedding"))


def test_read_returns_a_writable_copy():
    reader = CheckpointReader(require("tf1_mnist/model.ckpt"))
    array = reader.read("word_embedding")
    array[0, 0] += 1  # a copy: must not touch the file
    assert reader.read("word_embedding")[0, 0] != array[0, 0]


def test_unknown_name_is_a_key_error():
    reader = CheckpointReader(require("tf1_mnist/model.ckpt"))
    with pytest.raises(KeyError):
        reader.read("no_such_tensor")
    with pytest.raises(KeyError):
        reader.read_float32("word_embedding:0")


def test_crc_is_checked_on_every_read(tmp_path):
    """A data shard rewritten in place after a first good read is refused, not served unverified."""
    prefix = copy_checkpoint(require("multi_run/run_b/model.ckpt-300"), tmp_path / "ckpt")
    reader = CheckpointReader(prefix)
    good = reader.read("word_embedding")
    flip_byte(data_path(prefix), reader._entries["word_embedding"].offset + 7)
    for read in (reader.read, reader.read_float32, lambda name: list(reader.blocks(name))):
        with pytest.raises(CheckpointError) as excinfo:
            read("word_embedding")
        assert_error(excinfo, data_path(prefix), "CRC mismatch")
    flip_byte(data_path(prefix), reader._entries["word_embedding"].offset + 7)  # flipped back
    np.testing.assert_array_equal(reader.read("word_embedding"), good)


def test_the_last_piece_is_held_back_until_the_crc_matches(monkeypatch, objects_copy):
    """A streamed tensor whose last bytes are damaged yields every piece but the last, then fails."""
    monkeypatch.setattr(tensor_stream, "CHUNK_BYTES", 64)
    reader = CheckpointReader(objects_copy)
    name = "emb/.ATTRIBUTES/VARIABLE_VALUE"
    entry = reader._entries[name]
    flip_byte(data_path(objects_copy), entry.offset + entry.size - 1)
    received = []
    with pytest.raises(CheckpointError):
        for piece in reader.blocks(name):
            received.append(piece)
    assert sum(p.size for p in received) * 4 < entry.size


# ---------------------------------------------------------------- dtypes the fixtures lack

def write_raw_checkpoint(prefix, tensors, *, extra_entry_bytes=b""):
    """A checkpoint from (name, dtype number, shape, raw little-endian bytes), built by hand."""
    items = [(b"", encode_header(BundleHeader(num_shards=1, producer=1)))]
    data = b""
    for name, dtype_number, shape, raw in sorted(tensors):
        entry = BundleEntry(dtype=dtype_number, shape=shape, offset=len(data), size=len(raw),
                            crc32c=crc_module.mask(crc_module.crc32c(raw)))
        items.append((name.encode(), encode_entry(entry) + extra_entry_bytes))
        data += raw
    Path(prefix + ".index").write_bytes(build_table(items))
    Path(data_path(prefix)).write_bytes(data)


def test_bfloat16_is_widened_exactly_to_float32(tmp_path):
    values = np.array([[1.0, -2.5, 3.140625], [np.inf, 0.0, -0.0]], dtype=np.float32)
    top_halves = (values.view(np.uint32) >> 16).astype("<u2")  # these values are exact bfloat16
    prefix = str(tmp_path / "bf16")
    write_raw_checkpoint(prefix, [("w", 14, (2, 3), top_halves.tobytes())])
    reader = CheckpointReader(prefix)
    assert reader.variables()["w"] == VariableInfo("w", "bfloat16", (2, 3))
    read = reader.read("w")
    assert read.dtype == np.float32 and read.tobytes() == values.tobytes()
    assert reader.read_float32("w").tobytes() == values.tobytes()


@pytest.mark.parametrize("dtype_name, number", [("int8", 6), ("int16", 5), ("uint8", 4),
                                                 ("uint16", 17), ("uint32", 22), ("uint64", 23),
                                                 ("bool", 10)])
def test_other_integer_dtypes(tmp_path, dtype_name, number):
    values = (np.arange(12) % 2 == 0) if dtype_name == "bool" else \
        np.arange(-6, 6).astype(dtype_name)
    values = values.reshape(3, 4)
    prefix = str(tmp_path / dtype_name)
    little_endian = values.astype(values.dtype.newbyteorder("<"))
    write_raw_checkpoint(prefix, [("t", number, (3, 4), little_endian.tobytes())])
    read = CheckpointReader(prefix).read("t")
    assert read.dtype == values.dtype
    np.testing.assert_array_equal(read, values)


def write_sharded_checkpoint(prefix, tensors, num_shards, *, big_endian=False):
    """Tensor i goes to shard i % num_shards, stored in the given byte order."""
    items = [(b"", encode_header(BundleHeader(num_shards=num_shards, big_endian=big_endian,
                                              producer=1)))]
    shards = [b""] * num_shards
    for number, (name, values) in enumerate(sorted(tensors.items())):
        shard = number % num_shards
        raw = values.astype(values.dtype.newbyteorder(">" if big_endian else "<")).tobytes()
        entry = BundleEntry(dtype={"float32": 1, "int64": 9}[values.dtype.name], shape=values.shape,
                            shard_id=shard, offset=len(shards[shard]), size=len(raw),
                            crc32c=crc_module.mask(crc_module.crc32c(raw)))
        items.append((name.encode(), encode_entry(entry)))
        shards[shard] += raw
    Path(prefix + ".index").write_bytes(build_table(items))
    for shard, data in enumerate(shards):
        Path(f"{prefix}.data-{shard:05d}-of-{num_shards:05d}").write_bytes(data)


SHARDED = {"a": np.arange(12, dtype=np.float32).reshape(3, 4) / 7,
           "b": np.arange(-5, 5, dtype=np.int64),
           "c": np.full((2, 2), 0.1, np.float32)}


def test_several_data_shards(tmp_path):
    prefix = str(tmp_path / "sharded")
    write_sharded_checkpoint(prefix, SHARDED, 2)
    reader = CheckpointReader(prefix)
    for name, values in SHARDED.items():
        assert reader.read(name).tobytes() == values.tobytes()
    np.testing.assert_array_equal(reader.read_float32("c"), np.full((2, 2), 0.1, np.float32))  # from shard 2 of 2
    os.remove(prefix + ".data-00001-of-00002")
    reader = CheckpointReader(prefix)
    reader.read("c")
    with pytest.raises(CheckpointError) as excinfo:
        reader.read("b")
    assert_error(excinfo, prefix + ".data-00001-of-00002", "missing", "'b'")


def test_big_endian_checkpoint(tmp_path):
    prefix = str(tmp_path / "big")
    write_sharded_checkpoint(prefix, SHARDED, 1, big_endian=True)
    reader = CheckpointReader(prefix)
    for name, values in SHARDED.items():
        read = reader.read(name)
        assert read.dtype == values.dtype and read.dtype.isnative
        np.testing.assert_array_equal(read, values)
        np.testing.assert_array_equal(reader.read_float32(name), values.astype(np.float32))


def write_partitioned_checkpoint(prefix, name, full, row_splits, *, drop_slice=None, row_ranges=None):
    """A TF1-Saver-style partitioned variable: a full entry listing row slices, one entry each
    (consecutive `row_splits`, or any (start, stop) `row_ranges`)."""
    items = [(b"", encode_header(BundleHeader(num_shards=1, producer=1)))]
    data = b""
    slices = []
    for number, (start, stop) in enumerate(row_ranges or zip(row_splits, row_splits[1:])):
        part = np.ascontiguousarray(full[start:stop]).astype(full.dtype.newbyteorder("<"))
        extents = ((start, stop - start),) + tuple((0, size) for size in full.shape[1:])
        slices.append(extents)
        entry = BundleEntry(dtype=1, shape=part.shape, offset=len(data), size=part.nbytes,
                            crc32c=crc_module.mask(crc_module.crc32c(part)))
        if number != drop_slice:
            items.append((slice_key(name.encode(), extents), encode_entry(entry)))
        data += part.tobytes()
    items.append((name.encode(), encode_entry(BundleEntry(dtype=1, shape=full.shape,
                                                          slices=tuple(slices)))))
    Path(prefix + ".index").write_bytes(build_table(sorted(items)))
    Path(data_path(prefix)).write_bytes(data)


def test_partitioned_variable_is_assembled(tmp_path):
    full = np.random.default_rng(5).standard_normal((300, 4)).astype(np.float32)
    prefix = str(tmp_path / "partitioned")
    write_partitioned_checkpoint(prefix, "emb", full, [0, 100, 200, 300])  # 2-byte OrderedCode numbers
    reader = CheckpointReader(prefix)
    assert reader.variables() == {"emb": VariableInfo("emb", "float32", (300, 4))}
    assert reader.read("emb").tobytes() == full.tobytes()
    assert reader.read_float32("emb").tobytes() == full.tobytes()


def test_partitioned_variable_with_a_missing_slice(tmp_path):
    full = np.zeros((10, 3), np.float32)
    prefix = str(tmp_path / "partitioned")
    write_partitioned_checkpoint(prefix, "emb", full, [0, 4, 7, 10], drop_slice=1)
    with pytest.raises(CheckpointError) as excinfo:
        CheckpointReader(prefix).read("emb")
    assert_error(excinfo, prefix + ".index", "partitioned variable 'emb'", "emb[4:7, 0:3]", "missing")


@pytest.mark.parametrize("row_ranges, words", [
    ([(0, 2), (1, 3)], ["overlapping slices", "[0:2, 0:2]", "[1:3, 0:2]"]),  # row 3 never written
    ([(0, 2), (3, 4)], ["cover 6 of 8 values"]),  # a gap: row 2
])
def test_partitioned_slices_must_tile_the_tensor_exactly(tmp_path, row_ranges, words):
    """TensorFlow refuses overlapping slices; an untiled row would be served as uninitialised memory."""
    prefix = str(tmp_path / "partitioned")
    write_partitioned_checkpoint(prefix, "emb", np.ones((4, 2), np.float32), None, row_ranges=row_ranges)
    reader = CheckpointReader(prefix)
    assert "emb" not in reader.variables()
    unusable = reader.unusable()["emb"]
    assert unusable.shape == (4, 2) and all(word in unusable.reason for word in words), unusable.reason
    with pytest.raises(CheckpointError) as excinfo:
        list(reader.blocks("emb"))
    assert_error(excinfo, prefix + ".index", *words)


def test_string_and_damaged_entries_are_listed_as_unusable_beside_good_ones(tmp_path):
    prefix = str(tmp_path / "mixed")
    good = np.arange(6, dtype="<f4").reshape(3, 2)
    write_raw_checkpoint(prefix, [("good", 1, (3, 2), good.tobytes()),
                                  ("huge", 1, (2**40, 16), b""),  # a shape no uint32 config field holds
                                  ("words", 7, (3, 2), b"")])
    index = Path(prefix + ".index")
    items = [(b"", encode_header(BundleHeader(num_shards=1, producer=1))),
             (b"good", encode_entry(BundleEntry(dtype=1, shape=(3, 2), size=24,
                                                crc32c=crc_module.mask(crc_module.crc32c(good.tobytes()))))),
             (b"not-\xff-utf8", encode_entry(BundleEntry(dtype=1, shape=(3, 2), size=24))),
             (b"short", encode_entry(BundleEntry(dtype=1, shape=(100, 2), size=800)))]
    items += [(name.encode(), encode_entry(BundleEntry(dtype=dtype, shape=shape)))
              for name, dtype, shape in (("huge", 1, (2**40, 16)), ("words", 7, (3, 2)))]
    index.write_bytes(build_table(sorted(items)))
    reader = CheckpointReader(prefix)
    assert list(reader.variables()) == ["good"]
    np.testing.assert_array_equal(reader.read_float32("good"), good)
    reasons = {name: u.reason for name, u in reader.unusable().items()}
    assert reasons["words"] == "string tensor: not numeric"
    assert "dimension outside" in reasons["huge"]
    assert "not UTF-8" in reasons["not-\\xff-utf8"]
    assert "truncated" in reasons["short"] and reader.unusable()["short"].path == data_path(prefix)
    with pytest.raises(KeyError):
        reader.read("words")  # well-formed but not numeric
    with pytest.raises(CheckpointError):
        reader.read("short")  # damaged


def test_slice_keys_match_tensorflow():
    # Keys TensorFlow 2.21's Saver wrote for fixed_size_partitioner slices of (10, 3) and (4, 300).
    assert slice_key(b"emb", ((4, 3), (0, 3))) == b"\x00emb\x00\x01\x01\x02\x84\x83\x80\x83"
    assert slice_key(b"cols", ((0, 4), (150, 150))) == \
        b"\x00cols\x00\x01\x01\x02\x80\x84\xc0\x96\xc0\x96"


# ---------------------------------------------------------------- broken files

def assert_error(excinfo, path, *words):
    error = excinfo.value
    assert type(error) is CheckpointError
    assert error.path == str(path)
    assert str(error) == f"{path}: {error.problem}"
    for word in words:
        assert word in error.problem, error.problem


@pytest.fixture
def mnist_copy(tmp_path):
    return copy_checkpoint(require("tf1_mnist/model.ckpt"), tmp_path / "ckpt")


@pytest.fixture
def objects_copy(tmp_path):
    return copy_checkpoint(require("multi_run/run_a/ckpt-3"), tmp_path / "ckpt")


def test_missing_index(tmp_path):
    with pytest.raises(CheckpointError) as excinfo:
        CheckpointReader(str(tmp_path / "nothing"))
    assert_error(excinfo, tmp_path / "nothing.index", "missing")


@pytest.mark.parametrize("keep", [0, 20, 47, -1, -10, -60])
def test_truncated_index(mnist_copy, keep):
    index = mnist_copy + ".index"
    data = Path(index).read_bytes()
    Path(index).write_bytes(data[:keep])
    with pytest.raises(CheckpointError) as excinfo:
        CheckpointReader(mnist_copy)
    assert_error(excinfo, index, "truncated" if 0 <= keep < 48 else "magic")


def test_wrong_magic(mnist_copy):
    index = mnist_copy + ".index"
    flip_byte(index, len(Path(index).read_bytes()) - 1)
    with pytest.raises(CheckpointError) as excinfo:
        CheckpointReader(mnist_copy)
    assert_error(excinfo, index, "bad magic number")


def test_flipped_byte_in_an_index_block(objects_copy):
    index = objects_copy + ".index"
    flip_byte(index, 40)  # inside the first data block's entries
    with pytest.raises(CheckpointError) as excinfo:
        CheckpointReader(objects_copy)
    assert_error(excinfo, index, "block CRC mismatch", "data block 0")


def test_flipped_byte_in_the_data_is_a_crc_mismatch(objects_copy):
    reader = CheckpointReader(objects_copy)
    name = "emb/.ATTRIBUTES/VARIABLE_VALUE"
    offset = reader._entries[name].offset + 100
    flip_byte(data_path(objects_copy), offset)
    reader = CheckpointReader(objects_copy)
    reader.read("cube3d/.ATTRIBUTES/VARIABLE_VALUE")  # untouched tensors still read
    for read in (reader.read, reader.read_float32):
        with pytest.raises(CheckpointError) as excinfo:
            read(name)
        assert_error(excinfo, data_path(objects_copy), "CRC mismatch", f"'{name}'")


def test_truncated_data(objects_copy):
    data = Path(data_path(objects_copy)).read_bytes()
    Path(data_path(objects_copy)).write_bytes(data[:2000])
    reader = CheckpointReader(objects_copy)
    reader.read("emb/.ATTRIBUTES/VARIABLE_VALUE")  # bytes 96..1536: still there
    with pytest.raises(CheckpointError) as excinfo:
        reader.read("emb_f64/.ATTRIBUTES/VARIABLE_VALUE")
    assert_error(excinfo, data_path(objects_copy), "truncated", "emb_f64")


def test_empty_data_file(mnist_copy):
    Path(data_path(mnist_copy)).write_bytes(b"")
    with pytest.raises(CheckpointError) as excinfo:
        CheckpointReader(mnist_copy).read_float32("word_embedding")
    assert_error(excinfo, data_path(mnist_copy), "truncated", "word_embedding")


def test_missing_data_shard(mnist_copy):
    os.remove(data_path(mnist_copy))
    reader = CheckpointReader(mnist_copy)  # the index alone still lists the variables
    assert list(reader.variables()) == ["word_embedding"]
    with pytest.raises(CheckpointError) as excinfo:
        reader.read("word_embedding")
    assert_error(excinfo, data_path(mnist_copy), "missing", "word_embedding")


def test_index_that_is_not_a_table(tmp_path):
    prefix = str(tmp_path / "junk")
    Path(prefix + ".index").write_bytes(b"this is not a checkpoint index at all, really not" * 3)
    with pytest.raises(CheckpointError) as excinfo:
        CheckpointReader(prefix)
    assert_error(excinfo, prefix + ".index", "magic")


def test_index_that_is_a_directory(tmp_path):
    prefix = str(tmp_path / "dir")
    os.mkdir(prefix + ".index")
    with pytest.raises(CheckpointError) as excinfo:
        CheckpointReader(prefix)
    assert_error(excinfo, prefix + ".index", "cannot read")


def test_any_single_corruption_raises_only_checkpoint_error(objects_copy):
    """Flip every byte of the index, and cut it at every length: CheckpointError or a good read."""
    index = Path(objects_copy + ".index")
    original = index.read_bytes()
    good = {name: CheckpointReader(objects_copy).read(name)
            for name in CheckpointReader(objects_copy).variables()}
    damaged = [original[:i] + bytes([original[i] ^ 0xFF]) + original[i + 1:]
               for i in range(len(original))]
    damaged += [original[:i] for i in range(len(original))]
    for data in damaged:
        index.write_bytes(data)
        try:
            reader = CheckpointReader(objects_copy)
            for name in reader.variables():
                np.testing.assert_array_equal(reader.read(name), good[name])
        except CheckpointError as error:
            assert error.path in (str(index), data_path(objects_copy))


# ---------------------------------------------------------------- the `checkpoint` state file

def make_checkpoint_files(directory, name, mtime=None):
    index = Path(directory) / f"{name}.index"
    index.write_bytes(b"")
    if mtime is not None:
        os.utime(index, (mtime, mtime))
    return str(Path(directory) / name)


def test_latest_checkpoint_of_the_fixtures():
    for prefix in fixture_prefixes():
        directory = os.path.dirname(prefix)
        latest = latest_checkpoint(directory)
        state = read_checkpoint_state(directory)
        assert latest == os.path.join(directory, state.model_checkpoint_path)


def test_latest_checkpoint_relative_path(tmp_path):
    make_checkpoint_files(tmp_path, "ckpt-1", mtime=2000)
    expected = make_checkpoint_files(tmp_path, "ckpt-2", mtime=1000)
    (tmp_path / "checkpoint").write_text('model_checkpoint_path: "ckpt-2"\n'
                                         'all_model_checkpoint_paths: "ckpt-1"\n'
                                         'all_model_checkpoint_paths: "ckpt-2"\n')
    assert latest_checkpoint(str(tmp_path)) == expected


def test_latest_checkpoint_absolute_path(tmp_path):
    expected = make_checkpoint_files(tmp_path, "model.ckpt-7")
    (tmp_path / "checkpoint").write_text(f'model_checkpoint_path: "{expected}"\n')
    assert latest_checkpoint(tmp_path) == expected


def test_latest_checkpoint_after_the_logdir_moved(tmp_path):
    expected = make_checkpoint_files(tmp_path, "model.ckpt-7")
    (tmp_path / "checkpoint").write_text(
        'model_checkpoint_path: "/somewhere/else/train/model.ckpt-7"\n'
        'all_model_checkpoint_paths: "/somewhere/else/train/model.ckpt-7"\n')
    assert latest_checkpoint(str(tmp_path)) == expected


def test_latest_checkpoint_falls_back_to_the_newest_index(tmp_path):
    assert latest_checkpoint(str(tmp_path)) is None
    make_checkpoint_files(tmp_path, "b", mtime=1000)
    newest = make_checkpoint_files(tmp_path, "a", mtime=3000)
    make_checkpoint_files(tmp_path, "c", mtime=2000)
    assert latest_checkpoint(str(tmp_path)) == newest  # no state file
    (tmp_path / "checkpoint").write_text('model_checkpoint_path: "gone"\n')
    assert latest_checkpoint(str(tmp_path)) == newest  # names nothing that exists


@pytest.mark.parametrize("garbage", [
    b"\x00\xff\xfe binary junk \x80",
    b"model_checkpoint_path: unquoted\n",
    b'model_checkpoint_path: "unterminated\n',
    b"<html>not a proto</html>\n",
    b'something_else: "x"\n',
])
def test_garbage_state_file(tmp_path, garbage):
    newest = make_checkpoint_files(tmp_path, "model.ckpt-5")
    (tmp_path / "checkpoint").write_bytes(garbage)
    assert latest_checkpoint(str(tmp_path)) == newest
    with pytest.raises(CheckpointError) as excinfo:
        read_checkpoint_state(str(tmp_path))
    assert_error(excinfo, str(tmp_path / "checkpoint"), "malformed checkpoint state file")


def test_state_file_that_is_a_directory(tmp_path):
    newest = make_checkpoint_files(tmp_path, "x")
    (tmp_path / "checkpoint").mkdir()
    assert latest_checkpoint(str(tmp_path)) == newest


def test_latest_checkpoint_of_a_missing_directory(tmp_path):
    assert latest_checkpoint(str(tmp_path / "absent")) is None
    assert all_checkpoints(str(tmp_path / "absent")) == []


def test_state_file_escapes_and_tf2_fields(tmp_path):
    expected = make_checkpoint_files(tmp_path, 'we"ird ck\u00e9pt-3')
    (tmp_path / "checkpoint").write_text(
        'model_checkpoint_path: "we\\"ird ck\\303\\251pt-3"\n'
        'all_model_checkpoint_paths: "we\\"ird ck\\303\\251pt-3"\n'
        "all_model_checkpoint_timestamps: 1700000000.5\n"
        "last_preserved_timestamp: 1699999999.25\n", encoding="utf-8")
    assert latest_checkpoint(str(tmp_path)) == expected


def test_all_checkpoints_orders_by_step_number(tmp_path):
    for step, mtime in ((10, 1000), (2, 3000), (100, 2000)):
        make_checkpoint_files(tmp_path, f"ckpt-{step}", mtime=mtime)
    (tmp_path / "ckpt-5.data-00000-of-00001").write_bytes(b"")  # no index: not a checkpoint
    assert [os.path.basename(p) for p in all_checkpoints(str(tmp_path))] == \
        ["ckpt-2", "ckpt-10", "ckpt-100"]


def test_all_checkpoints_orders_by_mtime_without_steps(tmp_path):
    for name, mtime in (("first", 1000), ("third", 3000), ("second", 2000), ("ckpt-9", 2500)):
        make_checkpoint_files(tmp_path, name, mtime=mtime)
    assert [os.path.basename(p) for p in all_checkpoints(str(tmp_path))] == \
        ["first", "second", "ckpt-9", "third"]


def test_all_checkpoints_of_the_fixtures():
    prefix = require("multi_run/run_b/model.ckpt-300")
    assert [os.path.basename(p) for p in all_checkpoints(os.path.dirname(prefix))] == \
        ["model.ckpt-100", "model.ckpt-200", "model.ckpt-300"]


def test_error_pickles():
    import pickle
    error = pickle.loads(pickle.dumps(CheckpointError("/x.index", "bad magic number")))
    assert (error.path, error.problem, str(error)) == ("/x.index", "bad magic number",
                                                       "/x.index: bad magic number")


def test_garbage_entries_behind_valid_block_crcs(tmp_path):
    """Random protobuf bytes in a well-formed table: CheckpointError (or a clean read), nothing else."""
    rng = np.random.default_rng(3)
    prefix = str(tmp_path / "fuzz")
    Path(data_path(prefix)).write_bytes(bytes(64))
    good_entry = encode_entry(BundleEntry(dtype=1, shape=(4, 4), size=64,
                                          crc32c=crc_module.mask(crc_module.crc32c(bytes(64)))))
    for trial in range(300):
        value = bytearray(good_entry)
        for _ in range(1 + trial % 3):
            value[rng.integers(len(value))] = rng.integers(256)
        if trial % 5 == 0:
            value = bytearray(rng.integers(0, 256, rng.integers(0, 30), dtype=np.uint8).tobytes())
        header = encode_header(BundleHeader(num_shards=1, producer=1))
        if trial % 7 == 0:
            header = bytes(rng.integers(0, 256, 6, dtype=np.uint8))
        Path(prefix + ".index").write_bytes(build_table([(b"", header), (b"t", bytes(value))]))
        try:
            reader = CheckpointReader(prefix)
            for name in reader.variables():
                reader.read(name)
                reader.read_float32(name)
        except CheckpointError:
            pass
