// The t-SNE gradient, split like openTSNE: attractive forces exactly over the sparse P,
// repulsive forces by Barnes-Hut over a quad/octree (theta: a cell whose side is below
// theta x its distance counts as one body at its centre of mass). Written without the
// constant factor 4 (openTSNE's convention; the learning rate absorbs it):
//   grad_i = sum_j p_ij w_ij (y_i - y_j)  -  (1/Z) sum_j w_ij^2 (y_i - y_j),  w = 1 / (1 + |y_i - y_j|^2).

import type { SpaceTree } from './space-tree';
import type { SparseMatrix, SparseValues } from '../sparse-matrix';

/** Points first .. first + count - 1, whose rows of P's upper triangle start at matrix row
 *  `fromRow` (0 in a matrix holding only a block of the rows, `first` in the whole matrix). */
export interface RowRange {
  first: number;
  count: number;
  fromRow: number;
}

/** Adds exaggeration * attractive force to grad (n x dim). `upper` is the upper triangle of the
 *  symmetric P (sparse.ts upperTriangle): each pair's force is computed once and added to both
 *  points, half the work and half the memory traffic of going over all of P. `rows`: only these
 *  (attraction split across workers by row blocks; all rows by default). */
export function addAttractiveForces(
  upper: SparseMatrix<SparseValues>, y: Float64Array, dim: 2 | 3, exaggeration: number, grad: Float64Array,
  rows: RowRange = { first: 0, count: upper.n, fromRow: 0 },
): void {
  if (dim === 2) attraction2d(upper, rows, y, exaggeration, grad);
  else attraction3d(upper, rows, y, exaggeration, grad);
}

// attraction2d/3d and repulsion2d/3d stay written per dimension: one Barnes-Hut traversal for both
// measured slower (10,000 points, CPU): with `dim === 3 ?` per coordinate +8% in 2-D and +14% in
// 3-D, with loops over the coordinates +90% / +115%.
function attraction2d(upper: SparseMatrix<SparseValues>, rows: RowRange, y: Float64Array, exaggeration: number, grad: Float64Array): void {
  const { rowStart, columns, values } = upper;
  const { first, count, fromRow } = rows;
  for (let r = 0; r < count; r++) {
    const i = first + r;
    const yx = y[2 * i], yy = y[2 * i + 1];
    let fx = 0, fy = 0;
    const end = rowStart[fromRow + r + 1];
    for (let s = rowStart[fromRow + r]; s < end; s++) {
      const q = 2 * columns[s];
      const dx = yx - y[q], dy = yy - y[q + 1];
      const pw = (exaggeration * values[s]) / (1 + dx * dx + dy * dy);
      fx += pw * dx;
      fy += pw * dy;
      grad[q] -= pw * dx;
      grad[q + 1] -= pw * dy;
    }
    grad[2 * i] += fx;
    grad[2 * i + 1] += fy;
  }
}

function attraction3d(upper: SparseMatrix<SparseValues>, rows: RowRange, y: Float64Array, exaggeration: number, grad: Float64Array): void {
  const { rowStart, columns, values } = upper;
  const { first, count, fromRow } = rows;
  for (let r = 0; r < count; r++) {
    const i = first + r;
    const yx = y[3 * i], yy = y[3 * i + 1], yz = y[3 * i + 2];
    let fx = 0, fy = 0, fz = 0;
    const end = rowStart[fromRow + r + 1];
    for (let s = rowStart[fromRow + r]; s < end; s++) {
      const q = 3 * columns[s];
      const dx = yx - y[q], dy = yy - y[q + 1], dz = yz - y[q + 2];
      const pw = (exaggeration * values[s]) / (1 + dx * dx + dy * dy + dz * dz);
      fx += pw * dx;
      fy += pw * dy;
      fz += pw * dz;
      grad[q] -= pw * dx;
      grad[q + 1] -= pw * dy;
      grad[q + 2] -= pw * dz;
    }
    grad[3 * i] += fx;
    grad[3 * i + 1] += fy;
    grad[3 * i + 2] += fz;
  }
}

/**
 * Writes the unnormalised repulsive forces sum_j w_ij^2 (y_i - y_j) into `forces` (n x dim) and
 * returns Z = sum_{i != j} w_ij, both by Barnes-Hut over `tree` (built on the layout with the
 * opening angle theta).
 */
export function repulsiveForces(tree: SpaceTree, n: number, forces: Float64Array, stack: Int32Array): number {
  return tree.dim === 2 ? repulsion2d(tree, n, forces, stack) : repulsion3d(tree, n, forces, stack);
}

