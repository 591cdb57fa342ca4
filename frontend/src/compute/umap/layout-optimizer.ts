// UMAP's stochastic gradient descent on the layout (umap-learn's optimize_layout_euclidean):
// every edge is sampled in proportion to its weight (an edge of weight w once every wmax / w
// epochs); each sample pulls its two ends together with the attractive gradient of
// 1 / (1 + a d^2b) and pushes the head away from `negativeSampleRate` random points, with a
// learning rate that decays linearly to 0 over nEpochs. Gradients are clipped to [-4, 4].
// The epoch itself is in sgd-epoch.ts.

import { PowerTable } from './power-table';
import { epoch2d, epoch3d, type EpochContext } from './sgd-epoch';
import type { SparseGraph } from '../sparse-matrix';

export interface LayoutOptimizerOptions {
  a: number;
  b: number;
  nEpochs: number;
  /** Weight of the repulsive term (umap-learn's repulsion_strength). */
  repulsionStrength?: number;
  negativeSampleRate?: number;
  initialAlpha?: number;
  seed?: number;
}

export class LayoutOptimizer {
  /** The current epoch: epochs run so far. */
  epoch = 0;
  readonly nEpochs: number;
  private readonly context: EpochContext;
  private readonly initialAlpha: number;
  private randomState: number;

  constructor(
    graph: SparseGraph,
    /** n x dim row-major, updated in place. */
    readonly embedding: Float32Array,
    readonly dim: 2 | 3,
    options: LayoutOptimizerOptions,
  ) {
    if (dim !== 2 && dim !== 3) throw new RangeError(`LayoutOptimizer: dim must be 2 or 3, got ${dim}`);
    const { a, b } = options;
    this.nEpochs = options.nEpochs;
    this.initialAlpha = options.initialAlpha ?? 1;
    this.randomState = (options.seed ?? 0) | 0;
    const negativeRate = options.negativeSampleRate ?? 5;

    const edges = graph.edgeCount;
    const maxWeight = graph.maxValue();
    const epochsPerSample = new Float32Array(edges);
    for (let e = 0; e < edges; e++) {
      const w = graph.values[e];
      epochsPerSample[e] = w > 0 ? maxWeight / w : Infinity; // nEpochs / (nEpochs * w / wmax)
    }
    const epochsPerNegativeSample = epochsPerSample.map((x) => x / negativeRate);
    this.context = {
      rowStart: graph.rowStart,
      tail: graph.columns,
      epochsPerSample,
      epochOfNextSample: epochsPerSample.slice(),
      epochsPerNegativeSample,
      epochOfNextNegativeSample: epochsPerNegativeSample.slice(),
      embedding,
      a,
      power: new PowerTable(b),
      attractScale: -2 * a * b,
      repelScale: 2 * (options.repulsionStrength ?? 1) * b,
      noClipAbove: noClipAbove(2 * (options.repulsionStrength ?? 1) * b),
    };
  }

  get done(): boolean {
    return this.epoch >= this.nEpochs;
  }

  /** Runs one epoch (nothing once done). */
  runEpoch(): void {
    if (this.done) return;
    const n = this.epoch;
    const alpha = this.initialAlpha * (1 - n / this.nEpochs);
    const state = this.randomState;
    this.randomState = (this.dim === 2 ? epoch2d : epoch3d)(this.context, n, alpha, state);
    this.epoch++;
  }
}

/**
 * The squared distance q above which the repulsive gradient, at most
 * repelScale sqrt(q) / (0.001 + q) per component (the 1 + a q^b factor only shrinks it), stays
 * below the clip of 4: the larger root of 4 s^2 - repelScale s + 0.004 = 0 in s = sqrt(q).
 */
function noClipAbove(repelScale: number): number {
  const discriminant = repelScale * repelScale - 0.064;
  if (discriminant < 0) return 0; // never reaches the clip
  const s = (repelScale + Math.sqrt(discriminant)) / 8;
  return s * s;
}
