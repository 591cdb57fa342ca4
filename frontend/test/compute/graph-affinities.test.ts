// t-SNE's conditional affinities calibrated in the compute workers as they hand the graph out
// (GraphRequest.perplexity): each row's p(j|i) as the t-SNE worker would calibrate it, and the
// same P and layout from them as from the distances.
import { afterEach, describe, expect, it } from 'vitest';
import { ComputeServer } from '../../src/compute/compute-server';
import { ComputeClient } from '../../src/compute/compute-client';
import { assembleGraph, graphInput } from '../../src/compute/knn-graph';
import { conditionalAffinities, neighborCount } from '../../src/compute/tsne/affinities';
import { TSNE } from '../../src/compute/tsne/tsne';
import { clusteredData } from './synthetic';

const openPorts: MessagePort[] = [];
afterEach(() => openPorts.splice(0).forEach((port) => port.close()));

function connected(workers: number): ComputeClient {
  return new ComputeClient(Array.from({ length: workers }, () => {
    const { port1, port2 } = new MessageChannel();
    openPorts.push(port1, port2);
    new ComputeServer(port2, { sliceMilliseconds: 20 });
    return port1;
  }));
}

describe('a graph handed out with conditional affinities', { timeout: 60_000 }, () => {
  const n = 3000, d = 12, perplexity = 10;
  const k = neighborCount(n, perplexity);
  const data = clusteredData(n, d, 5, 3);

  it('holds each row\'s p(j|i) calibrated from its distances, in every worker\'s part', async () => {
    const client = connected(2);
    await client.load(data, n, d);
    const plain = await client.neighborGraph({ k, metric: 'euclidean', spherize: false });
    const calibrated = await client.neighborGraph({ k, metric: 'euclidean', spherize: false, perplexity });
    expect(plain.conditional).toBeUndefined();
    expect(calibrated.conditional).toBe(perplexity);
    const distances = assembleGraph(n, k, plain.parts);
    const affinities = assembleGraph(n, k, calibrated.parts);
    expect(affinities.indices).toEqual(distances.indices);
    const expected = conditionalAffinities(distances, perplexity);
    for (let s = 0; s < n * k; s++) expect(affinities.distances[s]).toBeCloseTo(expected[s], 6);
    for (let i = 0; i < n; i += 97) {
      let sum = 0;
      for (let s = i * k; s < i * k + k; s++) sum += affinities.distances[s];
      expect(sum).toBeCloseTo(1, 5);
    }
  });

  it('gives t-SNE the layout it computes from the distances itself', async () => {
    const client = connected(2);
    await client.load(data, n, d);
    const run = async (withPerplexity: boolean) => {
      const graph = await client.neighborGraph({ k, metric: 'euclidean', spherize: false, ...(withPerplexity ? { perplexity } : {}) });
      const input = graphInput(graph);
      const tsne = new TSNE({ dim: 2, perplexity, seed: 3, maxIterations: 100 });
      for (const _ of tsne.initFromGraphSteps(input.graph, input.principal, input.principalDims, { consumeGraph: true, conditional: input.conditional }));
      tsne.step(60);
      return tsne.coordinates();
    };
    expect(await run(true)).toEqual(await run(false));
    const other = await client.neighborGraph({ k, metric: 'euclidean', spherize: false, perplexity: 5 });
    const input = graphInput(other);
    const tsne = new TSNE({ dim: 2, perplexity, seed: 3, maxIterations: 100 });
    expect(() => [...tsne.initFromGraphSteps(input.graph, input.principal, input.principalDims, { conditional: input.conditional })])
      .toThrow(/affinities of perplexity 5/);
  });
});
