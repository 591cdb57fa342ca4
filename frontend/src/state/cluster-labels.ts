// Cluster labels: per cluster, the values of one metadata column that set it apart from the whole
// set, scored as in TF-IDF: share in the cluster x log(points / points with that value). A value every
// point has scores 0 however common it is in the cluster; one found mostly in the cluster wins.
// Numeric columns are cut into quantile bins first ("0.25-0.5").
import type { ColumnInfo } from '../data/columns';
import type { AppState } from './store';
import { formatNumber } from '../data/format';

/** A column as small integer codes: codes[row] indexes names, -1 when missing. */
export interface ColumnCodes { codes: Int32Array; names: string[] }

export interface ClusterTerm { value: string; share: number; score: number }

const codesCache = new WeakMap<ColumnInfo, ColumnCodes>();

/** The column's codes (numeric columns in `bins` quantile bins); cached per column. */
export function columnCodes(column: ColumnInfo, bins = 5): ColumnCodes {
  const cached = codesCache.get(column);
  if (cached) return cached;
  const made = column.kind === 'numeric' && column.numbers ? numericCodes(column.numbers, bins) : categoricalCodes(column.values);
  codesCache.set(column, made);
  return made;
}

function categoricalCodes(values: string[]): ColumnCodes {
  const index = new Map<string, number>();
  const names: string[] = [];
  const codes = new Int32Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (v === '') { codes[r] = -1; continue; }
    let c = index.get(v);
    if (c === undefined) { c = names.length; index.set(v, c); names.push(v); }
    codes[r] = c;
  }
  return { codes, names };
}

function numericCodes(numbers: Float64Array, bins: number): ColumnCodes {
  const present = numbers.filter((x) => !Number.isNaN(x)).sort();
  const edges: number[] = [];
  for (let b = 1; b < bins; b++) {
    const e = present[Math.floor((b * present.length) / bins)];
    if (e !== undefined && (edges.length === 0 || e > edges[edges.length - 1])) edges.push(e);
  }
  const lo = present[0], hi = present[present.length - 1];
  const bounds = [lo, ...edges, hi];
  const names = edges.length || present.length ? bounds.slice(0, -1).map((b, k) => `${formatNumber(b)}–${formatNumber(bounds[k + 1])}`) : [];
  const codes = new Int32Array(numbers.length);
  for (let r = 0; r < numbers.length; r++) {
    const x = numbers[r];
    if (Number.isNaN(x)) { codes[r] = -1; continue; }
    let c = 0;
    while (c < edges.length && x >= edges[c]) c++;
    codes[r] = c;
  }
  return { codes, names };
}

/**
 * The `top` most distinctive values of each of `clusterCount` clusters. assignment[p] is point p's
 * cluster (-1: none) and rows[p] its metadata row (rows null: p itself); the "whole set" is every point
 * given, assigned or not.
 */
export function clusterTerms(assignment: Int32Array, rows: Int32Array | null, clusterCount: number, column: ColumnCodes,
  top = 3): ClusterTerm[][] {
  const names = column.names.length;
  const overall = new Float64Array(names);
  const inCluster = new Float64Array(clusterCount * names);
  const sizes = new Float64Array(clusterCount);
  let total = 0;
  for (let p = 0; p < assignment.length; p++) {
    const code = column.codes[rows ? rows[p] : p];
    if (code < 0 || code === undefined) continue;
    overall[code]++;
    total++;
    const c = assignment[p];
    if (c < 0 || c >= clusterCount) continue;
    inCluster[c * names + code]++;
    sizes[c]++;
  }
  const out: ClusterTerm[][] = [];
  for (let c = 0; c < clusterCount; c++) {
    const terms: ClusterTerm[] = [];
    for (let v = 0; v < names; v++) {
      const count = inCluster[c * names + v];
      if (count === 0) continue;
      const share = count / sizes[c];
      terms.push({ value: column.names[v], share, score: share * Math.log(total / overall[v]) });
    }
    terms.sort((a, b) => b.score - a.score || b.share - a.share || (a.value < b.value ? -1 : 1));
    out.push(terms.slice(0, top));
  }
  return out;
}

/**
 * The label shown: the best value with its share, e.g. "dog (62%)", and the second too when it is
 * nearly as distinctive ("dog (48%), wolf (40%)"). Empty when the cluster has no values.
 */
export function labelText(terms: ClusterTerm[]): string {
  const shown = terms.slice(0, 2).filter((t, k) => k === 0 || (t.score >= 0.5 * terms[0].score && t.share >= 0.2));
  return shown.map((t) => `${t.value} (${Math.round(100 * t.share)}%)`).join(', ');
}

/** The column that labels clusters by default: the colour column if categorical, else the first categorical one (-1: none). */
export function defaultLabelColumn(columns: ColumnInfo[], colorColumn: number): number {
  if (columns[colorColumn]?.kind === 'categorical') return colorColumn;
  return columns.findIndex((c) => c.kind === 'categorical');
}

/** The column labelling clusters: the one chosen, else the default above (-1: none). */
export function labelColumnOf(s: Pick<AppState, 'clusterLabelColumn' | 'columns' | 'colorColumn'>): number {
  const chosen = s.clusterLabelColumn;
  if (chosen !== null && chosen < s.columns.length) return chosen;
  return defaultLabelColumn(s.columns, s.colorColumn);
}
