"""`embproj demo` writes real data that ships offline and serves it in TensorBoard."""
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

from embproj_plugin.demo import write_demo_logdir
from plugin_client import PluginClient


def test_demo_logdir_has_digits_with_sprites_a_series_over_epochs_and_a_large_set(tmp_path):
    assert write_demo_logdir(str(tmp_path), synthetic_rows=3000) is True
    client = PluginClient(tmp_path)
    assert client.json("/runs") == ["digits", "digits_hidden", "synthetic_100k"]

    digits = client.json("/info?run=digits")["embeddings"]
    assert [(e["tensorName"], e["shape"], e["hasSprite"], e["metadataColumns"]) for e in digits] == [
        ("pixels:00000", [1797, 64], True, 3)]
    assert client.get("/metadata?run=digits&name=pixels:00000").get_data(as_text=True).startswith("digit\tparity\tink\n")

    hidden = client.json("/info?run=digits_hidden")["embeddings"]
    assert [(e["tag"], e["step"]) for e in hidden] == [("hidden", step) for step in range(1, 9)]
    first, last = (client.get("/tensor?run=digits_hidden&name=hidden:%05d" % s).get_data() for s in (1, 8))
    assert first != last  # the network learned between the first and the last epoch

    synthetic = client.json("/info?run=synthetic_100k")["embeddings"]
    assert synthetic[0]["shape"] == [3000, 128] and not synthetic[0]["warnings"]
    assert write_demo_logdir(str(tmp_path)) is False  # a second call reuses what is there


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_embproj_demo_command_starts_tensorboard_and_prints_the_url(tmp_path):
    logdir = tmp_path / "demo"
    write_demo_logdir(str(logdir), synthetic_rows=2000)  # the command then only serves it
    port = _free_port()
    command = [shutil.which("embproj") or sys.executable, "demo", "--logdir", str(logdir), "--port", str(port),
               "--host", "127.0.0.1"]
    if not shutil.which("embproj"):
        command = [sys.executable, "-m", "embproj_plugin.cli"] + command[1:]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline, url = time.time() + 90, None
        while url is None and time.time() < deadline:
            line = process.stdout.readline()
            match = re.search(r"open (http://\S+)#embproj", line)
            url = match.group(1) if match else None
        assert url and str(port) in url
        listing = json.loads(urllib.request.urlopen(url.rstrip("/") + "/data/plugins_listing", timeout=30).read())
        assert listing["embproj"]["enabled"] is True
    finally:
        process.terminate()
        process.wait(20)
