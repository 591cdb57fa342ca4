// Which repulsion a t-SNE iteration uses (tsne.ts TsneOptions.gradient): Barnes-Hut, or in 2-D
// FFT interpolation when its grid is accurate for the layout and, for 'auto', predicted cheaper.

import type { FftRepulsion, LayoutGrid } from './fft-repulsion';

export type TsneGradient = 'auto' | 'fft' | 'barnes-hut';
export const TSNE_GRADIENTS: readonly TsneGradient[] = ['auto', 'fft', 'barnes-hut'];

/** Below this many points 'auto' keeps Barnes-Hut: it takes under 1.5 ms there. */
export const AUTO_MIN_POINTS = 1000;

/**
 * 'auto': whether FFT repulsion is predicted cheaper than Barnes-Hut. FFT cost is mostly the
 * grid's transforms, set by the layout's span (fftSize: M); Barnes-Hut's grows as n log n.
 * Fitted to CPU times measured in node on this project's 2-core machine: FFT ~ 7.1e-6 M^2 log2 M
 * + 2e-4 n ms (M = 128, 256, 512, 1024: 1, 3.7, 18, 74 ms + 0.12-0.3 us per point; at 100k points
 * M = 384, 768, 1024, 1536, 2048 measured 25, 56, 93, 220, 415 ms in all, predicted 27, 60, 94,
 * 197, 347);
 * Barnes-Hut at theta 0.5 ~ 1.4e-4 n log2 n ms (10,000 points: 18-20 ms; 100,000: 290-540 ms,
 * so this errs towards Barnes-Hut). Both are approximations of the same gradient, so switching
 * mid-run is safe, and the choice depends only on n and the layout: runs stay deterministic.
 */
export function fftPredictedFaster(n: number, fftSize: number, farNodePairs = 0): boolean {
  if (n < AUTO_MIN_POINTS) return false;
  return fftPredictedMs(n, fftSize, farNodePairs) < barnesHutPredictedMs(n);
}

/** FFT repulsion's predicted CPU ms per call, far points included (see fftPredictedFaster). */
export function fftPredictedMs(n: number, fftSize: number, farNodePairs = 0): number {
  return 7.1e-6 * fftSize * fftSize * Math.log2(fftSize) + 2e-4 * n + FAR_PAIR_MS * farNodePairs;
}

/** Barnes-Hut's predicted CPU ms per call (see fftPredictedFaster). */
export function barnesHutPredictedMs(n: number): number {
  return 1.4e-4 * n * Math.log2(Math.max(n, 2));
}

/** Far points (far-points.ts) x grid nodes: both kernel sums, measured 6.6-8.7 ns per pair. */
export const FAR_PAIR_MS = 7e-6;

/** The FFT grid for this layout's repulsion, or null for Barnes-Hut: 3-D, 'barnes-hut', a layout
 *  too wide for an accurate grid (fft-repulsion.ts fitGrid: boxes <= 0.9 wide within an FFT of 2048), or for 'auto' small n or a grid
 *  predicted slower. Throws on a non-finite coordinate when it looks at the layout. */
export function fftGridFor(
  gradient: TsneGradient, dim: 2 | 3, fft: FftRepulsion, y: Float64Array, n: number,
): LayoutGrid | null {
  if (dim !== 2 || gradient === 'barnes-hut' || n < 2) return null;
  if (gradient === 'auto' && n < AUTO_MIN_POINTS) return null;
  const grid = fft.fitGrid(y, n);
  if (!grid || gradient === 'fft') return grid;
  const nodes = grid.boxes * fft.nodesPerBox;
  return fftPredictedFaster(n, grid.fftSize, (grid.far?.length ?? 0) * nodes * nodes) ? grid : null;
}
