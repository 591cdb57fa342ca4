"""`embproj demo` writes real data that ships offline and serves it in TensorBoard."""
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

from embproj_demo.write_demo_logdir import write_demo_logdir
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


def _run_demo(arguments, python_prefix=""):
    """Runs `embproj demo ARGUMENTS` in a child process, killed on timeout so no TensorBoard outlives it."""
    code = python_prefix + "import sys; from embproj_plugin import cli; sys.exit(cli.main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, "demo"] + arguments, capture_output=True, text=True,
                          timeout=120)


def _assert_one_line_about_the_busy_port(result, port):
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith("embproj demo: port %d is already in use; choose another with --port" % port)
    assert result.stderr.count("embproj demo:") == 1


def test_busy_port_says_so_in_one_line_before_writing_the_demo(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run_demo(["--logdir", str(tmp_path / "demo"), "--port", str(port)])
    _assert_one_line_about_the_busy_port(result, port)
    assert result.stderr.count("\n") == 1 and result.stdout == ""
    assert not (tmp_path / "demo").exists()  # nothing written for a demo that cannot be served


def test_port_taken_after_the_check_gives_the_same_line_not_tensorboards_traceback(tmp_path):
    logdir = tmp_path / "demo"
    logdir.mkdir()
    (logdir / ".embproj-demo-complete").touch()  # an empty demo logdir counts as written: serve at once
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        # The early check misses the port, as when another program takes it meanwhile.
        result = _run_demo(["--logdir", str(logdir), "--port", str(port)],
                           "from embproj_plugin import demo; demo._port_in_use = lambda port: False; ")
    _assert_one_line_about_the_busy_port(result, port)
