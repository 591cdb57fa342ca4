// Metadata TSV parsing with TensorBoard's header rule: one column -> no header line;
// two or more columns -> the first line is the header. Row i (after the header) belongs to tensor row i.

export interface Metadata {
  /** Column names (a single-column file gets the name "label"). */
  names: string[];
  /** columns[c][i] = value of column c for tensor row i ('' when missing). */
  columns: string[][];
  /** Number of data rows found in the file. */
  rowCount: number;
}

function splitLines(text: string): string[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  // A trailing newline yields one empty last line: drop it (but keep empty lines inside).
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Parses metadata. `n` (the tensor's row count) pads or cuts the columns so that columns[c].length === n
 * when given; rowCount always reports what the file held.
 */
export function parseMetadata(text: string, n?: number): Metadata {
  const lines = splitLines(text);
  let ncols = 1;
  for (const line of lines.slice(0, 1)) ncols = line.split('\t').length;
  let names: string[];
  let body: string[];
  if (ncols <= 1) {
    names = ['label'];
    body = lines;
  } else {
    names = lines[0].split('\t').map((s, i) => s.trim() || `column ${i + 1}`);
    body = lines.slice(1);
  }
  const rows = n ?? body.length;
  const columns: string[][] = names.map(() => new Array<string>(rows).fill(''));
  const limit = Math.min(rows, body.length);
  for (let i = 0; i < limit; i++) {
    const cells = ncols <= 1 ? [body[i]] : body[i].split('\t');
    for (let c = 0; c < names.length; c++) columns[c][i] = (cells[c] ?? '').trim();
  }
  return { names, columns, rowCount: body.length };
}
