// Radix-4 complex FFTs (with one radix-2 stage when log2 of the power-of-two part is odd, and
// one radix-3 stage for sizes 3 x 2^k) on split re/im Float64Arrays, for the 2-D grid convolutions of grid-convolution.ts. Written here rather than
// taken from a package because the 2-D use wants what package APIs (e.g. fft.js: separate input
// and output arrays, one contiguous signal at a time) do not give without copies:
//  - transforms *across* rows: all columns of a grid are transformed together, each butterfly
//    combining whole rows (`lanes` adjacent values), so the column pass needs no gather/scatter;
//  - no bit reversal: the forward transform is decimation in frequency (natural order in,
//    digit-reversed out) and the inverse is decimation in time (that order in, natural out).
//    A convolution multiplies spectra pointwise, so it never needs them in natural order;
//  - pruning for zero padding: a known-zero second half of the input, or an unwanted second half
//    of the output, skips half of the first / last stage.
// Radix 4 (3 complex multiplications per 4 values, half the passes over the data) measured ~1.5x
// faster than radix 2 here. Sizes 3 x 2^k fill the gaps between powers of two (an FFT-repulsion
// grid of 1536 costs ~0.55x one of 2048, fft-repulsion.ts): forward, a radix-3 decimation-in-
// frequency stage splits the signal into three blocks of 2^k, each then transformed as above
// (block r holds the frequencies = r mod 3); the inverse mirrors it. The inverse is unscaled
// (it returns size x the signal).

const SIN_60 = Math.sqrt(3) / 2;

/** Whether an FFT of this size is supported: 2^k or 3 x 2^k, at least 2. */
export function isFftSize(size: number): boolean {
  if (!Number.isInteger(size) || size < 2) return false;
  const power = size % 3 === 0 ? size / 3 : size;
  return (power & (power - 1)) === 0;
}

export class Fft {
  readonly size: number;
  /** The power-of-two part of size: size / 3 when size is 3 x 2^k. */
  private readonly block: number;
  /** cos and -sin of 2 pi k / size, k < size: the forward twiddles. */
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;

  constructor(size: number) {
    if (!isFftSize(size)) throw new RangeError(`FFT size ${size} is not 2^k or 3 x 2^k (>= 2)`);
    this.size = size;
    this.block = size % 3 === 0 ? size / 3 : size;
    this.cos = new Float64Array(size);
    this.sin = new Float64Array(size);
    for (let k = 0; k < size; k++) {
      this.cos[k] = Math.cos((2 * Math.PI * k) / size);
      this.sin[k] = -Math.sin((2 * Math.PI * k) / size);
    }
  }

