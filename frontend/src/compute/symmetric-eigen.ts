// Top eigenpairs of a dense real symmetric matrix, the way LAPACK's dsytrd + dsterf + dstein +
// dormtr do it:
//   1. Householder reduction to tridiagonal T = Q^T A Q           (4/3 d^3 flops, upper triangle)
//   2. all eigenvalues of T by the implicit-shift QL iteration    (O(d^2), no vectors)
//   3. eigenvectors of T for the wanted eigenvalues by inverse iteration, re-orthogonalised
//      within clusters of close eigenvalues                       (O(d) each)
//   4. back to A's basis through the stored reflectors            (O(d^2) each)
// Only step 1 is cubic: d = 768 takes ~0.3 s, against ~3 s when QL also rotates a full d x d
// eigenvector matrix. Eigenvectors are rows of the result, so every loop reads contiguously.

export interface SymmetricEigen {
  /** All d eigenvalues, largest first. */
  values: Float64Array;
  /** count x d: row i is the unit eigenvector of values[i]. */
  vectors: Float64Array;
}

const MAX_QL_ITERATIONS_PER_VALUE = 64;
const INVERSE_ITERATIONS = 4;
/** Eigenvalues closer than this times |T| form a cluster whose vectors are kept orthogonal (LAPACK's choice). */
const CLUSTER_TOLERANCE = 1e-3;

/** The `count` largest eigenvalues' unit eigenvectors (rows), and all eigenvalues, of symmetric `matrix`. */
export function symmetricEigen(matrix: Float64Array, d: number, count: number = d): SymmetricEigen {
  const wanted = Math.max(0, Math.min(count, d));
  const tridiagonal = tridiagonalize(Float64Array.from(matrix), d);
  const values = Float64Array.from(tridiagonal.diagonal);
  qlEigenvalues(values, Float64Array.from(tridiagonal.offDiagonal), d);
  values.sort().reverse();

  const vectors = tridiagonalEigenvectors(tridiagonal, values.subarray(0, wanted), d);
  for (let i = 0; i < wanted; i++) tridiagonal.applyQ(vectors.subarray(i * d, i * d + d));
  return { values, vectors };
}

interface Tridiagonal {
  diagonal: Float64Array;
  /** offDiagonal[i] couples i and i + 1; the last entry is 0. */
  offDiagonal: Float64Array;
  /** y <- Q y, mapping an eigenvector of T to one of the original matrix. */
  applyQ(y: Float64Array): void;
}

/**
 * Householder tridiagonalisation. Step k maps entries k+1.. of column k onto one entry with
 * H = I - beta v v^T, and updates the trailing block A <- H A H in the rank-2 form
 * A - v w^T - w v^T, where p = beta A v and w = p - (beta/2)(v.p) v. Q = H_0 H_1 ... is not
 * formed; its reflectors are kept for applyQ.
 */
function tridiagonalize(a: Float64Array, d: number): Tridiagonal {
  const diagonal = new Float64Array(d);
  const offDiagonal = new Float64Array(d);
  const reflectors: { first: number; beta: number; v: Float64Array }[] = [];
  const p = new Float64Array(d);

  for (let k = 0; k + 2 < d; k++) {
    const first = k + 1;
    const size = d - first;
    const v = a.slice(k * d + first, k * d + d); // row k == column k by symmetry
    let normSquared = 0;
    for (let i = 0; i < size; i++) normSquared += v[i] * v[i];
    diagonal[k] = a[k * d + k];
    const x0 = v[0];
    const norm = Math.sqrt(normSquared);
    const alpha = x0 > 0 ? -norm : norm; // opposite sign of x0 avoids cancellation in v[0]
    const vNormSquared = 2 * (normSquared - alpha * x0);
    if (norm === 0 || vNormSquared <= Number.MIN_VALUE) {
      offDiagonal[k] = x0; // column already reduced
      continue;
    }
    v[0] = x0 - alpha;
    const beta = 2 / vNormSquared;
    offDiagonal[k] = alpha;
    reflectors.push({ first, beta, v });

    // p = beta * B v on the trailing block B = a[first.., first..]. Only B's upper triangle is
    // kept up to date (it is symmetric), so each stored entry serves as B[i][j] and B[j][i].
    p.fill(0, 0, size);
    for (let i = 0; i < size; i++) {
      const row = (first + i) * d + first;
      const vi = v[i];
      let s = a[row + i] * vi;
      for (let j = i + 1; j < size; j++) {
        const entry = a[row + j];
        s += entry * v[j];
        p[j] += entry * vi;
      }
      p[i] += s;
    }
    let vp = 0;
    for (let i = 0; i < size; i++) {
      p[i] *= beta;
      vp += v[i] * p[i];
    }
    const half = 0.5 * beta * vp;
    for (let i = 0; i < size; i++) p[i] -= half * v[i]; // p is now w
    for (let i = 0; i < size; i++) {
      const row = (first + i) * d + first;
      const vi = v[i], wi = p[i];
      for (let j = i; j < size; j++) a[row + j] -= vi * p[j] + wi * v[j];
    }
  }
  if (d >= 2) {
    diagonal[d - 2] = a[(d - 2) * d + d - 2];
    offDiagonal[d - 2] = a[(d - 2) * d + d - 1];
  }
  if (d >= 1) diagonal[d - 1] = a[(d - 1) * d + d - 1];

  const applyQ = (y: Float64Array): void => {
    for (let r = reflectors.length - 1; r >= 0; r--) {
      const { first, beta, v } = reflectors[r];
      let dot = 0;
      for (let i = 0; i < v.length; i++) dot += v[i] * y[first + i];
      const scale = beta * dot;
      for (let i = 0; i < v.length; i++) y[first + i] -= scale * v[i];
    }
  };
  return { diagonal, offDiagonal, applyQ };
}

