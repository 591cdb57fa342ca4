// UMAP (McInnes, Healy & Melville 2018) on every point: k nearest neighbours -> fuzzy simplicial
// set -> spectral initial layout -> SGD with negative sampling, stepped an epoch at a time so a
// worker can animate it. Defaults and formulas follow umap-learn, so results are comparable.

import { findAbParams } from './ab-params';
import { fuzzySimplicialSet } from './fuzzy-simplicial-set';
import { initialLayoutSteps, scaledStart } from './initial-layout';
import { LayoutOptimizer } from './layout-optimizer';
import type { EpochPool } from './epoch-pool';
import { firstNeighbors } from '../knn-graph';
import { nearestNeighborSteps, type Metric, type NeighborGraph } from './neighbor-graph';
import { gaussianFrom, mulberry32 } from '../random';
import { SparseGraph } from '../sparse-matrix';

export interface UMAPOptions {
  /** Size of the local neighbourhood, counting the point itself (umap-learn's n_neighbors). */
  nNeighbors?: number;
  minDist?: number;
  spread?: number;
  /** Default: 500 up to 10,000 points, else 200 (umap-learn's rule). */
  nEpochs?: number;
  dim?: 2 | 3;
  metric?: Metric;
  seed?: number;
  negativeSampleRate?: number;
  repulsionStrength?: number;
  learningRate?: number;
  /**
   * The start layout: 'spectral' (default, umap-learn's), or 'given': the n x dim coordinates handed
   * to initFromGraphSteps as the principal coordinates (the progressive path's placement from a
   * sample's layout), scaled as umap-learn scales any start.
   */
  initialization?: 'spectral' | 'given';
}

export interface UMAPStep {
  epoch: number;
  nEpochs: number;
  done: boolean;
}

/** Progress of init(): which phase, and the fraction of all init work done. */
export interface UMAPInitProgress {
  phase: 'neighbors' | 'graph' | 'layout';
  fraction: number;
}

/** Rough shares of init()'s time, for one progress bar across its phases. */
const NEIGHBORS_SHARE = 0.7;
const GRAPH_SHARE = 0.1;

/** umap-learn's automatic epoch count: 500 for n <= 10,000 points, 200 above. */
export function defaultEpochs(n: number): number {
  return n <= 10_000 ? 500 : 200;
}

export class UMAP {
  readonly nNeighbors: number;
  readonly minDist: number;
  readonly spread: number;
  readonly dim: 2 | 3;
  readonly metric: Metric;
  readonly seed: number;
  private readonly options: UMAPOptions;
  private optimizer: LayoutOptimizer | null = null;
  private n = 0;
  /** The symmetric fuzzy graph of the last init(), before pruning (for inspection and tests). */
  graph: SparseGraph | null = null;

  constructor(options: UMAPOptions = {}) {
    this.options = options;
    this.nNeighbors = options.nNeighbors ?? 15;
    this.minDist = options.minDist ?? 0.1;
    this.spread = options.spread ?? 1;
    this.dim = options.dim ?? 2;
    this.metric = options.metric ?? 'euclidean';
    this.seed = options.seed ?? 42;
    if (!(this.nNeighbors >= 2)) throw new RangeError(`nNeighbors must be at least 2, got ${this.nNeighbors}`);
    if (this.dim !== 2 && this.dim !== 3) throw new RangeError(`dim must be 2 or 3, got ${this.dim}`);
    if (!(this.minDist <= this.spread)) throw new RangeError(`minDist (${this.minDist}) must not exceed spread (${this.spread})`);
    if (options.nEpochs !== undefined && !(Number.isInteger(options.nEpochs) && options.nEpochs >= 0)) {
      throw new RangeError(`nEpochs must be a non-negative integer, got ${options.nEpochs}`);
    }
  }

  /** Builds the graph and the initial layout of the n x d rows (all the work before the first epoch). */
  init(data: Float32Array, n: number, d: number, onProgress?: (progress: UMAPInitProgress) => void): void {
    for (const progress of this.initSteps(data, n, d)) onProgress?.(progress);
  }

  /**
   * init() as a generator of progress, yielding between phases and within the k-NN (the longest
   * phase), so a worker can report progress and read its messages meanwhile.
   */
  *initSteps(data: Float32Array, n: number, d: number): Generator<UMAPInitProgress, void, void> {
    if (data.length < n * d) throw new RangeError(`init: ${data.length} values for ${n} x ${d}`);
    if (n < 2) return this.initEmpty(n);
    yield { phase: 'neighbors', fraction: 0 };
    const neighborSteps = nearestNeighborSteps(data, n, d, this.nNeighbors - 1, { metric: this.metric, seed: this.seed });
    let neighbors: NeighborGraph;
    for (;;) {
      const step = neighborSteps.next();
      if (step.done) {
        neighbors = step.value;
        break;
      }
      yield { phase: 'neighbors', fraction: NEIGHBORS_SHARE * step.value };
    }
    yield* this.layoutSteps(neighbors, data, d, NEIGHBORS_SHARE);
  }

