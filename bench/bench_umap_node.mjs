// UMAP wall time in node on the frontend's TypeScript (bundled on the fly with the frontend's esbuild).
//   node bench/bench_umap_node.mjs [NxD[x3] ...]        default: 10000x64 100000x128 (x3: a 3-D layout)
// Data: Gaussian clusters (10 centres, spread 3, unit noise), seeded. Prints per-phase times:
// k-NN, fuzzy graph + spectral init, SGD, and the total; for n <= 10,000 also trustworthiness (k=10)
// on the first 2,000 rows. Wall time and this process's CPU time are both printed: on a shared
// machine the wall time also counts other processes' load (UMAP runs on one thread).
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..', 'frontend');
const esbuild = createRequire(join(frontend, 'package.json'))('esbuild');
const work = mkdtempSync(join(tmpdir(), 'bench-umap-'));
const entry = join(work, 'entry.ts');
writeFileSync(entry, `
export * from ${JSON.stringify(join(frontend, 'src/compute/umap/index.ts'))};
export { clusteredData } from ${JSON.stringify(join(frontend, 'test/compute/synthetic.ts'))};
`);
const outfile = join(work, 'umap-bench.mjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
const { UMAP, clusteredData, trustworthiness } = await import(pathToFileURL(outfile).href);

function cpuNow() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const shapes = process.argv.slice(2).length ? process.argv.slice(2) : ['10000x64', '100000x128'];
for (const shape of shapes) {
  const [n, d, dim = 2] = shape.split('x').map(Number);
  const data = clusteredData(n, d, 10, 1);
  const umap = new UMAP({ dim, seed: 1 });
  // When each init phase began (wall and CPU), to split the time between them.
  const began = {};
  const mark = (name) => (began[name] ??= { wall: performance.now(), cpu: cpuNow() });
  mark('neighbors');
  umap.init(data, n, d, ({ phase }) => mark(phase));
  mark('sgd');
  umap.run();
  mark('end');
  const span = (from, to) => `${((began[to].wall - began[from].wall) / 1000).toFixed(2)} s (CPU ${(began[to].cpu - began[from].cpu).toFixed(2)})`;
  const total = span('neighbors', 'end');
  const parts = `knn ${span('neighbors', 'graph')}, fuzzy graph ${span('graph', 'layout')}, ` +
    `spectral init ${span('layout', 'sgd')}, sgd ${span('sgd', 'end')}`;
  let quality = '';
  if (n <= 10000) {
    const m = Math.min(n, 2000);
    const coords = umap.coordinates();
    quality = `, trustworthiness(k=10, first ${m} rows) ${trustworthiness(data.subarray(0, m * d), coords.subarray(0, m * dim), m, d, dim, 10).toFixed(4)}`;
  }
  console.log(`umap ${n}x${d} -> ${dim}-D: total ${total}: ${parts}; ${umap.nEpochs} epochs, ${umap.graph.edgeCount} graph edges${quality}`);
}
