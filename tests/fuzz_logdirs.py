"""Damaged logdirs for tests/test_fuzz_readers.py: the undamaged bases, the mutations, the case list.

A base is a logdir copied from the shared fixtures (written by real TensorFlow / PyTorch) or generated
here (raw float32, .npy, .npz). A case copies one base and damages one of its files in one way; the
list of cases depends only on the seed, so a failing case can be run again by its number.
"""
import dataclasses
import io
import json
import os
import random
import shutil
import zipfile

import google_crc32c
import numpy as np
from PIL import Image

from shared_fixtures import SHARED_FIXTURES

# -- the undamaged bases ------------------------------------------------------------------------

# base -> {file inside the base: its kind}. Every file listed here is damaged by every mutation.
TARGETS = {
    "tf2_words": {
        "embedding.ckpt-1.index": "ckpt-index",
        "embedding.ckpt-1.data-00000-of-00001": "ckpt-data",
        "checkpoint": "ckpt-state",
        "projector_config.pbtxt": "config",
        "metadata.tsv": "metadata",
        "bookmarks.json": "bookmarks",
    },
    "tf1_mnist": {
        "model.ckpt.index": "ckpt-index",
        "model.ckpt.data-00000-of-00001": "ckpt-data",
        "checkpoint": "ckpt-state",
        "projector_config.pbtxt": "config",
        "metadata.tsv": "metadata",
        "sprite.png": "sprite",
    },
    "multi_run": {
        "run_a/ckpt-3.index": "ckpt-index",
        "run_a/ckpt-3.data-00000-of-00001": "ckpt-data",
        "run_a/ckpt-1.data-00000-of-00001": "ckpt-data",  # an older step: read through ?step=1
        "run_a/checkpoint": "ckpt-state",
        "run_b/model.ckpt-300.index": "ckpt-index",
        "run_b/checkpoint": "ckpt-state",
        "run_b/projector_config.pbtxt": "config",
        "run_b/labels.tsv": "metadata",
    },
    "tsv_only": {
        "tensors.tsv": "tensor-tsv",
        "metadata.tsv": "metadata",
        "projector_config.pbtxt": "config",
    },
    "torch_writer": {
        "00000/plain/tensors.tsv": "tensor-tsv",
        "00003/with_images/sprite.png": "sprite",
        "00003/with_images/metadata.tsv": "metadata",
        "projector_config.pbtxt": "config",
    },
    "gen_raw": {
        "emb.bytes": "raw-f32",
        "meta.tsv": "metadata",
        "bookmarks.json": "bookmarks",
        "sprite.png": "sprite",
        "projector_config.pbtxt": "config",
    },
    "gen_npy": {
        "emb.npy": "npy",
        "emb_f64.npy": "npy",
        "sprite.jpg": "sprite",
    },
    "gen_npz": {
        "emb.npz": "npz",
        "emb_z.npz": "npz",
    },
}

FIXTURE_BASES = ["tf2_words", "tf1_mnist", "multi_run", "tsv_only", "torch_writer"]

_GENERATED_CONFIGS = {
    "gen_raw": """embeddings {
  tensor_name: "raw_emb"
  tensor_path: "emb.bytes"
  tensor_shape: 50
  tensor_shape: 8
  metadata_path: "meta.tsv"
  bookmarks_path: "bookmarks.json"
  sprite { image_path: "sprite.png" single_image_dim: 4 single_image_dim: 4 }
}
""",
    "gen_npy": """embeddings {
  tensor_name: "npy_emb"
  tensor_path: "emb.npy"
  metadata_path: "meta.tsv"
  sprite { image_path: "sprite.jpg" single_image_dim: 4 single_image_dim: 4 }
}
embeddings {
  tensor_name: "npy_f64"
  tensor_path: "emb_f64.npy"
}
""",
    "gen_npz": """embeddings {
  tensor_name: "npz_emb"
  tensor_path: "emb.npz"
  metadata_path: "meta.tsv"
}
embeddings {
  tensor_name: "npz_z"
  tensor_path: "emb_z.npz"
}
""",
}


def build_templates(root):
    """Writes every undamaged base under `root` (writable copies). Returns {base: path}."""
    bases = {}
    for name in FIXTURE_BASES:
        bases[name] = _copy_fixture(SHARED_FIXTURES / name, os.path.join(root, name))
    for name in _GENERATED_CONFIGS:
        bases[name] = os.path.join(root, name)
        os.makedirs(bases[name])
        _write_generated(name, bases[name])
    return bases


