// t-SNE on every point (van der Maaten 2014; structure after openTSNE): k-NN graph ->
// perplexity-calibrated sparse P -> PCA or random initialisation -> gradient descent with early
// exaggeration; repulsion by Barnes-Hut, or in 2-D by FFT-accelerated interpolation (FIt-SNE).
// Deterministic for a given seed.

import { knnSteps, type Metric } from '../knn';
import { jointAffinities, neighborCount } from './affinities';
import { addAttractiveForces, klDivergence, repulsiveForces } from './gradient';
import { FftRepulsion } from './fft-repulsion';
import { pcaInitialization, randomInitialization, columnVariance } from './initialization';
import { centre, GradientDescent } from './optimize';
import { SpaceTree } from './space-tree';
import { upperTriangle, type SparseMatrix } from './sparse';
import { superviseAffinities } from './supervision';
import { breadthFirstOrder, inverseOrder, permuteMatrix, permuteRows } from './ordering';
import { gaussianFrom, seededRandom } from '../knn-random';

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
   *  fftPredictedFaster). 3-D always uses Barnes-Hut. */
  gradient?: 'auto' | 'fft' | 'barnes-hut';
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

/**
 * 'auto': whether FFT repulsion is predicted cheaper than Barnes-Hut. FFT cost is mostly the
 * grid's transforms, set by the layout's span (fftSize: M); Barnes-Hut's grows as n log n.
 * Fitted to CPU times measured in node on this project's 2-core machine: FFT ~ 7.1e-6 M^2 log2 M
 * + 2e-4 n ms (M = 128, 256, 512, 1024: 1, 3.7, 18, 74 ms + 0.12-0.3 us per point); Barnes-Hut at
 * theta 0.5 ~ 1.4e-4 n log2 n ms (10,000 points: 18-20 ms; 100,000: 290-390 ms, so this errs
 * towards Barnes-Hut). Both are approximations of the same gradient, so switching mid-run is safe,
 * and the choice depends only on n and the layout: runs stay deterministic.
 */
/** Below this many points 'auto' keeps Barnes-Hut: it takes under 1.5 ms there. */
const AUTO_MIN_POINTS = 1000;

export function fftPredictedFaster(n: number, fftSize: number): boolean {
  if (n < AUTO_MIN_POINTS) return false;
  const fftMs = 7.1e-6 * fftSize * fftSize * Math.log2(fftSize) + 2e-4 * n;
  const barnesHutMs = 1.4e-4 * n * Math.log2(n);
  return fftMs < barnesHutMs;
}
const FINAL_MOMENTUM = 0.8;
const EARLY_MOMENTUM = 0.5;

export class TSNE {
  readonly options: Required<Omit<TsneOptions, 'supervise' | 'learningRate'>> & Pick<TsneOptions, 'supervise' | 'learningRate'>;
  n = 0;
  iteration = 0;
  converged = false;
  lastKl: number | undefined;
  /** Iterations whose repulsion went by FFT (the rest: Barnes-Hut). */
  fftIterations = 0;

  /** Internal numbering (see ordering.ts): order[internal] = caller's index. */
  private order: Int32Array = new Int32Array(0);
  private baseP: SparseMatrix | null = null;
  private p: SparseMatrix | null = null;
  /** P's upper triangle, for the attractive forces (P is symmetric). */
  private pUpper: SparseMatrix | null = null;
  private y: Float64Array = new Float64Array(0);
  private grad = new Float64Array(0);
  private repulsion = new Float64Array(0);
  private tree: SpaceTree | null = null;
  private fft: FftRepulsion | null = null;
  private descent: GradientDescent | null = null;
  private readonly stack = new Int32Array(4096);
  private readonly random: () => number;
  private slowChecks = 0;

  constructor(opts: TsneOptions) {
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
  }

  /** Builds the k-NN graph, P and the initial layout (synchronously). */
  init(data: Float32Array, n: number, d: number, onProgress?: (fraction: number) => void): void {
    const steps = this.initSteps(data, n, d);
    for (let step = steps.next(); !step.done; step = steps.next()) onProgress?.(step.value);
  }

  /** init() as a generator of progress fractions (the k-NN search is nearly all of it). */
  *initSteps(data: Float32Array, n: number, d: number): Generator<number, void, void> {
    const { dim, perplexity, metric, seed } = this.options;
    this.n = n;
    const k = neighborCount(n, perplexity);
    const graph = yield* scaled(knnSteps(data, n, d, k, { metric, seed }), 0.9);
    this.order = n > 1 ? breadthFirstOrder(graph) : Int32Array.from({ length: n }, (_, i) => i);
    const rank = inverseOrder(this.order);
    this.baseP = n > 1 ? permuteMatrix(jointAffinities(graph, perplexity), this.order, rank) : null;
    this.setP(this.supervised(this.options.supervise));
    yield 0.95;
    const initial = this.options.initialization === 'pca' && n > 1
      ? pcaInitialization(data, n, d, dim, seed)
      : randomInitialization(n, dim, seed);
    this.y = permuteRows(initial, this.order, dim);
    this.grad = new Float64Array(n * dim);
    this.repulsion = new Float64Array(n * dim);
    this.tree = null;
    this.fft = null;
    this.fftIterations = 0;
    this.descent = new GradientDescent(n * dim);
    this.iteration = 0;
    this.converged = false;
    this.slowChecks = 0;
    this.lastKl = undefined;
    yield 1;
  }

