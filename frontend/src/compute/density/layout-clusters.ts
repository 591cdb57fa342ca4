// Clusters of a 2-D layout as the peaks of its density grid (topological mode analysis, as ToMATo):
// nodes above a floor are visited from the densest down; a node with no denser visited neighbour starts
// a cluster at its peak, others join their densest neighbour's cluster (hill climbing). Where a node
// touches two clusters it is a saddle between them, and the one with the lower peak is merged into the
// other when the saddle is high relative to that peak (a bump on a shoulder, not a separate mode).
// Points take the cluster of their nearest node; points on nodes below the floor stay unassigned (-1).
import type { DensityGrid } from './kernel-density';

export interface LayoutClusterOptions {
  /** Nodes below this smoothed count belong to no cluster. */
  floor: number;
  /** Merge two peaks when saddle >= mergeRatio x the lower peak (default 0.5). */
  mergeRatio?: number;
  /** Clusters of fewer points are dropped (their points unassigned); default 5. */
  minPoints?: number;
}

export interface LayoutCluster {
  /** 0, 1, ... in decreasing size. */
  id: number;
  size: number;
  /** World position and smoothed count of the densest node. */
  peakX: number;
  peakY: number;
  peak: number;
}

export interface LayoutClusters {
  clusters: LayoutCluster[];
  /** Cluster id per point, -1 for unassigned. */
  assignment: Int32Array;
  /** Cluster id per grid node, -1 below the floor. */
  nodeCluster: Int32Array;
}

/** Cluster root per grid node (the node index of its peak), -1 below the floor. */
export function gridModes(grid: DensityGrid, floor: number, mergeRatio = 0.5): Int32Array {
  const { values, columns, rows } = grid;
  const nodes = values.length;
  const order = densestFirst(values, floor);
  const count = order.length;
  const parent = new Int32Array(nodes).fill(-1);
  const find = (k: number): number => {
    let root = k;
    while (parent[root] !== root) root = parent[root];
    while (parent[k] !== root) { const next = parent[k]; parent[k] = root; k = next; }
    return root;
  };
  const neighbours: number[] = [];
  for (let o = 0; o < count; o++) {
    const k = order[o], i = k % columns, j = (k - i) / columns;
    neighbours.length = 0;
    let densest = -1;
    for (let dj = -1; dj <= 1; dj++) {
      for (let di = -1; di <= 1; di++) {
        const a = i + di, b = j + dj;
        if ((di === 0 && dj === 0) || a < 0 || b < 0 || a >= columns || b >= rows) continue;
        const q = b * columns + a;
        if (parent[q] < 0) continue;   // not visited yet: less dense
        neighbours.push(q);
        if (densest < 0 || values[q] > values[densest]) densest = q;
      }
    }
    if (densest < 0) { parent[k] = k; continue; }   // a peak
    parent[k] = find(densest);
    const saddle = values[k];
    for (const q of neighbours) {
      const ra = find(k), rb = find(q);
      if (ra === rb) continue;
      const [high, low] = values[ra] >= values[rb] ? [ra, rb] : [rb, ra];
      if (saddle >= mergeRatio * values[low]) parent[low] = high;
    }
  }
  const root = new Int32Array(nodes).fill(-1);
  for (let o = 0; o < count; o++) root[order[o]] = find(order[o]);
  return root;
}

/**
 * Indices of the nodes >= floor (and > 0), densest first. Sorted as packed float64 keys (the float32
 * value's bits, monotonic for non-negative floats, then the index) by the native sort: a comparator
 * sort of 65,000 nodes costs ten times more.
 */
function densestFirst(values: Float32Array, floor: number): Int32Array {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
  const span = values.length;
  const keys: number[] = [];
  for (let k = 0; k < values.length; k++) if (values[k] >= floor && values[k] > 0) keys.push(bits[k] * span + (span - 1 - k));
  const sorted = Float64Array.from(keys).sort();
  const order = new Int32Array(sorted.length);
  for (let o = 0; o < sorted.length; o++) order[o] = span - 1 - (sorted[sorted.length - 1 - o] % span);
  return order;
}

/** The node index nearest to each point (-1 outside the grid). */
export function nearestNodes(xy: Float32Array, m: number, grid: DensityGrid): Int32Array {
  const { x0, y0, cell, columns, rows } = grid;
  const inv = 1 / cell;
  const out = new Int32Array(m);
  for (let p = 0; p < m; p++) {
    const fx = (xy[2 * p] - x0) * inv + 0.5, fy = (xy[2 * p + 1] - y0) * inv + 0.5;
    out[p] = fx >= 0 && fy >= 0 && fx < columns && fy < rows ? (fy | 0) * columns + (fx | 0) : -1;   // false for NaN
  }
  return out;
}

/** Clusters of the m points (xy interleaved) found on their density grid. */
export function layoutClusters(xy: Float32Array, m: number, grid: DensityGrid, options: LayoutClusterOptions): LayoutClusters {
  const roots = gridModes(grid, options.floor, options.mergeRatio);
  const minPoints = options.minPoints ?? 5;
  const assignment = nearestNodes(xy, m, grid);
  // Points per peak node, then the kept peaks numbered by decreasing size (typed arrays: m can be 1e6).
  const sizes = new Int32Array(roots.length);
  for (let p = 0; p < m; p++) { const node = assignment[p]; if (node >= 0 && roots[node] >= 0) sizes[roots[node]]++; }
  const kept: [number, number][] = [];
  for (let k = 0; k < roots.length; k++) if (sizes[k] >= Math.max(1, minPoints)) kept.push([k, sizes[k]]);
  kept.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const idOfPeak = new Int32Array(roots.length).fill(-1);
  kept.forEach(([peak], id) => { idOfPeak[peak] = id; });
  const nodeCluster = new Int32Array(roots.length);
  for (let k = 0; k < roots.length; k++) nodeCluster[k] = roots[k] < 0 ? -1 : idOfPeak[roots[k]];
  for (let p = 0; p < m; p++) { const node = assignment[p]; assignment[p] = node < 0 ? -1 : nodeCluster[node]; }
  const clusters = kept.map(([peak, size], id) => {
    const i = peak % grid.columns, j = (peak - i) / grid.columns;
    return { id, size, peakX: grid.x0 + i * grid.cell, peakY: grid.y0 + j * grid.cell, peak: grid.values[peak] };
  });
  return { clusters, assignment, nodeCluster };
}
