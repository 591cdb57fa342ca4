// Colour schemes: categorical (Tableau-10 based, colour-blind friendly), numeric (viridis),
// "other" for categories past the palette, grey for missing values. Pure: unit-tested in node.
import type { ColumnInfo } from '../data/columns';
import type { Legend, LegendEntry } from '../data/legend';

export type { Legend, LegendEntry };

export const CATEGORICAL = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f',
  '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf',
];
export const OTHER_COLOR = '#bab0ac';
export const MISSING_COLOR = '#6f6f6f';
export const DEFAULT_LIGHT = '#3f6fb5';
export const DEFAULT_DARK = '#7fb2ff';
export const OTHER_LABEL = 'other';
export const MISSING_LABEL = '(missing)';

const VIRIDIS = [
  [68, 1, 84], [72, 36, 117], [65, 68, 135], [53, 95, 141], [42, 120, 142],
  [33, 145, 140], [34, 168, 132], [68, 191, 112], [122, 209, 81], [189, 223, 38], [253, 231, 37],
];

export type RGB = [number, number, number];

export function hexToRgb(hex: string): RGB {
  const v = parseInt(hex.slice(1), 16);
  return [((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255];
}

export function viridis(t: number): RGB {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = VIRIDIS[i], b = VIRIDIS[i + 1];
  return [0, 1, 2].map((k) => (a[k] + (b[k] - a[k]) * f) / 255) as RGB;
}

export function viridisCss(t: number): string {
  const [r, g, b] = viridis(t);
  return `rgb(${Math.round(r * 255)},${Math.round(g * 255)},${Math.round(b * 255)})`;
}

/** Counts categories, sorted by count (desc, then label); the first palette-size get colours. */
export function categoricalLegend(values: string[], palette = CATEGORICAL): {
  entries: LegendEntry[]; colorOf: Map<string, string>;
} {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const v of values) {
    if (v === '') missing++;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const colorOf = new Map<string, string>();
  const entries: LegendEntry[] = [];
  let other = 0;
  sorted.forEach(([label, count], i) => {
    if (i < palette.length) {
      colorOf.set(label, palette[i]);
      entries.push({ label, count, color: palette[i] });
    } else {
      colorOf.set(label, OTHER_COLOR);
      other += count;
    }
  });
  if (other > 0) entries.push({ label: OTHER_LABEL, count: other, color: OTHER_COLOR });
  if (missing > 0) entries.push({ label: MISSING_LABEL, count: missing, color: MISSING_COLOR });
  return { entries, colorOf };
}

/** Fills rgb (n*3) for a column; returns its legend. `column` null -> one default colour. */
export function colorize(column: ColumnInfo | null, n: number, rgb: Float32Array, dark: boolean): Legend {
  const def = hexToRgb(dark ? DEFAULT_DARK : DEFAULT_LIGHT);
  const miss = hexToRgb(MISSING_COLOR);
  if (!column) {
    for (let i = 0; i < n; i++) rgb.set(def, i * 3);
    return { kind: 'none' };
  }
  if (column.kind === 'numeric' && column.numbers) {
    const { min = 0, max = 1 } = column;
    const span = max > min ? max - min : 1;
    for (let i = 0; i < n; i++) {
      const x = i < column.numbers.length ? column.numbers[i] : NaN;
      rgb.set(Number.isNaN(x) ? miss : viridis((x - min) / span), i * 3);
    }
    return { kind: 'numeric', column: column.name, min, max, missing: column.missing };
  }
  const { entries, colorOf } = categoricalLegend(column.values);
  const cache = new Map<string, RGB>();
  for (let i = 0; i < n; i++) {
    const v = column.values[i] ?? '';
    let c: RGB;
    if (v === '') c = miss;
    else {
      c = cache.get(v) ?? hexToRgb(colorOf.get(v) ?? OTHER_COLOR);
      cache.set(v, c);
    }
    rgb.set(c, i * 3);
  }
  return { kind: 'categorical', column: column.name, entries };
}

/** Legend label a value falls under (its own, "other" past the palette, or missing). */
export function legendLabelOf(value: string, entries: LegendEntry[]): string {
  if (value === '') return MISSING_LABEL;
  return entries.some((e) => e.label === value && e.label !== OTHER_LABEL && e.label !== MISSING_LABEL) ? value : OTHER_LABEL;
}

/** Fades every point outside legend category `focus` towards the background (rgb is n*3, in place). */
export function fadeExcept(values: string[], entries: LegendEntry[], focus: string, rgb: Float32Array,
  background: RGB, amount = 0.82): number {
  const top = new Set(entries.filter((e) => e.label !== OTHER_LABEL && e.label !== MISSING_LABEL).map((e) => e.label));
  let kept = 0;
  const n = rgb.length / 3;
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? '';
    const label = v === '' ? MISSING_LABEL : top.has(v) ? v : OTHER_LABEL;
    if (label === focus) { kept++; continue; }
    for (let k = 0; k < 3; k++) rgb[i * 3 + k] += (background[k] - rgb[i * 3 + k]) * amount;
  }
  return kept;
}

/** Fades every point not listed in `matches` (sorted row indices) towards the background. */
export function fadeUnmatched(matches: Int32Array, rgb: Float32Array, background: RGB, amount = 0.82): void {
  const keep = new Uint8Array(rgb.length / 3);
  for (const i of matches) keep[i] = 1;
  for (let i = 0; i < keep.length; i++) {
    if (keep[i]) continue;
    for (let k = 0; k < 3; k++) rgb[i * 3 + k] += (background[k] - rgb[i * 3 + k]) * amount;
  }
}
