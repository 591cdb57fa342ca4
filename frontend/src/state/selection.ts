// Multi-point selection: sorted unique row sets, their algebra, and which points fall inside a
// screen-space box or lasso polygon. Pure: unit-tested in node.

export const EMPTY: Int32Array = new Int32Array(0);

/** Sorted, duplicate-free copy of any list of row indices. */
export function normalize(rows: ArrayLike<number>): Int32Array {
  const a = Int32Array.from(rows as ArrayLike<number>).sort();
  let w = 0;
  for (let r = 0; r < a.length; r++) if (r === 0 || a[r] !== a[r - 1]) a[w++] = a[r];
  return w === a.length ? a : a.slice(0, w);
}

export function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0, j = 0, w = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (w === 0 || out[w - 1] !== x) out[w++] = x;
  }
  return out.slice(0, w);
}

export function subtract(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let j = 0, w = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j] < a[i]) j++;
    if (j < b.length && b[j] === a[i]) continue;
    out[w++] = a[i];
  }
  return out.slice(0, w);
}

export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0, j = 0, w = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else { out[w++] = a[i]; i++; j++; }
  }
  return out.slice(0, w);
}

export function contains(sorted: Int32Array, x: number): boolean {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (sorted[m] === x) return true;
    if (sorted[m] < x) lo = m + 1; else hi = m - 1;
  }
  return false;
}

export type Combine = 'replace' | 'add' | 'remove';

/** The new selection after `rows` is combined into `current`. */
export function combine(current: Int32Array, rows: Int32Array, how: Combine): Int32Array {
  return how === 'add' ? union(current, rows) : how === 'remove' ? subtract(current, rows) : rows;
}

/** Even-odd rule; polygon as flat [x0, y0, x1, y1, ...]. Points on an edge may go either way. */
export function pointInPolygon(x: number, y: number, poly: ArrayLike<number>): boolean {
  let inside = false;
  const m = poly.length >> 1;
  for (let i = 0, j = m - 1; i < m; j = i++) {
    const xi = poly[2 * i], yi = poly[2 * i + 1], xj = poly[2 * j], yj = poly[2 * j + 1];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Rows whose screen position (NaN = off screen or hidden) lies in the box (any two corners). */
export function rowsInBox(sx: Float32Array, sy: Float32Array, x0: number, y0: number, x1: number, y1: number,
  visible?: (i: number) => boolean): Int32Array {
  const lx = Math.min(x0, x1), hx = Math.max(x0, x1), ly = Math.min(y0, y1), hy = Math.max(y0, y1);
  const out: number[] = [];
  for (let i = 0; i < sx.length; i++) {
    const x = sx[i], y = sy[i];
    if (x >= lx && x <= hx && y >= ly && y <= hy && (!visible || visible(i))) out.push(i);
  }
  return Int32Array.from(out);
}

/** Rows whose screen position lies inside the polygon (bounding box first, then even-odd). */
export function rowsInPolygon(sx: Float32Array, sy: Float32Array, poly: ArrayLike<number>,
  visible?: (i: number) => boolean): Int32Array {
  if (poly.length < 6) return EMPTY;
  let lx = Infinity, hx = -Infinity, ly = Infinity, hy = -Infinity;
  for (let k = 0; k < poly.length; k += 2) {
    lx = Math.min(lx, poly[k]); hx = Math.max(hx, poly[k]);
    ly = Math.min(ly, poly[k + 1]); hy = Math.max(hy, poly[k + 1]);
  }
  const out: number[] = [];
  for (let i = 0; i < sx.length; i++) {
    const x = sx[i], y = sy[i];
    if (!(x >= lx && x <= hx && y >= ly && y <= hy)) continue;
    if (visible && !visible(i)) continue;
    if (pointInPolygon(x, y, poly)) out.push(i);
  }
  return Int32Array.from(out);
}

// Placement lives with the other layout code; re-exported here for the selection's users.
export { HIDDEN_Z, placeRows } from '../compute/placement';
