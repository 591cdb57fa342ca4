// Fit projected coordinates into the unit cube (centre on the mid-range, one scale for all axes).
export function normalizeCoords(coords: Float32Array, n: number, k: number): Float32Array {
  return placeRows(coords, n, k, null);
}

/** The unit-cube fit of an n x k layout over the rows of `keep` (all when null): centre on the mid-range
 *  of each axis, one scale for all axes. Coordinates that are not finite are left out. */
export function unitCubeFit(coords: Float32Array, n: number, k: number, keep: Int32Array | null): { mid: number[]; scale: number } {
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  const fitRow = (i: number) => {
    for (let a = 0; a < k; a++) {
      const v = coords[i * k + a];
      if (!Number.isFinite(v)) continue;
      if (v < lo[a]) lo[a] = v;
      if (v > hi[a]) hi[a] = v;
    }
  };
  if (keep) for (const i of keep) fitRow(i); else for (let i = 0; i < n; i++) fitRow(i);
  let half = 0;
  const mid = [0, 0, 0];
  for (let a = 0; a < k; a++) {
    if (lo[a] > hi[a]) { lo[a] = 0; hi[a] = 0; }
    mid[a] = (lo[a] + hi[a]) / 2;
    half = Math.max(half, (hi[a] - lo[a]) / 2);
  }
  return { mid, scale: half > 0 ? 1 / half : 1 };
}

/** Places an n x k layout in the unit cube using only the rows of `keep` for the fit; other rows
 *  go far outside every camera's clip volume (not drawn, not pickable). keep = null: all rows. */
export function placeRows(coords: Float32Array, n: number, k: number, keep: Int32Array | null): Float32Array {
  const out = new Float32Array(n * 3);
  const { mid, scale } = unitCubeFit(coords, n, k, keep);
  const placeRow = (i: number) => {
    out[i * 3 + 2] = 0;
    for (let a = 0; a < k && a < 3; a++) {
      const v = coords[i * k + a];
      out[i * 3 + a] = Number.isFinite(v) ? (v - mid[a]) * scale : 0;
    }
  };
  if (keep) {
    for (let i = 0; i < n; i++) out[i * 3 + 2] = HIDDEN_Z;
    for (const i of keep) placeRow(i);
  } else {
    for (let i = 0; i < n; i++) placeRow(i);
  }
  return out;
}

/** z of a hidden point: beyond the far plane of the 2D camera and behind/beyond the 3D one. */
export const HIDDEN_Z = 1e7;
