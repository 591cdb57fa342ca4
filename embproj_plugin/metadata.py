"""Metadata TSV: TensorBoard's header rule, row counting and the `num_rows` cut.

One column → no header line; two or more → the first line is the header. Data row i belongs to
tensor row i. The served text is the file's own lines, so answers equal the built-in's byte for byte.

Kept compact: listing a run keeps only the counts (a 40 MB file of 2-byte lines made 20 million
Python strings, 2 GB); the text is read again, bounded, when it is served.
"""
import dataclasses

from embproj_plugin.errors import Problem
from embproj_plugin.file_access import MAX_METADATA_BYTES, read_file

HINT_ROWS = ("Write one line per tensor row, in the same order. A one-column file has no header line; "
             "a file with two or more columns has exactly one header line.")
# Newlines are counted this many bytes at a time when cutting at a row (no list of lines is built).
_SCAN_BYTES = 8 << 20


@dataclasses.dataclass
class MetadataFile:
    path: str
    lines: int  # as Python iterates a text file split on "\n" only (a last line without one counts)
    has_header: bool
    columns: int
    problems: list  # Problems found while reading (not fatal)

    @property
    def rows(self):
        return self.lines - (1 if self.has_header else 0)

    @property
    def text(self):
        """The whole text (read again from the file)."""
        raw, encoding = read_metadata_bytes(self.path)
        return raw.decode(encoding)

    def row_count_problem(self, tensor_rows):
        if self.rows == tensor_rows:
            return None
        detail = "%d data rows" % self.rows
        if self.has_header:
            detail += " after the header"
        hint = HINT_ROWS
        if not self.has_header and self.rows == tensor_rows + 1:
            hint = ("A one-column metadata file has no header line (TensorBoard's rule): "
                    "remove the first line if it is a column name.")
        return Problem("metadata has %s but the tensor has %d rows" % (detail, tensor_rows), self.path, hint)


def header_and_rows(rows):
    """TensorBoard's header rule on rows split into fields: one column has no header line, two or
    more have one. Returns (header or None, data rows)."""
    if rows and len(rows[0]) >= 2:
        return rows[0], rows[1:]
    return None, rows


def _encoding(raw, path, problems):
    """UTF-8, or Latin-1 (every byte is a character: nothing is lost) with a warning."""
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        problems.append(Problem(
            "metadata is not UTF-8 (first bad byte 0x%02x on line %d); it is shown as Latin-1"
            % (raw[e.start], line), path, "Save the file as UTF-8 so every character shows as intended."))
        return "iso-8859-1"


def read_metadata(path):
    """Reads a metadata file's shape: line count, header, columns, and what is wrong with it."""
    raw = read_file(path, MAX_METADATA_BYTES, "metadata")
    problems = []
    _encoding(raw, path, problems)
    # Split on "\n" only, keeping "\r" as TensorFlow's GFile does: str.splitlines would also split
    # on \r, \x1c, \u2028 and friends and shift rows against the built-in's answers.
    lines = raw.count(b"\n") + (1 if raw and not raw.endswith(b"\n") else 0)
    first = raw[:raw.find(b"\n")] if b"\n" in raw else raw
    header, _ = header_and_rows([first.split(b"\t")])
    has_header = header is not None
    columns = first.count(b"\t") + 1 if lines else 0
    return MetadataFile(path, lines, has_header, columns, problems)


def _end_of_line(raw, count):
    """The byte offset just after the `count`-th newline (or the end of `raw`)."""
    start = 0
    while start < len(raw):
        in_scan = raw.count(b"\n", start, start + _SCAN_BYTES)
        if in_scan >= count:
            position = start - 1
            for _ in range(count):
                position = raw.index(b"\n", position + 1)
            return position + 1
        count -= in_scan
        start += _SCAN_BYTES
    return len(raw)


def read_metadata_bytes(path, num_rows=None):
    """(bytes, encoding) served for the file: all of it, or the header plus the first `num_rows`
    data rows, as the built-in cuts them. The bytes are the file's own, never re-encoded; the
    encoding ("utf-8", else Latin-1: "iso-8859-1") goes into the response's charset."""
    raw = read_file(path, MAX_METADATA_BYTES, "metadata")
    encoding = _encoding(raw, path, [])  # the whole file decides, as when it is listed
    if num_rows:
        first = raw[:raw.find(b"\n")] if b"\n" in raw else raw
        raw = raw[:_end_of_line(raw, num_rows + (1 if b"\t" in first else 0))]
    return raw, encoding
