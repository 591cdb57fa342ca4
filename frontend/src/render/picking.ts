// CPU picking: project every point with the camera's view-projection matrix to screen pixels,
// bucket them in a uniform grid, and find the nearest point within a radius. Exact over all points.
// At a million points one projection + grid costs tens of ms, so ScreenIndex builds them only when
// asked (the first pick after the view changed) and reuses its arrays. Pure: unit-tested.

interface Screen { x: Float32Array; y: Float32Array; z: Float32Array }

/** Projects positions (n*3) with a column-major 4x4 matrix to CSS pixels (x right, y down); points
 *  behind the camera or outside the depth range get x = y = NaN, z = Infinity. */
export function projectToScreen(positions: Float32Array, n: number, m: ArrayLike<number>, width: number,
  height: number, out?: Screen): Screen {
  const x = out?.x ?? new Float32Array(n), y = out?.y ?? new Float32Array(n), z = out?.z ?? new Float32Array(n);
  const m0 = m[0], m1 = m[1], m2 = m[2], m3 = m[3], m4 = m[4], m5 = m[5], m6 = m[6], m7 = m[7];
  const m8 = m[8], m9 = m[9], m10 = m[10], m11 = m[11], m12 = m[12], m13 = m[13], m14 = m[14], m15 = m[15];
  const hw = width / 2, hh = height / 2;
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const px = positions[j], py = positions[j + 1], pz = positions[j + 2];
    const cw = m3 * px + m7 * py + m11 * pz + m15;
    const cz = m2 * px + m6 * py + m10 * pz + m14;
    if (!(cw > 0) || cz < -cw || cz > cw) { x[i] = NaN; y[i] = NaN; z[i] = Infinity; continue; }
    const iw = 1 / cw;
    x[i] = (m0 * px + m4 * py + m8 * pz + m12) * iw * hw + hw;
    y[i] = hh - (m1 * px + m5 * py + m9 * pz + m13) * iw * hh;
    z[i] = cz * iw;
  }
  return { x, y, z };
}

/** Points bucketed by screen cell (counting sort); rebuild() reuses the arrays. */
export class GridIndex {
  private cellStart = new Int32Array(1);
  private items = new Int32Array(0);
  private cellOf = new Int32Array(0);
  private cols = 1;
  private rows = 1;

  constructor(private sx: Float32Array, private sy: Float32Array, private sz: Float32Array,
    width: number, height: number, private cell = 16) {
    this.rebuild(sx, sy, sz, width, height);
  }

  rebuild(sx: Float32Array, sy: Float32Array, sz: Float32Array, width: number, height: number): void {
    this.sx = sx; this.sy = sy; this.sz = sz;
    const cols = this.cols = Math.max(1, Math.ceil(width / this.cell));
    const rows = this.rows = Math.max(1, Math.ceil(height / this.cell));
    const ncell = cols * rows, n = sx.length, inv = 1 / this.cell;
    if (this.cellStart.length !== ncell + 1) this.cellStart = new Int32Array(ncell + 1);
    else this.cellStart.fill(0);
    if (this.cellOf.length < n) { this.cellOf = new Int32Array(n); this.items = new Int32Array(n); }
    const counts = this.cellStart, cellOf = this.cellOf;
    for (let i = 0; i < n; i++) {
      const x = sx[i], y = sy[i];
      let c = -1;
      if (x >= 0 && y >= 0) {   // false for NaN (off screen)
        const cx = (x * inv) | 0, cy = (y * inv) | 0;
        if (cx < cols && cy < rows) { c = cy * cols + cx; counts[c + 1]++; }
      }
      cellOf[i] = c;
    }
    for (let c = 0; c < ncell; c++) counts[c + 1] += counts[c];
    const fill = counts.slice(0, ncell), items = this.items;
    for (let i = 0; i < n; i++) { const c = cellOf[i]; if (c >= 0) items[fill[c]++] = i; }
  }

  /** Nearest point to (x, y) within `radius` px; ties (within 0.5 px) go to the nearer depth. -1 if none. */
  nearest(x: number, y: number, radius: number, accept?: (i: number) => boolean): number {
    const r = Math.ceil(radius / this.cell);
    const cx = Math.floor(x / this.cell), cy = Math.floor(y / this.cell);
    let best = -1, bestD = radius * radius, bestZ = Infinity;
    for (let gy = Math.max(0, cy - r); gy <= Math.min(this.rows - 1, cy + r); gy++) {
      for (let gx = Math.max(0, cx - r); gx <= Math.min(this.cols - 1, cx + r); gx++) {
        const c = gy * this.cols + gx;
        for (let k = this.cellStart[c]; k < this.cellStart[c + 1]; k++) {
          const i = this.items[k];
          const dx = this.sx[i] - x, dy = this.sy[i] - y;
          const d = dx * dx + dy * dy;
          if (d > radius * radius) continue;
          if (accept && !accept(i)) continue;
          const closer = d < bestD - 0.25;
          const tie = Math.abs(d - bestD) <= 0.25 && this.sz[i] < bestZ;
          if (best < 0 || closer || tie) { best = i; bestD = d; bestZ = this.sz[i]; }
        }
      }
    }
    return best;
  }
}

/** Screen positions and the grid of every point for one view. update() rebuilds only when the view's
 *  key changed since the last build; the arrays are reused while n stays the same. */
export class ScreenIndex {
  private screen: Screen = { x: new Float32Array(0), y: new Float32Array(0), z: new Float32Array(0) };
  private grid: GridIndex | null = null;
  private key = -1;
  private gridKey = -1;
  private width = 1;
  private height = 1;

  /** Projects all points for the view `key` (a number the caller changes whenever camera, size or positions change). */
  project(positions: Float32Array, n: number, matrix: ArrayLike<number>, width: number, height: number, key: number): Screen {
    if (key === this.key && this.screen.x.length === n) return this.screen;
    if (this.screen.x.length !== n) this.screen = { x: new Float32Array(n), y: new Float32Array(n), z: new Float32Array(n) };
    projectToScreen(positions, n, matrix, width, height, this.screen);
    this.key = key;
    this.width = width;
    this.height = height;
    return this.screen;
  }

  /** Nearest point within radius px of (x, y) in the view projected last; builds the grid if needed. */
  nearest(x: number, y: number, radius: number): number {
    const s = this.screen;
    if (!this.grid) this.grid = new GridIndex(s.x, s.y, s.z, this.width, this.height);
    else if (this.gridKey !== this.key) this.grid.rebuild(s.x, s.y, s.z, this.width, this.height);
    this.gridKey = this.key;
    return this.grid.nearest(x, y, radius);
  }
}
