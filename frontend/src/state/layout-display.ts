// Step transitions. app.ts's place() passes every layout through here: when the new layout is another
// training step of the same series, it is aligned onto the one drawn (Procrustes with scaling,
// reflections allowed: PCA axes may flip between steps) so points move only as much as the embedding
// changed; the per-point displacement is kept (to highlight the points that moved most) and the
// positions are animated from the old ones (~400 ms).
import { alignTo, displacements, topMoved } from '../compute/procrustes';

/** Where the positions go (render/scatter.ts's Scatter). */
export interface PositionSink { setPositions(positions: Float32Array, n: number): void }

export class StepTransition {
  /** Set by a step switch: the next layout is aligned onto the current one. */
  alignNext = false;
  /** The next load is a step of the same series: keep the view (camera, projection settings). */
  keepNextView = false;
  align = true;
  animate = true;
  animationMs = 400;
  animating = false;
  /** Per-point displacement in the last step switch, as a fraction of the layout's half-extent. */
  displacement: Float32Array | null = null;
  onDisplacement: ((disp: Float32Array | null) => void) | null = null;
  private last: { coords: Float32Array; k: number; n: number } | null = null;
  private positions: Float32Array | null = null;
  private stepping = false;
  private raf = 0;

  constructor(private scatter: PositionSink) {}

  /** n x k coordinates about to be drawn -> the coordinates to draw (aligned when stepping). */
  beforePlace(coords: Float32Array, k: number, n: number): Float32Array {
    const prev = this.last;
    this.stepping = this.alignNext && prev !== null && prev.n === n && prev.k === k;
    this.alignNext = false;
    let out = coords;
    if (this.stepping) {
      if (this.align) out = alignTo(coords, prev!.coords, n, k);
      const disp = displacements(out, prev!.coords, n, k);
      const half = halfExtent(prev!.coords, n, k);
      if (half > 0) for (let i = 0; i < n; i++) disp[i] /= half;
      this.displacement = disp;
      this.onDisplacement?.(disp);
    } else if (this.displacement) {
      this.displacement = null;
      this.onDisplacement?.(null);
    }
    this.last = { coords: out, k, n };
    return out;
  }

  /** Draws fitted positions (n x 3), animated from the previous ones after a step switch. */
  present(positions: Float32Array, n: number): void {
    const from = this.positions;
    this.positions = positions;
    this.stop();
    if (this.stepping && this.animate && this.animationMs > 0 && from && from.length === positions.length) {
      this.tween(from, positions, n);
    } else {
      this.scatter.setPositions(positions, n);
    }
    this.stepping = false;
  }

  /** Rows of the top `fraction` by displacement in the last step switch (null when none). */
  topMoved(fraction: number): Int32Array | null {
    return this.displacement ? topMoved(this.displacement, fraction) : null;
  }

  private stop(): void {
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.animating = false;
  }

  private tween(from: Float32Array, to: Float32Array, n: number): void {
    const t0 = performance.now();
    const buf = new Float32Array(to.length);
    this.animating = true;
    const frame = () => {
      const t = Math.min(1, (performance.now() - t0) / this.animationMs);
      if (t >= 1) { this.raf = 0; this.animating = false; this.scatter.setPositions(to, n); return; }
      const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;   // ease in-out
      for (let i = 0; i < buf.length; i++) buf[i] = from[i] + (to[i] - from[i]) * e;
      this.scatter.setPositions(buf, n);
      this.raf = requestAnimationFrame(frame);
    };
    this.scatter.setPositions(from, n);
    this.raf = requestAnimationFrame(frame);
  }
}

function halfExtent(c: Float32Array, n: number, k: number): number {
  let half = 0;
  for (let a = 0; a < k; a++) {
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < n; i++) { const v = c[i * k + a]; if (v < lo) lo = v; if (v > hi) hi = v; }
    if (hi >= lo) half = Math.max(half, (hi - lo) / 2);
  }
  return half;
}
