// t-SNE and k-NN speed in node on the frontend's TypeScript (bundled on the fly with the frontend's esbuild).
//   node bench/bench_tsne_node.mjs [NxD[x3] ...] [--iterations=1000] [--gradient=auto|fft|barnes-hut] [--no-convergence]
// --no-convergence: run every iteration (the convergence check off), so 'to 1,000 iterations' is measured.
//   default: 10000x128 100000x128, 1000 iterations, gradient auto (what TSNE picks; printed).
// Data: Gaussian clusters (10 centres, spread 3, unit noise), seeded; perplexity 30 (k = 90), theta 0.5,
// PCA init, 250 exaggerated iterations. Prints per phase: k-NN graph, affinities, PCA init, iterations/s
// with and without exaggeration, wall time to the iteration count; then neighborsOf() (k = 1000) at each
// size. Wall time and this process's CPU time are both printed: on a shared machine wall time also counts
// other processes' load (everything here runs on one thread, as in the worker). Asserts nothing.
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..', 'frontend');
const esbuild = createRequire(join(frontend, 'package.json'))('esbuild');
const work = mkdtempSync(join(tmpdir(), 'bench-tsne-'));
const entry = join(work, 'entry.ts');
writeFileSync(entry, `
export { TSNE, TSNE_GRADIENTS } from ${JSON.stringify(join(frontend, 'src/compute/tsne/tsne.ts'))};
export { neighborsOf } from ${JSON.stringify(join(frontend, 'src/compute/knn.ts'))};
export { clusteredData } from ${JSON.stringify(join(frontend, 'test/compute/synthetic.ts'))};
`);
const outfile = join(work, 'tsne-bench.mjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
const { TSNE, TSNE_GRADIENTS, neighborsOf, clusteredData } = await import(pathToFileURL(outfile).href);

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
const shapes = args.filter((a) => !a.startsWith('--'));
for (const shape of shapes.length ? shapes : ['10000x128', '100000x128']) {
  const [n, d, dim = 2] = shape.split('x').map(Number);
  const data = clusteredData(n, d, 10, 1);
  const tsne = new TSNE({ dim, perplexity: 30, seed: 1, maxIterations: iterations, gradient, ...(noConvergence ? { convergenceTolerance: -Infinity } : {}) });
  console.log(`\n== t-SNE ${n} x ${d} -> ${dim}-D, ${iterations} iterations, gradient ${gradient}${noConvergence ? ', convergence check off' : ''}`);
  const start = clock();
  const marks = {};
  tsne.init(data, n, d, (fraction) => {
    if (fraction >= 0.9 && !marks.knn) marks.knn = since(start);
    if (fraction >= 0.95 && !marks.affinities) marks.affinities = since(start);
  });
  const init = since(start);
  console.log(`k-NN graph (k = 90):      ${fmt(marks.knn)}`);
  console.log(`affinities:               ${fmt({ wall: marks.affinities.wall - marks.knn.wall, cpu: marks.affinities.cpu - marks.knn.cpu })}`);
  console.log(`PCA init:                 ${fmt({ wall: init.wall - marks.affinities.wall, cpu: init.cpu - marks.affinities.cpu })}`);
  const phases = [['exaggerated (0-250)', Math.min(250, iterations)], ['normal (250-)', iterations - Math.min(250, iterations)]];
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
      tsne.step(Math.min(50, count - done));
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

  const times = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    neighborsOf(data, n, d, (r * 7919) % n, 1000, r % 2 ? 'cosine' : 'euclidean');
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`neighborsOf (k = 1000):   median ${times[2].toFixed(1)} ms, min ${times[0].toFixed(1)} ms`);
}
