// Full eigendecomposition of a dense real symmetric matrix:
// Householder reduction to tridiagonal form, then the implicit-shift QL iteration.
// Both are O(d^3) with small constants (d = 768 takes about a second), far below the
// O(n d^2) covariance that feeds them. Eigenvectors are kept as ROWS of a d x d array so
// every rotation and reflection touches contiguous memory.

export interface SymmetricEigen {
  /** Eigenvalues, largest first. */
  values: Float64Array;
  /** Row i (length d) is the unit eigenvector of values[i]. */
  vectors: Float64Array;
}

const MAX_QL_ITERATIONS_PER_VALUE = 64;

/** Eigenvalues (descending) and orthonormal eigenvectors (rows) of the symmetric d x d `matrix`. */
export function symmetricEigen(matrix: Float64Array, d: number): SymmetricEigen {
  const work = Float64Array.from(matrix); // reduced in place
  const { diagonal, offDiagonal, basisRows } = tridiagonalize(work, d);
  implicitQL(diagonal, offDiagonal, basisRows, d);
  return sortDescending(diagonal, basisRows, d);
}

interface Tridiagonal {
  diagonal: Float64Array;
  /** offDiagonal[i] couples i and i + 1; the last entry is 0. */
  offDiagonal: Float64Array;
  /** Q^T as rows, where matrix = Q T Q^T. */
  basisRows: Float64Array;
}

/**
 * Householder tridiagonalisation. Step k reflects entries k+1.. of column k onto one entry,
 * H = I - beta v v^T, and updates the trailing block as A <- H A H via the rank-2 form
 * A - v w^T - w v^T with w = p - (beta/2)(v.p) v, p = beta A v.
 */
function tridiagonalize(a: Float64Array, d: number): Tridiagonal {
  const diagonal = new Float64Array(d);
  const offDiagonal = new Float64Array(d);
  const basisRows = new Float64Array(d * d);
  for (let i = 0; i < d; i++) basisRows[i * d + i] = 1;
  const v = new Float64Array(d);
  const p = new Float64Array(d);
  const combination = new Float64Array(d);

  for (let k = 0; k + 2 < d; k++) {
    const first = k + 1;
    const size = d - first;
    let normSquared = 0;
    for (let i = 0; i < size; i++) {
      const x = a[k * d + first + i]; // row k == column k by symmetry
      v[i] = x;
      normSquared += x * x;
    }
    diagonal[k] = a[k * d + k];
    const x0 = v[0];
    const norm = Math.sqrt(normSquared);
    const alpha = x0 > 0 ? -norm : norm; // opposite sign of x0 avoids cancellation in v0
    const vNormSquared = 2 * (normSquared - alpha * x0);
    if (norm === 0 || vNormSquared <= Number.MIN_VALUE) {
      offDiagonal[k] = x0; // column already reduced
      continue;
    }
    v[0] = x0 - alpha;
    const beta = 2 / vNormSquared;
    offDiagonal[k] = alpha;

    // p = beta * B v on the trailing block B = a[first.., first..]
    let vp = 0;
    for (let i = 0; i < size; i++) {
      const row = (first + i) * d + first;
      let s = 0;
      for (let j = 0; j < size; j++) s += a[row + j] * v[j];
      p[i] = beta * s;
      vp += v[i] * p[i];
    }
    const half = 0.5 * beta * vp;
    for (let i = 0; i < size; i++) p[i] -= half * v[i]; // p is now w
    for (let i = 0; i < size; i++) {
      const row = (first + i) * d + first;
      const vi = v[i], wi = p[i];
      for (let j = 0; j < size; j++) a[row + j] -= vi * p[j] + wi * v[j];
    }

    // basisRows <- H basisRows (rows first..d-1 change): accumulates Q^T = H_last ... H_0
    combination.fill(0);
    for (let i = 0; i < size; i++) {
      const vi = v[i];
      if (vi === 0) continue;
      const row = (first + i) * d;
      for (let c = 0; c < d; c++) combination[c] += vi * basisRows[row + c];
    }
    for (let i = 0; i < size; i++) {
      const scale = beta * v[i];
      if (scale === 0) continue;
      const row = (first + i) * d;
      for (let c = 0; c < d; c++) basisRows[row + c] -= scale * combination[c];
    }
  }
  if (d >= 2) {
    diagonal[d - 2] = a[(d - 2) * d + d - 2];
    offDiagonal[d - 2] = a[(d - 2) * d + d - 1];
  }
  if (d >= 1) diagonal[d - 1] = a[(d - 1) * d + d - 1];
  offDiagonal[Math.max(d - 1, 0)] = 0;
  return { diagonal, offDiagonal, basisRows };
}

