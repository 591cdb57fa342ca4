"""Smoke test of the wheel users install: it carries the plugin, the generated proto, the built
frontend and the TensorBoard entry point (as TensorBoard's example plugins check theirs)."""
import pathlib
import subprocess
import sys
import zipfile

REPO = pathlib.Path(__file__).resolve().parents[1]


def test_wheel_holds_plugin_proto_frontend_and_entry_point(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(tmp_path), str(REPO)], check=True)
    wheel = next(tmp_path.glob("embproj-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for required in ("embproj_plugin/plugin.py", "embproj_plugin/projector_config_pb2.py",
                     "embproj_plugin/checkpoint/reader.py", "embproj_plugin/static/index.js",
                     "embproj_demo/write_demo_logdir.py"):  # demo/, for `embproj demo`
        assert required in names, required
    assert any(n.startswith("embproj_plugin/static/") and n.endswith(".worker.js") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[tensorboard_plugins]" in text and "embproj = embproj_plugin.plugin:EmbprojLoader" in text
    assert not any("node_modules" in n or n.startswith(("frontend/", "tests/", "demo/")) for n in names)
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "License :: OSI Approved :: Apache Software License" in metadata
