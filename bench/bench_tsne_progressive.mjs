// t-SNE's progressive path (state/layouts.ts) against the PCA start, in node on the frontend's TypeScript:
// the same k-NN graph of all rows (2 compute workers, as in the page), then (a) the PCA initialisation,
// (b) a sample of 5,000 rows laid out first (its own graph, 500 iterations), every row placed from it
// (compute/tsne/sample-placement.ts) and that used as the initial layout. Both run to 1,000 iterations
// (the page's default convergence check on). Prints the sample's time, the placement's, the final KL and
// the 10-NN preservation / trustworthiness on the first 3,000 rows.
//   node bench/bench_tsne_progressive.mjs [NxD] [--clusters=50] [--sample=5000] [--method=umap]
// --method=umap: UMAP's progressive path instead, against its spectral start (graph k = 14, the sample's
// own UMAP of 500 epochs, the full runs 200 epochs; prints each start's time: the spectral layout's
// eigensolver is what the placement saves). Asserts nothing.
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startComputeWorkers } from './node_compute_workers.mjs';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..', 'frontend');
const esbuild = createRequire(join(frontend, 'package.json'))('esbuild');
const work = mkdtempSync(join(tmpdir(), 'bench-progressive-'));
const entry = join(work, 'entry.ts');
const src = (path) => JSON.stringify(join(frontend, path));
writeFileSync(entry, `
export { TSNE } from ${src('src/compute/tsne/tsne.ts')};
export { UMAP } from ${src('src/compute/umap/umap.ts')};
export { ComputeServer } from ${src('src/compute/compute-server.ts')};
export { ComputeClient } from ${src('src/compute/compute-client.ts')};
export { graphInput } from ${src('src/compute/knn-graph.ts')};
export { placeFromSample, sampleRows, spreadCoincident } from ${src('src/compute/tsne/sample-placement.ts')};
export { gaussianFrom, seededRandom } from ${src('src/compute/random.ts')};
export { knnPreservation, trustworthiness } from ${src('src/compute/umap/layout-quality.ts')};
export { clusteredData } from ${src('test/compute/synthetic.ts')};
`);
const outfile = join(work, 'bundle.mjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
const m = await import(pathToFileURL(outfile).href);

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const [n, d] = (args.find((a) => !a.startsWith('--')) ?? '100000x128').split('x').map(Number);
const clusters = Number(option('clusters', '50'));
const sampleSize = Number(option('sample', '5000'));
const method = option('method', 'tsne');
const k = method === 'umap' ? 14 : 90;
const dim = 2;
const seconds = (t) => ((performance.now() - t) / 1000).toFixed(1);

const data = m.clusteredData(n, d, clusters, 1);
const workers = await startComputeWorkers(pathToFileURL(outfile).href, 2, work);
await workers.client.load(data.slice(), n, d);
let t = performance.now();
const graph = await workers.client.neighborGraph({ k: Math.min(n - 1, k), metric: 'euclidean', spherize: false });
console.log(`== ${method} ${n} x ${d}, ${clusters} clusters; k-NN graph (k = ${k}, 2 workers): ${seconds(t)} s wall`);
await workers.close();

function run(label, principal, principalDims) {
  const input = m.graphInput(graph);
  const tsne = new m.TSNE({ dim, perplexity: 30, seed: 1, maxIterations: 1000 });
  const start = performance.now();
  const steps = tsne.initFromGraphSteps(input.graph, principal ?? input.principal, principalDims ?? input.principalDims);
  for (let s = steps.next(); !s.done; s = steps.next());
  while (!tsne.done) tsne.step(50);
  const q = Math.min(n, 3000);
  const layout = tsne.coordinates();
  console.log(`${label.padEnd(22)} iterations ${tsne.iteration}${tsne.converged ? ' (converged)' : ''}, KL ${tsne.lastKl?.toFixed(4)}, ` +
    `10-NN preservation ${m.knnPreservation(data.subarray(0, q * d), layout.subarray(0, q * dim), q, d, dim, 10).toFixed(4)}, ` +
    `trustworthiness ${m.trustworthiness(data.subarray(0, q * d), layout.subarray(0, q * dim), q, d, dim, 10).toFixed(4)} (${seconds(start)} s)`);
}

const quality = (layout) => {
  const q = Math.min(n, 3000);
  return `10-NN preservation ${m.knnPreservation(data.subarray(0, q * d), layout.subarray(0, q * dim), q, d, dim, 10).toFixed(4)}, ` +
    `trustworthiness ${m.trustworthiness(data.subarray(0, q * d), layout.subarray(0, q * dim), q, d, dim, 10).toFixed(4)}`;
};

function runUmap(label, placed) {
  const input = m.graphInput(graph);
  const umap = new m.UMAP({ dim, seed: 1, ...(placed ? { initialization: 'given' } : {}) });
  const start = performance.now();
  for (const _ of umap.initFromGraphSteps(input.graph, placed ?? input.principal, placed ? dim : input.principalDims));
  const ready = seconds(start);
  umap.run();
  console.log(`${label.padEnd(22)} fuzzy graph + start ${ready} s, ${umap.nEpochs} epochs after ${seconds(start)} s (one thread); ${quality(umap.coordinates())}`);
}

if (method === 'umap') {
  t = performance.now();
  const rows = m.sampleRows(n, sampleSize, m.seededRandom(1));
  const sampleData = new Float32Array(rows.length * d);
  rows.forEach((r, s) => sampleData.set(data.subarray(r * d, r * d + d), s * d));
  const sample = new m.UMAP({ dim, seed: 1, nEpochs: 500 });
  sample.init(sampleData, rows.length, d);
  const coordinates = sample.run();
  console.log(`sample of ${rows.length}: its UMAP (500 epochs) after ${seconds(t)} s (one thread)`);
  t = performance.now();
  const placed = m.placeFromSample(n, graph.parts, k, { rows, coordinates, dim });
  m.spreadCoincident(placed, dim, 0.01, m.gaussianFrom(m.seededRandom(2)));
  console.log(`placement of all ${n} rows: ${seconds(t)} s`);
  runUmap('from the sample', placed);
  runUmap('spectral start', null);
  process.exit(0);
}

// (b) first: the sample, its layout, the placement.
t = performance.now();
const rows = m.sampleRows(n, sampleSize, m.seededRandom(1));
const sampleData = new Float32Array(rows.length * d);
rows.forEach((r, s) => sampleData.set(data.subarray(r * d, r * d + d), s * d));
const sample = new m.TSNE({ dim, perplexity: 30, seed: 1, maxIterations: 500 });
sample.init(sampleData, rows.length, d);
const firstSampleFrame = seconds(t);
while (!sample.done) sample.step(50);
console.log(`sample of ${rows.length}: initial layout after ${firstSampleFrame} s, ${sample.iteration} iterations after ${seconds(t)} s (one thread)`);
t = performance.now();
const placed = m.placeFromSample(n, graph.parts, 90, { rows, coordinates: sample.coordinates(), dim });
m.spreadCoincident(placed, dim, 0.01, m.gaussianFrom(m.seededRandom(2)));
console.log(`placement of all ${n} rows: ${seconds(t)} s`);
run('from the sample', placed, dim);
run('PCA initialisation', null, null);