function repulsion2d(
  tree: SpaceTree, n: number, forces: Float64Array, stack: Int32Array,
): number {
  const { nodes, links, order, sorted } = tree;
  let z = 0;
  // Walk points in tree order: consecutive walks visit mostly the same nodes.
  for (let t = 0; t < n; t++) {
    const yx = sorted[2 * t], yy = sorted[2 * t + 1];
    let fx = 0, fy = 0;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top];
      const record = 4 * node;
      const dx = yx - nodes[record], dy = yy - nodes[record + 1];
      const d2 = dx * dx + dy * dy;
      // Far enough: one body at the centre of mass; never a cell holding t itself (which
      // only a theta above ~0.6 could let pass: t and the centre both lie in the cell).
      const link = 4 * node;
      if (d2 > nodes[record + 2] && (t < links[link + 2] || t >= links[link + 3])) {
        const w = 1 / (1 + d2);
        const cw = nodes[record + 3] * w;
        z += cw;
        fx += cw * w * dx;
        fy += cw * w * dy;
        continue;
      }
      const first = links[link];
      if (first >= 0) {
        for (let c = first + links[link + 1] - 1; c >= first; c--) stack[top++] = c;
        continue;
      }
      const end = links[link + 3];
      for (let u = links[link + 2]; u < end; u++) {
        if (u === t) continue;
        const ex = yx - sorted[2 * u], ey = yy - sorted[2 * u + 1];
        const w = 1 / (1 + ex * ex + ey * ey);
        z += w;
        fx += w * w * ex;
        fy += w * w * ey;
      }
    }
    const i = order[t];
    forces[2 * i] = fx;
    forces[2 * i + 1] = fy;
  }
  return z;
}

function repulsion3d(
  tree: SpaceTree, n: number, forces: Float64Array, stack: Int32Array,
): number {
  const { nodes, links, order, sorted } = tree;
  let z = 0;
  for (let t = 0; t < n; t++) {
    const yx = sorted[3 * t], yy = sorted[3 * t + 1], yz = sorted[3 * t + 2];
    let fx = 0, fy = 0, fz = 0;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const node = stack[--top];
      const record = 5 * node;
      const dx = yx - nodes[record], dy = yy - nodes[record + 1], dz = yz - nodes[record + 2];
      const d2 = dx * dx + dy * dy + dz * dz;
      const link = 4 * node;
      if (d2 > nodes[record + 3] && (t < links[link + 2] || t >= links[link + 3])) {
        const w = 1 / (1 + d2);
        const cw = nodes[record + 4] * w;
        z += cw;
        fx += cw * w * dx;
        fy += cw * w * dy;
        fz += cw * w * dz;
        continue;
      }
      const first = links[link];
      if (first >= 0) {
        for (let c = first + links[link + 1] - 1; c >= first; c--) stack[top++] = c;
        continue;
      }
      const end = links[link + 3];
      for (let u = links[link + 2]; u < end; u++) {
        if (u === t) continue;
        const ex = yx - sorted[3 * u], ey = yy - sorted[3 * u + 1], ez = yz - sorted[3 * u + 2];
        const w = 1 / (1 + ex * ex + ey * ey + ez * ez);
        z += w;
        fx += w * w * ex;
        fy += w * w * ey;
        fz += w * w * ez;
      }
    }
    const i = order[t];
    forces[3 * i] = fx;
    forces[3 * i + 1] = fy;
    forces[3 * i + 2] = fz;
  }
  return z;
}

/**
 * KL(P || Q) with Q_ij = w_ij / Z, over P's non-zeros (the rest contribute nothing):
 * sum p log p - sum p log w + log Z (P sums to 1). `upper` is P's upper triangle (each pair once,
 * so each counts twice: P is symmetric), as for the attractive forces.
 */
export function klDivergence(upper: SparseMatrix<SparseValues>, y: Float64Array, dim: 2 | 3, z: number): number {
  const { n, rowStart, columns, values } = upper;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    for (let s = rowStart[i]; s < rowStart[i + 1]; s++) {
      const pij = values[s];
      if (pij <= 0) continue;
      const a = i * dim, b = columns[s] * dim;
      let d2 = 0;
      for (let c = 0; c < dim; c++) d2 += (y[a + c] - y[b + c]) ** 2;
      sum += pij * (Math.log(pij) + Math.log1p(d2));
    }
  }
  return 2 * sum + Math.log(z);
}
