// The whole density pass over one drawn 2-D layout: kernel density grid -> contour lines at levels
// enclosing given fractions of the mass -> clusters on the grid (floor: the level enclosing
// 1 - noiseMass), each point's cluster. What the density worker runs; pure, so node can test and time it.
import { contourLines, type ContourLine } from './contours';
import { levelsEnclosing } from './density-levels';
import { kernelDensity, type KernelDensityOptions } from './kernel-density';
import { layoutClusters, type LayoutCluster } from './layout-clusters';

export interface DensityOptions extends KernelDensityOptions {
  /** Contours enclose these fractions of the estimated mass (default 0.9, 0.7, 0.5, 0.3, 0.1). */
  contourMass?: number[];
  /** The sparsest fraction of the mass that no cluster holds (default 0.1). */
  noiseMass?: number;
  /** Merge two peaks when the saddle between them is >= mergeRatio x the lower peak (default 0.5). */
  mergeRatio?: number;
  /** Drop clusters of fewer than this fraction of the points (default 0.002, at least 5 points). */
  minClusterShare?: number;
}

export interface DensityAnalysis {
  grid: { x0: number; y0: number; cell: number; columns: number; rows: number; bandwidth: number; binned: number };
  /** Contour levels (smoothed counts per node), outermost first. */
  levels: number[];
  contours: ContourLine[];
  clusters: LayoutCluster[];
  /** Cluster id per input point, -1 for none. */
  assignment: Int32Array;
  /** Milliseconds per phase. */
  timings: { density: number; contours: number; clusters: number };
}

export const DEFAULT_CONTOUR_MASS = [0.9, 0.7, 0.5, 0.3, 0.1];

export function analyzeLayout(xy: Float32Array, m: number, options: DensityOptions = {}): DensityAnalysis {
  const t0 = performance.now();
  const grid = kernelDensity(xy, m, options);
  const t1 = performance.now();
  const mass = [...(options.contourMass ?? DEFAULT_CONTOUR_MASS)].sort((a, b) => b - a);
  const noiseMass = options.noiseMass ?? 0.1;
  const [floor, ...levels] = levelsEnclosing(grid.values, [1 - noiseMass, ...mass]);
  const contours = m > 0 ? [...new Set(levels)].filter((l) => l > 0).flatMap((level) => contourLines(grid.values, grid, level)) : [];
  const t2 = performance.now();
  const minPoints = Math.max(5, Math.ceil((options.minClusterShare ?? 0.002) * m));
  const { clusters, assignment } = m > 0 && floor > 0
    ? layoutClusters(xy, m, grid, { floor, mergeRatio: options.mergeRatio, minPoints })
    : { clusters: [], assignment: new Int32Array(m).fill(-1) };
  const t3 = performance.now();
  const { values: _values, ...frame } = grid;
  return {
    grid: frame, levels, contours, clusters, assignment,
    timings: { density: t1 - t0, contours: t2 - t1, clusters: t3 - t2 },
  };
}
