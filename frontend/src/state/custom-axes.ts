// Custom linear projection (as TensorBoard's "Custom" tab): per axis, the rows matching a left
// (down) query and a right (up) query in one metadata column; the axis is the difference of the
// two centroids; every point is projected on it. x_i = <v_i - (cL + cR)/2, (cR - cL)/|cR - cL|>.
// An empty query on one side means "every row the other side does not match". The rows are read
// where they live (the compute workers): sums of the matched rows, and every row on the two axes.
import type { RowSource } from './projection';
import { matchRows } from './row-match';

export interface AxisQuery { negative: string; positive: string }

export interface AxisResult {
  negativeCount: number;
  positiveCount: number;
  /** Why this axis is flat (all zeros), or null. */
  problem: string | null;
}

function complement(rows: Int32Array, n: number): Int32Array {
  const mark = new Uint8Array(n);
  for (const i of rows) mark[i] = 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!mark[i]) out.push(i);
  return Int32Array.from(out);
}

/** One axis: a unit direction and the offset mid.dir (zero direction: flat, with the reason). */
export interface Axis { direction: Float64Array; offset: number; result: AxisResult }

/** The axis of query `q` on `values`' column: centroids of both sides from the rows' sums. */
export async function axisOf(source: RowSource, n: number, d: number, values: string[], q: AxisQuery): Promise<Axis> {
  let neg = matchRows(values, q.negative);
  let pos = matchRows(values, q.positive);
  const negativeCount = neg?.length ?? 0, positiveCount = pos?.length ?? 0;
  const flat = (problem: string): Axis => ({ direction: new Float64Array(d), offset: 0, result: { negativeCount, positiveCount, problem } });
  if (!neg && !pos) return flat('no queries');
  if (!neg) neg = complement(pos!, n);
  if (!pos) pos = complement(neg, n);
  if (!neg.length || !pos.length) return flat('a side matches no rows');
  const [sn, sp] = await Promise.all([source.rowSums(neg), source.rowSums(pos)]);
  const dir = new Float64Array(d), mid = new Float64Array(d);
  let norm = 0;
  for (let j = 0; j < d; j++) {
    const cn = sn[j] / neg.length, cp = sp[j] / pos.length;
    dir[j] = cp - cn; mid[j] = (cp + cn) / 2; norm += dir[j] * dir[j];
  }
  norm = Math.sqrt(norm);
  if (!(norm > 0)) return flat('both sides have the same centroid');
  let offset = 0;
  for (let j = 0; j < d; j++) { dir[j] /= norm; offset += mid[j] * dir[j]; }
  return { direction: dir, offset, result: { negativeCount, positiveCount, problem: null } };
}

export interface CustomResult { coords: Float32Array; x: AxisResult; y: AxisResult }

/** Both axes, and every row on them (n x 2), computed where the rows live. */
export async function customProjection(source: RowSource, n: number, d: number, values: string[],
  x: AxisQuery, y: AxisQuery): Promise<CustomResult> {
  const [ax, ay] = await Promise.all([axisOf(source, n, d, values, x), axisOf(source, n, d, values, y)]);
  const directions = new Float32Array(2 * d);
  directions.set(ax.direction, 0);
  directions.set(ay.direction, d);
  const coords = await source.projectOnto(new Float32Array(d), directions);
  for (let i = 0; i < n; i++) { coords[2 * i] -= ax.offset; coords[2 * i + 1] -= ay.offset; }
  return { coords, x: ax.result, y: ay.result };
}
