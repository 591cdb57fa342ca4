// t-SNE speed in node on the frontend's TypeScript (bundled on the fly with the frontend's esbuild).
//   node bench/bench_tsne_node.mjs [NxD[x3] ...] [--iterations=1000] [--gradient=auto|fft|barnes-hut] [--no-convergence]
//                                  [--workers=2] [--helpers=N] [--data=clustered|spread|file:PATH] [--clusters=10] [--own-knn] [--quality]
//   default: 10000x128 100000x128, 1000 iterations, gradient auto (what TSNE picks; printed).
// --workers=N (default 2): the page's path: the k-NN graph of all rows (k = 90) comes from N compute workers
//   (node worker_threads running ComputeServer, each holding a shard: ComputeClient.neighborGraph), the
//   t-SNE model from that graph and the rows' first principal coordinates (TSNE.initFromGraphSteps).
// --own-knn: the model computes its own k-NN on the rows in this thread (TSNE.init), as runs on
//   isolated rows do (and every run did before the shared graph).
// --quality: also 10-NN preservation (and trustworthiness) of the final layout against the rows, on the
//   first 3,000 rows (compute/umap/layout-quality.ts).
// --no-convergence: run every iteration (the convergence check off), so 'to 1,000 iterations' is measured.
// Data: --clusters Gaussian clusters (default 10; centres spread 3, unit noise), or 'spread' (a low-dimensional
// continuum, test/compute/synthetic.ts), seeded; or file:PATH, N x D raw float32 rows (the shape from NxD); perplexity 30 (k = 90),
// theta 0.5, PCA init, 250 exaggerated iterations. Prints per phase: k-NN graph, affinities + init, first
// iteration, iterations/s with and without exaggeration, wall time to the iteration count; then the
// neighbour panel's exact query (k = 1000) through the workers. Wall time and CPU time (of all threads) are
// both printed: on a shared machine wall time also counts other processes' load. 1M rows need
// --max-old-space-size=16000. Asserts nothing.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { helperCountFor, startComputeWorkers, startLayoutHelpers } from './node_compute_workers.mjs';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..', 'frontend');
const esbuild = createRequire(join(frontend, 'package.json'))('esbuild');
const work = mkdtempSync(join(tmpdir(), 'bench-tsne-'));
const entry = join(work, 'entry.ts');
// --src=DIR benchmarks another copy of frontend/src (e.g. with a changed graph rule, or an older commit's).
const src = resolve(process.argv.find((a) => a.startsWith('--src='))?.slice(6) ?? join(frontend, 'src'));
writeFileSync(entry, `
export { TSNE, TSNE_GRADIENTS } from ${JSON.stringify(join(src, 'compute/tsne/tsne.ts'))};
export { ComputeServer } from ${JSON.stringify(join(src, 'compute/compute-server.ts'))};
export { ComputeClient } from ${JSON.stringify(join(src, 'compute/compute-client.ts'))};
export { graphInput } from ${JSON.stringify(join(src, 'compute/knn-graph.ts'))};
export { AttractionPool } from ${JSON.stringify(join(src, 'compute/tsne/attraction-pool.ts'))};
export { layoutHelper, serveLayoutHelper } from ${JSON.stringify(join(src, 'compute/layout-helper.ts'))};
export { knnPreservation, trustworthiness } from ${JSON.stringify(join(src, 'compute/umap/layout-quality.ts'))};
export { clusteredData, spreadData } from ${JSON.stringify(join(frontend, 'test/compute/synthetic.ts'))};
`);
const outfile = join(work, 'tsne-bench.mjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
const { TSNE, TSNE_GRADIENTS, AttractionPool, graphInput, knnPreservation, trustworthiness, clusteredData, spreadData } = await import(pathToFileURL(outfile).href);

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const clock = () => ({ wall: performance.now() / 1000, cpu: cpuNow() });
const since = (start) => {
  const now = clock();
  return { wall: now.wall - start.wall, cpu: now.cpu - start.cpu };
};
const fmt = ({ wall, cpu }) => `${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU`;

const args = process.argv.slice(2);
const iterations = Number(args.find((a) => a.startsWith('--iterations='))?.split('=')[1] ?? 1000);
const gradient = args.find((a) => a.startsWith('--gradient='))?.split('=')[1] ?? 'auto';
if (!TSNE_GRADIENTS.includes(gradient)) {
  console.error(`--gradient=${gradient}: expected one of ${TSNE_GRADIENTS.join(', ')}`);
  process.exit(2);
}
const noConvergence = args.includes('--no-convergence');
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const ownKnn = args.includes('--own-knn');
const workerCount = ownKnn ? 0 : Number(option('workers', '2'));
const clusters = Number(option('clusters', '10'));
// --helpers=N: t-SNE's attraction shared with N helper threads, as the t-SNE worker does from
// 10,000 points (one helper on 2 cores); default: the page's rule for this machine's cores.
const helperOption = option('helpers', null);
const kind = option('data', 'clustered');
/** Raw little-endian float32 rows (e.g. sklearn's digits written by numpy's tofile). */
const fileData = (path, n, d) => {
  const bytes = readFileSync(path);
  if (bytes.byteLength !== n * d * 4) throw new Error(`${path}: ${bytes.byteLength} bytes, not ${n} x ${d} float32`);
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};
const quality = args.includes('--quality');
const shapes = args.filter((a) => !a.startsWith('--'));
for (const shape of shapes.length ? shapes : ['10000x128', '100000x128']) {
  const [n, d, dim = 2] = shape.split('x').map(Number);
  const data = kind.startsWith('file:') ? fileData(kind.slice(5), n, d) : kind === 'spread' ? spreadData(n, d, 2) : clusteredData(n, d, clusters, 1);
  const tsne = new TSNE({ dim, perplexity: 30, seed: 1, maxIterations: iterations, gradient, ...(noConvergence ? { convergenceTolerance: -Infinity } : {}) });
  console.log(`\n== t-SNE ${n} x ${d} (${kind === 'clustered' ? `${clusters} clusters` : kind}) -> ${dim}-D, ${iterations} iterations, gradient ${gradient}` +
    `${noConvergence ? ', convergence check off' : ''}; k-NN ${workerCount ? `shared graph from ${workerCount} compute workers` : 'its own, in this thread'}`);
  const workers = workerCount ? await startComputeWorkers(pathToFileURL(outfile).href, workerCount, work) : null;
  if (workers) await workers.client.load(data.slice(), n, d);
  const helperCount = helperCountFor(n, cpus().length, helperOption, 10_000);
  const attraction = helperCount > 0 ? await startLayoutHelpers(pathToFileURL(outfile).href, helperCount, work) : null;
  const pool = attraction && new AttractionPool(attraction.helpers);
  // step(count) as the t-SNE worker iterates: with the helpers, one shared step at a time.
  const step = async (count) => {
    if (!pool) return tsne.step(count);
    for (let t = 0; t < count && !tsne.done; t++) await tsne.stepShared(pool);
  };
  console.log(`iterations: attraction ${attraction ? `shared with ${helperCount} helper thread(s)` : 'in this thread'}`);
  const start = clock();
  const marks = {};
  if (workers) {
    const graph = await workers.client.neighborGraph({ k: Math.min(n - 1, 90), metric: 'euclidean', spherize: false });
    marks.knn = since(start);
    const input = graphInput(graph);
    const steps = tsne.initFromGraphSteps(input.graph, input.principal, input.principalDims);
    // P is done at 0.9 of the model's start (TSNE.fromGraphSteps), the initial layout after.
    for (let step = steps.next(); !step.done; step = steps.next()) if (step.value >= 0.9 && !marks.affinities) marks.affinities = since(start);
  } else {
    tsne.init(data, n, d, (fraction) => {
      if (fraction >= 0.9 && !marks.knn) marks.knn = since(start);
      if (fraction >= 0.99 && !marks.affinities) marks.affinities = since(start); // P done: 0.9 + 0.1 x 0.9
    });
  }
  const init = since(start);
  await step(1);
  const first = since(start);
  console.log(`k-NN graph (k = 90):      ${fmt(marks.knn)}`);
  console.log(`affinities:               ${fmt({ wall: marks.affinities.wall - marks.knn.wall, cpu: marks.affinities.cpu - marks.knn.cpu })}`);
  console.log(`initial layout:           ${fmt({ wall: init.wall - marks.affinities.wall, cpu: init.cpu - marks.affinities.cpu })}`);
  console.log(`-> first iteration after  ${fmt(first)}`);
  const phases = [['exaggerated (0-250)', Math.min(250, iterations) - 1], ['normal (250-)', iterations - Math.min(250, iterations)]];
  for (const [label, count] of phases) {
    if (count <= 0) continue;
    const t = clock();
    const fftBefore = tsne.fftIterations;
    let done = 0;
    // Per 50-iteration block CPU ms/iteration: the median is robust to other processes' bursts.
    const blocks = [];
    while (done < count) {
      const before = tsne.iteration;
      const block = clock();
      await step(Math.min(50, count - done));
      done += tsne.iteration - before;
      blocks.push((since(block).cpu * 1000) / Math.max(1, tsne.iteration - before));
      if (tsne.done) break;
    }
    const took = since(t);
    blocks.sort((a, b) => a - b);
    const median = blocks[blocks.length >> 1];
    const fft = tsne.fftIterations - fftBefore;
    console.log(`iterations ${label.padEnd(20)} ${(done / took.wall).toFixed(1)} it/s wall, ${(done / took.cpu).toFixed(1)} it/s CPU ` +
      `[repulsion: FFT in ${fft}, Barnes-Hut in ${done - fft}] ` +
      `(${took.wall.toFixed(1)} s wall, ${took.cpu.toFixed(1)} s CPU; median ${median.toFixed(1)} ms CPU per iteration over 50-iteration blocks)`);
    if (tsne.done) break;
  }
  const total = since(start);
  console.log(`to iteration ${tsne.iteration}${tsne.converged ? ' (converged)' : ''}: ${fmt(total)}; KL ${tsne.lastKl?.toFixed(4)}`);

  if (quality) {
    const m = Math.min(n, 3000);
    const layout = tsne.coordinates();
    console.log(`layout quality, first ${m} rows: 10-NN preservation ${knnPreservation(data.subarray(0, m * d), layout.subarray(0, m * dim), m, d, dim, 10).toFixed(4)}, ` +
      `trustworthiness(k=10) ${trustworthiness(data.subarray(0, m * d), layout.subarray(0, m * dim), m, d, dim, 10).toFixed(4)}`);
  }
  await attraction?.close();
  if (workers) {
    const times = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      await workers.client.nearestRows((r * 7919) % n, 1000, r % 2 ? 'cosine' : 'euclidean', false);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`neighbour panel query (k = 1000, ${workerCount} workers): median ${times[2].toFixed(1)} ms, min ${times[0].toFixed(1)} ms`);
    await workers.close();
  }
}
