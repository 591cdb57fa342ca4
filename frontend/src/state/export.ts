// Export formats (pure, unit-tested): the projection's coordinates with metadata and a `selected`
// flag as CSV (RFC 4180) or JSON, and the (edited) metadata as TSV with TensorBoard's header rule
// (one column: no header line; two or more: the first line is the header).
import type { ColumnInfo } from '../data/columns';
import { contains } from './selection';

export interface ExportInput {
  /** n x k coordinates of the current projection (as computed, before fitting to the view). */
  coords: Float32Array;
  n: number;
  k: number;
  axisNames: string[];
  columns: ColumnInfo[];
  /** Sorted selected rows. */
  selection: Int32Array;
  /** Export only these rows (sorted); null: all. */
  rows?: Int32Array | null;
}

export function csvField(v: string): string {
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function num(x: number): string {
  return Number.isFinite(x) ? String(x) : '';
}

function forRows(n: number, rows: Int32Array | null | undefined, f: (i: number) => void): void {
  if (rows) for (const i of rows) f(i); else for (let i = 0; i < n; i++) f(i);
}

/** Unique header names: a metadata column called like an axis gets a suffix. */
function headerNames(inp: ExportInput): { axes: string[]; cols: string[] } {
  const used = new Set<string>(['index', ...inp.axisNames, 'selected']);
  const cols = inp.columns.map((c) => {
    let name = c.name, k = 2;
    while (used.has(name)) name = `${c.name}_${k++}`;
    used.add(name);
    return name;
  });
  return { axes: inp.axisNames, cols };
}

export function toCsv(inp: ExportInput): string {
  const { axes, cols } = headerNames(inp);
  const lines = [['index', ...axes, ...cols, 'selected'].map(csvField).join(',')];
  forRows(inp.n, inp.rows, (i) => {
    const f: string[] = [String(i)];
    for (let a = 0; a < inp.k; a++) f.push(num(inp.coords[i * inp.k + a]));
    for (const c of inp.columns) f.push(csvField(c.values[i] ?? ''));
    f.push(contains(inp.selection, i) ? '1' : '0');
    lines.push(f.join(','));
  });
  return lines.join('\r\n') + '\r\n';
}

export interface JsonPoint { index: number; coordinates: (number | null)[]; metadata: Record<string, string>; selected: boolean }

export function toJson(inp: ExportInput, extra: Record<string, unknown> = {}): string {
  const points: JsonPoint[] = [];
  forRows(inp.n, inp.rows, (i) => {
    const coordinates: (number | null)[] = [];
    for (let a = 0; a < inp.k; a++) { const v = inp.coords[i * inp.k + a]; coordinates.push(Number.isFinite(v) ? v : null); }
    const metadata: Record<string, string> = {};
    for (const c of inp.columns) metadata[c.name] = c.values[i] ?? '';
    points.push({ index: i, coordinates, metadata, selected: contains(inp.selection, i) });
  });
  return JSON.stringify({ ...extra, axes: inp.axisNames, columns: inp.columns.map((c) => c.name), points });
}

/** A TSV cell: TensorBoard's parser has no quoting, so tabs and line breaks become spaces. */
export function tsvCell(v: string): string {
  return v.replace(/[\t\r\n]/g, ' ');
}

/** The metadata of all rows, or of `rows` (sorted) only. */
export function toMetadataTsv(columns: ColumnInfo[], n: number, rows: Int32Array | null = null): string {
  const lines: string[] = [];
  if (columns.length >= 2) lines.push(columns.map((c) => tsvCell(c.name)).join('\t'));
  forRows(n, rows, (i) => lines.push(columns.map((c) => tsvCell(c.values[i] ?? '')).join('\t')));
  return lines.join('\n') + '\n';
}

/** Sets `label` on the selected rows of column `name` (a new column when none has that name);
 *  returns the new column values (the old array is not changed). */
export function tagRows(columns: ColumnInfo[], n: number, name: string, label: string, rows: Int32Array): string[] {
  const old = columns.find((c) => c.name === name);
  const values = old ? old.values.slice() : new Array<string>(n).fill('');
  for (const i of rows) if (i >= 0 && i < n) values[i] = label;
  return values;
}
