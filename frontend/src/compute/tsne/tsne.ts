// t-SNE on every point (van der Maaten 2014; structure after openTSNE): k-NN graph ->
// perplexity-calibrated sparse P -> PCA or random initialisation -> gradient descent with early
// exaggeration; repulsion by Barnes-Hut, or in 2-D by FFT-accelerated interpolation (FIt-SNE).
// Deterministic for a given seed.

import { knnSteps, type KnnGraph, type Metric } from '../knn';
import { firstNeighbors } from '../knn-graph';
import { neighborCount, upperJointAffinitySteps, upperJointFromConditionalSteps } from './affinities';
import { addAttractiveForces, klDivergence, repulsiveForces } from './gradient';
import { FftRepulsion, nonFiniteDescription } from './fft-repulsion';
import { fftGridFor, TSNE_GRADIENTS, type TsneGradient } from './repulsion-choice';
import { pcaInitialization, randomInitialization, scaledInitialization, columnVariance } from './initialization';
import { centre, GradientDescent, KlTrend } from './optimize';
import { SpaceTree } from './space-tree';
import type { AttractionPool } from './attraction-pool';
import type { SparseMatrix, SparseValues } from '../sparse-matrix';
import { superviseAffinities } from './supervision';
import { breadthFirstOrder, inverseOrder, permuteGraph, permuteGraphInPlace, permuteRows } from './ordering';
import { gaussianFrom, seededRandom } from '../random';

export { fftPredictedFaster, TSNE_GRADIENTS, type TsneGradient } from './repulsion-choice';

export interface Supervision {
  /** Per point; -1 = unlabeled / ignored label. */
  labels: Int32Array;
  /** 0..1: how strongly labels bend the affinities. */
  weight: number;
}

export interface TsneOptions {
  dim: 2 | 3;
  perplexity: number;
  /** 'auto' (default) = max(n / earlyExaggeration, 200). */
  learningRate?: number | 'auto';
  seed: number;
  maxIterations: number;
  supervise?: Supervision;
  metric?: Metric;
  /** Barnes-Hut accuracy; 0.5 like openTSNE. */
  theta?: number;
  /** Repulsive forces: Barnes-Hut, or (2-D only) FFT interpolation; 'auto' (default) picks,
   *  every iteration, the one predicted faster for n and the layout's FFT grid (see
   *  fftPredictedFaster). FFT only where its grid is accurate (boxes at most 0.9 wide within an FFT
   *  of 2048, fft-repulsion.ts; a few far outliers stay off the grid): a wider layout gets
   *  Barnes-Hut for that iteration, also with 'fft' (so 'fft' means "FFT wherever it is accurate"). 3-D always uses
   *  Barnes-Hut. */
  gradient?: TsneGradient;
  initialization?: 'pca' | 'random';
  earlyExaggeration?: number;
  earlyExaggerationIterations?: number;
  /** Converged when KL falls by less than this fraction per check, twice in a row. */
  convergenceTolerance?: number;
  /** Iterations between KL estimates (after early exaggeration). */
  klInterval?: number;
}

export interface StepResult {
  iteration: number;
  /** Present on the iterations where it was estimated. */
  klDivergence?: number;
  converged: boolean;
  /** Converged or at maxIterations: further step() calls do nothing. */
  done: boolean;
}

const FINAL_MOMENTUM = 0.8;
const EARLY_MOMENTUM = 0.5;

export class TSNE {
  readonly options: Required<Omit<TsneOptions, 'supervise' | 'learningRate'>> & Pick<TsneOptions, 'supervise' | 'learningRate'>;
  n = 0;
  iteration = 0;
  converged = false;
  /** The last KL estimate (undefined before the first after early exaggeration). */
  get lastKl(): number | undefined {
    return this.klTrend.lastKl;
  }
  /** Iterations whose repulsion went by FFT (the rest: Barnes-Hut). */
  fftIterations = 0;
  /** The repulsion the last iteration used (null before the first). */
  lastGradient: 'fft' | 'barnes-hut' | null = null;

