import { describe, expect, it } from 'vitest';
import { knn } from '../../src/compute/knn';
import { conditionalAffinities, jointAffinities, neighborCount, upperJointAffinitySteps } from '../../src/compute/tsne/affinities';
import { breadthFirstOrder, inverseOrder, permuteGraph, permuteGraphInPlace } from '../../src/compute/tsne/ordering';
import { sumOfValues, upperTriangle } from '../../src/compute/sparse-matrix';
import { clusteredData } from './synthetic';

const n = 400, d = 10, perplexity = 20;
const data = clusteredData(n, d, 4, 31);
const graph = knn(data, n, d, neighborCount(n, perplexity), { metric: 'euclidean' });

describe('t-SNE affinities', () => {
  it('uses k = min(n - 1, 3 x perplexity) neighbours', () => {
    expect(neighborCount(1000, 30)).toBe(90);
    expect(neighborCount(50, 30)).toBe(49);
    expect(graph.k).toBe(60);
  });

  it('calibrates every row to sum 1 with the requested perplexity', () => {
    const p = conditionalAffinities(graph, perplexity);
    for (let i = 0; i < n; i++) {
      let sum = 0, entropy = 0;
      for (let s = i * graph.k; s < (i + 1) * graph.k; s++) {
        sum += p[s];
        if (p[s] > 0) entropy -= p[s] * Math.log(p[s]);
      }
      expect(sum).toBeCloseTo(1, 10);
      expect(Math.exp(entropy)).toBeCloseTo(perplexity, 4);
    }
  });

  it('symmetrises into (P + P^T) / 2n summing to 1', () => {
    const conditional = conditionalAffinities(graph, perplexity);
    const joint = jointAffinities(graph, perplexity);
    expect(sumOfValues(joint)).toBeCloseTo(1, 10);
    const value = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const columns = new Set<number>();
      for (let s = joint.rowStart[i]; s < joint.rowStart[i + 1]; s++) {
        expect(columns.has(joint.columns[s])).toBe(false); // merged, no duplicates
        columns.add(joint.columns[s]);
        value.set(`${i},${joint.columns[s]}`, joint.values[s]);
      }
    }
    for (const [key, v] of value) {
      const [i, j] = key.split(',').map(Number);
      expect(value.get(`${j},${i}`)).toBeCloseTo(v, 15);
      // Relative 1e-6: t-SNE's start stores p(j|i) in float32 (rounding 6e-8) before the merge.
      const expected = (conditionalOf(conditional, i, j) + conditionalOf(conditional, j, i)) / (2 * n);
      expect(Math.abs(v - expected)).toBeLessThan(1e-6 * expected);
    }
  }, 30_000);

  it('builds the upper triangle of the joint affinities directly, over a copy of the graph', () => {
    const expected = upperTriangle(jointAffinities(graph, perplexity));
    const copy = { ...graph, indices: graph.indices.slice(), distances: graph.distances.slice() };
    const steps = upperJointAffinitySteps(copy, perplexity);
    let step = steps.next();
    while (!step.done) step = steps.next();
    const upper = step.value;
    expect(upper.rowStart).toEqual(expected.rowStart);
    expect(upper.columns).toEqual(expected.columns);
    // float32 values: rounding 6e-8 relative each (the sum and its halves).
    expect(upper.values).toBeInstanceOf(Float32Array);
    for (let s = 0; s < expected.values.length; s++) expect(Math.abs(upper.values[s] - expected.values[s])).toBeLessThan(2e-7 * expected.values[s]);
    expect(sumOfValues(upper)).toBeCloseTo(0.5, 6);
    // The distances were overwritten with p(j|i) (float32).
    expect(copy.distances[0]).not.toBe(graph.distances[0]);
  });

  it('renumbers a graph in place as permuteGraph does in a copy', () => {
    const order = breadthFirstOrder(graph);
    const rank = inverseOrder(order);
    const expected = permuteGraph(graph, order, rank);
    const copy = { ...graph, indices: graph.indices.slice(), distances: graph.distances.slice() };
    const permuted = permuteGraphInPlace(copy, order, rank);
    expect(permuted.indices).toEqual(expected.indices);
    expect(permuted.distances).toEqual(expected.distances);
  });
});

/** p(j|i) if j is among i's neighbours, else 0. */
function conditionalOf(conditional: Float64Array, i: number, j: number): number {
  for (let s = i * graph.k; s < (i + 1) * graph.k; s++) if (graph.indices[s] === j) return conditional[s];
  return 0;
}
