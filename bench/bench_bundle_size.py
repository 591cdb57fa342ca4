"""Sizes of the built frontend: every embproj_plugin/static/*.js as served and gzip-compressed (level 9).

    python bench/bench_bundle_size.py        (after `npm --prefix frontend run build`)

Also says how many copies of three.js each file holds (its "Multiple instances" check is in every copy):
one in index.js, none in the workers. Prints figures and RESULT lines (bench/results.py); asserts nothing.
"""
import glob
import gzip
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from results import report  # noqa: E402

STATIC = os.path.join(HERE, os.pardir, "embproj_plugin", "static")


def main():
    total = total_gz = 0
    print("%-22s %10s %10s  three.js copies" % ("file", "KiB", "gzip KiB"))
    for path in sorted(glob.glob(os.path.join(STATIC, "*.js"))):
        data = open(path, "rb").read()
        gz = len(gzip.compress(data, compresslevel=9))
        total += len(data)
        total_gz += gz
        name = os.path.basename(path)
        print("%-22s %10.1f %10.1f  %d" % (name, len(data) / 1024, gz / 1024,
                                          data.count(b"Multiple instances of Three.js")))
        report("bundle %s" % name, len(data) / 1024, unit="KiB")
        report("bundle %s gzip" % name, gz / 1024, unit="KiB")
    print("%-22s %10.1f %10.1f" % ("total", total / 1024, total_gz / 1024))
    report("bundle total", total / 1024, unit="KiB")
    report("bundle total gzip", total_gz / 1024, unit="KiB")


if __name__ == "__main__":
    main()
