import { describe, expect, it } from 'vitest';
import { matchRows } from '../../src/state/row-match';
import { fadeUnmatched } from '../../src/render/colors';

describe('matchRows', () => {
  const values = ['Apple', 'banana', '', 'pineapple', 'Ünïcode'];
  it('substring, case-insensitive', () => {
    expect(Array.from(matchRows(values, 'APPLE')!)).toEqual([0, 3]);
    expect(Array.from(matchRows(values, 'ünï')!)).toEqual([4]);
  });
  it('/regex/ with flags; a bad regex matches nothing', () => {
    expect(Array.from(matchRows(values, '/^a/i')!)).toEqual([0]);
    expect(Array.from(matchRows(values, '/^$/')!)).toEqual([2]);
    expect(matchRows(values, '/([/')!.length).toBe(0);
  });
  it('an empty query is no search', () => {
    expect(matchRows(values, '  ')).toBeNull();
  });
  it('fadeUnmatched keeps matches', () => {
    const rgb = new Float32Array(6);
    fadeUnmatched(Int32Array.from([1]), rgb, [1, 1, 1], 1);
    expect(Array.from(rgb)).toEqual([1, 1, 1, 0, 0, 0]);
  });
});
