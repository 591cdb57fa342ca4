// The compute workers as the page runs them, in node: `count` worker_threads each running a
// ComputeServer on one end of a MessageChannel, and a ComputeClient on the other ends. For the node
// benchmarks (bench_knn_node.mjs, bench_tsne_node.mjs, bench_umap_node.mjs).
//   const { client, close } = startComputeWorkers(bundleUrl, 2);   // the bundle exports ComputeServer, ComputeClient
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export async function startComputeWorkers(bundleUrl, count, workDir) {
  const { ComputeClient } = await import(bundleUrl);
  const script = join(workDir ?? fileURLToPath(new URL('.', bundleUrl)), 'compute-worker.mjs');
  writeFileSync(script, `import { workerData } from 'node:worker_threads';
const { ComputeServer } = await import(${JSON.stringify(bundleUrl)});
new ComputeServer(workerData.port);
`);
  const ports = [];
  const workers = Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1);
    return new Worker(script, { workerData: { port: port2 }, transferList: [port2] });
  });
  const client = new ComputeClient(ports);
  return {
    client,
    async close() {
      for (const worker of workers) await worker.terminate();
      for (const port of ports) port.close();
    },
  };
}

/**
 * The layout helpers as the t-SNE and UMAP workers start them, in node: `count` worker_threads each
 * serving a layout helper (the bundle exports serveLayoutHelper and layoutHelper); answers the
 * helpers' clients, for an AttractionPool or an EpochPool.
 */
export async function startLayoutHelpers(bundleUrl, count, workDir) {
  const { layoutHelper } = await import(bundleUrl);
  const script = join(workDir ?? fileURLToPath(new URL('.', bundleUrl)), 'layout-helper.mjs');
  writeFileSync(script, `import { workerData } from 'node:worker_threads';
const { serveLayoutHelper } = await import(${JSON.stringify(bundleUrl)});
serveLayoutHelper(workerData.port);
`);
  const workers = [];
  const helpers = Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(script, { workerData: { port: port2 }, transferList: [port2] });
    workers.push({ worker, port: port1 });
    return layoutHelper(port1, () => {});
  });
  return {
    helpers,
    async close() {
      for (const { worker, port } of workers) {
        await worker.terminate();
        port.close();
      }
    },
  };
}

/** Helpers for a layout of n points by the page's rule on this machine's cores (layout-helper.ts: from `from` points), or --helpers=N. */
export function helperCountFor(n, cores, option, from) {
  if (option !== null && option !== undefined) return Number(option);
  return n >= from ? Math.max(1, Math.min(cores - 2, 3)) : 0;
}
