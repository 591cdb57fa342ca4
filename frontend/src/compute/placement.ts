// Fit projected coordinates into the unit cube (centre on the mid-range, one scale for all axes).
export function normalizeCoords(coords: Float32Array, n: number, k: number): Float32Array {
  return placeRows(coords, n, k, null);
}

/** Places an n x k layout in the unit cube using only the rows of `keep` for the fit; other rows
 *  go far outside every camera's clip volume (not drawn, not pickable). keep = null: all rows. */
export function placeRows(coords: Float32Array, n: number, k: number, keep: Int32Array | null): Float32Array {
  const out = new Float32Array(n * 3);
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  const each = (f: (i: number) => void) => {
    if (keep) for (const i of keep) f(i); else for (let i = 0; i < n; i++) f(i);
  };
  each((i) => {
    for (let a = 0; a < k; a++) {
      const v = coords[i * k + a];
      if (!Number.isFinite(v)) continue;
      if (v < lo[a]) lo[a] = v;
      if (v > hi[a]) hi[a] = v;
    }
  });
  let half = 0;
  const mid = [0, 0, 0];
  for (let a = 0; a < k; a++) {
    if (lo[a] > hi[a]) { lo[a] = 0; hi[a] = 0; }
    mid[a] = (lo[a] + hi[a]) / 2;
    half = Math.max(half, (hi[a] - lo[a]) / 2);
  }
  const s = half > 0 ? 1 / half : 1;
  if (keep) for (let i = 0; i < n; i++) out[i * 3 + 2] = HIDDEN_Z;
  each((i) => {
    out[i * 3 + 2] = 0;
    for (let a = 0; a < k && a < 3; a++) {
      const v = coords[i * k + a];
      out[i * 3 + a] = Number.isFinite(v) ? (v - mid[a]) * s : 0;
    }
  });
  return out;
}

/** z of a hidden point: beyond the far plane of the 2D camera and behind/beyond the 3D one. */
export const HIDDEN_Z = 1e7;
