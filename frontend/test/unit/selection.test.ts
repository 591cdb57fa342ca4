import { describe, expect, it } from 'vitest';
import {
  combine, contains, HIDDEN_Z, intersect, normalize, placeRows, pointInPolygon, rowsInBox, rowsInPolygon, subtract, union,
} from '../../src/state/selection';

const arr = (a: Int32Array) => Array.from(a);

describe('selection set algebra', () => {
  it('normalize sorts and removes duplicates', () => {
    expect(arr(normalize([5, 1, 5, 3, 1]))).toEqual([1, 3, 5]);
    expect(arr(normalize([]))).toEqual([]);
  });
  it('union / subtract / intersect of sorted sets', () => {
    const a = Int32Array.from([1, 3, 5, 7]), b = Int32Array.from([2, 3, 7, 9]);
    expect(arr(union(a, b))).toEqual([1, 2, 3, 5, 7, 9]);
    expect(arr(subtract(a, b))).toEqual([1, 5]);
    expect(arr(subtract(b, a))).toEqual([2, 9]);
    expect(arr(intersect(a, b))).toEqual([3, 7]);
    expect(arr(union(a, new Int32Array(0)))).toEqual(arr(a));
    expect(arr(subtract(a, a))).toEqual([]);
  });
  it('agrees with Set on random sets', () => {
    let seed = 7;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let t = 0; t < 50; t++) {
      const a = normalize(Array.from({ length: Math.floor(rnd() * 40) }, () => Math.floor(rnd() * 60)));
      const b = normalize(Array.from({ length: Math.floor(rnd() * 40) }, () => Math.floor(rnd() * 60)));
      const sa = new Set(a), sb = new Set(b);
      expect(arr(union(a, b))).toEqual([...new Set([...sa, ...sb])].sort((x, y) => x - y));
      expect(arr(subtract(a, b))).toEqual([...sa].filter((x) => !sb.has(x)));
      expect(arr(intersect(a, b))).toEqual([...sa].filter((x) => sb.has(x)));
      for (let x = 0; x < 60; x++) expect(contains(a, x)).toBe(sa.has(x));
    }
  });
  it('combine: replace, add (Shift), remove (Alt)', () => {
    const cur = Int32Array.from([1, 2]), rows = Int32Array.from([2, 4]);
    expect(arr(combine(cur, rows, 'replace'))).toEqual([2, 4]);
    expect(arr(combine(cur, rows, 'add'))).toEqual([1, 2, 4]);
    expect(arr(combine(cur, rows, 'remove'))).toEqual([1]);
  });
});

describe('lasso and box', () => {
  const square = [0, 0, 10, 0, 10, 10, 0, 10];
  it('point in polygon: square, concave polygon, self-intersecting (even-odd)', () => {
    expect(pointInPolygon(5, 5, square)).toBe(true);
    expect(pointInPolygon(11, 5, square)).toBe(false);
    expect(pointInPolygon(-0.1, 5, square)).toBe(false);
    const u = [0, 0, 9, 0, 9, 9, 6, 9, 6, 3, 3, 3, 3, 9, 0, 9];   // a U shape
    expect(pointInPolygon(1.5, 6, u)).toBe(true);
    expect(pointInPolygon(4.5, 6, u)).toBe(false);   // in the notch
    expect(pointInPolygon(4.5, 1.5, u)).toBe(true);
    const bow = [0, 0, 10, 10, 10, 0, 0, 10];          // a bow tie
    expect(pointInPolygon(2, 5, bow)).toBe(true);
    expect(pointInPolygon(5, 2, bow)).toBe(false);
  });
  it('rowsInPolygon / rowsInBox skip NaN (off screen) and hidden rows', () => {
    const sx = Float32Array.from([1, 5, 20, NaN, 9]), sy = Float32Array.from([1, 5, 5, 5, 9.5]);
    expect(arr(rowsInPolygon(sx, sy, square))).toEqual([0, 1, 4]);
    expect(arr(rowsInPolygon(sx, sy, square, (i) => i !== 1))).toEqual([0, 4]);
    expect(arr(rowsInBox(sx, sy, 10, 10, 2, 2))).toEqual([1, 4]);
    expect(arr(rowsInPolygon(sx, sy, [0, 0, 1, 1]))).toEqual([]);
  });
});

describe('placeRows (isolate)', () => {
  it('fits the kept rows to the unit cube and hides the others', () => {
    const coords = Float32Array.from([0, 0, 100, 100, 2, 4, 4, 2]);   // 4 rows x 2
    const out = placeRows(coords, 4, 2, Int32Array.from([2, 3]));
    expect(Array.from(out.subarray(6, 9))).toEqual([-1, 1, 0]);   // row 2 (2, 4): mid (3, 3), half-range 1
    expect(Array.from(out.subarray(9, 12))).toEqual([1, -1, 0]);
    expect(Array.from(out.subarray(3, 6))).toEqual([0, 0, HIDDEN_Z]);  // not isolated: hidden
    const all = placeRows(coords, 4, 2, null);
    expect(all[2]).toBe(0);
    expect(all[3]).toBe(1);
  });
});
