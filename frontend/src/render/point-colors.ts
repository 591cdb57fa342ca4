// The colour of every point for the current state: the colour column's scheme, then fades toward
// the background for what is out of focus (other legend categories, search misses, points that did
// not move, points outside a multi-point selection or the selected point's neighbourhood).
import type { ColumnInfo } from '../data/columns';
import { colorize, fadeExcept, fadeUnmatched, hexToRgb, type Legend } from './colors';

/** What the colours depend on (state/store.ts's AppState has all of it). */
export interface ColorInputs {
  columns: ColumnInfo[];
  colorColumn: number;
  dark: boolean;
  focusCategory: string | null;
  searchMatches: Int32Array | null;
  movedPoints: Int32Array | null;
  selection: Int32Array;
  neighbors: { index: number }[] | null;
  selected: number;
}

export function pointColors(s: ColorInputs, n: number): { rgb: Float32Array; legend: Legend } {
  const rgb = new Float32Array(n * 3);
  const column = s.columns[s.colorColumn] ?? null;
  const legend = colorize(column, n, rgb, s.dark);
  const bg = hexToRgb(s.dark ? '#1b1c1e' : '#ffffff');
  if (column && legend.kind === 'categorical' && s.focusCategory !== null) {
    fadeExcept(column.values, legend.entries, s.focusCategory, rgb, bg);
  }
  if (s.searchMatches) fadeUnmatched(s.searchMatches, rgb, bg);
  if (s.movedPoints) fadeUnmatched(s.movedPoints, rgb, bg);
  if (s.selection.length > 1) fadeUnmatched(s.selection, rgb, bg, 0.75);
  if (s.neighbors && s.selected >= 0) {
    fadeUnmatched(Int32Array.from([s.selected, ...s.neighbors.map((x) => x.index)]), rgb, bg, 0.65);
  }
  return { rgb, legend };
}
