"""`embproj demo`: write a demo logdir from data that ships offline, then start TensorBoard on it.

The data writers live in the repository's demo/ folder (installed as the `embproj_demo` package):
demo/write_demo_logdir.py says what each run holds.
"""
import argparse
import os
import socket
import sys
import tempfile
import time

DEFAULT_LOGDIR = os.path.join(tempfile.gettempdir(), "embproj-demo")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="embproj demo", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--logdir", default=DEFAULT_LOGDIR, help="where to write the demo (default: %(default)s)")
    parser.add_argument("--port", type=_port_number, default=6006)
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--no-serve", action="store_true", help="only write the logdir")
    args = parser.parse_args(argv)
    if not args.no_serve and _port_in_use(args.port):  # say so now, not after writing the demo
        return _report_busy_port(args.port)
    started = time.time()
    from embproj_demo.write_demo_logdir import write_demo_logdir  # scikit-learn: only for the demo

    if write_demo_logdir(args.logdir):
        print("wrote the demo logdir %s in %.1f s" % (args.logdir, time.time() - started))
    else:
        print("using the demo logdir already written in %s" % args.logdir)
    if args.no_serve:
        return 0
    from tensorboard import program

    try:
        url = _launch_tensorboard(program, args.logdir, args.host, args.port)
    except program.TensorBoardPortInUseError:  # taken since the check above
        return _report_busy_port(args.port)
    except program.TensorBoardServerException as e:  # e.g. a port below 1024 without root
        print("embproj demo: %s" % e.msg, file=sys.stderr)
        return 2
    print("TensorBoard is serving the demo: open %s#embproj  (Ctrl+C to stop)" % url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0


def _port_number(text):
    port = int(text) if text.strip().isdigit() else -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535, got %s" % text)
    return port


def _launch_tensorboard(program, logdir, host, port):
    board = program.TensorBoard()
    board.configure(argv=[None, "--logdir", logdir, "--port", str(port), "--host", host])
    return board.launch()


def _port_in_use(port):
    """TensorBoard's own test: something on this machine accepts connections on the port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(2)
        return s.connect_ex(("localhost", port)) == 0


def _report_busy_port(port):
    free = next((p for p in range(port + 1, min(port + 50, 65536)) if not _port_in_use(p)), None)
    example = " (e.g. --port %d)" % free if free is not None else ""
    print("embproj demo: port %d is already in use; choose another with --port%s" % (port, example),
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
