import { describe, expect, it } from 'vitest';
import { analyzeColumn } from '../../src/data/columns';
import { colorize, fadeUnmatched, hexToRgb } from '../../src/render/colors';
import { changedRowsSince, pointColors, type ColorInputs } from '../../src/render/point-colors';
import { changedRanges, rowRanges } from '../../src/render/point-draws';

const n = 500;
const column = analyzeColumn('label', Array.from({ length: n }, (_, i) => `c${i % 7}`));
const base: ColorInputs = {
  columns: [column], colorColumn: 0, dark: false, focusCategory: null, searchMatches: null, movedPoints: null,
  selection: new Int32Array(0), neighbors: null, selected: -1,
};

/** The colours computed directly: the column's, every point outside the neighbourhood of `centre` faded. */
function direct(centre: number, neighbors: number[]): Float32Array {
  const rgb = new Float32Array(n * 3);
  colorize(column, n, rgb, false);
  if (centre >= 0) fadeUnmatched(Int32Array.from([centre, ...neighbors]), rgb, hexToRgb('#ffffff'), 0.65);
  return rgb;
}

const list = (row: number, indices: number[]) => Object.assign(indices.map((index) => ({ index, distance: 1 })), { row });

describe('pointColors', () => {
  it('lights the neighbourhood of the row its list is of, fading every other point', () => {
    const a = list(3, [10, 20, 499]);
    const got = pointColors({ ...base, selected: 3, neighbors: a }, n).rgb;
    expect(Array.from(got)).toEqual(Array.from(direct(3, [10, 20, 499])));
    // Row 40 selected while its own list is computed: the plot keeps row 3's neighbourhood.
    expect(Array.from(pointColors({ ...base, selected: 40, neighbors: a }, n).rgb)).toEqual(Array.from(direct(3, [10, 20, 499])));
    // A list that does not say its row is the selected row's.
    expect(Array.from(pointColors({ ...base, selected: 40, neighbors: [{ index: 41 }] }, n).rgb))
      .toEqual(Array.from(direct(40, [41])));
    // Nothing selected: no fade.
    expect(Array.from(pointColors({ ...base, selected: -1, neighbors: a }, n).rgb)).toEqual(Array.from(direct(-1, [])));
  });

  it('gives the same array for the same state and names the rows that changed from one neighbourhood to the next', () => {
    const a = list(5, [6, 7, 8]);
    const first = pointColors({ ...base, selected: 5, neighbors: a }, n).rgb;
    expect(pointColors({ ...base, selected: 9, neighbors: a }, n).rgb).toBe(first);   // the click: nothing to draw yet
    const second = pointColors({ ...base, selected: 9, neighbors: list(9, [8, 100]) }, n).rgb;
    expect(second).not.toBe(first);
    const rows = changedRowsSince(second, first);
    expect(rows && Array.from(rows).sort((x, y) => x - y)).toEqual([5, 6, 7, 8, 9, 100]);
    // Every other row is the same in both.
    const changed = new Set(rows);
    for (let i = 0; i < n; i++) {
      if (!changed.has(i)) expect(Array.from(second.subarray(3 * i, 3 * i + 3))).toEqual(Array.from(first.subarray(3 * i, 3 * i + 3)));
    }
    expect(Array.from(second)).toEqual(Array.from(direct(9, [8, 100])));
    // Not from `first` as previous, or new column colours: unknown.
    expect(changedRowsSince(second, new Float32Array(3 * n))).toBeNull();
    const recoloured = pointColors({ ...base, dark: true, selected: 9, neighbors: list(9, [8, 100]) }, n).rgb;
    expect(changedRowsSince(recoloured, second)).toBeNull();
  });

  it('follows a new search, selection or colour column (not only the neighbourhood)', () => {
    const before = pointColors({ ...base }, n).rgb;
    const matches = Int32Array.from([1, 2, 3]);
    const searched = pointColors({ ...base, searchMatches: matches }, n).rgb;
    const want = direct(-1, []);
    fadeUnmatched(matches, want, hexToRgb('#ffffff'));
    expect(Array.from(searched)).toEqual(Array.from(want));
    expect(Array.from(pointColors({ ...base }, n).rgb)).toEqual(Array.from(before));
  });
});

describe('colour upload ranges', () => {
  it('changedRanges: runs of changed rows (elements), nearby rows merged, null past the limit', () => {
    const a = new Float32Array(3 * 100);
    const b = a.slice();
    b[3 * 10 + 1] = 1;
    b[3 * 12] = 1;          // two rows from row 10: one run
    b[3 * 60 + 2] = 1;
    expect(changedRanges(a, b, 10)).toEqual([30, 9, 180, 3]);
    expect(changedRanges(a, a.slice(), 10)).toEqual([]);
    expect(changedRanges(a, b, 1)).toBeNull();
  });

  it('rowRanges: rows in any order as ascending element ranges, adjacent rows merged', () => {
    expect(rowRanges(Int32Array.from([7, 3, 4, 4, 20]), 10)).toEqual([9, 6, 21, 3, 60, 3]);
    expect(rowRanges(Int32Array.from([1, 5, 9]), 2)).toBeNull();
  });
});