def _copy_fixture(source, target):
    """Copies without the `_expected` truth and without the fixtures' read-only modes."""
    for directory, subdirs, files in os.walk(source):
        subdirs[:] = [d for d in subdirs if d != "_expected"]
        out = os.path.join(target, os.path.relpath(directory, source))
        os.makedirs(out, exist_ok=True)
        for name in files:
            shutil.copyfile(os.path.join(directory, name), os.path.join(out, name))
    return target


def _write_generated(name, directory):
    rng = np.random.default_rng(20240601)

    def path(file):
        return os.path.join(directory, file)

    with open(path("projector_config.pbtxt"), "w") as f:
        f.write(_GENERATED_CONFIGS[name])
    if name == "gen_raw":
        rng.standard_normal((50, 8)).astype("<f4").tofile(path("emb.bytes"))
        _write_metadata(path("meta.tsv"), 50, header=True)
        with open(path("bookmarks.json"), "w") as f:
            json.dump([{"label": "first", "selectedProjection": "pca", "dataSetDimensions": [50, 8]},
                       {"label": "second", "selectedProjection": "tsne", "dataSetDimensions": [50, 8]}], f)
        Image.fromarray(rng.integers(0, 255, (32, 32, 3), dtype=np.uint8)).save(path("sprite.png"))
    elif name == "gen_npy":
        np.save(path("emb.npy"), rng.standard_normal((40, 6)).astype(np.float32))
        np.save(path("emb_f64.npy"), np.asfortranarray(rng.standard_normal((30, 5))))
        _write_metadata(path("meta.tsv"), 40, header=False)
        Image.fromarray(rng.integers(0, 255, (28, 28, 3), dtype=np.uint8)).save(path("sprite.jpg"), quality=80)
    elif name == "gen_npz":
        np.savez(path("emb.npz"), emb=rng.standard_normal((40, 6)).astype(np.float32))
        np.savez_compressed(path("emb_z.npz"), embeddings=rng.standard_normal((30, 4)).astype(np.float32),
                            labels=np.arange(30))
        _write_metadata(path("meta.tsv"), 40, header=True)


def _write_metadata(path, rows, header):
    lines = (["label\tgroup"] if header else []) + [
        ("p%d\tg%d" % (i, i % 3)) if header else "p%d" % i for i in range(rows)]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


# -- mutations ----------------------------------------------------------------------------------
# Each takes (path, rng, outside) and damages the file at `path` (`outside` is a folder outside the
# logdir); it returns a label naming what it did (offsets and values), so that a failure message
# says exactly which bytes were damaged.

_MAGICS = [b"\x89PNG\r\n\x1a\n", b"\x93NUMPY\x01\x00", b"PK\x03\x04", b"\xff\xd8\xff\xe0", b"GIF89a",
           b"\xef\xbb\xbf", b"\xff\xfe", b"\x00" * 8, b'{"a":', b"embeddings {", b"\xdb\x47\x75\x24"]
_TEXT_GARBAGE = [b"\n1\t2\t3\n", b"\nnan\t-inf\t1e40\n", b"\t\t\n", b"\r\n\r\n", b"\xff\xfe\x00",
                 b"\n\x00\x00\x00", b'embeddings { tensor_name: "x" }', b"\n0x1p3\t1_000\n"]


def _read(path):
    with open(path, "rb") as f:
        return f.read()


def _write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def bit_flip(path, rng, outside):
    data = bytearray(_read(path))
    flips = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        offset, bit = rng.randrange(len(data)), 1 << rng.randrange(8)
        data[offset] ^= bit
        flips.append("%d^0x%02x" % (offset, bit))
    _write(path, bytes(data))
    return "bit_flip@" + ",".join(flips)


def byte_overwrite(path, rng, outside):
    data = bytearray(_read(path))
    offset = rng.randrange(len(data))
    patch = bytes(rng.randrange(256) for _ in range(rng.randint(1, 32)))[:len(data) - offset]
    data[offset:offset + len(patch)] = patch
    _write(path, bytes(data))
    return "byte_overwrite@%d+%d=%s" % (offset, len(patch), patch[:8].hex())


def truncate(path, rng, outside):
    data = _read(path)
    offset = rng.randrange(1, len(data))
    _write(path, data[:offset])
    return "truncate@%d/%d" % (offset, len(data))


