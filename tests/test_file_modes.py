"""Files and folders that log_embedding and `embproj import` write get the modes ordinary file
creation gives (files 0666, folders 0777, minus the umask), so a TensorBoard running as another
user can read them, as it can PyTorch's."""
import os
import stat

import numpy as np
import pytest

from embproj_plugin import atomic, cli, log_embedding
from embproj_plugin.atomic import atomic_output
from embproj_plugin.checkpoint import write_checkpoint

UMASKS = [0o022, 0o077, 0o002]


@pytest.fixture(params=UMASKS, ids=lambda umask: "umask%03o" % umask)
def umask(request):
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def modes_under(top):
    """{relative path: permission bits} of `top` and everything below it ('.' is `top`)."""
    modes = {".": stat.S_IMODE(os.stat(top).st_mode)}
    for root, dirs, files in os.walk(top):
        for name in dirs + files:
            path = os.path.join(root, name)
            modes[os.path.relpath(path, top)] = stat.S_IMODE(os.lstat(path).st_mode)
    return modes


def assert_ordinary_modes(top, umask):
    files, folders = 0o666 & ~umask, 0o777 & ~umask
    wrong = {path: "%03o" % mode for path, mode in modes_under(top).items()
             if mode != (folders if os.path.isdir(os.path.join(top, path)) else files)}
    assert wrong == {}, "expected files %03o and folders %03o" % (files, folders)


def test_log_embedding_writes_files_and_folders_with_the_umask_applied(tmp_path, umask):
    logdir = tmp_path / "logs"  # missing: log_embedding makes every folder, the logdir too
    vectors = np.random.default_rng(0).random((4, 3), dtype=np.float32)
    images = np.zeros((4, 5, 5), np.uint8)
    log_embedding(logdir, vectors, ["a", "b", "c", "d"], images=images, tag="words", step=1)
    log_embedding(logdir, vectors * 2, ["a", "b", "c", "d"], images=images, tag="words", step=1)  # replaces
    log_embedding(logdir, vectors, {"x": [1, 2, 3, 4], "y": list("pqrs")}, tag="other/tag", step=2)

    written = modes_under(logdir)
    step_folder = os.path.join("plugins", "embproj", "words", "00001")
    for name in ("projector_config.pbtxt", step_folder, os.path.join(step_folder, "checkpoint"),
                 os.path.join(step_folder, "tensors.index"), os.path.join(step_folder, "sprite.png")):
        assert name in written
    assert_ordinary_modes(logdir, umask)


def test_embproj_import_writes_files_and_folders_with_the_umask_applied(tmp_path, umask):
    np.save(tmp_path / "vectors.npy", np.eye(3, dtype=np.float32))
    (tmp_path / "labels.tsv").write_text("a\nb\nc\n")
    np.save(tmp_path / "images.npy", np.zeros((3, 4, 4), np.uint8))
    logdir = tmp_path / "logs"
    assert cli.main(["import", str(tmp_path / "vectors.npy"), "--metadata", str(tmp_path / "labels.tsv"),
                     "--images", str(tmp_path / "images.npy"), "--logdir", str(logdir)]) == 0
    assert "projector_config.pbtxt" in modes_under(logdir)
    assert_ordinary_modes(logdir, umask)


def test_checkpoint_writer_files_get_the_umask_applied(tmp_path, umask):
    write_checkpoint(str(tmp_path / "ckpt" / "model.ckpt-3"), {"v": np.zeros((2, 2), np.float32)})
    assert sorted(os.listdir(tmp_path / "ckpt")) == ["checkpoint", "model.ckpt-3.data-00000-of-00001",
                                                     "model.ckpt-3.index"]
    assert_ordinary_modes(tmp_path / "ckpt", umask)


def test_atomic_output_gives_the_mode_open_would(tmp_path, umask):
    with atomic_output(tmp_path / "atomic.bin") as f:
        f.write(b"x")
    with open(tmp_path / "plain.bin", "wb") as f:
        f.write(b"x")
    assert stat.S_IMODE(os.stat(tmp_path / "atomic.bin").st_mode) == stat.S_IMODE(
        os.stat(tmp_path / "plain.bin").st_mode) == 0o666 & ~umask
    assert sorted(os.listdir(tmp_path)) == ["atomic.bin", "plain.bin"]  # no temporary file left


def test_umask_is_read_and_kept_where_proc_is_missing(tmp_path, umask, monkeypatch):
    def no_proc(path, *args, **kwargs):
        raise FileNotFoundError(path)

    monkeypatch.setattr(atomic, "open", no_proc, raising=False)  # as on macOS: no /proc/self/status
    with atomic_output(tmp_path / "atomic.bin") as f:
        f.write(b"x")
    assert stat.S_IMODE(os.stat(tmp_path / "atomic.bin").st_mode) == 0o666 & ~umask
    assert os.umask(umask) == umask  # set back after reading it