  /** Internal numbering (see ordering.ts): order[internal] = caller's index. */
  private order: Int32Array = new Int32Array(0);
  /** The upper triangles (each pair once; P is symmetric) of the unsupervised P and of the P in
   *  use (the same object without supervision): the full P is never kept (100k points: 78 MB
   *  each instead of 156). The unsupervised one holds float32 values (1M points: 360 MB less). */
  private baseUpper: SparseMatrix<SparseValues> | null = null;
  private pUpper: SparseMatrix<SparseValues> | null = null;
  private y: Float64Array = new Float64Array(0);
  private grad = new Float64Array(0);
  private repulsion = new Float64Array(0);
  private tree: SpaceTree | null = null;
  private fft: FftRepulsion | null = null;
  private descent: GradientDescent | null = null;
  private readonly stack = new Int32Array(4096);
  private readonly random: () => number;
  private readonly klTrend: KlTrend;

  constructor(opts: TsneOptions) {
    if (opts.gradient !== undefined && !TSNE_GRADIENTS.includes(opts.gradient)) {
      throw new RangeError(`t-SNE: gradient '${String(opts.gradient)}' is not one of ${TSNE_GRADIENTS.join(', ')}`);
    }
    this.options = {
      metric: 'euclidean',
      theta: 0.5,
      gradient: 'auto',
      initialization: 'pca',
      earlyExaggeration: 12,
      earlyExaggerationIterations: 250,
      convergenceTolerance: 1e-3,
      klInterval: 50,
      ...opts,
    };
    this.random = seededRandom(opts.seed + 0x5eed);
    this.klTrend = new KlTrend(this.options.convergenceTolerance);
  }

  /** Builds the k-NN graph, P and the initial layout (synchronously). */
  init(data: Float32Array, n: number, d: number, onProgress?: (fraction: number) => void): void {
    const steps = this.initSteps(data, n, d);
    for (let step = steps.next(); !step.done; step = steps.next()) onProgress?.(step.value);
  }

  /** init() as a generator of progress fractions (the k-NN search is nearly all of it). */
  *initSteps(data: Float32Array, n: number, d: number): Generator<number, void, void> {
    const { dim, perplexity, metric, seed } = this.options;
    const graph = yield* scaled(knnSteps(data, n, d, neighborCount(n, perplexity), { metric, seed }), 0.9);
    const initial = () => (n > 1 ? pcaInitialization(data, n, d, dim, seed) : randomInitialization(n, dim, seed));
    yield* this.fromGraphSteps(graph, true, initial, 0.9);
  }

  /**
   * The model from a k-NN graph computed elsewhere (the compute workers' shared graph; its
   * first neighborCount(n, perplexity) neighbours are used) and, for the PCA initialisation, the
   * rows' first principal coordinates (n x hintDims, hintDims >= 1). consumeGraph: the caller will
   * not read the graph again, so P is built over its arrays (1M x 90: no 720 MB copy).
   * conditional: the graph holds each row's p(j|i) at this perplexity instead of distances (with
   * exactly the neighbours this perplexity uses); only the symmetrisation is left.
   */
  *initFromGraphSteps(
    graph: KnnGraph, principal: Float32Array, hintDims: number, { consumeGraph = false, conditional }: { consumeGraph?: boolean; conditional?: number } = {},
  ): Generator<number, void, void> {
    const { dim, seed, perplexity } = this.options;
    const k = neighborCount(graph.n, perplexity);
    if (graph.k < k) throw new RangeError(`t-SNE: a graph of ${graph.k} neighbours, perplexity ${perplexity} needs ${k}`);
    if (conditional !== undefined && (conditional !== perplexity || graph.k !== k)) {
      throw new RangeError(`t-SNE: affinities of perplexity ${conditional} over ${graph.k} neighbours, perplexity ${perplexity} needs ${k}`);
    }
    const initial = () => scaledInitialization(principal, graph.n, hintDims, dim, seed);
    const own = graph.k !== k;
    yield* this.fromGraphSteps(own ? firstNeighbors(graph, k) : graph, own || consumeGraph, initial, 0, conditional !== undefined);
  }

