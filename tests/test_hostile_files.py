"""One bad file fails only what it belongs to; special files, bombs and huge files are refused
quickly and cheaply; odd requests are 4xx, never 5xx. Each case is a minimal reproduction."""
import os
import threading
import tracemalloc
import zipfile

import numpy as np
import pytest

from embproj_plugin.checkpoint import crc32c, masked_crc32c
from embproj_plugin.checkpoint.table import build_table
from embproj_plugin.checkpoint.wire import BundleEntry, BundleHeader, encode_entry, encode_header
from plugin_client import PluginClient


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def good_run(logdir):
    """A run that must keep working beside the broken one."""
    (logdir / "good").mkdir()
    np.arange(6, dtype=np.float32).reshape(3, 2).tofile(logdir / "good" / "v.bin")
    write(logdir / "good" / "projector_config.pbtxt",
          'embeddings { tensor_name: "v" tensor_path: "v.bin" tensor_shape: 3 tensor_shape: 2 }')


def hand_written_checkpoint(prefix, entries, data=b""):
    """A checkpoint index from (key bytes, BundleEntry), built by hand, and its data shard."""
    items = [(b"", encode_header(BundleHeader(num_shards=1, producer=1)))]
    items += [(key, encode_entry(entry)) for key, entry in entries]
    with open(prefix + ".index", "wb") as f:
        f.write(build_table(sorted(items)))
    with open(prefix + ".data-00000-of-00001", "wb") as f:
        f.write(data)


def float_entry(values):
    raw = values.astype("<f4").tobytes()
    return BundleEntry(dtype=1, shape=values.shape, size=len(raw), crc32c=masked_crc32c(raw)), raw


