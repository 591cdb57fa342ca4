// UMAP speed and layout quality in node on the frontend's TypeScript (bundled on the fly with the frontend's esbuild).
//   node bench/bench_umap_node.mjs [NxD[x3] ...] [--workers=2] [--helpers=N] [--own-knn] [--data=clustered|spread|file:PATH]
//                                  [--clusters=10] [--quality] [--first-epoch]
//   default shapes: 10000x64 100000x128 (x3: a 3-D layout)
// --workers=N (default 2): the page's path: the k-NN graph of all rows comes from N compute workers (node
//   worker_threads running ComputeServer, each holding a shard: ComputeClient.neighborGraph), the UMAP model
//   from that graph and the rows' first principal coordinates (UMAP.initFromGraphSteps).
// --own-knn: the model computes its own k-NN on the rows in this thread (UMAP.init), as runs on isolated rows do.
// Data: --clusters Gaussian clusters (default 10; centres spread 3, unit noise), 'spread' (a low-dimensional
// continuum, test/compute/synthetic.ts), or file:PATH (N x D raw float32 rows), seeded. Prints per-phase
// times: k-NN, fuzzy graph, spectral init, first epoch, SGD, and the total; with --quality (or n <= 10,000)
// also trustworthiness and 10-NN preservation (k = 10) on the first 3,000 rows. Wall time and CPU time of all
// threads are both printed: on a shared machine the wall time also counts other processes' load.
// --first-epoch: stop after the first epoch (1M rows; then also --max-old-space-size=16000).
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { helperCountFor, startComputeWorkers, startLayoutHelpers } from './node_compute_workers.mjs';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..', 'frontend');
const esbuild = createRequire(join(frontend, 'package.json'))('esbuild');
const work = mkdtempSync(join(tmpdir(), 'bench-umap-'));
const entry = join(work, 'entry.ts');
// --src=DIR benchmarks another copy of frontend/src (e.g. with a changed graph rule, or an older commit's).
const src = resolve(process.argv.find((a) => a.startsWith('--src='))?.slice(6) ?? join(frontend, 'src'));
writeFileSync(entry, `
export * from ${JSON.stringify(join(src, 'compute/umap/index.ts'))};
export { ComputeServer } from ${JSON.stringify(join(src, 'compute/compute-server.ts'))};
export { ComputeClient } from ${JSON.stringify(join(src, 'compute/compute-client.ts'))};
export { graphInput } from ${JSON.stringify(join(src, 'compute/knn-graph.ts'))};
export { EpochPool } from ${JSON.stringify(join(src, 'compute/umap/epoch-pool.ts'))};
export { layoutHelper, serveLayoutHelper } from ${JSON.stringify(join(src, 'compute/layout-helper.ts'))};
export { clusteredData, spreadData } from ${JSON.stringify(join(frontend, 'test/compute/synthetic.ts'))};
`);
const outfile = join(work, 'umap-bench.mjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
const { UMAP, EpochPool, clusteredData, spreadData, graphInput, trustworthiness, knnPreservation } = await import(pathToFileURL(outfile).href);

function cpuNow() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const ownKnn = args.includes('--own-knn');
const workerCount = ownKnn ? 0 : Number(option('workers', '2'));
const clusters = Number(option('clusters', '10'));
const kind = option('data', 'clustered');
const quality = args.includes('--quality');
const firstEpochOnly = args.includes('--first-epoch');
// --helpers=N: the epochs shared with N helper threads, as the UMAP worker does from 50,000 points
// (one helper on 2 cores); default: the page's rule for this machine's cores.
const helperOption = option('helpers', null);
const fileData = (path, n, d) => {
  const bytes = readFileSync(path);
  if (bytes.byteLength !== n * d * 4) throw new Error(`${path}: ${bytes.byteLength} bytes, not ${n} x ${d} float32`);
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};
const shapes = args.filter((a) => !a.startsWith('--'));
for (const shape of shapes.length ? shapes : ['10000x64', '100000x128']) {
  const [n, d, dim = 2] = shape.split('x').map(Number);
  const data = kind.startsWith('file:') ? fileData(kind.slice(5), n, d) : kind === 'spread' ? spreadData(n, d, 2) : clusteredData(n, d, clusters, 1);
  const umap = new UMAP({ dim, seed: 1 });
  const workers = workerCount ? await startComputeWorkers(pathToFileURL(outfile).href, workerCount, work) : null;
  if (workers) await workers.client.load(data.slice(), n, d);
  // When each phase began (wall and CPU), to split the time between them.
  const began = {};
  const mark = (name) => (began[name] ??= { wall: performance.now(), cpu: cpuNow() });
  mark('neighbors');
  if (workers) {
    const graph = await workers.client.neighborGraph({ k: umap.nNeighbors - 1, metric: umap.metric, spherize: false });
    const input = graphInput(graph);
    for (const { phase } of umap.initFromGraphSteps(input.graph, input.principal, input.principalDims)) mark(phase);
  } else {
    umap.init(data, n, d, ({ phase }) => mark(phase));
  }
  const helperCount = helperCountFor(n, cpus().length, helperOption, 50_000);
  const helpers = helperCount > 0 ? await startLayoutHelpers(pathToFileURL(outfile).href, helperCount, work) : null;
  const pool = helpers && new EpochPool(helpers.helpers);
  // One epoch as the UMAP worker runs it: with the helpers, shared.
  const epoch = () => (pool ? umap.stepShared(pool) : umap.step(1));
  mark('sgd');
  await epoch();
  mark('first epoch done');
  if (!firstEpochOnly) for (let state = umap.step(0); !state.done; ) state = await epoch();
  mark('end');
  const span = (from, to) => `${((began[to].wall - began[from].wall) / 1000).toFixed(2)} s (CPU ${(began[to].cpu - began[from].cpu).toFixed(2)})`;
  const total = span('neighbors', 'end');
  const parts = `knn ${span('neighbors', 'graph')}, fuzzy graph ${span('graph', 'layout')}, ` +
    `spectral init ${span('layout', 'sgd')}, first epoch after ${span('neighbors', 'first epoch done')}, sgd ${span('sgd', 'end')}`;
  let scores = '';
  if (quality || n <= 10000) {
    const m = Math.min(n, 3000);
    const coords = umap.coordinates();
    const rows = data.subarray(0, m * d), layout = coords.subarray(0, m * dim);
    scores = `; first ${m} rows: trustworthiness(k=10) ${trustworthiness(rows, layout, m, d, dim, 10).toFixed(4)}, ` +
      `10-NN preservation ${knnPreservation(rows, layout, m, d, dim, 10).toFixed(4)}`;
  }
  const source = (workers ? `shared graph from ${workerCount} workers` : 'own k-NN') + `, epochs ${pool ? `shared with ${helperCount} helper thread(s)` : 'in this thread'}`;
  console.log(`umap ${n}x${d} (${kind === 'clustered' ? `${clusters} clusters` : kind}) -> ${dim}-D, ${source}: total ${total}: ${parts}; ` +
    `${umap.nEpochs} epochs, ${umap.graph.edgeCount} graph edges${scores}`);
  await helpers?.close();
  await workers?.close();
}
