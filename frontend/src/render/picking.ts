// CPU picking: project every point with the camera's view-projection matrix to screen pixels,
// bucket them in a uniform grid, and find the nearest point within a radius. Pure: unit-tested.

/** Projects positions (n*3) with a column-major 4x4 matrix to CSS pixels (x right, y down). */
export function projectToScreen(positions: Float32Array, n: number, m: ArrayLike<number>, width: number,
  height: number, out?: { x: Float32Array; y: Float32Array; z: Float32Array }) {
  const x = out?.x ?? new Float32Array(n), y = out?.y ?? new Float32Array(n), z = out?.z ?? new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const px = positions[i * 3], py = positions[i * 3 + 1], pz = positions[i * 3 + 2];
    const cx = m[0] * px + m[4] * py + m[8] * pz + m[12];
    const cy = m[1] * px + m[5] * py + m[9] * pz + m[13];
    const cz = m[2] * px + m[6] * py + m[10] * pz + m[14];
    const cw = m[3] * px + m[7] * py + m[11] * pz + m[15];
    if (cw <= 0) { x[i] = NaN; y[i] = NaN; z[i] = Infinity; continue; }
    const nx = cx / cw, ny = cy / cw, nz = cz / cw;
    if (nz < -1 || nz > 1) { x[i] = NaN; y[i] = NaN; z[i] = Infinity; continue; }
    x[i] = (nx * 0.5 + 0.5) * width;
    y[i] = (1 - (ny * 0.5 + 0.5)) * height;
    z[i] = nz;
  }
  return { x, y, z };
}

export class GridIndex {
  private cellStart: Int32Array;
  private items: Int32Array;
  private cols: number;
  private rows: number;

  constructor(private sx: Float32Array, private sy: Float32Array, private sz: Float32Array,
    width: number, height: number, private cell = 16) {
    this.cols = Math.max(1, Math.ceil(width / cell));
    this.rows = Math.max(1, Math.ceil(height / cell));
    const ncell = this.cols * this.rows;
    const counts = new Int32Array(ncell + 1);
    const n = sx.length;
    const cellOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = this.cellIndex(sx[i], sy[i]);
      cellOf[i] = c;
      if (c >= 0) counts[c + 1]++;
    }
    for (let c = 0; c < ncell; c++) counts[c + 1] += counts[c];
    this.cellStart = counts;
    this.items = new Int32Array(counts[ncell]);
    const fill = counts.slice(0, ncell);
    for (let i = 0; i < n; i++) if (cellOf[i] >= 0) this.items[fill[cellOf[i]]++] = i;
  }

  private cellIndex(x: number, y: number): number {
    if (!(x >= 0 && y >= 0)) return -1;
    const cx = Math.floor(x / this.cell), cy = Math.floor(y / this.cell);
    if (cx >= this.cols || cy >= this.rows) return -1;
    return cy * this.cols + cx;
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
