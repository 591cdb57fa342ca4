// k-NN graph speed and recall in node on the frontend's TypeScript (bundled on the fly with the frontend's esbuild).
//   node bench/bench_knn_node.mjs [NxD ...] [--k=90,15] [--metric=euclidean,cosine] [--data=clustered,spread]
//                                 [--clusters=10] [--repeat=1] [--queries=500] [--descent='{"maxCandidates":12}']
//                                 [--trace] [--src=DIR] [--workers=N]
//   default shapes: 10000x128 100000x128
// Two modes:
//   * default: knn() in this thread (the graph a run on isolated rows computes itself).
//   * --workers=N: the shared graph as the page gets it: N compute workers (node worker_threads running
//     ComputeServer, each holding one shard of the rows, as in the browser) build it with
//     ComputeClient.neighborGraph(): preprocessing, exact PCA to min(d, 50) dimensions (d > 50: only above
//     graph-builder.ts REDUCE_ABOVE rows, else the rows as they are), graph rows gathered,
//     the parts of the search exchanging offers. Prints the wall time, the CPU time of all threads, when each
//     phase began, the bytes handed to a layout worker, and recall@k against brute force in the graph's own
//     space (the rows the search compared) and in the original space.
// Data: "clustered" is test/compute/synthetic.ts clusteredData (--clusters tidy Gaussian blobs, default 10, seed 1);
// "spread" is less tidy: 100 overlapping clusters in a 16-D latent space (cluster means N(0, 1.5^2), unit
// spread), mapped linearly into D dimensions plus isotropic noise (0.3) - a continuum more like real embeddings.
// Prints per run: wall and this process's CPU time per phase (forest, each NN-descent round, the rest: rows
// back to input order, distances), the total, and recall@k for `queries` random points against their exact neighbours
// (brute force here, in float64; cached under the OS temp dir). With --repeat > 1 the median total is also
// printed; --trace adds the recall after each phase (computed outside the timings). Quote CPU time: on a shared
// machine wall time also counts other processes' load. 1M rows need --max-old-space-size=8000. Asserts nothing.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startComputeWorkers } from './node_compute_workers.mjs';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..', 'frontend');
const esbuild = createRequire(join(frontend, 'package.json'))('esbuild');
const work = mkdtempSync(join(tmpdir(), 'bench-knn-'));
const entry = join(work, 'entry.ts');
// --src=DIR benchmarks another copy of src/compute (e.g. an older commit's, from git archive).
const source = resolve(process.argv.find((a) => a.startsWith('--src='))?.slice(6) ?? join(frontend, 'src/compute'));
writeFileSync(entry, `
export { knnSteps } from ${JSON.stringify(join(source, 'knn.ts'))};
export { ComputeServer } from ${JSON.stringify(join(source, 'compute-server.ts'))};
export { ComputeClient } from ${JSON.stringify(join(source, existsSync(join(source, 'rpc.ts')) ? 'rpc.ts' : 'compute-client.ts'))};
export { assembleGraph } from ${JSON.stringify(join(source, 'knn-graph.ts'))};
export { pca, project } from ${JSON.stringify(join(source, 'pca.ts'))};
export * as builder from ${JSON.stringify(join(source, 'graph-builder.ts'))};
export { clusteredData, spreadData, seededRandom } from ${JSON.stringify(join(frontend, 'test/compute/synthetic.ts'))};
`);
const outfile = join(work, 'knn-bench.mjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
const bundle = await import(pathToFileURL(outfile).href);
const { knnSteps, clusteredData, spreadData, seededRandom } = bundle;

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const clock = () => ({ wall: performance.now() / 1000, cpu: cpuNow() });
const fmt = (wall, cpu) => `${wall.toFixed(2).padStart(6)} s wall ${cpu.toFixed(2).padStart(6)} s CPU`;

function makeData(kind, n, d, clusters) {
  return kind === 'spread' ? spreadData(n, d, 2) : clusteredData(n, d, clusters, 1);
}

/** Exact k nearest neighbours (true distances, float64) of the query rows, by brute force; cached on disk. */
function exactNeighbours(data, n, d, queries, k, metric, cacheKey) {
  const dir = join(tmpdir(), 'bench-knn-exact');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${cacheKey}-${metric}-q${queries.length}-k${k}.i32`);
  if (existsSync(file)) {
    const bytes = readFileSync(file);
    return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  }
  const norms = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += data[r * d + j] * data[r * d + j];
    norms[r] = Math.sqrt(s);
  }
  const truth = new Int32Array(queries.length * k);
  const keys = new Float64Array(n);
  const order = new Int32Array(n);
  queries.forEach((i, q) => {
    const a = i * d;
    for (let r = 0; r < n; r++) {
      const b = r * d;
      let s = 0;
      if (metric === 'euclidean') {
        for (let j = 0; j < d; j++) s += (data[a + j] - data[b + j]) ** 2;
        keys[r] = s;
      } else {
        for (let j = 0; j < d; j++) s += data[a + j] * data[b + j];
        const denominator = norms[i] * norms[r];
        keys[r] = 1 - (denominator > 0 ? s / denominator : 0);
      }
      order[r] = r;
    }
    keys[i] = Infinity;
    order.sort((x, y) => keys[x] - keys[y] || x - y);
    truth.set(order.subarray(0, k), q * k);
  });
  writeFileSync(file, Buffer.from(truth.buffer));
  return truth;
}

function recallAt(graph, queries, truth, k) {
  let hits = 0;
  queries.forEach((i, q) => {
    const expected = new Set(truth.subarray(q * k, q * k + k));
    for (let s = i * k; s < i * k + k; s++) if (expected.has(graph.indices[s])) hits++;
  });
  return hits / (queries.length * k);
}

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const ks = option('k', '90,15').split(',').map(Number);
const metrics = option('metric', 'euclidean,cosine').split(',');
const kinds = option('data', 'clustered,spread').split(',');
const clusters = Number(option('clusters', '10'));
const repeat = Number(option('repeat', '1'));
const queryCount = Number(option('queries', '500'));
const descent = JSON.parse(option('descent', '{}'));
const workerCount = Number(option('workers', '0'));
const trace = args.includes('--trace');
const shapes = args.filter((a) => !a.startsWith('--'));
const dataName = (kind) => (kind === 'clustered' ? `clustered${clusters}` : kind);

/** The shared graph through `workerCount` compute workers (worker_threads running ComputeServer). */
async function sharedGraphRun(kind, data, n, d, metric, k, queries) {
  const { client, close } = await startComputeWorkers(pathToFileURL(outfile).href, workerCount, work);
  await client.load(data, n, d);
  const marks = [];
  const start = clock();
  const milestones = [[0.04, 'principal axes'], [0.08, 'graph rows'], [0.1, 'search: forest'], [0.3, 'search: rounds']];
  const rounds = [];
  const graph = await client.neighborGraph({ k, metric, spherize: false }, {
    onProgress: (fraction) => {
      while (milestones.length && fraction >= milestones[0][0]) marks.push([milestones.shift()[1], clock()]);
    },
    onRound: (round, updates) => rounds.push([round, updates, clock()]),
  });
  const end = clock();
  const bytes = graph.parts.reduce((sum, p) => sum + p.rows.byteLength + p.indices.byteLength + p.distances.byteLength, 0) +
    graph.hints.reduce((sum, h) => sum + h.coordinates.byteLength, 0);
  const assembled = bundle.assembleGraph(n, k, graph.parts);
  await close();
  // Brute force in the graph's own space: the rows as the workers see them (unit rows for cosine,
  // then their top principal components, or all d where the rows are searched unreduced), and in the original space.
  const projects = bundle.builder.projectsRows?.(n, d) ?? true;
  const dims = projects ? Math.min(d, bundle.builder.GRAPH_DIMENSIONS) : d;
  let rows = data;
  if (metric === 'cosine') {
    rows = new Float32Array(data);
    for (let r = 0; r < n; r++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += rows[r * d + j] ** 2;
      const scale = s > 0 ? 1 / Math.sqrt(s) : 0;
      for (let j = 0; j < d; j++) rows[r * d + j] *= scale;
    }
  }
  const basis = bundle.pca(rows, n, d, dims);
  const graphRows = bundle.project(rows, n, d, basis.mean, basis.components, Array.from({ length: dims }, (_, a) => a));
  const truthGraph = exactNeighbours(graphRows, n, dims, queries, k, 'euclidean', `${dataName(kind)}-${n}x${d}-${metric}-pca${dims}`);
  const truthRaw = exactNeighbours(data, n, d, queries, k, metric, `${dataName(kind)}-${n}x${d}`);
  console.log(`\n== shared graph, ${workerCount} compute worker(s): ${dataName(kind)} ${n} x ${d}, ${metric}, k = ${k}`);
  let last = start;
  for (const [name, at] of marks) {
    console.log(`  ${name.padEnd(22)} began after ${fmt(at.wall - start.wall, at.cpu - start.cpu)}`);
    last = at;
  }
  if (trace) {
    for (const [round, updates, at] of rounds) console.log(`    round ${String(round).padEnd(3)} ${String(updates).padStart(9)} rows improved, ended after ${fmt(at.wall - start.wall, at.cpu - start.cpu)}`);
  }
  console.log(`  ${'total'.padEnd(22)} ${fmt(end.wall - start.wall, end.cpu - start.cpu)} (CPU of all threads)`);
  console.log(`  recall@${k}: ${recallAt(assembled, queries, truthGraph, k).toFixed(4)} against brute force on the graph rows (${dims} dims), ` +
    `${recallAt(assembled, queries, truthRaw, k).toFixed(4)} on the original ${d} dims (${queries.length} queries)`);
  console.log(`  handed to a layout worker: ${(bytes / 1e6).toFixed(1)} MB (graph + ${graph.hints[0]?.dims ?? 0} principal coordinates per row; the rows: ${(n * d * 4 / 1e6).toFixed(1)} MB)`);
}

for (const shape of shapes.length ? shapes : ['10000x128', '100000x128']) {
  const [n, d] = shape.split('x').map(Number);
  for (const kind of kinds) {
    const data = makeData(kind, n, d, clusters);
    const pick = seededRandom(12345);
    const queries = Array.from({ length: Math.min(queryCount, n) }, () => Math.floor(pick() * n));
    for (const metric of metrics) {
      for (const k of ks) {
        if (workerCount > 0) {
          for (let run = 0; run < repeat; run++) await sharedGraphRun(kind, data, n, d, metric, k, queries);
          continue;
        }
        const truth = exactNeighbours(data, n, d, queries, k, metric, `${dataName(kind)}-${n}x${d}`);
        const totals = [];
        for (let run = 0; run < repeat; run++) {
          const phases = [];
          let last = clock();
          const onPhase = (name, current) => {
            const now = clock();
            const phase = [name, now.wall - last.wall, now.cpu - last.cpu];
            // Recall so far (--trace), outside the timed phases.
            if (trace) phase.push(recallAt({ indices: current() }, queries, truth, k));
            phases.push(phase);
            last = clock();
          };
          const start = clock();
          const steps = knnSteps(data, n, d, k, { metric, seed: 1, descent: { ...descent, onPhase } });
          let step = steps.next();
          while (!step.done) step = steps.next();
          const end = clock();
          phases.push(['rest (final rows)', end.wall - last.wall, end.cpu - last.cpu]);
          const graph = step.value;
          const recall = recallAt(graph, queries, truth, k);
          totals.push([end.wall - start.wall, end.cpu - start.cpu]);
          console.log(`\n== ${kind} ${n} x ${d}, ${metric}, k = ${k}${repeat > 1 ? `, run ${run + 1}` : ''}`);
          for (const [name, wall, cpu, soFar] of phases) {
            console.log(`  ${name.padEnd(22)} ${fmt(wall, cpu)}${soFar === undefined ? '' : `   recall so far ${soFar.toFixed(4)}`}`);
          }
          console.log(`  ${'total'.padEnd(22)} ${fmt(end.wall - start.wall, end.cpu - start.cpu)}   recall@${k} ${recall.toFixed(4)} (${queries.length} queries)`);
        }
        if (repeat > 1) {
          const median = (values) => values.slice().sort((a, b) => a - b)[values.length >> 1];
          console.log(`  median of ${repeat}: ${fmt(median(totals.map((t) => t[0])), median(totals.map((t) => t[1])))}`);
        }
      }
    }
  }
}