def within(seconds, call):
    """`call()`'s result, failing the test if it has not returned within `seconds` (a hang)."""
    result, error = [], []
    thread = threading.Thread(target=lambda: _capture(call, result, error), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "no answer within %s s" % seconds
    if error:
        raise error[0]
    return result[0]


def _capture(call, result, error):
    try:
        result.append(call())
    except BaseException as e:  # pylint: disable=broad-except
        error.append(e)


def assert_broken_run_fails_alone(logdir, run):
    """/runs lists both runs, the good one still serves, the broken one answers /info with its problem."""
    client = PluginClient(logdir)
    assert sorted(within(10, lambda: client.json("/runs"))) == sorted(["good", run])
    assert client.get("/tensor?run=good&name=v").status_code == 200
    info = within(10, lambda: client.get("/info?run=" + run))
    assert info.status_code == 200, info.get_data(as_text=True)
    body = info.get_json()
    problems = body["errors"] + [e["error"] for e in body["embeddings"] if e.get("error")] \
        + [w for e in body["embeddings"] for w in e.get("warnings", [])]
    assert problems, body
    return client, body


# ------------------------------------------------------------------ one bad file, one run

def test_an_index_claiming_a_huge_shape_fails_only_that_tensor(tmp_path):
    good_run(tmp_path)
    (tmp_path / "bad").mkdir()
    entry, raw = float_entry(np.ones((2, 2)))
    hand_written_checkpoint(str(tmp_path / "bad" / "model.ckpt-1"),
                            [(b"ok", entry), (b"huge", BundleEntry(dtype=1, shape=(2**40, 16), size=2**46))], raw)
    client, body = assert_broken_run_fails_alone(tmp_path, "bad")
    by_name = {e["tensorName"]: e for e in body["embeddings"]}
    assert "dimension outside" in by_name["huge"]["error"]["error"]
    assert by_name["ok"]["error"] is None and client.get("/tensor?run=bad&name=ok").status_code == 200
    assert client.get("/tensor?run=bad&name=huge").status_code == 422


def test_an_index_key_that_is_not_utf8_fails_only_that_tensor(tmp_path):
    good_run(tmp_path)
    (tmp_path / "bad").mkdir()
    entry, raw = float_entry(np.ones((2, 2)))
    hand_written_checkpoint(str(tmp_path / "bad" / "model.ckpt-1"), [(b"ok", entry), (b"\xff\xfe", entry)], raw)
    client, body = assert_broken_run_fails_alone(tmp_path, "bad")
    errors = [e["error"]["error"] for e in body["embeddings"] if e["error"]]
    assert any("not UTF-8" in error for error in errors)
    assert client.get("/tensor?run=bad&name=ok").status_code == 200


def test_a_two_dimensional_string_variable_is_listed_with_why_it_cannot_be_shown(tmp_path):
    """The built-in lists it in /info; we list it too, with an error instead of dropping it silently."""
    entry, raw = float_entry(np.ones((2, 2)))
    hand_written_checkpoint(str(tmp_path / "model.ckpt-1"),
                            [(b"emb", entry), (b"words", BundleEntry(dtype=7, shape=(3, 2)))], raw)
    client = PluginClient(tmp_path)
    by_name = {e["tensorName"]: e for e in client.json("/info?run=.")["embeddings"]}
    assert by_name["words"]["error"]["error"] == 'tensor "words" cannot be read: string tensor: not numeric'
    assert by_name["words"]["tensorShape"] == [3, 2]
    assert by_name["emb"]["error"] is None


@pytest.mark.parametrize("damage", ["member_not_npy", "corrupt_npz", "flipped_npy_header", "nested_bookmarks",
                                    "nul_in_config_path"])
def test_one_bad_file_fails_its_run_or_embedding_alone(tmp_path, damage):
    good_run(tmp_path)
    bad = tmp_path / "bad"
    bad.mkdir()
    values = np.ones((4, 3), np.float32)
    tensor_path = "v.npz" if damage in ("member_not_npy", "corrupt_npz") else "v.npy"
    config = 'embeddings { tensor_name: "v" tensor_path: "%s" }' % tensor_path
    np.save(bad / "v.npy", values)
    if damage == "member_not_npy":
        with zipfile.ZipFile(bad / "v.npz", "w") as z:
            z.writestr("embeddings", b"not an array")
    elif damage == "corrupt_npz":
        np.savez_compressed(bad / "v.npz", embeddings=np.random.rand(100, 8))
        data = bytearray((bad / "v.npz").read_bytes())
        for i in range(100, 400):
            data[i] ^= 0x5A
        (bad / "v.npz").write_bytes(bytes(data))
    elif damage == "flipped_npy_header":
        data = bytearray((bad / "v.npy").read_bytes())
        data[data.index(b"(4, 3)") + 2] = ord("'")  # an unterminated string literal in the header
        (bad / "v.npy").write_bytes(bytes(data))
    elif damage == "nested_bookmarks":
        write(bad / "bookmarks.json", "[" * 100_000)
        config = 'embeddings { tensor_name: "v" tensor_path: "v.npy" bookmarks_path: "bookmarks.json" }'
    elif damage == "nul_in_config_path":
        config = 'embeddings { tensor_name: "v" tensor_path: "v\\000.npy" }'
    write(bad / "projector_config.pbtxt", config)
    client, body = assert_broken_run_fails_alone(tmp_path, "bad")
    if damage == "nested_bookmarks":  # the tensor is fine: only the bookmarks are refused
        assert client.get("/tensor?run=bad&name=v").status_code == 200
        assert client.get("/bookmarks?run=bad&name=v").status_code == 422
    else:
        response = client.get("/tensor?run=bad&name=v")
        assert 400 <= response.status_code < 500 and response.get_json()["error"]


# ------------------------------------------------------------------ special files, bombs, big files

@pytest.mark.parametrize("which", ["projector_config.pbtxt", "checkpoint", "model.ckpt-1.index"])
@pytest.mark.parametrize("special", ["fifo", "dev_zero"])
def test_special_files_are_refused_without_hanging_or_reading_forever(tmp_path, which, special):
    entry, raw = float_entry(np.ones((2, 2)))
    hand_written_checkpoint(str(tmp_path / "model.ckpt-1"), [(b"emb", entry)], raw)
    write(tmp_path / "checkpoint", 'model_checkpoint_path: "model.ckpt-1"\n')
    write(tmp_path / "projector_config.pbtxt", 'embeddings { tensor_name: "emb" }')
    target = tmp_path / which
    target.unlink()
    if special == "fifo":
        os.mkfifo(target)
    else:
        os.symlink("/dev/zero", target)
    client = PluginClient(tmp_path)
    assert within(10, lambda: client.get("/runs")).status_code == 200
    info = within(10, lambda: client.get("/info?run=."))
    assert info.status_code in (200, 404), info.get_data(as_text=True)
    if info.status_code == 200 and which != "checkpoint":
        text = info.get_data(as_text=True)
        assert "not a regular file" in text, text


def test_forty_megabytes_of_two_byte_metadata_lines_stay_small_in_memory(tmp_path):
    """20 million rows were 20 million Python strings (RSS 124 MB -> 2 GB)."""
    rows = 20_000_000
    np.zeros((1, 1), np.float32).tofile(tmp_path / "v.bin")
    (tmp_path / "metadata.tsv").write_bytes(b"a\n" * rows)
    write(tmp_path / "projector_config.pbtxt",
          'embeddings { tensor_name: "v" tensor_path: "v.bin" tensor_shape: 1 tensor_shape: 1 '
          'metadata_path: "metadata.tsv" }')
    tracemalloc.start()
    try:
        client = PluginClient(tmp_path)
        warnings = client.json("/info?run=.")["embeddings"][0]["warnings"]
        head = client.get("/metadata?run=.&name=v&num_rows=3").get_data()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert any("20000000 data rows" in w["error"] for w in warnings)
    assert head == b"a\na\na\n"
    assert peak < 200 * 2**20, "peak %.0f MB" % (peak / 2**20)


def test_an_npz_bomb_is_never_decompressed_into_memory(tmp_path):
    """A few hundred KiB that inflate to 200 MB: listed from the header, streamed when served."""
    zeros = np.zeros((1_000_000, 50), np.float32)
    np.savez_compressed(tmp_path / "bomb.npz", embeddings=zeros)
    assert os.path.getsize(tmp_path / "bomb.npz") < 1 << 20
    del zeros
    write(tmp_path / "projector_config.pbtxt", 'embeddings { tensor_name: "b" tensor_path: "bomb.npz" }')
    tracemalloc.start()
    try:
        client = PluginClient(tmp_path)
        info = client.json("/info?run=.")["embeddings"][0]
        response = client.get("/tensor?run=.&name=b&num_rows=2")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info["shape"] == [1_000_000, 50]
    assert response.status_code == 200 and response.get_data() == bytes(400)
    assert peak < 64 * 2**20, "peak %.0f MB" % (peak / 2**20)


def test_an_npz_member_that_declares_more_than_its_array_needs_is_refused(tmp_path):
    np.savez(tmp_path / "v.npz", embeddings=np.ones((4, 3), np.float32))
    with zipfile.ZipFile(tmp_path / "v.npz", "a") as z:
        z.writestr("extra.npy", b"\x93NUMPY\x01\x00" + b"v" * 40)  # a second, broken member
    write(tmp_path / "projector_config.pbtxt", 'embeddings { tensor_name: "embeddings" tensor_path: "v.npz" }')
    response = PluginClient(tmp_path).get("/tensor?run=.&name=embeddings")
    assert response.status_code == 200 and np.frombuffer(response.get_data(), "<f4").tolist() == [1.0] * 12


# ------------------------------------------------------------------ 4xx, never 5xx

@pytest.mark.parametrize("query", ["step=%C2%B2", "step=" + "9" * 5000, "num_rows=%C2%B2", "num_rows=" + "9" * 5000,
                                   "step=-1", "num_rows=0"])
def test_odd_numbers_in_queries_are_400(tmp_path, query):
    np.ones((2, 2), np.float32).tofile(tmp_path / "v.bin")
    write(tmp_path / "projector_config.pbtxt",
          'embeddings { tensor_name: "v" tensor_path: "v.bin" tensor_shape: 2 tensor_shape: 2 }')
    response = PluginClient(tmp_path).get("/tensor?run=.&name=v&" + query)
    assert response.status_code == 400 and response.get_json()["error"]


def test_config_entries_without_a_name_are_listed_not_a_500(tmp_path):
    np.ones((2, 2), np.float32).tofile(tmp_path / "v.bin")
    write(tmp_path / "projector_config.pbtxt",
          'embeddings { tensor_name: "v" tensor_path: "v.bin" tensor_shape: 2 tensor_shape: 2 }\n'
          'embeddings { metadata_path: "labels.tsv" }\n')
    info = PluginClient(tmp_path).json("/info?run=.")
    assert [e["tensorName"] for e in info["embeddings"]] == ["v", ""]
    assert info["embeddings"][1]["error"]["error"]


def test_a_nameless_first_entry_beside_an_unreadable_checkpoint_is_not_a_500(tmp_path):
    write(tmp_path / "model.ckpt-1.index", "garbage")
    write(tmp_path / "model.ckpt-1.data-00000-of-00001", "")
    write(tmp_path / "projector_config.pbtxt", 'embeddings { metadata_path: "labels.tsv" }')
    info = PluginClient(tmp_path).json("/info?run=.")
    assert any("checkpoint cannot be read" in e["error"] for e in info["errors"])


# ------------------------------------------------------------------ TSV strictness

@pytest.mark.parametrize("text, row, what", [
    ("1 2\t\n3\t4\n", 1, "separated by spaces"),
    ("1\t2\n3\t4 5\n", 2, "separated by spaces"),
    ("1\t2\n3\t\n", 2, "an empty value"),
    ("1\tnan(123)\n3\t4\n", 1, "not a number"),
    ("1\t2\n3\t4\t5\n", 2, "row 2 has 3 values"),
])
def test_ragged_or_space_separated_tsv_rows_are_refused_naming_the_row(tmp_path, text, row, what):
    write(tmp_path / "t.tsv", text)
    write(tmp_path / "projector_config.pbtxt", 'embeddings { tensor_name: "t" tensor_path: "t.tsv" }')
    response = PluginClient(tmp_path).get("/tensor?run=.&name=t")
    error = response.get_json()["error"]
    assert response.status_code == 422 and what in error and ("row %d" % row) in error, error


def test_tsv_values_python_reads_are_accepted(tmp_path):
    write(tmp_path / "t.tsv", "1\t-2.5e3\nnan\tInfinity\r\n +7 \t-inf\n\n")
    write(tmp_path / "projector_config.pbtxt", 'embeddings { tensor_name: "t" tensor_path: "t.tsv" }')
    body = PluginClient(tmp_path).get("/tensor?run=.&name=t").get_data()
    np.testing.assert_array_equal(np.frombuffer(body, "<f4"), np.float32([1, -2500, np.nan, np.inf, 7, -np.inf]))


# ------------------------------------------------------------------ the built-in's answers

def test_two_entries_sharing_one_tensor_path_are_served_like_the_builtin(tmp_path):
    """The first is named by its path and keeps its metadata; the later unnamed one answers to name=."""
    write(tmp_path / "a.tsv", "1\t2\n3\t4\n")
    write(tmp_path / "labels.tsv", "x\ny\n")
    write(tmp_path / "projector_config.pbtxt",
          'embeddings { tensor_path: "a.tsv" metadata_path: "labels.tsv" }\n'
          'embeddings { tensor_path: "a.tsv" }\n')
    client = PluginClient(tmp_path)
    assert client.get("/metadata?run=.&name=a.tsv").get_data() == b"x\ny\n"
    assert client.get("/tensor?run=.&name=").get_data() == np.float32([1, 2, 3, 4]).tobytes()
    assert client.get("/tensor?run=.&name=a.tsv").get_data() == np.float32([1, 2, 3, 4]).tobytes()
    assert [e["tensorName"] for e in client.json("/info?run=.")["embeddings"]] == ["a.tsv", ""]


def test_crc32c_module_is_the_one_checkpoints_use():
    assert crc32c(b"123456789") == 0xE3069283


def test_a_config_symlinked_from_outside_the_logdir_is_not_read(tmp_path):
    outside = tmp_path / "outside"
    logdir = tmp_path / "logdir"
    logdir.mkdir()
    np.ones((2, 2), np.float32).tofile(logdir / "v.bin")
    write(outside / "projector_config.pbtxt",
          'embeddings { tensor_name: "v" tensor_path: "v.bin" tensor_shape: 2 tensor_shape: 2 }')
    os.symlink(outside / "projector_config.pbtxt", logdir / "projector_config.pbtxt")
    info = PluginClient(logdir).json("/info?run=.")
    assert info["embeddings"] == [] and "outside the logdir" in info["errors"][0]["error"]