/**
 * Eigenvalues of the tridiagonal (diagonal, off) by implicit-shift QL, in place in `diagonal`
 * (unordered). Each sweep chases a bulge with plane rotations from the bottom of the unreduced
 * block up to `low`, with a Wilkinson-style shift from its leading 2x2 block.
 */
function qlEigenvalues(diagonal: Float64Array, off: Float64Array, d: number): void {
  for (let low = 0; low < d; low++) {
    for (let iteration = 0; ; iteration++) {
      let high = low;
      while (high < d - 1) {
        const scale = Math.abs(diagonal[high]) + Math.abs(diagonal[high + 1]);
        if (Math.abs(off[high]) <= Number.EPSILON * scale) break;
        high++;
      }
      if (high === low) break; // diagonal[low] has converged
      if (iteration >= MAX_QL_ITERATIONS_PER_VALUE) throw new Error('symmetricEigen: QL did not converge');

      let g = (diagonal[low + 1] - diagonal[low]) / (2 * off[low]);
      let r = Math.hypot(g, 1);
      g = diagonal[high] - diagonal[low] + off[low] / (g + (g >= 0 ? r : -r));
      let s = 1, c = 1, p = 0;
      let split = false;
      for (let i = high - 1; i >= low; i--) {
        const f = s * off[i];
        const b = c * off[i];
        r = Math.hypot(f, g);
        off[i + 1] = r;
        if (r === 0) {
          // The off-diagonal split underneath us: settle this part and start again.
          diagonal[i + 1] -= p;
          off[high] = 0;
          split = true;
          break;
        }
        s = f / r;
        c = g / r;
        g = diagonal[i + 1] - p;
        r = (diagonal[i] - g) * s + 2 * c * b;
        p = s * r;
        diagonal[i + 1] = g + p;
        g = c * r - b;
      }
      if (split) continue;
      diagonal[low] -= p;
      off[low] = g;
      off[high] = 0;
    }
  }
}

/**
 * Unit eigenvectors of the tridiagonal for the given eigenvalues (descending), one per row, by
 * inverse iteration: a few solves of (T - lambda I) x = x_previous amplify the wanted direction
 * by ~1/rounding. Vectors of eigenvalues within CLUSTER_TOLERANCE |T| of each other are
 * Gram-Schmidt orthogonalised after each solve, so a repeated eigenvalue gets a basis.
 */
