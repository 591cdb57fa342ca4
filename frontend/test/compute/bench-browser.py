"""Times the PCA worker client in headless Chromium (not part of any test run).

    python frontend/test/compute/bench-browser.py [n] [d] [repeats]

Bundles bench-browser.ts and the worker with the frontend's esbuild into a temp folder, serves
it with a CSP like TensorBoard's plugin iframe (same-origin workers, no blob:), and prints the
times in ms per run for 1 and 2 workers. Needs /usr/bin/chromium and playwright.
"""
import functools
import http.server
import json
import pathlib
import subprocess
import sys
import tempfile
import threading

from playwright.sync_api import sync_playwright

FRONTEND = pathlib.Path(__file__).resolve().parents[2]
CSP = "default-src 'self'; script-src 'self' 'unsafe-eval'; worker-src 'self'"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript"}

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, *args):
        pass


def main(n="100000", d="128", repeats="3"):
    site = pathlib.Path(tempfile.mkdtemp(prefix="embproj-bench-"))
    esbuild = FRONTEND / "node_modules" / ".bin" / "esbuild"
    for entry, out in [("test/compute/bench-browser.ts", "index.js"), ("src/compute/compute.worker.ts", "compute.worker.js")]:
        subprocess.run([str(esbuild), entry, "--bundle", "--format=esm", "--minify", "--log-level=warning",
                        f"--outfile={site / out}"], check=True, cwd=FRONTEND)
    (site / "index.html").write_text('<!doctype html><script type="module" src="./index.js"></script>')
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_port}/index.html?n={n}&d={d}&repeats={repeats}")
            page.wait_for_function("document.title === 'done'", timeout=600_000)
            print(json.dumps(json.loads(page.inner_text("body")), indent=1))
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    main(*sys.argv[1:])
