import { describe, expect, it } from 'vitest';
import { analyzeColumn } from '../../src/data/columns';
import { csvField, tagRows, toCsv, toJson, toMetadataTsv, tsvCell } from '../../src/state/export';

const cols = [analyzeColumn('word', ['a,b', 'say "hi"', 'line\nbreak', 'ünï 字', ' pad']), analyzeColumn('x', ['1', '2', '', '4', '5'])];
const coords = Float32Array.from([0.5, -1, 1e-8, 2, NaN, 3, 4, 5, 6, 7]);
const input = { coords, n: 5, k: 2, axisNames: ['PC1', 'PC2'], columns: cols, selection: Int32Array.from([1, 3]) };

// A small RFC 4180 reader to check the writer round-trips.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], f = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(f); rows.push(row); row = []; f = ''; i++; }
    else f += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes, line breaks and edge spaces only', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField(' pad')).toBe('" pad"');
    expect(csvField('ünï 字')).toBe('ünï 字');
  });
  it('header, coordinates, metadata and the selected flag round-trip', () => {
    const text = toCsv(input);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['index', 'PC1', 'PC2', 'word', 'x', 'selected']);
    expect(rows.length).toBe(6);
    expect(rows[1]).toEqual(['0', '0.5', '-1', 'a,b', '1', '0']);
    expect(rows[2]).toEqual(['1', String(Math.fround(1e-8)), '2', 'say "hi"', '2', '1']);
    expect(rows[3]).toEqual(['2', '', '3', 'line\nbreak', '', '0']);
    expect(rows[4].slice(3)).toEqual(['ünï 字', '4', '1']);
    expect(rows[5][3]).toBe(' pad');
  });
  it('only the given rows; a column named like an axis gets a suffix', () => {
    const rows = parseCsv(toCsv({ ...input, rows: Int32Array.from([1, 3]) }));
    expect(rows.map((r) => r[0])).toEqual(['index', '1', '3']);
    const clash = parseCsv(toCsv({ ...input, columns: [analyzeColumn('PC1', ['a', 'b', 'c', 'd', 'e'])] }));
    expect(clash[0]).toEqual(['index', 'PC1', 'PC2', 'PC1_2', 'selected']);
  });
});

describe('JSON', () => {
  it('points with coordinates (NaN as null), metadata and selected', () => {
    const doc = JSON.parse(toJson(input, { method: 'pca' }));
    expect(doc.method).toBe('pca');
    expect(doc.axes).toEqual(['PC1', 'PC2']);
    expect(doc.columns).toEqual(['word', 'x']);
    expect(doc.points).toHaveLength(5);
    expect(doc.points[2]).toEqual({ index: 2, coordinates: [null, 3], metadata: { word: 'line\nbreak', x: '' }, selected: false });
    expect(doc.points[3].metadata.word).toBe('ünï 字');
    expect(doc.points[3].selected).toBe(true);
    expect(JSON.parse(toJson({ ...input, rows: Int32Array.from([4]) })).points.map((p: { index: number }) => p.index)).toEqual([4]);
  });
});

describe('metadata TSV (TensorBoard header rule)', () => {
  it('two or more columns: header line; tabs and line breaks become spaces', () => {
    const t = toMetadataTsv(cols, 5);
    expect(t.split('\n')).toEqual(['word\tx', 'a,b\t1', 'say "hi"\t2', 'line break\t', 'ünï 字\t4', ' pad\t5', '']);
    expect(tsvCell('a\tb\r\nc')).toBe('a b  c');
  });
  it('one column: no header', () => {
    expect(toMetadataTsv([cols[1]], 5)).toBe('1\n2\n\n4\n5\n');
  });
  it('the selected rows only, with the header of the whole file', () => {
    expect(toMetadataTsv(cols, 5, Int32Array.from([1, 4])).split('\n')).toEqual(['word\tx', 'say "hi"\t2', ' pad\t5', '']);
  });
  it('tagRows sets the label on the rows of an existing or a new column', () => {
    expect(tagRows(cols, 5, 'x', 'T', Int32Array.from([0, 4]))).toEqual(['T', '2', '', '4', 'T']);
    expect(cols[1].values[0]).toBe('1');   // not changed in place
    expect(tagRows(cols, 5, 'new', 'ü', Int32Array.from([2]))).toEqual(['', '', 'ü', '', '']);
  });
});
