"""The drawn layout as a 3-D model (PLY, glTF) and the selected rows' metadata as TSV, downloaded from
the Embeddings tab through a real TensorBoard, read back here with independent parsers."""
import json
import pathlib
import struct

import numpy as np
import pytest



@pytest.fixture(scope="module")
def tab(open_tab, fixtures_logdir):
    return open_tab(fixtures_logdir)


def show_3d_pca(tab, run):
    tab.select(run)
    tab.eval("() => __embproj.set({ selection: new Int32Array(0), isolated: null, selected: -1 })")
    if not tab.state("is3d"):
        tab.frame.click("[data-testid=mode-3d]")
    tab.wait_ready(run)
    current = tab.eval("() => __embproj.analysis.current()")
    assert current["k"] == 3
    return np.array(current["coords"], dtype=np.float32).reshape(-1, 3)


def download(tab, testid):
    with tab.page.expect_download() as info:
        tab.frame.click("[data-testid=%s]" % testid)
    return info.value.suggested_filename, pathlib.Path(info.value.path()).read_bytes()


def read_ply(body):
    """A binary little-endian PLY of float x y z and uchar red green blue, parsed by hand."""
    end = body.index(b"end_header\n") + len(b"end_header\n")
    header = body[:end].decode("ascii").split("\n")
    assert header[:2] == ["ply", "format binary_little_endian 1.0"]
    count = int(next(line for line in header if line.startswith("element vertex")).split()[-1])
    rows = np.frombuffer(body[end:], dtype=np.dtype([("xyz", "<f4", 3), ("rgb", "u1", 3)]), count=count)
    assert len(body) == end + count * 15
    return rows["xyz"], rows["rgb"]


def read_glb(body):
    """(gltf JSON, BIN chunk) of a binary glTF 2.0 file, checked chunk by chunk."""
    magic, version, length = struct.unpack_from("<III", body, 0)
    assert (magic, version, length) == (0x46546C67, 2, len(body))
    json_length, json_type = struct.unpack_from("<II", body, 12)
    assert json_type == 0x4E4F534A
    gltf = json.loads(body[20:20 + json_length])
    bin_length, bin_type = struct.unpack_from("<II", body, 20 + json_length)
    assert bin_type == 0x004E4942
    return gltf, body[28 + json_length:28 + json_length + bin_length]


def test_ply_and_gltf_hold_the_drawn_3d_points_with_their_colours(tab):
    coords = show_3d_pca(tab, "tf1_mnist")
    name, body = download(tab, "export-ply")
    assert name.endswith(".ply")
    xyz, rgb = read_ply(body)
    np.testing.assert_array_equal(xyz, coords)
    assert len({tuple(c) for c in rgb}) > 1  # coloured by the label column, not one colour
    name, body = download(tab, "export-glb")
    assert name.endswith(".glb")
    gltf, binary = read_glb(body)
    primitive = gltf["meshes"][0]["primitives"][0]
    assert primitive["mode"] == 0  # POINTS
    position = gltf["accessors"][primitive["attributes"]["POSITION"]]
    view = gltf["bufferViews"][position["bufferView"]]
    points = np.frombuffer(binary, "<f4", count=position["count"] * 3, offset=view["byteOffset"]).reshape(-1, 3)
    np.testing.assert_array_equal(points, coords)
    np.testing.assert_allclose(position["min"], coords.min(axis=0))
    np.testing.assert_allclose(position["max"], coords.max(axis=0))


def test_isolated_points_only_are_exported_and_2d_layouts_get_z_zero(tab):
    coords = show_3d_pca(tab, "tf1_mnist")
    tab.frame.click("[data-testid=mode-2d]")
    tab.wait_ready("tf1_mnist")
    rows = [3, 10, 200]
    tab.eval("r => __embproj.set({ isolated: Int32Array.from(r) })", rows)
    tab.wait_ready("tf1_mnist")
    flat = np.array(tab.eval("() => __embproj.analysis.current()")["coords"], dtype=np.float32).reshape(-1, 2)
    xyz, _ = read_ply(download(tab, "export-ply")[1])
    assert len(xyz) == len(rows) and len(coords) > len(rows)
    np.testing.assert_array_equal(xyz[:, :2], flat[rows])
    assert (xyz[:, 2] == 0).all()
    tab.eval("() => __embproj.set({ isolated: null })")


def test_selected_rows_metadata_downloads_as_tsv_with_the_header_rule(tab, fixtures_logdir):
    tab.select("tf2_words")
    tab.wait_ready("tf2_words")
    lines = (fixtures_logdir / "tf2_words" / "metadata.tsv").read_text(encoding="utf-8").split("\n")
    selection = [2, 7, 40]
    tab.eval("r => __embproj.set({ selection: Int32Array.from(r) })", selection)
    name, body = download(tab, "export-selected-tsv")
    assert name.endswith("_selected_metadata.tsv")
    got = body.decode("utf-8").split("\n")
    assert got[0] == lines[0]  # two or more columns: the header line
    assert got[1:-1] == [lines[1 + i] for i in selection]
