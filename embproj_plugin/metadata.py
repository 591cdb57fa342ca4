"""Metadata TSV: TensorBoard's header rule, row counting and the `num_rows` cut.

One column → no header line; two or more → the first line is the header. Data row i belongs to
tensor row i. The served text is the file's own lines, so answers equal the built-in's byte for byte.
"""
import dataclasses

from embproj_plugin.errors import Problem

HINT_ROWS = ("Write one line per tensor row, in the same order. A one-column file has no header line; "
             "a file with two or more columns has exactly one header line.")


@dataclasses.dataclass
class MetadataFile:
    path: str
    text: str
    lines: list  # each with its line ending, as Python iterates a text file
    has_header: bool
    columns: int
    problems: list  # Problems found while reading (not fatal)

    @property
    def rows(self):
        return len(self.lines) - (1 if self.has_header else 0)

    def head(self, num_rows=None):
        """The first `num_rows` data rows (plus the header), as the built-in cuts them."""
        if not num_rows:
            return self.text
        return "".join(self.lines[: num_rows + (1 if self.has_header else 0)])

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


def read_metadata(path):
    """Reads a metadata file. Non-UTF-8 bytes are read as Latin-1 (nothing is lost) with a warning."""
    with open(path, "rb") as f:
        raw = f.read()
    problems = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        problems.append(Problem(
            "metadata is not UTF-8 (first bad byte 0x%02x on line %d); it was read as Latin-1"
            % (raw[e.start], line), path, "Save the file as UTF-8 so every character shows as intended."))
        text = raw.decode("latin-1")
    lines = _split_keep_newlines(text)
    has_header = bool(lines) and "\t" in lines[0]
    columns = lines[0].count("\t") + 1 if lines else 0
    return MetadataFile(path, text, lines, has_header, columns, problems)


def _split_keep_newlines(text):
    # Split on "\n" only, keeping "\r" as TensorFlow's GFile does: str.splitlines would also split
    # on \r, \x1c, \u2028 and friends and shift rows against the built-in's answers.
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines
