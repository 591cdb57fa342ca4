"""The `embproj` command: `embproj import` turns files into a logdir; `embproj demo` runs the demo.

    embproj import VECTORS [--metadata FILE] [--images FILE] [--projection NAME=FILE ...] --logdir DIR
                   [--tag T] [--step S]

VECTORS is .npy, .npz (one array, or the one named by --key, "embeddings", "embedding", "vectors" or
"arr_0"), .csv or
.tsv. In a CSV/TSV the first line is a header when any of its fields is not a number; columns of
numbers are the dimensions and the other columns (and those named by --metadata-columns) become
metadata. --metadata is a .tsv/.txt/.csv (TensorBoard's rule: one column has no header line, two or
more have one) or an .npy of labels or rows. --images is an .npy/.npz array of images or a folder
of image files, taken in name order. --projection NAME=FILE (repeatable) stores a layout computed
elsewhere (t-SNE, UMAP, ...): an .npy of shape [N, 2] or [N, 3], or a .csv/.tsv of 2 or 3 numeric
columns (a header line is allowed), one row per vector; the tab lists it as "from Python: NAME".
"""
import argparse
import csv
import os
import sys

import numpy as np

from embproj_plugin.metadata import header_and_rows
from embproj_plugin.npz_arrays import VECTOR_ARRAY_NAMES, chosen_array

_TEXT_TABLES = {".csv": ",", ".tsv": "\t", ".txt": "\t"}


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["demo"]:  # everything after "demo" belongs to the demo's own parser
        from embproj_plugin import demo

        return demo.main(argv[1:])
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    from embproj_plugin.errors import EmbprojError  # pylint: disable=import-outside-toplevel

    try:
        return import_files(args)
    except (ValueError, OSError) as e:
        parser.exit(2, "embproj import: error: %s\n" % e)
    except EmbprojError as e:  # writing to object storage failed (credentials, bucket, endpoint)
        problem = e.problem
        parser.exit(2, "embproj import: error: %s%s%s\n" % (problem.error, " (%s)" % problem.file if problem.file else "",
                                                            "\n  hint: " + problem.hint if problem.hint else ""))


