// Gradient descent with momentum and per-coordinate gains (Jacobs' delta-bar-delta), as in
// openTSNE and sklearn: a gain grows by 0.2 while the gradient keeps pushing the same way as
// the last update and shrinks by x0.8 when it flips, never below MIN_GAIN.

const MIN_GAIN = 0.01;

export class GradientDescent {
  readonly update: Float64Array;
  readonly gains: Float64Array;

  constructor(size: number) {
    this.update = new Float64Array(size);
    this.gains = new Float64Array(size).fill(1);
  }

  /** y += momentum * update - learningRate * gains * grad; returns the squared gradient norm. */
  apply(y: Float64Array, grad: Float64Array, learningRate: number, momentum: number): number {
    const { update, gains } = this;
    let norm2 = 0;
    for (let s = 0; s < y.length; s++) {
      const g = grad[s];
      norm2 += g * g;
      // grad and update pointing opposite ways = descent has kept going the same way.
      let gain = Math.sign(g) !== Math.sign(update[s]) ? gains[s] + 0.2 : gains[s] * 0.8;
      if (gain < MIN_GAIN) gain = MIN_GAIN;
      gains[s] = gain;
      const u = momentum * update[s] - learningRate * gain * g;
      update[s] = u;
      y[s] += u;
    }
    return norm2;
  }

  /** Forgets momentum and gains (after a jump such as perturb()). */
  reset(): void {
    this.update.fill(0);
    this.gains.fill(1);
  }
}

/** Moves the layout so its mean is at the origin (t-SNE is translation invariant). */
export function centre(y: Float64Array, n: number, dim: number): void {
  if (n === 0) return;
  for (let a = 0; a < dim; a++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += y[i * dim + a];
    mean /= n;
    for (let i = 0; i < n; i++) y[i * dim + a] -= mean;
  }
}

/**
 * Convergence from successive KL estimates: converged after two checks in a row whose relative
 * drop is below the tolerance. The estimates' Z comes from the iteration's repulsion, and FFT's
 * and Barnes-Hut's Z differ by up to ~0.5%, i.e. ~2e-3 of KL, more than the default tolerance
 * (1e-3): so estimates are only compared when made by the same method, and a switch ('auto')
 * starts the trend afresh.
 */
export class KlTrend {
  lastKl: number | undefined;
  private lastMethod: string | null = null;
  private slowChecks = 0;

  constructor(private readonly tolerance: number) {}

  /** Records an estimate made with `method`; returns whether the run has converged. */
  add(kl: number, method: string): boolean {
    const previous = this.lastKl;
    const sameMethod = this.lastMethod === method;
    this.lastKl = kl;
    this.lastMethod = method;
    if (previous === undefined || !sameMethod) {
      this.slowChecks = 0;
      return false;
    }
    const relativeDrop = (previous - kl) / Math.max(Math.abs(previous), 1e-12);
    this.slowChecks = relativeDrop < this.tolerance ? this.slowChecks + 1 : 0;
    return this.slowChecks >= 2;
  }

  reset(): void {
    this.lastKl = undefined;
    this.lastMethod = null;
    this.slowChecks = 0;
  }
}