def append_garbage(path, rng, outside):
    if rng.random() < 0.4:
        garbage = rng.choice(_TEXT_GARBAGE)
    else:
        garbage = bytes(rng.randrange(256) for _ in range(rng.randint(1, 600)))
    with open(path, "ab") as f:
        f.write(garbage)
    return "append_garbage+%d=%s" % (len(garbage), garbage[:8].hex())


def garble_header(path, rng, outside):
    data = bytearray(_read(path))
    patch = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    data[:len(patch)] = patch
    _write(path, bytes(data))
    return "garble_header=%s" % patch.hex()


def wrong_header(path, rng, outside):
    data = bytearray(_read(path))
    magic = rng.choice(_MAGICS)
    data[:len(magic)] = magic
    _write(path, bytes(data))
    return "wrong_header=%s" % magic.hex()


def intact(path, rng, outside):
    """No damage: the control case of each base, where everything must be served."""
    return "intact"


def zero_length(path, rng, outside):
    _write(path, b"")
    return "zero_length"


def fifo(path, rng, outside):
    os.unlink(path)
    os.mkfifo(path)
    return "fifo"


def link_dev_zero(path, rng, outside):
    os.unlink(path)
    os.symlink("/dev/zero", path)
    return "symlink->/dev/zero"


def link_directory(path, rng, outside):
    """A symlink to a directory inside the logdir (so no confinement rule refuses it)."""
    os.unlink(path)
    os.symlink(".", path)
    return "symlink->directory"


def link_dangling(path, rng, outside):
    os.unlink(path)
    os.symlink("no-such-file", path)
    return "symlink->dangling"


def link_outside(path, rng, outside):
    """The intact file, moved outside the logdir and linked back: assets must not be served."""
    moved = os.path.join(outside, os.path.basename(path))
    os.makedirs(outside, exist_ok=True)
    os.rename(path, moved)
    os.symlink(moved, path)
    return "symlink->outside the logdir"


# -- crafted damage, aimed past the first checks of one format -----------------------------------

def _varint(data, pos):
    value = shift = 0
    while True:
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            return value, pos
        shift += 7


def _block_entries(data, offset, size):
    """(key, value offset in the file, value length) of every entry of a LevelDB table block."""
    restarts = int.from_bytes(data[offset + size - 4:offset + size], "little")
    end, pos, key, entries = offset + size - 4 - 4 * restarts, offset, b"", []
    while pos < end:
        shared, pos = _varint(data, pos)
        unshared, pos = _varint(data, pos)
        length, pos = _varint(data, pos)
        key = key[:shared] + bytes(data[pos:pos + unshared])
        pos += unshared
        entries.append((key, pos, length))
        pos += length
    return entries


def _table_entries(data):
    """Every (key, value offset, value length, data block offset, size) of a checkpoint .index."""
    footer = len(data) - 48
    _, pos = _varint(data, footer)  # metaindex handle: offset,
    _, pos = _varint(data, pos)  # size
    index_offset, pos = _varint(data, pos)
    index_size, _ = _varint(data, pos)
    found = []
    for _, value_at, _ in _block_entries(data, index_offset, index_size):
        block_offset, pos = _varint(data, value_at)
        block_size, _ = _varint(data, pos)
        found += [entry + (block_offset, block_size) for entry in _block_entries(data, block_offset, block_size)]
    return found


def _masked_crc32c(data):
    crc = google_crc32c.value(bytes(data))
    return ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF


def index_entry_flip(path, rng, outside):
    """Bit flips inside one tensor's BundleEntryProto (its shape, offset, size or crc32c; never its
    dtype), with the block's CRC recomputed: the damage gets past the table checksum, so only the
    reader's own checks of the entry (sizes, bounds, the data's CRC) can refuse it."""
    data = bytearray(_read(path))
    entries = [e for e in _table_entries(data) if e[0] and e[2] > 2]
    key, value_at, length, block_offset, block_size = rng.choice(entries)
    flips = []
    for _ in range(rng.choice([1, 1, 2])):
        offset, bit = value_at + rng.randrange(2, length), 1 << rng.randrange(8)  # bytes 0-1: the dtype
        data[offset] ^= bit
        flips.append("%d^0x%02x" % (offset, bit))
    trailer = block_offset + block_size
    data[trailer + 1:trailer + 5] = _masked_crc32c(data[block_offset:trailer + 1]).to_bytes(4, "little")
    _write(path, bytes(data))
    return "index_entry_flip[%s]@%s (block CRC recomputed)" % (key.decode("utf-8", "replace"), ",".join(flips))


