// t-SNE's start in its worker from a k-NN graph (what the page hands over at 1M rows): time and peak
// memory of TSNE.initFromGraphSteps (breadth-first order, P, its upper triangle, the initial layout).
//   node --max-old-space-size=16000 --expose-gc bench/bench_tsne_start_memory.mjs [N] [--k=90]
//   default N = 1,000,000. The graph is synthetic (random neighbours, sorted rising distances: the
//   structure does not matter to the memory P takes), built before the baseline is read.
// Prints the process's peak RSS (VmHWM) above the RSS once the graph exists, and the time. Asserts nothing.
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
const indices = new Int32Array(n * k);
const distances = new Float32Array(n * k);
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
const steps = tsne.initFromGraphSteps({ n, k, indices, distances }, principal, 2);
let p = 0;
for (let step = steps.next(); !step.done; step = steps.next()) if (step.value >= 0.9 && !p) p = performance.now();
const end = performance.now();
const held = statusMb('VmRSS');
globalThis.gc?.(); // with --expose-gc: what the start still holds, not garbage waiting for a collection
console.log(`t-SNE start from a ${n} x ${k} graph: P in ${((p - t0) / 1000).toFixed(1)} s, all in ${((end - t0) / 1000).toFixed(1)} s; ` +
  `RSS with the graph ${base.toFixed(0)} MB, peak ${statusMb('VmHWM').toFixed(0)} MB (+${(statusMb('VmHWM') - base).toFixed(0)} MB), ` +
  `after ${held.toFixed(0)} MB${globalThis.gc ? `, after a collection ${statusMb('VmRSS').toFixed(0)} MB` : ''}`);