def _parser():
    parser = argparse.ArgumentParser(prog="embproj", description="Embedding Projector for TensorBoard.")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("demo", help="write a demo logdir and start TensorBoard (see: embproj demo --help)")
    importer = commands.add_parser(
        "import", help="write vectors (and metadata, images) from files into a logdir",
        description=__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    importer.add_argument("vectors", metavar="VECTORS", help=".npy, .npz, .csv or .tsv file of vectors")
    importer.add_argument("--logdir", required=True,
                          help="the TensorBoard logdir to write into: a folder, or s3://bucket/path, gs://...")
    importer.add_argument("--metadata", metavar="FILE", help=".tsv, .txt, .csv or .npy of labels or rows")
    importer.add_argument("--images", metavar="FILE", help=".npy/.npz array of images, or a folder of images")
    importer.add_argument("--image-size", metavar="WxH", type=_size, help="resize every image to W x H pixels")
    importer.add_argument("--tag", default="default", help="embedding name (default: %(default)s)")
    importer.add_argument("--step", type=int, default=0, help="training step (default: %(default)s)")
    importer.add_argument("--projection", metavar="NAME=FILE", action="append", type=_projection_argument, default=[],
                          help="a layout computed elsewhere: .npy [N, 2|3] or .csv/.tsv of 2-3 number columns "
                               "(repeatable)")
    importer.add_argument("--key", help="array name inside an .npz of vectors")
    importer.add_argument("--metadata-columns", metavar="NAMES", type=lambda s: [n for n in s.split(",") if n],
                          default=[], help="comma-separated CSV/TSV columns that are metadata even if numeric")
    return parser


def import_files(args):
    from embproj_plugin.writer import log_embedding

    vectors, metadata = read_vectors(args.vectors, args.key, args.metadata_columns)
    if args.metadata:
        metadata = read_metadata_file(args.metadata)
    layouts = read_projection_files(args.projection)
    info = log_embedding(args.logdir, vectors, metadata, images=args.images, image_size=args.image_size,
                         tag=args.tag, step=args.step, projections=layouts or None)
    details = ["%d x %d" % tuple(info.tensor_shape)]
    if info.metadata_path:
        details.append("metadata")
    if info.sprite.image_path:
        details.append("sprite %dx%d" % tuple(info.sprite.single_image_dim))
    if layouts:
        details.append("layouts %s" % ", ".join(layouts))
    print("wrote %s (%s) into %s" % (info.tensor_name, ", ".join(details), args.logdir))
    return 0


def _size(text):
    parts = text.lower().split("x")
    try:
        size = [int(p) for p in parts]
    except ValueError:
        size = []
    if len(size) == 1:
        size *= 2
    if len(size) != 2 or min(size) <= 0:
        raise argparse.ArgumentTypeError("image size must look like 28x28 or 28, got %r" % text)
    return tuple(size)


def _projection_argument(text):
    name, separator, path = text.partition("=")
    if not separator or not name or not path:
        raise argparse.ArgumentTypeError("--projection must look like NAME=FILE (e.g. umap=umap.npy), got %r" % text)
    return name, path


def _suffix(path):
    return os.path.splitext(path)[1].lower()


# ------------------------------------------------------------------------------------------ readers

def read_vectors(path, key=None, metadata_columns=()):
    """(vectors, metadata columns or None) from an .npy, .npz, .csv or .tsv file."""
    suffix = _suffix(path)
    if suffix == ".npy":
        return np.load(path, allow_pickle=False), None
    if suffix == ".npz":
        with np.load(path, allow_pickle=False) as archive:
            return archive[_npz_key(path, list(archive.keys()), key)], None
    if suffix in _TEXT_TABLES:
        return _split_table(path, _read_rows(path, _TEXT_TABLES[suffix]), metadata_columns)
    raise ValueError("%s: vectors must be .npy, .npz, .csv or .tsv" % path)


def _npz_key(path, keys, key):
    if key is not None:
        if key not in keys:
            raise ValueError("%s has no array %r (it has %s)" % (path, key, ", ".join(keys)))
        return key
    chosen = chosen_array(keys, VECTOR_ARRAY_NAMES)
    if chosen is not None:
        return chosen
    raise ValueError("%s holds %d arrays (%s); name one with --key" % (path, len(keys), ", ".join(keys)))


def _read_rows(path, delimiter):
    with open(path, newline="", encoding="utf-8") as f:
        if delimiter == ",":
            rows = list(csv.reader(f))
        else:  # TSV as TensorBoard writes it: no quoting, one line per row
            rows = [line.rstrip("\r").split("\t") for line in f.read().split("\n")]
    while rows and rows[-1] in ([], [""]):
        rows.pop()
    if not rows:
        raise ValueError("%s is empty" % path)
    return rows


def _is_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


def _split_table(path, rows, metadata_columns):
    """Numeric columns are the vectors; the other columns, and those named, are metadata."""
    header = None
    if not all(_is_number(field) for field in rows[0]):
        header, rows = rows[0], rows[1:]
    if not rows:
        raise ValueError("%s has a header but no rows" % path)
    width = len(header) if header is not None else len(rows[0])
    for index, row in enumerate(rows):
        if len(row) != width:
            line = index + (2 if header is not None else 1)
            raise ValueError("%s line %d has %d fields, %s %d" % (path, line, len(row),
                             "the header has" if header is not None else "line 1 has", width))
    names = header if header is not None else ["column_%d" % (i + 1) for i in range(width)]
    unknown = [n for n in metadata_columns if n not in names]
    if unknown:
        raise ValueError("%s has no column %s (it has %s)" % (path, ", ".join(unknown), ", ".join(names)))
    numeric = [i for i in range(width)
               if names[i] not in metadata_columns and all(_is_number(row[i]) for row in rows)]
    if not numeric:
        raise ValueError("%s has no column of numbers to use as vectors" % path)
    vectors = np.array([[float(row[i]) for i in numeric] for row in rows])
    others = [i for i in range(width) if i not in numeric]
    metadata = {names[i]: [row[i] for row in rows] for i in others} or None
    return vectors, metadata


def read_projection_files(pairs):
    """{name: coordinates} from (NAME, FILE) pairs; log_embedding checks names, shapes and values."""
    layouts = {}
    for name, path in pairs:
        if name in layouts:
            raise ValueError("--projection %s is given twice" % name)
        suffix = _suffix(path)
        if suffix == ".npy":
            layouts[name] = np.load(path, allow_pickle=False)
        elif suffix in _TEXT_TABLES:
            coordinates, others = _split_table(path, _read_rows(path, _TEXT_TABLES[suffix]), ())
            if others:
                raise ValueError("%s (--projection %s) has columns that are not numbers: %s; a layout file holds "
                                 "only its 2 or 3 coordinates" % (path, name, ", ".join(others)))
            layouts[name] = coordinates
        else:
            raise ValueError("%s (--projection %s): a layout must be .npy, .csv or .tsv" % (path, name))
    return layouts


def read_metadata_file(path):
    """Labels or a dict of columns, by TensorBoard's header rule for text files."""
    suffix = _suffix(path)
    if suffix == ".npy":
        return np.load(path, allow_pickle=False)
    if suffix not in _TEXT_TABLES:
        raise ValueError("%s: metadata must be .tsv, .txt, .csv or .npy" % path)
    header, rows = header_and_rows(_read_rows(path, _TEXT_TABLES[suffix]))
    if header is None:
        return [row[0] if row else "" for row in rows]
    for index, row in enumerate(rows):
        if len(row) != len(header):
            raise ValueError("%s line %d has %d fields, the header has %d" % (path, index + 2, len(row), len(header)))
    return {name: [row[i] for row in rows] for i, name in enumerate(header)}


if __name__ == "__main__":
    sys.exit(main())