_TSV_TOKENS = ["nan", "-nan", "NaN", "inf", "-Infinity", "1e39", "-1e39", "1e-46", "0x1p3", "1_0", " 1", "1 ",
               "+1", ".5", "5.", "1e", "", "\u0661", "nan(123)", "1,5", "1\x00", "\t", "1e+", "--1", "0" * 400 + "1",
               "1" * 400, "\r", "\n", "1\r"]


def tsv_token(path, rng, outside):
    """One field of a tensor TSV replaced by a token that float() and C parsers may read differently."""
    lines = _read(path).decode("utf-8").split("\n")
    row = rng.randrange(len(lines) - 1)
    fields = lines[row].split("\t")
    column, token = rng.randrange(len(fields)), rng.choice(_TSV_TOKENS)
    fields[column] = token
    lines[row] = "\t".join(fields)
    _write(path, "\n".join(lines).encode("utf-8"))
    return "tsv_token@row%d,col%d=%r" % (row + 1, column + 1, token)


def _npy_parts(path):
    raw = _read(path)
    stream = io.BytesIO(raw)
    version = np.lib.format.read_magic(stream)
    read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
    shape, fortran, dtype = read_header(stream)
    return shape, fortran, dtype, raw[stream.tell():]


def _npy_variants(shape, fortran, dtype):
    """name -> (descr, fortran_order, shape) of a header that reinterprets the same data bytes."""
    rows, cols = shape
    size = dtype.itemsize
    swapped = dtype.newbyteorder("S").str
    complex_shape = (rows, cols // 2) if cols % 2 == 0 else (rows // 2, cols)
    return {"byteswapped": (swapped, fortran, shape), "order_flipped": (dtype.str, not fortran, shape),
            "as_int": ("<i%d" % size, fortran, shape), "as_uint8": ("|u1", fortran, (rows, cols * size)),
            "as_half": ("<f2", fortran, (rows, cols * size // 2)), "as_complex": ("<c%d" % (2 * size), fortran,
                                                                                  complex_shape),
            "as_object": ("|O", fortran, shape), "as_unicode": ("<U1", fortran, (rows, cols * size // 4)),
            "one_dimensional": (dtype.str, fortran, (rows * cols,)),
            "three_dimensional": (dtype.str, fortran, (rows, cols, 1)), "more_rows": (dtype.str, fortran, (rows + 1, cols)),
            "fewer_rows": (dtype.str, fortran, (rows - 1, cols)), "zero_rows": (dtype.str, fortran, (0, cols)),
            "huge_rows": (dtype.str, fortran, (1 << 40, cols))}


def _npy_header_mutation(variant):
    def npy_header(path, rng, outside):
        """The same data bytes under another valid header (dtype, order or shape): np.load says what
        they are now, and the server must agree or refuse."""
        shape, fortran, dtype, data = _npy_parts(path)
        descr, order, new_shape = _npy_variants(shape, fortran, dtype)[variant]
        header = io.BytesIO()
        np.lib.format.write_array_header_1_0(header, {"descr": descr, "fortran_order": order, "shape": new_shape})
        _write(path, header.getvalue() + data)
        return "npy_header_%s=%s,%s,%s" % (variant, descr, "F" if order else "C", list(new_shape))

    npy_header.__name__ = "npy_header_" + variant
    return npy_header


NPY_HEADER_MUTATIONS = [_npy_header_mutation(v) for v in _npy_variants((2, 2), False, np.dtype("<f4"))]


def json_nesting(path, rng, outside):
    """A bookmarks file of arrays nested 100,000 deep (a recursion bomb for a JSON parser)."""
    _write(path, b"[" * 100000 + b"]" * 100000)
    return "json_nesting:100000"


# Crafted mutations for one kind of file: kind -> [(mutation, cases per target)].
CRAFTED = {"ckpt-index": [(index_entry_flip, 4)], "tensor-tsv": [(tsv_token, 8)],
           "npy": [(mutation, 1) for mutation in NPY_HEADER_MUTATIONS], "bookmarks": [(json_nesting, 1)]}

# How many cases each mutation gets per target file (random ones draw new offsets each time).
RANDOM_MUTATIONS = [(bit_flip, 4), (byte_overwrite, 2), (truncate, 3), (append_garbage, 1),
                    (garble_header, 1), (wrong_header, 1)]
STRUCTURAL_MUTATIONS = [zero_length, fifo, link_dev_zero, link_directory, link_dangling]
# Files a config names as assets: they must resolve inside the logdir (config and checkpoint files
# are found in it, not named, so a link out of it is not refused for them).
ASSET_KINDS = {"metadata", "sprite", "bookmarks", "tensor-tsv", "raw-f32", "npy", "npz"}


# -- decompression bombs: crafted .npz files put in place of gen_npz/emb.npz ---------------------

BOMB_ROWS = 131072  # x 128 float32 = 64 MiB of zeros, deflated to ~64 KiB


def _npy_header(shape, descr="<f4"):
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": descr, "fortran_order": False, "shape": shape})
    return header.getvalue()


def _deflated_npz(header, zero_bytes):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("emb.npy", "w", force_zip64=True) as member:
            member.write(header)
            chunk = bytes(1 << 20)
            for start in range(0, zero_bytes, len(chunk)):
                member.write(chunk[:min(len(chunk), zero_bytes - start)])
    return out.getvalue()


def bomb_deflate(path, rng, outside):
    """A real bomb: 64 KiB that inflates to 64 MiB (a valid, honest array of zeros)."""
    _write(path, _deflated_npz(_npy_header((BOMB_ROWS, 128)), BOMB_ROWS * 128 * 4))
    return "bomb_deflate:64KiB->64MiB"


def bomb_declared_shape(path, rng, outside):
    """The .npy header inside declares 8 GiB; the member holds 64 MiB."""
    _write(path, _deflated_npz(_npy_header((1 << 24, 128)), BOMB_ROWS * 128 * 4))
    return "bomb_declared_shape:(16777216,128)"


def bomb_declared_zip_size(path, rng, outside):
    """The zip headers declare a 4 GiB member; the member itself is the original small array."""
    data = bytearray(_read(path))
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    data[local + 22:local + 26] = (0xFFFFFFF0).to_bytes(4, "little")
    data[central + 24:central + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    _write(path, bytes(data))
    return "bomb_declared_zip_size:0xfffffff0"


BOMBS = [bomb_deflate, bomb_declared_shape, bomb_declared_zip_size]
# What a 200 /tensor of the bomb must hold: the zeros it really inflates to, nothing (it cannot be
# read: refuse), or the original array (the sizes lie, the data and its CRC are intact).
BOMB_TRUTH = {"bomb_deflate": "zeros", "bomb_declared_shape": "refuse", "bomb_declared_zip_size": "original"}


# -- the case list ------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Case:
    number: int
    base: str
    target: str  # the damaged file, relative to the base
    kind: str  # what kind of file it is (TARGETS)
    mutation: str
    seed: int  # seeds the mutation's offsets and bytes

    def title(self):
        return "case %d %s/%s (%s) %s" % (self.number, self.base, self.target, self.kind, self.mutation)


MUTATIONS = {f.__name__: f for f, _ in RANDOM_MUTATIONS}
MUTATIONS.update({f.__name__: f for f in STRUCTURAL_MUTATIONS + BOMBS + [link_outside, intact]})
MUTATIONS.update({f.__name__: f for crafted in CRAFTED.values() for f, _ in crafted})


def all_cases(seed):
    """Every case for `seed`: each base intact, each target x each mutation (random ones several
    times), then the bombs."""
    rng = random.Random(seed)
    plan = [(base, next(iter(targets)), "intact-base", intact.__name__) for base, targets in TARGETS.items()]
    for base, targets in TARGETS.items():
        for target, kind in targets.items():
            for mutation, repeats in RANDOM_MUTATIONS:
                plan += [(base, target, kind, mutation.__name__)] * repeats
            plan += [(base, target, kind, mutation.__name__) for mutation in STRUCTURAL_MUTATIONS]
            if kind in ASSET_KINDS:
                plan.append((base, target, kind, link_outside.__name__))
            for mutation, repeats in CRAFTED.get(kind, []):
                plan += [(base, target, kind, mutation.__name__)] * repeats
    plan += [("gen_npz", "emb.npz", "npz", bomb.__name__) for bomb in BOMBS]
    return [Case(i, base, target, kind, mutation, rng.getrandbits(32))
            for i, (base, target, kind, mutation) in enumerate(plan)]


def damage(case, logdir, outside):
    """Applies the case's mutation to its file inside `logdir` (a copy of the base); returns the label."""
    path = os.path.join(logdir, case.target)
    return MUTATIONS[case.mutation](path, random.Random(case.seed), outside)
