// k-NN graph speed and recall in node on the frontend's TypeScript (bundled on the fly with the frontend's esbuild).
//   node bench/bench_knn_node.mjs [NxD ...] [--k=90,15] [--metric=euclidean,cosine] [--data=clustered,spread]
//                                 [--repeat=1] [--queries=500] [--descent='{"maxCandidates":12}'] [--trace] [--src=DIR]
//   default shapes: 10000x128 100000x128
// Data: "clustered" is test/compute/synthetic.ts clusteredData (10 tidy Gaussian blobs, seed 1); "spread" is
// less tidy: 100 overlapping clusters in a 16-D latent space (cluster means N(0, 1.5^2), unit spread), mapped
// linearly into D dimensions plus isotropic noise (0.3) - a continuum more like real embeddings.
// Prints per run: wall and this process's CPU time per phase (forest, each NN-descent round, the rest: rows
// back to input order, distances), the total, and recall@k for `queries` random points against their exact neighbours
// (brute force here, in float64; cached under the OS temp dir). With --repeat > 1 the median total is also
// printed; --trace adds the recall after each phase (computed outside the timings). Quote CPU time: on a shared machine wall time also counts other processes' load. Asserts nothing.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..', 'frontend');
const esbuild = createRequire(join(frontend, 'package.json'))('esbuild');
const work = mkdtempSync(join(tmpdir(), 'bench-knn-'));
const entry = join(work, 'entry.ts');
// --src=DIR benchmarks another copy of src/compute (e.g. an older commit's, from git archive).
const source = resolve(process.argv.find((a) => a.startsWith('--src='))?.slice(6) ?? join(frontend, 'src/compute'));
writeFileSync(entry, `
export { knnSteps } from ${JSON.stringify(join(source, 'knn.ts'))};
export { clusteredData, seededGaussian, seededRandom } from ${JSON.stringify(join(frontend, 'test/compute/synthetic.ts'))};
`);
const outfile = join(work, 'knn-bench.mjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
const { knnSteps, clusteredData, seededGaussian, seededRandom } = await import(pathToFileURL(outfile).href);

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const clock = () => ({ wall: performance.now() / 1000, cpu: cpuNow() });
const fmt = (wall, cpu) => `${wall.toFixed(2).padStart(6)} s wall ${cpu.toFixed(2).padStart(6)} s CPU`;

/** 100 overlapping clusters in a 16-D latent space, mapped linearly into d dimensions, plus noise. */
function spreadData(n, d, seed) {
  const latent = 16;
  const gaussian = seededGaussian(seed);
  const map = Float64Array.from({ length: latent * d }, () => gaussian() / Math.sqrt(latent));
  const means = Array.from({ length: 100 }, () => Array.from({ length: latent }, () => 1.5 * gaussian()));
  const data = new Float32Array(n * d);
  const z = new Float64Array(latent);
  for (let r = 0; r < n; r++) {
    const mean = means[Math.floor(seededRandomAt(r) * 100)];
    for (let l = 0; l < latent; l++) z[l] = mean[l] + gaussian();
    for (let j = 0; j < d; j++) {
      let x = 0.3 * gaussian();
      for (let l = 0; l < latent; l++) x += z[l] * map[l * d + j];
      data[r * d + j] = x;
    }
  }
  return data;
}
const clusterPick = seededRandom(77);
const picks = [];
function seededRandomAt(r) {
  while (picks.length <= r) picks.push(clusterPick());
  return picks[r];
}

function makeData(kind, n, d) {
  return kind === 'spread' ? spreadData(n, d, 2) : clusteredData(n, d, 10, 1);
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
const repeat = Number(option('repeat', '1'));
const queryCount = Number(option('queries', '500'));
const descent = JSON.parse(option('descent', '{}'));
const trace = args.includes('--trace');
const shapes = args.filter((a) => !a.startsWith('--'));

for (const shape of shapes.length ? shapes : ['10000x128', '100000x128']) {
  const [n, d] = shape.split('x').map(Number);
  for (const kind of kinds) {
    const data = makeData(kind, n, d);
    const pick = seededRandom(12345);
    const queries = Array.from({ length: Math.min(queryCount, n) }, () => Math.floor(pick() * n));
    for (const metric of metrics) {
      for (const k of ks) {
        const truth = exactNeighbours(data, n, d, queries, k, metric, `${kind}-${n}x${d}`);
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
