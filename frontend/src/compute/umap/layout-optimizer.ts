// UMAP's stochastic gradient descent on the layout (umap-learn's optimize_layout_euclidean):
// every edge is sampled in proportion to its weight (an edge of weight w once every wmax / w
// epochs); each sample pulls its two ends together with the attractive gradient of
// 1 / (1 + a d^2b) and pushes the head away from `negativeSampleRate` random points, with a
// learning rate that decays linearly to 0 over nEpochs. Gradients are clipped to [-4, 4].
// The epoch itself is in sgd-epoch.ts.

import { PowerTable } from './power-table';
import { epoch2d, epoch3d, type EpochContext } from './sgd-epoch';
import type { SparseGraph } from '../sparse-matrix';
import { releaseBuffers } from '../release-buffers';
import { breadthFirstOrder } from '../breadth-first-order';

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

/**
 * A block of heads' edges, schedules and the gradient's constants: what a helper needs to run
 * those heads' part of each epoch (umap/epoch-pool.ts), with its own random stream.
 */
export interface EpochBlock {
  dim: 2 | 3;
  /** The block's heads, ascending: row r's edges are those of point heads[r]. */
  heads: Int32Array;
  rowStart: Int32Array;
  tail: Int32Array;
  epochsPerSample: Float32Array;
  epochOfNextSample: Float32Array;
  epochsPerNegativeSample: Float32Array;
  epochOfNextNegativeSample: Float32Array;
  a: number;
  b: number;
  attractScale: number;
  repelScale: number;
  noClipAbove: number;
  randomState: number;
}

export class LayoutOptimizer {
  /** The current epoch: epochs run so far. */
  epoch = 0;
  readonly nEpochs: number;
  private context: EpochContext;
  private readonly b: number;
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
    this.b = b;
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
      heads: null,
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

  /** The learning rate of the next epoch (decays linearly to 0). */
  get alpha(): number {
    return this.initialAlpha * (1 - this.epoch / this.nEpochs);
  }

  /** Runs one epoch (nothing once done); with its heads split (splitHeads), only this optimizer's block. */
  runEpoch(): void {
    if (this.done) return;
    this.randomState = (this.dim === 2 ? epoch2d : epoch3d)(this.context, this.epoch, this.alpha, this.randomState);
    this.epoch++;
  }

  /**
   * Splits the heads into `parts` blocks of about equal edges: keeps the first (its arrays
   * gathered, the whole ones let go) and answers the others, each with its own random stream, for
   * helpers to run (moved, not copied); the graph given to the constructor is freed. Blocks are cut from a breadth-first order over the graph,
   * so most edges join two heads of one block: the moves a block makes to another block's points
   * (seen there only an epoch later) are few.
   */
  splitHeads(parts: number): EpochBlock[] {
    const { rowStart, tail } = this.context;
    const heads = rowStart.length - 1;
    const order = breadthFirstOrder(heads, tail, (i) => rowStart[i], (i) => rowStart[i + 1]);
    const bounds = [0];
    for (let p = 1, at = 0, edges = 0; p < parts; p++) {
      const target = (rowStart[heads] * p) / parts;
      for (; at < heads && edges < target; at++) edges += rowStart[order[at] + 1] - rowStart[order[at]];
      bounds.push(at);
    }
    bounds.push(heads);
    const blocks = bounds.slice(0, -1).map((lo, p) => this.block(order.slice(lo, bounds[p + 1]).sort(), p));
    const whole = this.context;
    this.context = blockContext(blocks.shift()!, whole.embedding, whole.power);
    // Free the whole arrays now, not at some later collection (1M points: ~0.4 GB): the schedules
    // and the graph the optimizer was given (UMAP's pruned copy, used by nothing else).
    releaseBuffers([whole.rowStart, whole.tail, whole.epochsPerSample, whole.epochOfNextSample, whole.epochsPerNegativeSample, whole.epochOfNextNegativeSample].map((a) => a.buffer));
    return blocks;
  }

  /** The edges of `heads` (ascending) with their schedules, gathered. */
  private block(heads: Int32Array, part: number): EpochBlock {
    const c = this.context;
    const rowStart = new Int32Array(heads.length + 1);
    for (let r = 0; r < heads.length; r++) rowStart[r + 1] = rowStart[r] + c.rowStart[heads[r] + 1] - c.rowStart[heads[r]];
    const gather = <T extends Int32Array | Float32Array>(array: T, into: T): T => {
      for (let r = 0; r < heads.length; r++) into.set(array.subarray(c.rowStart[heads[r]], c.rowStart[heads[r] + 1]), rowStart[r]);
      return into;
    };
    const edges = rowStart[heads.length];
    const floats = (array: Float32Array) => gather(array, new Float32Array(edges));
    return {
      dim: this.dim, heads, rowStart, tail: gather(c.tail, new Int32Array(edges)),
      epochsPerSample: floats(c.epochsPerSample), epochOfNextSample: floats(c.epochOfNextSample),
      epochsPerNegativeSample: floats(c.epochsPerNegativeSample), epochOfNextNegativeSample: floats(c.epochOfNextNegativeSample),
      a: c.a, b: this.b, attractScale: c.attractScale, repelScale: c.repelScale, noClipAbove: c.noClipAbove,
      randomState: part === 0 ? this.randomState : (this.randomState ^ Math.imul(0x9e3779b9, part)) | 0,
    };
  }
}

/** The EpochContext of a block of heads (a helper's, on the layout it is sent each epoch). */
export function blockContext(block: EpochBlock, embedding: Float32Array, power = new PowerTable(block.b)): EpochContext {
  const { heads, rowStart, tail, epochsPerSample, epochOfNextSample, epochsPerNegativeSample, epochOfNextNegativeSample } = block;
  const { a, attractScale, repelScale, noClipAbove } = block;
  return {
    heads, rowStart, tail, epochsPerSample, epochOfNextSample, epochsPerNegativeSample, epochOfNextNegativeSample,
    embedding, a, power, attractScale, repelScale, noClipAbove,
  };
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
