// t-SNE's start in its worker from a k-NN graph (what the page hands over at 1M rows): time and peak
// memory of TSNE.initFromGraphSteps (breadth-first order, P, its upper triangle, the initial layout).
//   node --max-old-space-size=16000 --expose-gc bench/bench_tsne_start_memory.mjs [N] [--k=90]
//   default N = 1,000,000. The graph is synthetic (random neighbours, sorted rising distances: the
//   structure does not matter to the memory P takes), built before the baseline is read. As in the
//   worker, the start consumes the graph and the graph is let go once it is done.
// Prints the process's peak RSS (VmHWM) above the RSS once the graph exists, the ArrayBuffers alive
// (the most at any step, and after), the time, and RSS after the start, then after collections
// (--expose-gc; V8 frees ArrayBuffers in the background, so it collects, waits, collects). Asserts nothing.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..', 'frontend');
const esbuild = createRequire(join(frontend, 'package.json'))('esbuild');
const work = mkdtempSync(join(tmpdir(), 'bench-tsne-start-'));
const entry = join(work, 'entry.ts');
writeFileSync(entry, `export { TSNE } from ${JSON.stringify(join(frontend, 'src/compute/tsne/tsne.ts'))};\n`);
const outfile = join(work, 'tsne-start.mjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
const { TSNE } = await import(pathToFileURL(outfile).href);

const args = process.argv.slice(2);
const n = Number(args.find((a) => !a.startsWith('--')) ?? 1_000_000);
const k = Number(args.find((a) => a.startsWith('--k='))?.slice(4) ?? 90);
const statusMb = (field) => Number(readFileSync('/proc/self/status', 'utf8').match(new RegExp(`${field}:\\s+(\\d+)`))[1]) / 1024;

let state = 1;
const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
let indices = new Int32Array(n * k);
let distances = new Float32Array(n * k);
for (let i = 0; i < n; i++) {
  let distance = 1 + random();
  for (let s = 0; s < k; s++) {
    // Mostly near rows (as a real graph of clusters: rows of one cluster point at each other), some far.
    let j = random() < 0.8 ? (i + 1 + Math.floor(random() * 2000)) % n : Math.floor(random() * n);
    if (j === i) j = (i + 1) % n;
    indices[i * k + s] = j;
    distances[i * k + s] = (distance += random() * 0.05);
  }
}
const principal = new Float32Array(n * 2).map(() => random() - 0.5);
globalThis.gc?.();
const base = statusMb('VmRSS');
const t0 = performance.now();
const tsne = new TSNE({ dim: 2, perplexity: 30, seed: 1 });
let graph = { n, k, indices, distances };
let steps = tsne.initFromGraphSteps(graph, principal, 2, { consumeGraph: true });
let p = 0;
// The ArrayBuffers alive at the step where the most were (process.memoryUsage: the JS heap is small).
let peakBuffers = 0;
let peakAt = 0;
for (let step = steps.next(); !step.done; step = steps.next()) {
  if (step.value >= 0.9 && !p) p = performance.now();
  const buffers = process.memoryUsage().arrayBuffers;
  if (buffers > peakBuffers) [peakBuffers, peakAt] = [buffers, step.value];
}
const end = performance.now();
const graphBytes = indices.byteLength + distances.byteLength;
indices = distances = graph = steps = null; // the worker lets the graph go once P is built (and releases it)
const held = statusMb('VmRSS');
const mb = (bytes) => (bytes / 2 ** 20).toFixed(0);
let collected = '';
if (globalThis.gc) {
  // What the start still holds, not garbage waiting for a collection.
  for (let round = 0; round < 2; round++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  collected = `, after collections ${statusMb('VmRSS').toFixed(0)} MB (ArrayBuffers ${mb(process.memoryUsage().arrayBuffers)} MB)`;
}
console.log(`t-SNE start from a ${n} x ${k} graph: P in ${((p - t0) / 1000).toFixed(1)} s, all in ${((end - t0) / 1000).toFixed(1)} s; ` +
  `RSS with the graph ${base.toFixed(0)} MB (graph ${mb(graphBytes)} MB), peak ${statusMb('VmHWM').toFixed(0)} MB (+${(statusMb('VmHWM') - base).toFixed(0)} MB), ` +
  `ArrayBuffers at most ${mb(peakBuffers)} MB (at ${peakAt.toFixed(2)}); after the start ${held.toFixed(0)} MB${collected}`);
