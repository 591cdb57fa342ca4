// Discrete convolution of real values on an N x N grid of equispaced nodes with a radial kernel
// K(distance^2), by FFT: the kernel matrix between nodes is (block) Toeplitz, so it is embedded
// in an M x M circulant (M = 2^k or 3 x 2^k, >= 2N - 1) whose spectrum multiplies the zero-padded
// grids' spectra. Two real grids travel as one complex grid (re, im): the kernel is real and even,
// so its spectrum is real and multiplying by it keeps the two results apart in re and im.
// Padding is exploited: only the N non-zero rows get forward row transforms, only N output rows
// get inverse ones, and the first / last stages skip the zero / unwanted halves.

import { Fft } from './fft';

export class GridConvolution {
  /** Nodes per side of the grid being convolved. */
  readonly nodes: number;
  /** Side of the circulant embedding (2^k or 3 x 2^k, >= 2 * nodes - 1). */
  readonly size: number;
  private readonly fft: Fft;
  /** The kernel's spectrum (real), in the transforms' digit-reversed order, scaled by 1 / size^2. */
  private readonly spectrum: Float64Array;

  constructor(nodes: number) {
    // The smallest 2^k or 3 x 2^k (fft.ts) that holds the embedding.
    let size = 2;
    while (size < 2 * nodes - 1) size = nextFftSize(size);
    this.nodes = nodes;
    this.size = size;
    this.fft = new Fft(size);
    this.spectrum = new Float64Array(size * size);
  }

  /** A zeroed complex grid (re, im: size x size, row-major) for convolve(); the data go in
   *  the top-left nodes x nodes block, row stride `size`. */
  createGrid(): { re: Float64Array; im: Float64Array } {
    return { re: new Float64Array(this.size * this.size), im: new Float64Array(this.size * this.size) };
  }

  /** Zeroes what convolve() reads of a grid before new values are spread into it. */
  clear(re: Float64Array, im: Float64Array): void {
    const end = (this.size * this.size) / 2;
    re.fill(0, 0, end);
    im.fill(0, 0, end);
  }

  /** Sets the kernel: the value between two nodes (dx, dy) steps apart is kernel(dx^2 + dy^2).
   *  `scratch`: a grid from createGrid() whose values may be overwritten (callers lend a charge
   *  grid they clear() afterwards, rather than this class keeping 2 x size^2 / 2 doubles for a
   *  rare call: 8 MB at size 1024). */
  setKernel(kernel: (steps2: number) => number, scratch = this.createGrid()): void {
    const { size, fft } = this;
    const scratchRe = scratch.re.subarray(0, (size * size) / 2), scratchIm = scratch.im.subarray(0, (size * size) / 2);
    const half = size / 2;
    // Row r of the circulant holds offsets (r, c) with c read cyclically; rows r and size - r are
    // equal and every row is real and even, so its spectrum is real: two rows per complex FFT, and
    // only rows 0..half. Row spectra are stored split in two: columns < half in scratchRe, the
    // rest in scratchIm, as the column pass packs column c with column c + half.
    const rowRe = new Float64Array(size), rowIm = new Float64Array(size);
    for (let r = 0; r <= half; r += 2) {
      for (let c = 0; c < size; c++) {
        const dc = c <= half ? c : size - c;
        rowRe[c] = kernel(r * r + dc * dc);
        rowIm[c] = r + 1 <= half ? kernel((r + 1) * (r + 1) + dc * dc) : 0;
      }
      fft.forward(rowRe, rowIm, 0);
      for (const [row, values] of [[r, rowRe], [r + 1, rowIm]] as const) {
        if (row > half) continue;
        for (const target of row === 0 || row === half ? [row] : [row, size - row]) {
          scratchRe.set(values.subarray(0, half), target * half);
          scratchIm.set(values.subarray(half), target * half);
        }
      }
    }
    // Columns are real and even too: column c (in scratchRe) and column c + half (in scratchIm)
    // share one complex column transform.
    fft.forward(scratchRe, scratchIm, 0, half, half);
    const scale = 1 / (size * size);
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < half; c++) {
        this.spectrum[r * size + c] = scratchRe[r * half + c] * scale;
        this.spectrum[r * size + c + half] = scratchIm[r * half + c] * scale;
      }
    }
  }

  /** Convolves the two real grids held in re and im (top-left nodes x nodes, zero elsewhere as
   *  clear() left it) with the kernel, in place: results in the same block. */
  convolve(re: Float64Array, im: Float64Array): void {
    const { size, nodes, fft, spectrum } = this;
    for (let r = 0; r < nodes; r++) fft.forward(re, im, r * size, 1, 1, true);
    fft.forward(re, im, 0, size, size, true);
    for (let s = 0; s < spectrum.length; s++) {
      re[s] *= spectrum[s];
      im[s] *= spectrum[s];
    }
    fft.inverse(re, im, 0, size, size, true);
    for (let r = 0; r < nodes; r++) fft.inverse(re, im, r * size, 1, 1, true);
  }
}

/** The next even FFT size above `size` (2, 4, 6, 8, 12, 16, 24, ...): even, so the circulant's
 *  half is whole. */
export function nextFftSize(size: number): number {
  const powerOfTwo = (size & (size - 1)) === 0;
  return powerOfTwo && size >= 4 ? (size / 2) * 3 : powerOfTwo ? size * 2 : (size / 3) * 4;
}
