// Custom linear projection (as TensorBoard's "Custom" tab): per axis, the rows matching a left
// (down) query and a right (up) query in one metadata column; the axis is the difference of the
// two centroids; every point is projected on it. x_i = <v_i - (cL + cR)/2, (cR - cL)/|cR - cL|>.
// An empty query on one side means "every row the other side does not match". Pure: unit-tested.
import { matchRows } from './row-match';

export interface AxisQuery { negative: string; positive: string }

export interface AxisResult {
  negativeCount: number;
  positiveCount: number;
  /** Why this axis is flat (all zeros), or null. */
  problem: string | null;
}

function centroid(data: Float32Array, d: number, rows: Int32Array): Float64Array {
  const c = new Float64Array(d);
  for (const i of rows) { const o = i * d; for (let j = 0; j < d; j++) c[j] += data[o + j]; }
  if (rows.length) for (let j = 0; j < d; j++) c[j] /= rows.length;
  return c;
}

function complement(rows: Int32Array, n: number): Int32Array {
  const mark = new Uint8Array(n);
  for (const i of rows) mark[i] = 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!mark[i]) out.push(i);
  return Int32Array.from(out);
}

/** Writes axis `a` of the n x k output; returns the match counts. */
export function projectAxis(data: Float32Array, n: number, d: number, values: string[], q: AxisQuery,
  out: Float32Array, k: number, a: number): AxisResult {
  let neg = matchRows(values, q.negative);
  let pos = matchRows(values, q.positive);
  const negativeCount = neg?.length ?? 0, positiveCount = pos?.length ?? 0;
  const flat = (problem: string): AxisResult => {
    for (let i = 0; i < n; i++) out[i * k + a] = 0;
    return { negativeCount, positiveCount, problem };
  };
  if (!neg && !pos) return flat('no queries');
  if (!neg) neg = complement(pos!, n);
  if (!pos) pos = complement(neg, n);
  if (!neg.length || !pos.length) return flat('a side matches no rows');
  const cn = centroid(data, d, neg), cp = centroid(data, d, pos);
  const dir = new Float64Array(d), mid = new Float64Array(d);
  let norm = 0;
  for (let j = 0; j < d; j++) { dir[j] = cp[j] - cn[j]; mid[j] = (cp[j] + cn[j]) / 2; norm += dir[j] * dir[j]; }
  norm = Math.sqrt(norm);
  if (!(norm > 0)) return flat('both sides have the same centroid');
  let off = 0;
  for (let j = 0; j < d; j++) { dir[j] /= norm; off += mid[j] * dir[j]; }
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let s = 0;
    for (let j = 0; j < d; j++) s += data[o + j] * dir[j];
    out[i * k + a] = s - off;
  }
  return { negativeCount, positiveCount, problem: null };
}

export interface CustomResult { coords: Float32Array; x: AxisResult; y: AxisResult }

export function customProjection(data: Float32Array, n: number, d: number, values: string[],
  x: AxisQuery, y: AxisQuery): CustomResult {
  const coords = new Float32Array(n * 2);
  const rx = projectAxis(data, n, d, values, x, coords, 2, 0);
  const ry = projectAxis(data, n, d, values, y, coords, 2, 1);
  return { coords, x: rx, y: ry };
}
