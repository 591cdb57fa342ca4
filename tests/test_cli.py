"""`embproj import` for .npy, .npz, .csv and .tsv inputs, and `embproj demo` handing over its arguments."""
import os
import subprocess
import sys
import types

import numpy as np
import pytest

from embproj_plugin import cli
from embproj_plugin.config import CONFIG_FILENAME, read_config
from plugin_client import PluginClient


def served(logdir, name):
    client = PluginClient(logdir)
    info = {e["tensorName"]: e for e in client.json("/info?run=.")["embeddings"]}[name]
    tensor = np.frombuffer(client.get("/tensor?run=.&name=%s" % name).get_data(), "<f4").reshape(info["shape"])
    metadata = client.get("/metadata?run=.&name=%s" % name)
    return tensor, (metadata.get_data(as_text=True) if metadata.status_code == 200 else None), info


def test_npy_with_tsv_metadata_and_npy_images(tmp_path, capsys):
    vectors = np.random.default_rng(0).random((6, 3), dtype=np.float32)
    np.save(tmp_path / "v.npy", vectors)
    (tmp_path / "labels.tsv").write_text("name\tkind\na\tx\nb\tx\nc\ty\nd\ty\ne\tz\nf\tz\n")
    np.save(tmp_path / "images.npy", np.zeros((6, 4, 4), np.uint8))
    logdir = tmp_path / "logs"
    code = cli.main(["import", str(tmp_path / "v.npy"), "--metadata", str(tmp_path / "labels.tsv"),
                     "--images", str(tmp_path / "images.npy"), "--logdir", str(logdir), "--tag", "t", "--step", "2"])
    assert code == 0
    assert "wrote t:00002 (6 x 3, metadata, sprite 4x4)" in capsys.readouterr().out
    tensor, metadata, info = served(logdir, "t:00002")
    np.testing.assert_array_equal(tensor, vectors)
    assert metadata.startswith("name\tkind\na\tx\n")
    assert info["hasSprite"]


def test_npz_picks_the_named_or_only_array(tmp_path):
    np.savez(tmp_path / "one.npz", anything=np.eye(2))
    np.savez(tmp_path / "many.npz", embeddings=np.eye(3), other=np.zeros(2))
    assert cli.main(["import", str(tmp_path / "one.npz"), "--logdir", str(tmp_path / "a")]) == 0
    assert cli.main(["import", str(tmp_path / "many.npz"), "--logdir", str(tmp_path / "b")]) == 0
    np.testing.assert_array_equal(served(tmp_path / "b", "default:00000")[0], np.eye(3))
    np.savez(tmp_path / "vague.npz", a=np.eye(2), b=np.eye(2))
    with pytest.raises(SystemExit) as exited:
        cli.main(["import", str(tmp_path / "vague.npz"), "--logdir", str(tmp_path / "c")])
    assert exited.value.code == 2
    assert cli.main(["import", str(tmp_path / "vague.npz"), "--key", "b", "--logdir", str(tmp_path / "c")]) == 0


def test_csv_with_header_splits_numbers_from_labels(tmp_path):
    (tmp_path / "table.csv").write_text('word,x,y,class\n"hello, world",1,2,7\nbye,3,4.5,8\n')
    logdir = tmp_path / "logs"
    assert cli.main(["import", str(tmp_path / "table.csv"), "--logdir", str(logdir),
                     "--metadata-columns", "class"]) == 0
    tensor, metadata, _ = served(logdir, "default:00000")
    np.testing.assert_array_equal(tensor, [[1, 2], [3, 4.5]])
    assert metadata == "word\tclass\nhello, world\t7\nbye\t8\n"


def test_tsv_without_header_and_one_column_metadata(tmp_path):
    (tmp_path / "v.tsv").write_text("1\t2\n3\t4\n5\t6\n")
    (tmp_path / "labels.txt").write_text("one\ntwo\nthree\n")
    logdir = tmp_path / "logs"
    assert cli.main(["import", str(tmp_path / "v.tsv"), "--metadata", str(tmp_path / "labels.txt"),
                     "--logdir", str(logdir)]) == 0
    tensor, metadata, _ = served(logdir, "default:00000")
    np.testing.assert_array_equal(tensor, [[1, 2], [3, 4], [5, 6]])
    assert metadata == "one\ntwo\nthree\n"


