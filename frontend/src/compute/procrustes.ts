// Orthogonal Procrustes with scaling (similarity alignment) of k-dimensional layouts, k <= 3:
// find s, R (orthogonal, reflections allowed: PCA axes flip sign between steps), t minimising
// || s * A R + t - B ||^2 over the shared rows. R = U V^T from the SVD of A0^T B0 (centred),
// s = trace(Sigma) / ||A0||^2, t = mean(B) - s mean(A) R. Pure: unit-tested in node.

export interface Similarity { k: number; scale: number; rotation: Float64Array; translation: Float64Array }

/** One-sided Jacobi SVD of a small k x k matrix m (row-major): m = U diag(s) V^T. */
export function svdSmall(m: ArrayLike<number>, k: number): { u: Float64Array; s: Float64Array; v: Float64Array } {
  const a = Float64Array.from(m as ArrayLike<number>);   // columns are orthogonalised in place: a -> U diag(s)
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < k - 1; p++) {
      for (let q = p + 1; q < k; q++) {
        let alpha = 0, beta = 0, gamma = 0;
        for (let i = 0; i < k; i++) {
          const x = a[i * k + p], y = a[i * k + q];
          alpha += x * x; beta += y * y; gamma += x * y;
        }
        if (Math.abs(gamma) <= 1e-300 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        off = Math.max(off, Math.abs(gamma) / Math.sqrt(alpha * beta));
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t), s = c * t;
        for (let i = 0; i < k; i++) {
          const x = a[i * k + p], y = a[i * k + q];
          a[i * k + p] = c * x - s * y; a[i * k + q] = s * x + c * y;
          const vx = v[i * k + p], vy = v[i * k + q];
          v[i * k + p] = c * vx - s * vy; v[i * k + q] = s * vx + c * vy;
        }
      }
    }
    if (off < 1e-15) break;
  }
  const s = new Float64Array(k);
  const u = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let norm = 0;
    for (let i = 0; i < k; i++) norm += a[i * k + j] ** 2;
    s[j] = Math.sqrt(norm);
    if (s[j] > 1e-300) for (let i = 0; i < k; i++) u[i * k + j] = a[i * k + j] / s[j];
  }
  // Columns of U for zero singular values: complete an orthonormal basis (Gram-Schmidt on e_i).
  const maxS = Math.max(...s, 0);
  for (let j = 0; j < k; j++) {
    if (s[j] > 1e-12 * maxS && s[j] > 1e-300) continue;
    s[j] = 0;
    for (let e = 0; e < k; e++) {
      const col = new Float64Array(k); col[e] = 1;
      for (let o = 0; o < k; o++) {
        if (o === j || (s[o] === 0 && o > j)) continue;
        let dot = 0;
        for (let i = 0; i < k; i++) dot += col[i] * u[i * k + o];
        for (let i = 0; i < k; i++) col[i] -= dot * u[i * k + o];
      }
      const nrm = Math.hypot(...col);
      if (nrm > 1e-6) { for (let i = 0; i < k; i++) u[i * k + j] = col[i] / nrm; break; }
    }
  }
  return { u, s, v };
}

/** The similarity that maps rows of `a` onto rows of `b` (both n x k row-major), over `rows`
 *  (all rows when omitted). Allows reflections. */
export function procrustes(a: ArrayLike<number>, b: ArrayLike<number>, n: number, k: number,
  rows?: ArrayLike<number>): Similarity {
  const m = rows ? rows.length : n;
  const row = (r: number) => (rows ? rows[r] : r);
  const ma = new Float64Array(k), mb = new Float64Array(k);
  for (let r = 0; r < m; r++) {
    const i = row(r);
    for (let c = 0; c < k; c++) { ma[c] += a[i * k + c]; mb[c] += b[i * k + c]; }
  }
  for (let c = 0; c < k; c++) { ma[c] /= m || 1; mb[c] /= m || 1; }
  const cov = new Float64Array(k * k);   // A0^T B0
  let normA = 0;
  for (let r = 0; r < m; r++) {
    const i = row(r);
    for (let p = 0; p < k; p++) {
      const x = a[i * k + p] - ma[p];
      normA += x * x;
      for (let q = 0; q < k; q++) cov[p * k + q] += x * (b[i * k + q] - mb[q]);
    }
  }
  const { u, s, v } = svdSmall(cov, k);
  const rot = new Float64Array(k * k);   // R = U V^T
  for (let p = 0; p < k; p++) {
    for (let q = 0; q < k; q++) {
      let x = 0;
      for (let j = 0; j < k; j++) x += u[p * k + j] * v[q * k + j];
      rot[p * k + q] = x;
    }
  }
  const trace = s.reduce((acc, x) => acc + x, 0);
  const scale = normA > 0 ? trace / normA : 1;
  const t = new Float64Array(k);
  for (let q = 0; q < k; q++) {
    let x = 0;
    for (let p = 0; p < k; p++) x += ma[p] * rot[p * k + q];
    t[q] = mb[q] - scale * x;
  }
  return { k, scale, rotation: rot, translation: t };
}

/** Applies a similarity to n x k rows: out_i = scale * x_i R + t. */
export function applySimilarity(x: ArrayLike<number>, n: number, tr: Similarity): Float32Array {
  const k = tr.k;
  const out = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let q = 0; q < k; q++) {
      let acc = 0;
      for (let p = 0; p < k; p++) acc += x[i * k + p] * tr.rotation[p * k + q];
      out[i * k + q] = tr.scale * acc + tr.translation[q];
    }
  }
  return out;
}

/** `a` aligned onto `b` (shared rows: all rows, or `rows`). */
export function alignTo(a: ArrayLike<number>, b: ArrayLike<number>, n: number, k: number, rows?: ArrayLike<number>): Float32Array {
  return applySimilarity(a, n, procrustes(a, b, n, k, rows));
}

/** Per-row Euclidean distance between two n x k layouts. */
export function displacements(a: ArrayLike<number>, b: ArrayLike<number>, n: number, k: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let d2 = 0;
    for (let c = 0; c < k; c++) d2 += (a[i * k + c] - b[i * k + c]) ** 2;
    out[i] = Math.sqrt(d2);
  }
  return out;
}

/** Rows of the top `fraction` (0..1) by displacement, sorted by row index. */
export function topMoved(disp: Float32Array, fraction: number): Int32Array {
  const count = Math.max(0, Math.min(disp.length, Math.round(disp.length * fraction)));
  if (count === 0) return new Int32Array(0);
  const order = Array.from({ length: disp.length }, (_, i) => i).sort((x, y) => disp[y] - disp[x]);
  return Int32Array.from(order.slice(0, count)).sort();
}
