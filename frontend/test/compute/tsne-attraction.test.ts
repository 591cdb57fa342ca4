import { describe, expect, it } from 'vitest';
import { addAttractiveForces, klDivergence } from '../../src/compute/tsne/gradient';
import { upperTriangle, type SparseMatrix } from '../../src/compute/sparse-matrix';
import { jointAffinities } from '../../src/compute/tsne/affinities';
import { superviseAffinities } from '../../src/compute/tsne/supervision';
import { knn } from '../../src/compute/knn';
import { clusteredData, seededGaussian } from './synthetic';

/** sum_j p_ij w_ij (y_i - y_j) over every stored entry of P, the definition. */
function directAttraction(p: SparseMatrix, y: Float64Array, dim: number, exaggeration: number): Float64Array {
  const grad = new Float64Array(p.n * dim);
  for (let i = 0; i < p.n; i++) {
    for (let s = p.rowStart[i]; s < p.rowStart[i + 1]; s++) {
      const j = p.columns[s];
      let d2 = 0;
      for (let a = 0; a < dim; a++) d2 += (y[i * dim + a] - y[j * dim + a]) ** 2;
      for (let a = 0; a < dim; a++) grad[i * dim + a] += (exaggeration * p.values[s] * (y[i * dim + a] - y[j * dim + a])) / (1 + d2);
    }
  }
  return grad;
}

describe('attractive forces over the upper triangle of P', () => {
  const n = 400, d = 10;
  const data = clusteredData(n, d, 4, 3);
  const plain = jointAffinities(knn(data, n, d, 30, { metric: 'euclidean', seed: 1 }), 10);
  const labels = Int32Array.from({ length: n }, (_, i) => (i % 7 === 6 ? -1 : i % 3));
  const supervised = superviseAffinities(plain, labels, 0.7);

  it.each([
    ['plain', plain, 2], ['plain', plain, 3], ['supervised', supervised, 2],
  ] as const)('equal the sum over all of P (%s P, %i-D)', (_, p, dim) => {
    const gaussian = seededGaussian(dim);
    const y = Float64Array.from({ length: n * dim }, () => 3 * gaussian());
    const grad = new Float64Array(n * dim);
    addAttractiveForces(upperTriangle(p), y, dim, 12, grad);
    const expected = directAttraction(p, y, dim, 12);
    for (let s = 0; s < grad.length; s++) expect(grad[s]).toBeCloseTo(expected[s], 12);
  });

  it('keeps each pair once', () => {
    const upper = upperTriangle(plain);
    expect(2 * upper.values.length).toBe(plain.values.length); // no diagonal in P
    for (let i = 0; i < n; i++) {
      for (let s = upper.rowStart[i]; s < upper.rowStart[i + 1]; s++) expect(upper.columns[s]).toBeGreaterThan(i);
    }
  });

  it.each([['plain', plain], ['supervised', supervised]] as const)('KL over the upper triangle equals KL over all of P (%s P)', (_, p) => {
    const gaussian = seededGaussian(5);
    const y = Float64Array.from({ length: n * 2 }, () => 3 * gaussian());
    const z = 1234.5;
    let direct = 0; // sum over every stored p_ij of p log(p / q), q = w / Z
    for (let i = 0; i < n; i++) {
      for (let s = p.rowStart[i]; s < p.rowStart[i + 1]; s++) {
        const j = p.columns[s];
        const w = 1 / (1 + (y[2 * i] - y[2 * j]) ** 2 + (y[2 * i + 1] - y[2 * j + 1]) ** 2);
        direct += p.values[s] * Math.log(p.values[s] / (w / z));
      }
    }
    expect(klDivergence(upperTriangle(p), y, 2, z)).toBeCloseTo(direct, 10);
  });
});