/**
 * Implicit-shift QL on the tridiagonal (diagonal, offDiagonal). Each sweep chases a bulge with
 * Givens rotations from the bottom of the unreduced block up to `low`; the rotations are applied
 * to pairs of rows of `rows`, which start as Q^T and end as the eigenvectors (one per row).
 */
function implicitQL(diagonal: Float64Array, off: Float64Array, rows: Float64Array, d: number): void {
  for (let low = 0; low < d; low++) {
    for (let iteration = 0; ; iteration++) {
      let high = low;
      while (high < d - 1) {
        const scale = Math.abs(diagonal[high]) + Math.abs(diagonal[high + 1]);
        if (Math.abs(off[high]) <= Number.EPSILON * scale) break;
        high++;
      }
      if (high === low) break; // diagonal[low] has converged
      if (iteration >= MAX_QL_ITERATIONS_PER_VALUE) {
        throw new Error('symmetricEigen: QL iteration did not converge');
      }

      // Wilkinson-style shift from the leading 2x2 block of the unreduced part.
      let g = (diagonal[low + 1] - diagonal[low]) / (2 * off[low]);
      let r = Math.hypot(g, 1);
      g = diagonal[high] - diagonal[low] + off[low] / (g + (g >= 0 ? r : -r));

      let s = 1, c = 1, p = 0;
      let i = high - 1;
      let underflow = false;
      for (; i >= low; i--) {
        const f = s * off[i];
        const b = c * off[i];
        r = Math.hypot(f, g);
        off[i + 1] = r;
        if (r === 0) {
          // The off-diagonal split underneath us: finish this block and retry.
          diagonal[i + 1] -= p;
          off[high] = 0;
          underflow = true;
          break;
        }
        s = f / r;
        c = g / r;
        g = diagonal[i + 1] - p;
        r = (diagonal[i] - g) * s + 2 * c * b;
        p = s * r;
        diagonal[i + 1] = g + p;
        g = c * r - b;
        rotateRows(rows, d, i, s, c);
      }
      if (underflow) continue;
      diagonal[low] -= p;
      off[low] = g;
      off[high] = 0;
    }
  }
}

/** Applies the Givens rotation (c, s) to rows i and i + 1. */
function rotateRows(rows: Float64Array, d: number, i: number, s: number, c: number): void {
  const top = i * d, below = top + d;
  for (let k = 0; k < d; k++) {
    const upperValue = rows[top + k];
    const lowerValue = rows[below + k];
    rows[below + k] = s * upperValue + c * lowerValue;
    rows[top + k] = c * upperValue - s * lowerValue;
  }
}

function sortDescending(values: Float64Array, rows: Float64Array, d: number): SymmetricEigen {
  const order = Array.from({ length: d }, (_, i) => i).sort((x, y) => values[y] - values[x]);
  const sortedValues = new Float64Array(d);
  const sortedRows = new Float64Array(d * d);
  order.forEach((from, to) => {
    sortedValues[to] = values[from];
    sortedRows.set(rows.subarray(from * d, from * d + d), to * d);
  });
  return { values: sortedValues, vectors: sortedRows };
}