  /**
   * P from the graph (its arrays overwritten when `consume`), the internal order and the initial
   * layout (`initial`: the PCA one).
   */
  private *fromGraphSteps(
    graph: KnnGraph, consume: boolean, initial: () => Float64Array, start: number, calibrated = false,
  ): Generator<number, void, void> {
    const { dim, perplexity, seed } = this.options;
    const n = graph.n;
    this.n = n;
    this.order = n > 1 ? breadthFirstOrder(graph) : Int32Array.from({ length: n }, (_, i) => i);
    // P in the internal numbering, computed there (see permuteGraph), in steps: 1M rows take ~30 s.
    const share = (1 - start) * 0.9;
    const permute = consume ? permuteGraphInPlace : permuteGraph;
    const permuted = n > 1 ? permute(graph, this.order, inverseOrder(this.order)) : graph;
    const joint = calibrated ? upperJointFromConditionalSteps(permuted) : upperJointAffinitySteps(permuted, perplexity);
    this.baseUpper = n > 1 ? yield* offset(scaled(joint, share), start) : null;
    this.pUpper = this.supervised(this.options.supervise);
    yield start + share;
    const layout = this.options.initialization === 'pca' && n > 1 ? initial() : randomInitialization(n, dim, seed);
    this.y = permuteRows(layout, this.order, dim);
    this.grad = new Float64Array(n * dim);
    this.repulsion = new Float64Array(n * dim);
    this.tree = null;
    this.fft = null;
    this.fftIterations = 0;
    this.lastGradient = null;
    this.descent = new GradientDescent(n * dim);
    this.iteration = 0;
    this.converged = false;
    this.klTrend.reset();
    yield 1;
  }

  get learningRate(): number {
    const rate = this.options.learningRate;
    return typeof rate === 'number' ? rate : Math.max(this.n / this.options.earlyExaggeration, 200);
  }

  get done(): boolean {
    return this.converged || this.iteration >= this.options.maxIterations || this.n < 2;
  }

  step(iterations = 1): StepResult {
    if (!this.pUpper || !this.descent) {
      if (this.n < 2 && this.y.length === this.n * this.options.dim) return this.result(undefined);
      throw new Error('t-SNE: call init() first');
    }
    let kl: number | undefined;
    for (let t = 0; t < iterations && !this.done; t++) kl = this.iterate() ?? kl;
    return this.result(kl);
  }

  /** n x dim layout, row-major, in the caller's point order (a copy). */
  coordinates(): Float32Array {
    const { dim } = this.options;
    const result = new Float32Array(this.y.length);
    for (let a = 0; a < this.order.length; a++) {
      for (let c = 0; c < dim; c++) result[this.order[a] * dim + c] = this.y[a * dim + c];
    }
    return result;
  }

  /** Adds seeded Gaussian noise of `amount` x the layout's spread, and forgets momentum. */
  perturb(amount = 0.05): void {
    const { dim } = this.options;
    let spread = 0;
    for (let a = 0; a < dim; a++) spread = Math.max(spread, Math.sqrt(columnVariance(this.y, this.n, dim, a)));
    const gaussian = gaussianFrom(this.random);
    for (let s = 0; s < this.y.length; s++) this.y[s] += amount * spread * gaussian();
    this.descent?.reset();
    this.converged = false;
    this.klTrend.reset();
  }

  setMaxIterations(maxIterations: number): void {
    this.options.maxIterations = maxIterations;
  }

  /** Changes (or removes, with null) label supervision mid-run. */
  setSupervision(supervise: Supervision | null): void {
    this.options.supervise = supervise ?? undefined;
    if (!this.baseUpper) return;
    this.pUpper = this.supervised(supervise ?? undefined);
    this.converged = false;
    this.klTrend.reset();
  }

  /** P's upper triangle bent by the labels (given in the caller's order), or the plain one. */
  private supervised(supervise: Supervision | undefined): SparseMatrix<SparseValues> | null {
    if (!this.baseUpper || !supervise) return this.baseUpper;
    if (supervise.labels.length !== this.n) throw new RangeError(`supervise: ${supervise.labels.length} labels for ${this.n} points`);
    const labels = permuteRows(supervise.labels, this.order, 1);
    return superviseAffinities(this.baseUpper, labels, supervise.weight, 'upper');
  }

