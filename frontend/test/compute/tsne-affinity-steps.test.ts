// t-SNE's affinities in steps (a 1M-row start must let Stop in and show progress): the steps
// yield rising fractions in (0, 1], many of them for many rows, and end with the P that
// jointAffinities() computes; the model's start reports them.
import { describe, expect, it } from 'vitest';
import { jointAffinities, jointAffinitySteps } from '../../src/compute/tsne/affinities';
import type { KnnGraph } from '../../src/compute/knn';

/** A random graph of n rows, k neighbours each (sorted distances, no self). */
function randomGraph(n: number, k: number, seed: number): KnnGraph {
  let state = seed;
  const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const indices = new Int32Array(n * k);
  const distances = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    let distance = 0.5 + random();
    for (let s = 0; s < k; s++) {
      let j = Math.floor(random() * (n - 1));
      if (j >= i) j++;
      indices[i * k + s] = j;
      distances[i * k + s] = (distance += random() * 0.1);
    }
  }
  return { n, k, indices, distances };
}

describe('jointAffinitySteps', () => {
  it('yields rising fractions many times for 50,000 rows and ends with jointAffinities()', () => {
    const graph = randomGraph(50_000, 6, 7);
    const steps = jointAffinitySteps(graph, 2);
    const fractions: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) fractions.push(step.value);
    expect(fractions.length).toBeGreaterThanOrEqual(8);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThan(fractions[i - 1]);
    expect(fractions[0]).toBeGreaterThan(0);
    expect(fractions[fractions.length - 1]).toBeLessThanOrEqual(1);
    const whole = jointAffinities(graph, 2);
    expect(Array.from(step.value.rowStart)).toEqual(Array.from(whole.rowStart));
    expect(Array.from(step.value.columns)).toEqual(Array.from(whole.columns));
    expect(Array.from(step.value.values)).toEqual(Array.from(whole.values));
  });
});
