// The colour of every point for the current state: the colour column's scheme, then fades toward
// the background for what is out of focus (other legend categories, search misses, points that did
// not move, points outside a multi-point selection or the selected point's neighbourhood).
import { measureSince } from '../compute/timeline';
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
  /** The neighbour list, and the row it is of when it says (state/neighbors.ts NeighborList). */
  neighbors: ({ index: number }[] & { row?: number }) | null;
  selected: number;
}

/** The neighbourhood fade: points outside the selected point and its neighbours move this far to the background. */
const NEIGHBOUR_FADE = 0.65;

/** The colours before the neighbourhood fade, and the same with every point faded, for the inputs they were
 *  computed from (compared by identity: the store replaces what changes). One entry: a click changes only
 *  the neighbourhood, so at a million points it costs one copy instead of a pass over every row's value. */
interface BaseColors { key: unknown[]; rgb: Float32Array; faded: Float32Array | null; legend: Legend }
let cached: BaseColors | null = null;

function baseKey(s: ColorInputs, n: number): unknown[] {
  return [n, s.columns, s.colorColumn, s.dark, s.focusCategory, s.searchMatches, s.movedPoints, s.selection.length > 1 ? s.selection : null];
}

function baseColors(s: ColorInputs, n: number): BaseColors {
  const key = baseKey(s, n);
  if (cached && cached.key.every((v, i) => v === key[i])) return cached;
  const rgb = new Float32Array(n * 3);
  const column = s.columns[s.colorColumn] ?? null;
  const legend = colorize(column, n, rgb, s.dark);
  const bg = background(s.dark);
  if (column && legend.kind === 'categorical' && s.focusCategory !== null) {
    fadeExcept(column.values, legend.entries, s.focusCategory, rgb, bg);
  }
  if (s.searchMatches) fadeUnmatched(s.searchMatches, rgb, bg);
  if (s.movedPoints) fadeUnmatched(s.movedPoints, rgb, bg);
  if (s.selection.length > 1) fadeUnmatched(s.selection, rgb, bg, 0.75);
  cached = { key, rgb, faded: null, legend };
  // The faded copy ahead, while the page is idle: the first click's neighbourhood changes every point.
  const entry = cached;
  if (n > 0 && typeof requestIdleCallback === 'function') requestIdleCallback(() => { if (cached === entry) fadedColors(entry, s.dark); });
  return cached;
}

/** The base colours with every point faded (computed once per base). */
function fadedColors(base: BaseColors, dark: boolean): Float32Array {
  if (!base.faded) {
    base.faded = base.rgb.slice();
    fadeUnmatched(new Int32Array(0), base.faded, background(dark), NEIGHBOUR_FADE);
  }
  return base.faded;
}

function background(dark: boolean) { return hexToRgb(dark ? '#1b1c1e' : '#ffffff'); }

/** The last colours computed, and what from: asked again for the same state, the same array is the answer. */
let last: { base: BaseColors; neighbors: ColorInputs['neighbors']; centre: number; rgb: Float32Array } | null = null;
/** Rows whose colour differs between an array pointColors returned and the one it returned before it. */
const changes = new WeakMap<Float32Array, { from: Float32Array; rows: Int32Array }>();

/**
 * The colour of every point (n*3) and the legend. An array returned is never changed afterwards; the same
 * state gives the same array back (a click that changes nothing drawn costs nothing), and the column's
 * colours are reused while only the neighbourhood changes (a click at a million points: one copy).
 */
export function pointColors(s: ColorInputs, n: number): { rgb: Float32Array; legend: Legend } {
  const started = performance.now();
  const base = baseColors(s, n);
  const neighbors = s.neighbors && s.selected >= 0 ? s.neighbors : null;
  // The neighbourhood of the row the list is of: right after a click the previous row's list stays lit
  // (nothing to redraw while the new list is computed) until the new one replaces it.
  const centre = neighbors ? (typeof neighbors.row === 'number' ? neighbors.row : s.selected) : -1;
  if (last && last.base === base && last.neighbors === neighbors && last.centre === centre) {
    return { rgb: last.rgb, legend: base.legend };
  }
  const lit = neighbors ? neighborhood(centre, neighbors, n) : null;
  let rgb: Float32Array;
  if (lit) {
    // Every point faded, then the neighbourhood's own colours back (the same values fadeUnmatched leaves).
    rgb = fadedColors(base, s.dark).slice();
    for (const i of lit) rgb.set(base.rgb.subarray(3 * i, 3 * i + 3), 3 * i);
  } else rgb = base.rgb.slice();
  // From one neighbourhood to another over the same colours, only the two neighbourhoods' rows change.
  if (last && last.base === base && lit && last.neighbors) {
    const before = neighborhood(last.centre, last.neighbors, n);
    changes.set(rgb, { from: last.rgb, rows: Int32Array.from(new Set([...before, ...lit])) });
  }
  last = { base, neighbors, centre, rgb };
  measureSince('colors', started);
  return { rgb, legend: base.legend };
}

/** The rows of a neighbourhood: its centre and the listed neighbours (those in 0..n-1). */
function neighborhood(centre: number, neighbors: { index: number }[], n: number): number[] {
  return [centre, ...neighbors.map((x) => x.index)].filter((i) => i >= 0 && i < n);
}

/** The rows where `rgb` differs from `previous`, when both came from pointColors one after the other; null: unknown. */
export function changedRowsSince(rgb: Float32Array, previous: Float32Array): Int32Array | null {
  const change = changes.get(rgb);
  return change && change.from === previous ? change.rows : null;
}
