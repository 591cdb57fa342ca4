// Page for bench-browser.py: times ComputeClient in real Chromium workers (under a CSP like
// TensorBoard's iframe), with 1 and 2 workers alternately on the same data.
import { createComputeClient } from '../../src/compute/compute-client';
import { clusteredData } from './synthetic';

async function main(): Promise<Record<string, unknown>> {
  const query = new URLSearchParams(location.search);
  const n = Number(query.get('n') ?? 100000);
  const d = Number(query.get('d') ?? 128);
  const repeats = Number(query.get('repeats') ?? 3);
  const data = clusteredData(n, d, 10, 1);
  const clients = [1, 2].map((workers) => ({ workers, client: createComputeClient(undefined, workers) }));
  const times: Record<string, number[]> = {};
  const record = (name: string, ms: number) => (times[name] ??= []).push(Math.round(ms));
  for (const { workers, client } of clients) {
    const start = performance.now();
    await client.load(data, n, d);
    record(`load w${workers}`, performance.now() - start);
  }
  let fractions: number[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const { workers, client } of clients) {
      for (const spherize of [false, true]) {
        // alternate k so the client cache never answers
        const k = 10 - ((repeat + (spherize ? 1 : 0)) % 2);
        let start = performance.now();
        const summary = await client.pca(k, { spherize });
        record(`pca${spherize ? ' spherize' : ''} w${workers}`, performance.now() - start);
        start = performance.now();
        await client.project([0, 1, 2]);
        record(`project w${workers}`, performance.now() - start);
        fractions = Array.from(summary.varianceFraction.subarray(0, 3), (x) => +x.toFixed(4));
      }
    }
  }
  clients.forEach(({ client }) => client.dispose());
  return { n, d, times, fractions };
}

main().then(
  (result) => (document.body.textContent = JSON.stringify(result)),
  (error) => (document.body.textContent = JSON.stringify({ error: String(error) })),
).finally(() => (document.title = 'done'));