  /** Forward transform of the size values at re/im[offset + e * stride] (e < size), for `lanes`
   *  adjacent signals at once (offset + lane); natural order in, digit-reversed out.
   *  `upperHalfZero`: values e >= size / 2 are zero and are not read. */
  forward(re: Float64Array, im: Float64Array, offset: number, stride = 1, lanes = 1, upperHalfZero = false): void {
    const { size, block, cos, sin } = this;
    if (block !== size) this.forwardRadix3(re, im, offset, stride, lanes, upperHalfZero);
    let span = block;
    for (; span >= 4; span >>= 2) {
      const q = span >> 2, step = size / span;
      const padded = upperHalfZero && span === size;
      for (let start = 0; start < size; start += span) {
        for (let j = 0; j < q; j++) {
          const k = j * step;
          const w1r = cos[k], w1i = sin[k], w2r = cos[2 * k], w2i = sin[2 * k], w3r = cos[3 * k], w3i = sin[3 * k];
          const p0 = offset + (start + j) * stride, p1 = p0 + q * stride, p2 = p1 + q * stride, p3 = p2 + q * stride;
          for (let l = 0; l < lanes; l++) {
            const x0r = re[p0 + l], x0i = im[p0 + l], x1r = re[p1 + l], x1i = im[p1 + l];
            const x2r = padded ? 0 : re[p2 + l], x2i = padded ? 0 : im[p2 + l];
            const x3r = padded ? 0 : re[p3 + l], x3i = padded ? 0 : im[p3 + l];
            const sr = x0r + x2r, si = x0i + x2i, dr = x0r - x2r, di = x0i - x2i;
            const tr = x1r + x3r, ti = x1i + x3i, er = x1r - x3r, ei = x1i - x3i;
            re[p0 + l] = sr + tr;
            im[p0 + l] = si + ti;
            const ar = sr - tr, ai = si - ti; // x W^2j
            re[p1 + l] = ar * w2r - ai * w2i;
            im[p1 + l] = ar * w2i + ai * w2r;
            const br = dr + ei, bi = di - er; // (d - i e) x W^j
            re[p2 + l] = br * w1r - bi * w1i;
            im[p2 + l] = br * w1i + bi * w1r;
            const cr = dr - ei, ci = di + er; // (d + i e) x W^3j
            re[p3 + l] = cr * w3r - ci * w3i;
            im[p3 + l] = cr * w3i + ci * w3r;
          }
        }
      }
    }
    if (span === 2) {
      // Last radix-2 stage (odd log2 size): twiddle 1. Only reached with size 2 when padded.
      const padded = upperHalfZero && size === 2;
      for (let start = 0; start < size; start += 2) {
        const p0 = offset + start * stride, p1 = p0 + stride;
        for (let l = 0; l < lanes; l++) {
          const ar = re[p0 + l], ai = im[p0 + l], br = padded ? 0 : re[p1 + l], bi = padded ? 0 : im[p1 + l];
          re[p0 + l] = ar + br;
          im[p0 + l] = ai + bi;
          re[p1 + l] = ar - br;
          im[p1 + l] = ai - bi;
        }
      }
    }
  }

  /** Inverse (unscaled) of forward(), same layout arguments; digit-reversed in, natural out.
   *  `lowerHalfOnly`: only outputs e < size / 2 are wanted; the rest are left as garbage. */
  inverse(re: Float64Array, im: Float64Array, offset: number, stride = 1, lanes = 1, lowerHalfOnly = false): void {
    const { size, block, cos, sin } = this;
    let span = 4;
    if ((Math.log2(block) & 1) === 1) {
      // First radix-2 stage (odd log2 size): twiddle 1.
      for (let start = 0; start < size; start += 2) {
        const p0 = offset + start * stride, p1 = p0 + stride;
        for (let l = 0; l < lanes; l++) {
          const ar = re[p0 + l], ai = im[p0 + l], br = re[p1 + l], bi = im[p1 + l];
          re[p0 + l] = ar + br;
          im[p0 + l] = ai + bi;
          re[p1 + l] = ar - br;
          im[p1 + l] = ai - bi;
        }
      }
      span = 8;
    }
    for (; span <= block; span <<= 2) {
      const q = span >> 2, step = size / span;
      const pruned = lowerHalfOnly && span === size;
      for (let start = 0; start < size; start += span) {
        for (let j = 0; j < q; j++) {
          const k = j * step;
          // Conjugate twiddles.
          const w1r = cos[k], w1i = -sin[k], w2r = cos[2 * k], w2i = -sin[2 * k], w3r = cos[3 * k], w3i = -sin[3 * k];
          const p0 = offset + (start + j) * stride, p1 = p0 + q * stride, p2 = p1 + q * stride, p3 = p2 + q * stride;
          for (let l = 0; l < lanes; l++) {
            const ar = re[p0 + l], ai = im[p0 + l];
            const x1r = re[p1 + l], x1i = im[p1 + l], x2r = re[p2 + l], x2i = im[p2 + l], x3r = re[p3 + l], x3i = im[p3 + l];
            const br = x1r * w2r - x1i * w2i, bi = x1r * w2i + x1i * w2r;
            const cr = x2r * w1r - x2i * w1i, ci = x2r * w1i + x2i * w1r;
            const dr = x3r * w3r - x3i * w3i, di = x3r * w3i + x3i * w3r;
            const sr = ar + br, si = ai + bi, mr = ar - br, mi = ai - bi;
            const tr = cr + dr, ti = ci + di, er = cr - dr, ei = ci - di;
            re[p0 + l] = sr + tr;
            im[p0 + l] = si + ti;
            re[p1 + l] = mr - ei; // m + i e
            im[p1 + l] = mi + er;
            if (pruned) continue;
            re[p2 + l] = sr - tr;
            im[p2 + l] = si - ti;
            re[p3 + l] = mr + ei; // m - i e
            im[p3 + l] = mi - er;
          }
        }
      }
    }
    if (block !== size) this.inverseRadix3(re, im, offset, stride, lanes, lowerHalfOnly);
  }