  /**
   * step(1) with the attraction shared: `pool`'s helpers compute their row blocks of it while this
   * thread computes the repulsion and the rows left to it.
   */
  async stepShared(pool: AttractionPool): Promise<StepResult> {
    if (this.done || !this.pUpper || !this.descent) return this.step(1);
    const exaggeration = this.exaggeration;
    const share = pool.start(this.pUpper, this.y, this.options.dim, exaggeration);
    const z = this.repulsionIntoGradient();
    addAttractiveForces(this.pUpper, this.y, this.options.dim, exaggeration, this.grad, share.own);
    await share.finish(this.grad);
    return this.result(this.descend(z));
  }

  private get exaggeration(): number {
    return this.iteration < this.options.earlyExaggerationIterations ? this.options.earlyExaggeration : 1;
  }

  /** One gradient step; returns the KL estimate when this iteration made one. */
  private iterate(): number | undefined {
    const z = this.repulsionIntoGradient();
    addAttractiveForces(this.pUpper!, this.y, this.options.dim, this.exaggeration, this.grad);
    return this.descend(z);
  }

  /** grad = the repulsive forces / Z; answers Z. */
  private repulsionIntoGradient(): number {
    const z = this.repulsiveForces();
    const { grad, repulsion } = this;
    const inverseZ = 1 / z;
    for (let s = 0; s < grad.length; s++) grad[s] = -repulsion[s] * inverseZ;
    return z;
  }

  /** The update from the gradient in this.grad (Z: the repulsion's); returns the KL estimate when this iteration made one. */
  private descend(z: number): number | undefined {
    const { dim, earlyExaggerationIterations, klInterval } = this.options;
    const pUpper = this.pUpper!;
    const n = this.n;
    const early = this.iteration < earlyExaggerationIterations;
    this.descent!.apply(this.y, this.grad, this.learningRate, early ? EARLY_MOMENTUM : FINAL_MOMENTUM);
    centre(this.y, n, dim);
    this.iteration++;
    if (this.iteration === earlyExaggerationIterations) this.descent!.reset();
    if (early || this.iteration % klInterval !== 0) return undefined;
    // Z of the layout before this update: the estimate lags one step, which is fine for a trend.
    const kl = klDivergence(pUpper, this.y, dim, z);
    if (this.klTrend.add(kl, this.lastGradient!)) this.converged = true;
    return kl;
  }

  /** Unnormalised repulsive forces into this.repulsion; returns Z. */
  private repulsiveForces(): number {
    this.fft ??= new FftRepulsion();
    const grid = fftGridFor(this.options.gradient, this.options.dim, this.fft, this.y, this.n);
    this.lastGradient = grid ? 'fft' : 'barnes-hut';
    if (grid) {
      this.fftIterations++;
      return this.fft.compute(this.y, this.n, this.repulsion, grid);
    }
    assertFiniteLayout(this.y, this.n, this.options.dim);
    this.tree ??= new SpaceTree(this.n, this.options.dim);
    this.tree.build(this.y, this.n, this.options.theta);
    return repulsiveForces(this.tree, this.n, this.repulsion, this.stack);
  }

  private result(kl: number | undefined): StepResult {
    return { iteration: this.iteration, klDivergence: kl, converged: this.converged, done: this.done };
  }
}

/** Throws a clear error on a NaN or infinite coordinate rather than letting it poison every force. */
function assertFiniteLayout(y: Float64Array, n: number, dim: number): void {
  let sum = 0;
  for (let s = 0; s < n * dim; s++) sum += y[s];
  if (!Number.isFinite(sum)) throw new Error(`t-SNE layout: ${nonFiniteDescription(y, n, dim)}`);
}

/** Re-maps a progress generator's [0, 1] onto [0, share]. */
/** The steps' fractions moved up by `start`. */
function* offset<T>(steps: Generator<number, T, void>, start: number): Generator<number, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield start + step.value;
  }
}

function* scaled<T>(steps: Generator<number, T, void>, share: number): Generator<number, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield step.value * share;
  }
}