def test_folder_of_images_in_name_order(tmp_path):
    from PIL import Image

    folder = tmp_path / "images"
    folder.mkdir()
    for i, name in enumerate(["b.png", "a.png", "c.png"]):
        Image.new("RGB", (3, 2), (i * 50, 0, 0)).save(folder / name)
    np.save(tmp_path / "v.npy", np.eye(3))
    assert cli.main(["import", str(tmp_path / "v.npy"), "--images", str(folder), "--image-size", "6x4",
                     "--logdir", str(tmp_path / "logs")]) == 0
    entry = read_config(tmp_path / "logs" / CONFIG_FILENAME).embeddings[0]
    assert list(entry.sprite.single_image_dim) == [6, 4]
    with Image.open(tmp_path / "logs" / entry.sprite.image_path) as atlas:
        pixels = np.asarray(atlas.convert("RGB"))
    assert [pixels[0, 0, 0], pixels[0, 6, 0], pixels[4, 0, 0]] == [50, 0, 100]  # a, b, c


@pytest.mark.parametrize("content, message", [
    ("1\t2\n3\n", "line 2 has 1 fields, line 1 has 2"),
    ("1\tnan\n", "row 0, column 1 is NaN"),
    ("a\tb\n", "has a header but no rows"),
])
def test_bad_files_exit_with_a_message_and_write_nothing(tmp_path, capsys, content, message):
    (tmp_path / "v.tsv").write_text(content)
    logdir = tmp_path / "logs"
    with pytest.raises(SystemExit) as exited:
        cli.main(["import", str(tmp_path / "v.tsv"), "--logdir", str(logdir)])
    assert exited.value.code == 2
    assert message in capsys.readouterr().err
    assert not logdir.exists()


def test_metadata_count_mismatch(tmp_path, capsys):
    np.save(tmp_path / "v.npy", np.eye(3))
    (tmp_path / "m.tsv").write_text("a\nb\n")
    with pytest.raises(SystemExit):
        cli.main(["import", str(tmp_path / "v.npy"), "--metadata", str(tmp_path / "m.tsv"),
                  "--logdir", str(tmp_path / "logs")])
    assert "metadata has 2 rows but vectors have 3" in capsys.readouterr().err


def test_demo_gets_every_argument_after_it(monkeypatch):
    received = []
    fake = types.ModuleType("embproj_plugin.demo")
    fake.main = lambda argv: received.append(argv) or 0
    monkeypatch.setitem(sys.modules, "embproj_plugin.demo", fake)
    monkeypatch.setattr("embproj_plugin.demo", fake, raising=False)
    assert cli.main(["demo", "--port", "6007", "--help"]) == 0
    assert received == [["--port", "6007", "--help"]]


def test_runs_as_a_module(tmp_path):
    np.save(tmp_path / "v.npy", np.eye(2))
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    result = subprocess.run([sys.executable, "-m", "embproj_plugin.cli", "import", str(tmp_path / "v.npy"),
                             "--logdir", str(tmp_path / "logs")], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "logs" / CONFIG_FILENAME).exists()


def test_images_file_that_is_not_an_array_or_folder_exits_with_a_message(tmp_path, capsys):
    from PIL import Image

    Image.new("RGB", (4, 4)).save(tmp_path / "sprite.png")
    np.save(tmp_path / "v.npy", np.eye(3))
    with pytest.raises(SystemExit) as exited:
        cli.main(["import", str(tmp_path / "v.npy"), "--images", str(tmp_path / "sprite.png"),
                  "--logdir", str(tmp_path / "logs")])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert error.startswith("embproj import: error: images path ") and "folder of image files" in error
    assert not (tmp_path / "logs").exists()