  /** Forward radix-3 stage over the whole signal: (x[j], x[j + q], x[j + 2q]) -> their 3-point
   *  DFT, times W^(j r) for output r, into block r (q = size / 3). Padded: values >= size / 2 are
   *  zero, i.e. all of the third block and the second half of the second. */
  private forwardRadix3(re: Float64Array, im: Float64Array, offset: number, stride: number, lanes: number, padded: boolean): void {
    const { size, cos, sin } = this;
    const q = size / 3;
    for (let j = 0; j < q; j++) {
      const w1r = cos[j], w1i = sin[j], w2r = cos[2 * j], w2i = sin[2 * j];
      const p0 = offset + j * stride, p1 = p0 + q * stride, p2 = p1 + q * stride;
      const secondZero = padded && j >= q / 2;
      for (let l = 0; l < lanes; l++) {
        const ar = re[p0 + l], ai = im[p0 + l];
        const br = secondZero ? 0 : re[p1 + l], bi = secondZero ? 0 : im[p1 + l];
        const cr = padded ? 0 : re[p2 + l], ci = padded ? 0 : im[p2 + l];
        const sr = br + cr, si = bi + ci, dr = br - cr, di = bi - ci;
        const mr = ar - sr / 2, mi = ai - si / 2;
        re[p0 + l] = ar + sr;
        im[p0 + l] = ai + si;
        const t1r = mr + SIN_60 * di, t1i = mi - SIN_60 * dr; // a + b W3 + c W3^2
        const t2r = mr - SIN_60 * di, t2i = mi + SIN_60 * dr; // a + b W3^2 + c W3
        re[p1 + l] = t1r * w1r - t1i * w1i;
        im[p1 + l] = t1r * w1i + t1i * w1r;
        re[p2 + l] = t2r * w2r - t2i * w2i;
        im[p2 + l] = t2r * w2i + t2i * w2r;
      }
    }
  }

  /** Inverse of forwardRadix3 (conjugate twiddles), after the blocks' inverse transforms.
   *  Pruned: only outputs < size / 2 are wanted (the first block and half the second). */
  private inverseRadix3(re: Float64Array, im: Float64Array, offset: number, stride: number, lanes: number, pruned: boolean): void {
    const { size, cos, sin } = this;
    const q = size / 3;
    for (let j = 0; j < q; j++) {
      const w1r = cos[j], w1i = -sin[j], w2r = cos[2 * j], w2i = -sin[2 * j];
      const p0 = offset + j * stride, p1 = p0 + q * stride, p2 = p1 + q * stride;
      const secondWanted = !pruned || j < q / 2;
      for (let l = 0; l < lanes; l++) {
        const ar = re[p0 + l], ai = im[p0 + l];
        const x1r = re[p1 + l], x1i = im[p1 + l], x2r = re[p2 + l], x2i = im[p2 + l];
        const br = x1r * w1r - x1i * w1i, bi = x1r * w1i + x1i * w1r;
        const cr = x2r * w2r - x2i * w2i, ci = x2r * w2i + x2i * w2r;
        const sr = br + cr, si = bi + ci, dr = br - cr, di = bi - ci;
        const mr = ar - sr / 2, mi = ai - si / 2;
        re[p0 + l] = ar + sr;
        im[p0 + l] = ai + si;
        if (secondWanted) {
          re[p1 + l] = mr - SIN_60 * di; // a - s/2 + i sin60 d
          im[p1 + l] = mi + SIN_60 * dr;
        }
        if (pruned) continue;
        re[p2 + l] = mr + SIN_60 * di; // a - s/2 - i sin60 d
        im[p2 + l] = mi - SIN_60 * dr;
      }
    }
  }
}