  /**
   * init() from a k-NN graph computed elsewhere (the compute workers' shared graph; its first
   * nNeighbors - 1 neighbours are used) and the rows' first principal coordinates (n x
   * principalDims), which place the graph's pieces when it has several.
   */
  *initFromGraphSteps(graph: NeighborGraph, principal: Float32Array, principalDims: number): Generator<UMAPInitProgress, void, void> {
    const k = Math.min(this.nNeighbors - 1, graph.n - 1);
    if (graph.n < 2) return this.initEmpty(graph.n);
    if (graph.k < k) throw new RangeError(`UMAP: a graph of ${graph.k} neighbours, n_neighbors ${this.nNeighbors} needs ${k}`);
    yield* this.layoutSteps(graph.k === k ? graph : firstNeighbors(graph, k), principal, principalDims, 0);
  }

  /** n < 2: nothing to lay out. */
  private initEmpty(n: number): void {
    this.n = n;
    this.graph = null;
    this.optimizer = new LayoutOptimizer(emptyGraph(n), new Float32Array(n * this.dim), this.dim, { a: 1, b: 1, nEpochs: 0 });
  }

  /** The fuzzy graph, the initial layout (`data`: n x d rows that place the graph's pieces) and the optimiser. */
  private *layoutSteps(neighbors: NeighborGraph, data: Float32Array, d: number, start: number): Generator<UMAPInitProgress, void, void> {
    const n = neighbors.n;
    this.n = n;
    this.optimizer = null;
    this.graph = null;
    const nEpochs = this.options.nEpochs ?? defaultEpochs(n);
    const graphShare = GRAPH_SHARE * (1 - start) / (1 - NEIGHBORS_SHARE);
    yield { phase: 'graph', fraction: start };
    const graph = fuzzySimplicialSet(neighbors, this.nNeighbors);
    this.graph = graph;
    yield { phase: 'layout', fraction: start + graphShare };
    const normal = gaussianFrom(mulberry32(this.seed + 1));
    if (this.options.initialization === 'given' && d !== this.dim) throw new RangeError(`UMAP: a given start of ${d} dimensions for a ${this.dim}-D layout`);
    const layoutSteps = this.options.initialization === 'given'
      ? givenStart(scaledStart(data, n, this.dim, normal))
      : initialLayoutSteps({ graph, data, d, dim: this.dim, uniform: mulberry32(this.seed), normal });
    let embedding: Float32Array;
    for (;;) {
      const step = layoutSteps.next();
      if (step.done) {
        embedding = step.value;
        break;
      }
      yield { phase: 'layout', fraction: start + graphShare + (1 - start - graphShare) * step.value };
    }
    // Edges that would be sampled less than once in the whole run only add noise (umap-learn).
    const optimized = graph.pruned(graph.maxValue() / nEpochs);
    const { a, b } = findAbParams(this.spread, this.minDist);
    this.optimizer = new LayoutOptimizer(optimized, embedding, this.dim, {
      a, b, nEpochs,
      negativeSampleRate: this.options.negativeSampleRate ?? 5,
      repulsionStrength: this.options.repulsionStrength ?? 1,
      initialAlpha: this.options.learningRate ?? 1,
      seed: this.seed + 2,
    });
    yield { phase: 'layout', fraction: 1 };
  }

  /** Runs up to `epochs` more epochs of SGD. */
  step(epochs = 1): UMAPStep {
    const optimizer = this.requireOptimizer();
    for (let i = 0; i < epochs && !optimizer.done; i++) optimizer.runEpoch();
    return { epoch: optimizer.epoch, nEpochs: optimizer.nEpochs, done: optimizer.done };
  }

  /** step(1) with the epoch's blocks of heads shared with `pool`'s helpers (see epoch-pool.ts). */
  async stepShared(pool: EpochPool): Promise<UMAPStep> {
    await pool.runEpoch(this.requireOptimizer());
    return this.step(0);
  }

  /** Runs every remaining epoch. */
  run(): Float32Array {
    const optimizer = this.requireOptimizer();
    this.step(optimizer.nEpochs);
    return this.coordinates();
  }

  /** A copy of the current n x dim row-major layout (safe to transfer). */
  coordinates(): Float32Array {
    return this.requireOptimizer().embedding.slice();
  }

  get nEpochs(): number {
    return this.requireOptimizer().nEpochs;
  }

  get pointCount(): number {
    return this.n;
  }

  private requireOptimizer(): LayoutOptimizer {
    if (!this.optimizer) throw new Error('UMAP: call init(data, n, d) first');
    return this.optimizer;
  }
}

/** A start computed already, as initialLayoutSteps' generator. */
// eslint-disable-next-line require-yield
function* givenStart(layout: Float32Array): Generator<number, Float32Array, void> {
  return layout;
}

/** n < 2: nothing to optimise; a graph without edges keeps one code path. */
function emptyGraph(n: number): SparseGraph {
  return new SparseGraph(n, new Int32Array(n + 1), new Int32Array(0), new Float32Array(0));
}
