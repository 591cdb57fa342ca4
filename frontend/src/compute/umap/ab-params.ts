// UMAP's low-dimensional similarity is 1 / (1 + a d^(2b)). find_ab_params picks a and b so this
// curve best fits (least squares) the "ideal" one: 1 up to minDist, then exp(-(d - minDist) / spread),
// sampled at 300 points on [0, 3 spread] — the same target and grid as umap-learn, so the same a, b.

export interface AbParams {
  a: number;
  b: number;
}

const SAMPLES = 300;
const MAX_ITERATIONS = 200;

/** Least-squares fit by Levenberg-Marquardt from (a, b) = (1, 1), as scipy's curve_fit does. */
export function findAbParams(spread: number, minDist: number): AbParams {
  if (!(spread > 0)) throw new RangeError(`spread must be positive, got ${spread}`);
  if (!(minDist >= 0)) throw new RangeError(`minDist must be non-negative, got ${minDist}`);
  const xs = new Float64Array(SAMPLES);
  const ys = new Float64Array(SAMPLES);
  for (let i = 0; i < SAMPLES; i++) {
    const x = (3 * spread * i) / (SAMPLES - 1);
    xs[i] = x;
    ys[i] = x < minDist ? 1 : Math.exp(-(x - minDist) / spread);
  }

  let a = 1, b = 1;
  let damping = 1e-3;
  let cost = sumOfSquares(xs, ys, a, b);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    // Normal equations J^T J delta = -J^T r for the residuals r = f(x) - y.
    let jaa = 0, jab = 0, jbb = 0, ga = 0, gb = 0;
    for (let i = 1; i < SAMPLES; i++) { // x = 0 contributes nothing: f = 1 = y, zero derivatives
      const x = xs[i];
      const u = Math.pow(x, 2 * b);
      const denominator = 1 + a * u;
      const residual = 1 / denominator - ys[i];
      const dfda = -u / (denominator * denominator);
      const dfdb = (-a * u * 2 * Math.log(x)) / (denominator * denominator);
      jaa += dfda * dfda;
      jab += dfda * dfdb;
      jbb += dfdb * dfdb;
      ga += dfda * residual;
      gb += dfdb * residual;
    }
    let improved = false;
    while (damping < 1e12) {
      const maa = jaa * (1 + damping), mbb = jbb * (1 + damping);
      const determinant = maa * mbb - jab * jab;
      const da = (-ga * mbb + gb * jab) / determinant;
      const db = (-gb * maa + ga * jab) / determinant;
      const trial = sumOfSquares(xs, ys, a + da, b + db);
      if (Number.isFinite(trial) && trial <= cost) {
        const converged = Math.abs(da) <= 1e-12 * (1 + Math.abs(a)) && Math.abs(db) <= 1e-12 * (1 + Math.abs(b));
        a += da;
        b += db;
        const relativeGain = (cost - trial) / Math.max(cost, 1e-300);
        cost = trial;
        damping = Math.max(damping / 10, 1e-12);
        improved = !converged && relativeGain > 1e-15;
        break;
      }
      damping *= 10;
    }
    if (!improved) break;
  }
  return { a, b };
}

function sumOfSquares(xs: Float64Array, ys: Float64Array, a: number, b: number): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    const r = 1 / (1 + a * Math.pow(xs[i], 2 * b)) - ys[i];
    sum += r * r;
  }
  return sum;
}
