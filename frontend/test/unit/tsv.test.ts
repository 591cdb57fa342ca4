import { describe, expect, it } from 'vitest';
import { parseMetadata } from '../../src/data/tsv';

describe('parseMetadata', () => {
  it('single column has no header line', () => {
    const m = parseMetadata('7\n2\n1\n');
    expect(m.names).toEqual(['label']);
    expect(m.columns[0]).toEqual(['7', '2', '1']);
    expect(m.rowCount).toBe(3);
  });

  it('two or more columns: first line is the header', () => {
    const m = parseMetadata('word\tcount\nfoo\t3\nbar\t5\n');
    expect(m.names).toEqual(['word', 'count']);
    expect(m.columns).toEqual([['foo', 'bar'], ['3', '5']]);
    expect(m.rowCount).toBe(2);
  });

  it('keeps empty cells as missing and handles unicode and CRLF', () => {
    const m = parseMetadata('w\tpos\r\nnaïve\t\r\n日本語\tnoun\r\n\tverb\r\n');
    expect(m.columns[0]).toEqual(['naïve', '日本語', '']);
    expect(m.columns[1]).toEqual(['', 'noun', 'verb']);
  });

  it('an empty line inside a single-column file is an empty label', () => {
    const m = parseMetadata('a\n\nc\n');
    expect(m.columns[0]).toEqual(['a', '', 'c']);
  });

  it('pads or cuts to n rows and reports the file row count', () => {
    const short = parseMetadata('a\tb\n1\t2\n', 3);
    expect(short.columns[0]).toEqual(['1', '', '']);
    expect(short.rowCount).toBe(1);
    const long = parseMetadata('x\ny\nz\n', 2);
    expect(long.columns[0]).toEqual(['x', 'y']);
    expect(long.rowCount).toBe(3);
  });

  it('short rows get empty cells; a BOM is ignored', () => {
    const m = parseMetadata('\ufeffa\tb\tc\n1\n');
    expect(m.names).toEqual(['a', 'b', 'c']);
    expect(m.columns.map((c) => c[0])).toEqual(['1', '', '']);
  });
});

describe('replaceNonFinite', () => {
  it('zeroes NaN and infinities and counts them', async () => {
    const { replaceNonFinite } = await import('../../src/data/tensor-stream');
    const a = new Float32Array([1, NaN, Infinity, -Infinity, -2]);
    expect(replaceNonFinite(a)).toBe(3);
    expect(Array.from(a)).toEqual([1, 0, 0, 0, -2]);
  });
});
