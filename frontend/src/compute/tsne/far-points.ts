// The few far points of a layout whose span they alone set (t-SNE's early exaggeration at 100k
// points: 99.8% of the points within a span of 1-11, a few hundred strays out to 160-430), kept
// off the FFT grid so it can cover only the core. They interact with the core through the grid's
// nodes: core -> far point as the spread node charges' kernel sum at the point, far point ->
// core as its kernel sum added to the node potentials before they are interpolated back (the
// same interpolation as between grid points, so as accurate for near and far strays alike), and
// with each other directly. Cost: 2 x far points x nodes^2 kernel evaluations + far^2.

/** Charges per grid node in the FFT repulsion's layout: (1, x) and (y, |y|^2), split re/im. */
export interface NodeCharges {
  aRe: Float64Array; aIm: Float64Array; bRe: Float64Array; bIm: Float64Array;
}

/** Where the nodes are: node (col, row) at (x0 + col h, y0 + row h), grid index row * stride + col. */
export interface NodeLayout {
  nodes: number; stride: number; x0: number; y0: number; h: number;
  /** Centre the charges are relative to. */
  cx: number; cy: number;
}

/** Potentials at the far points from the core's node charges (before they are convolved) and
 *  from each other: phi[4 f + c] for charge c of [1, x, y, |y|^2]. */
export function farPotentials(y: Float64Array, far: Int32Array, charges: NodeCharges, at: NodeLayout, phi: Float64Array): void {
  const { nodes, stride, x0, y0, h, cx, cy } = at;
  const { aRe, aIm, bRe, bIm } = charges;
  phi.fill(0, 0, 4 * far.length);
  for (let f = 0; f < far.length; f++) {
    const px = y[2 * far[f]], py = y[2 * far[f] + 1];
    let p1 = 0, p2 = 0, p3 = 0, p4 = 0;
    for (let row = 0; row < nodes; row++) {
      const dy = py - (y0 + row * h), dy2 = 1 + dy * dy;
      const base = row * stride;
      for (let col = 0; col < nodes; col++) {
        const dx = px - (x0 + col * h);
        const d = dy2 + dx * dx;
        const k = 1 / (d * d);
        const s = base + col;
        p1 += k * aRe[s];
        p2 += k * aIm[s];
        p3 += k * bRe[s];
        p4 += k * bIm[s];
      }
    }
    for (let g = 0; g < far.length; g++) {
      if (g === f) continue;
      const gx = y[2 * far[g]], gy = y[2 * far[g] + 1];
      const dx = px - gx, dy = py - gy, d = 1 + dx * dx + dy * dy, k = 1 / (d * d);
      const qx = gx - cx, qy = gy - cy;
      p1 += k;
      p2 += k * qx;
      p3 += k * qy;
      p4 += k * (qx * qx + qy * qy);
    }
    phi[4 * f] = p1;
    phi[4 * f + 1] = p2;
    phi[4 * f + 2] = p3;
    phi[4 * f + 3] = p4;
  }
}

/** Adds the far points' potentials at every node (to the convolved node potentials). */
export function addFarToNodes(y: Float64Array, far: Int32Array, potentials: NodeCharges, at: NodeLayout): void {
  const { nodes, stride, x0, y0, h, cx, cy } = at;
  const { aRe, aIm, bRe, bIm } = potentials;
  for (let f = 0; f < far.length; f++) {
    const px = y[2 * far[f]], py = y[2 * far[f] + 1];
    const qx = px - cx, qy = py - cy, q2 = qx * qx + qy * qy;
    for (let row = 0; row < nodes; row++) {
      const dy = py - (y0 + row * h), dy2 = 1 + dy * dy;
      const base = row * stride;
      for (let col = 0; col < nodes; col++) {
        const dx = px - (x0 + col * h);
        const d = dy2 + dx * dx;
        const k = 1 / (d * d);
        const s = base + col;
        aRe[s] += k;
        aIm[s] += k * qx;
        bRe[s] += k * qy;
        bIm[s] += k * q2;
      }
    }
  }
}

/** Forces on the far points from their potentials (into forces, caller's indices); returns their
 *  share of Z (no self terms: the direct sums skip them). */
export function farForces(y: Float64Array, far: Int32Array, phi: Float64Array, cx: number, cy: number, forces: Float64Array): number {
  let z = 0;
  for (let f = 0; f < far.length; f++) {
    const i = far[f];
    const x = y[2 * i] - cx, v = y[2 * i + 1] - cy;
    const phi1 = phi[4 * f], phi2 = phi[4 * f + 1], phi3 = phi[4 * f + 2], phi4 = phi[4 * f + 3];
    forces[2 * i] = x * phi1 - phi2;
    forces[2 * i + 1] = v * phi1 - phi3;
    z += (1 + x * x + v * v) * phi1 - 2 * (x * phi2 + v * phi3) + phi4;
  }
  return z;
}

/** In place: the k-th smallest of values (0-based) ends at index k (quickselect, Hoare partition). */
export function selectKth(values: Float64Array, count: number, k: number): number {
  let low = 0, high = count - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1];
    let i = low, j = high;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return values[k];
}