  get learningRate(): number {
    const rate = this.options.learningRate;
    return typeof rate === 'number' ? rate : Math.max(this.n / this.options.earlyExaggeration, 200);
  }

  /** Whether the next iteration's repulsion goes by FFT interpolation (2-D only). */
  get usesFft(): boolean {
    const { dim, gradient } = this.options;
    if (dim !== 2 || gradient === 'barnes-hut' || this.n < 2) return false;
    if (gradient === 'fft') return true;
    return this.n >= AUTO_MIN_POINTS && fftPredictedFaster(this.n, this.fftRepulsion.fftSizeFor(this.y, this.n));
  }

  private get fftRepulsion(): FftRepulsion {
    return (this.fft ??= new FftRepulsion());
  }

  get done(): boolean {
    return this.converged || this.iteration >= this.options.maxIterations || this.n < 2;
  }

  step(iterations = 1): StepResult {
    if (!this.p || !this.descent) {
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
    this.slowChecks = 0;
    this.lastKl = undefined;
  }

  setMaxIterations(maxIterations: number): void {
    this.options.maxIterations = maxIterations;
  }

  /** Changes (or removes, with null) label supervision mid-run. */
  setSupervision(supervise: Supervision | null): void {
    this.options.supervise = supervise ?? undefined;
    if (!this.baseP) return;
    this.setP(this.supervised(supervise ?? undefined));
    this.converged = false;
    this.slowChecks = 0;
    this.lastKl = undefined;
  }

  private setP(p: SparseMatrix | null): void {
    this.p = p;
    this.pUpper = p && upperTriangle(p);
  }

  /** P bent by the labels (given in the caller's order), or the plain P. */
  private supervised(supervise: Supervision | undefined): SparseMatrix | null {
    if (!this.baseP || !supervise) return this.baseP;
    if (supervise.labels.length !== this.n) throw new RangeError(`supervise: ${supervise.labels.length} labels for ${this.n} points`);
    const labels = permuteRows(supervise.labels, this.order, 1);
    return superviseAffinities(this.baseP, labels, supervise.weight);
  }

  /** One gradient step; returns the KL estimate when this iteration made one. */
  private iterate(): number | undefined {
    const { dim, earlyExaggeration, earlyExaggerationIterations, klInterval } = this.options;
    const p = this.p!;
    const n = this.n;
    const early = this.iteration < earlyExaggerationIterations;
    const z = this.repulsiveForces();
    const { grad, repulsion } = this;
    const inverseZ = 1 / z;
    for (let s = 0; s < grad.length; s++) grad[s] = -repulsion[s] * inverseZ;
    addAttractiveForces(this.pUpper!, this.y, dim, early ? earlyExaggeration : 1, grad);
    this.descent!.apply(this.y, grad, this.learningRate, early ? EARLY_MOMENTUM : FINAL_MOMENTUM);
    centre(this.y, n, dim);
    this.iteration++;
    if (this.iteration === earlyExaggerationIterations) this.descent!.reset();
    if (early || this.iteration % klInterval !== 0) return undefined;
    // Z of the layout before this update: the estimate lags one step, which is fine for a trend.
    const kl = klDivergence(p, this.y, dim, z);
    this.checkConvergence(kl);
    return kl;
  }

  /** Unnormalised repulsive forces into this.repulsion; returns Z. */
  private repulsiveForces(): number {
    if (this.usesFft) {
      this.fftIterations++;
      return this.fftRepulsion.compute(this.y, this.n, this.repulsion);
    }
    this.tree ??= new SpaceTree(this.n, this.options.dim);
    this.tree.build(this.y, this.n, this.options.theta);
    return repulsiveForces(this.tree, this.n, this.repulsion, this.stack);
  }

  private checkConvergence(kl: number): void {
    const previous = this.lastKl;
    this.lastKl = kl;
    if (previous === undefined) return;
    const relativeDrop = (previous - kl) / Math.max(Math.abs(previous), 1e-12);
    this.slowChecks = relativeDrop < this.options.convergenceTolerance ? this.slowChecks + 1 : 0;
    if (this.slowChecks >= 2) this.converged = true;
  }

  private result(kl: number | undefined): StepResult {
    return { iteration: this.iteration, klDivergence: kl, converged: this.converged, done: this.done };
  }
}

/** Re-maps a progress generator's [0, 1] onto [0, share]. */
function* scaled<T>(steps: Generator<number, T, void>, share: number): Generator<number, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield step.value * share;
  }
}