function tridiagonalEigenvectors(t: Tridiagonal, values: Float64Array, d: number): Float64Array {
  const { diagonal, offDiagonal } = t;
  let norm = 0;
  for (let i = 0; i < d; i++) {
    norm = Math.max(norm, Math.abs(diagonal[i]) + Math.abs(offDiagonal[i]) + (i > 0 ? Math.abs(offDiagonal[i - 1]) : 0));
  }
  const tinyPivot = Math.max(norm, Number.MIN_VALUE) * Number.EPSILON;
  const vectors = new Float64Array(values.length * d);
  const solver = new ShiftedTridiagonalSolver(diagonal, offDiagonal, d, tinyPivot);
  const random = lcg(0x2545f491);
  let clusterStart = 0;

  for (let j = 0; j < values.length; j++) {
    if (j > 0 && values[j - 1] - values[j] > CLUSTER_TOLERANCE * norm) clusterStart = j;
    solver.factor(values[j]);
    const x = vectors.subarray(j * d, j * d + d);
    for (let i = 0; i < d; i++) x[i] = random() - 0.5;
    for (let iteration = 0; iteration < INVERSE_ITERATIONS; iteration++) {
      normalize(x);
      solver.solve(x);
      for (let other = clusterStart; other < j; other++) {
        const y = vectors.subarray(other * d, other * d + d);
        let dot = 0;
        for (let i = 0; i < d; i++) dot += x[i] * y[i];
        for (let i = 0; i < d; i++) x[i] -= dot * y[i];
      }
      if (!normalize(x)) for (let i = 0; i < d; i++) x[i] = random() - 0.5; // fully cancelled: restart
    }
  }
  return vectors;
}

/**
 * LU factorisation with partial pivoting of T - shift I (tridiagonal, so U has two
 * superdiagonals and L one multiplier per row), then solves in place. Zero pivots become
 * `tinyPivot`: the shift is an eigenvalue, so T - shift I is singular by design.
 */
class ShiftedTridiagonalSolver {
  private readonly u0: Float64Array;
  private readonly u1: Float64Array;
  private readonly u2: Float64Array;
  private readonly multiplier: Float64Array;
  private readonly swapped: Uint8Array;

  constructor(
    private readonly diagonal: Float64Array,
    private readonly off: Float64Array,
    private readonly d: number,
    private readonly tinyPivot: number,
  ) {
    this.u0 = new Float64Array(d);
    this.u1 = new Float64Array(d);
    this.u2 = new Float64Array(d);
    this.multiplier = new Float64Array(d);
    this.swapped = new Uint8Array(d);
  }

  factor(shift: number): void {
    const { diagonal, off, d } = this;
    // working row i holds its entries at columns i, i+1, i+2
    let p = diagonal[0] - shift, q = d > 1 ? off[0] : 0, r = 0;
    for (let i = 0; i + 1 < d; i++) {
      const below = off[i]; // row i+1, column i
      const nextDiagonal = diagonal[i + 1] - shift;
      const nextOff = i + 2 < d ? off[i + 1] : 0;
      if (Math.abs(p) >= Math.abs(below)) {
        const pivot = p === 0 ? this.tinyPivot : p;
        const l = below / pivot;
        this.setRow(i, pivot, q, r, l, 0);
        p = nextDiagonal - l * q;
        q = nextOff - l * r;
      } else {
        const l = p / below;
        this.setRow(i, below, nextDiagonal, nextOff, l, 1);
        p = q - l * nextDiagonal;
        q = r - l * nextOff;
      }
      r = 0;
    }
    this.setRow(d - 1, p === 0 ? this.tinyPivot : p, 0, 0, 0, 0);
  }

  /** x <- (T - shift I)^-1 x */
  solve(x: Float64Array): void {
    const { d, u0, u1, u2, multiplier, swapped } = this;
    for (let i = 0; i + 1 < d; i++) {
      if (swapped[i]) {
        const t = x[i];
        x[i] = x[i + 1];
        x[i + 1] = t;
      }
      x[i + 1] -= multiplier[i] * x[i];
    }
    for (let i = d - 1; i >= 0; i--) {
      let value = x[i];
      if (i + 1 < d) value -= u1[i] * x[i + 1];
      if (i + 2 < d) value -= u2[i] * x[i + 2];
      x[i] = value / u0[i];
    }
  }

  private setRow(i: number, pivot: number, first: number, second: number, l: number, swap: number): void {
    this.u0[i] = pivot;
    this.u1[i] = first;
    this.u2[i] = second;
    this.multiplier[i] = l;
    this.swapped[i] = swap;
  }
}

/** Scales x to unit length; false when it has none (all zero or not finite). */
function normalize(x: Float64Array): boolean {
  let max = 0;
  for (let i = 0; i < x.length; i++) max = Math.max(max, Math.abs(x[i]));
  if (!(max > 0) || !Number.isFinite(max)) return false;
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += (x[i] / max) ** 2;
  const scale = 1 / (max * Math.sqrt(sum));
  for (let i = 0; i < x.length; i++) x[i] *= scale;
  return true;
}

/** Deterministic start vectors (results must not depend on Math.random). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
