// Lagrange interpolation on a uniform 2-D grid cut into boxes (FIt-SNE): each box holds
// p x p equispaced nodes (at (k + 1/2) h, k < p, along each axis, h = box width / p), so all
// nodes together form one uniform grid. A point's value is interpolated from the p x p nodes of
// its own box with the tensor product of 1-D Lagrange weights; the same weights spread a
// point's charge onto those nodes (the transpose).

export class LagrangeGrid {
  /** Nodes per box per axis. */
  readonly p: number;
  /** Per point: grid index (row * stride + column) of its box's first node. */
  first: Int32Array;
  /** Per point: p weights along x, then p along y. */
  weights: Float64Array;
  /** 1 / prod_{m != k} (k - m): the Lagrange denominators, nodes in units of h. */
  private readonly denominators: Float64Array;

  constructor(p: number) {
    this.p = p;
    this.first = new Int32Array(0);
    this.weights = new Float64Array(0);
    this.denominators = new Float64Array(p);
    for (let k = 0; k < p; k++) {
      let product = 1;
      for (let m = 0; m < p; m++) if (m !== k) product *= k - m;
      this.denominators[k] = 1 / product;
    }
  }

  /** Places n points of y (n x 2) on the grid whose node (0, 0) is at (lowX + h/2, lowY + h/2):
   *  boxes x boxes boxes, row stride `stride` in the grid arrays (rows along y). */
  locate(y: Float64Array, n: number, lowX: number, lowY: number, h: number, boxes: number, stride: number): void {
    const { p } = this;
    if (this.first.length < n) {
      this.first = new Int32Array(n);
      this.weights = new Float64Array(2 * p * n);
    }
    const inverseH = 1 / h;
    for (let i = 0; i < n; i++) {
      const u = (y[2 * i] - lowX) * inverseH, v = (y[2 * i + 1] - lowY) * inverseH;
      // Clamped both ways: rounding can put the extreme points a hair outside the grid.
      const bx = Math.max(0, Math.min(Math.floor(u / p), boxes - 1));
      const by = Math.max(0, Math.min(Math.floor(v / p), boxes - 1));
      this.first[i] = by * p * stride + bx * p;
      this.lagrange(u - bx * p, 2 * p * i);
      this.lagrange(v - by * p, 2 * p * i + p);
    }
  }

  /** The p Lagrange weights at t (in units of h from the box's edge) into weights[at..]. */
  private lagrange(t: number, at: number): void {
    const { p, denominators, weights } = this;
    for (let k = 0; k < p; k++) {
      let product = denominators[k];
      for (let m = 0; m < p; m++) if (m !== k) product *= t - m - 0.5;
      weights[at + k] = product;
    }
  }
}
