// Timing of pca() on clustered float32 data (not part of `npm test`):
//   node_modules/.bin/esbuild test/compute/bench-pca.ts --bundle --platform=node --format=esm \
//     --outfile=/tmp/bench-pca.mjs && node --expose-gc /tmp/bench-pca.mjs 100000 128 [768 ...]
import { pca } from '../../src/compute/pca';
import { clusteredData } from './synthetic';

// Node globals, declared here because the project has no @types/node.
declare const process: {
  argv: string[];
  memoryUsage(): { rss: number };
  cpuUsage(since?: { user: number; system: number }): { user: number; system: number };
};

const [nArg, ...dArgs] = process.argv.slice(2);
const n = Number(nArg ?? 100000);
for (const d of (dArgs.length ? dArgs : ['128']).map(Number)) {
  const data = clusteredData(n, d, 10, 1);
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let peakRss = heapBefore.rss;
  const result = pca(data, n, d, 10, () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6; // robust when other processes share the cores
  const explained = result.varianceFraction.reduce((a, b) => a + b, 0);
  console.log(
    `pca ${n}x${d}: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU, ` +
      `data ${(data.byteLength / 2 ** 20).toFixed(0)} MiB, ` +
      `RSS growth during pca <= ${((peakRss - heapBefore.rss) / 2 ** 20).toFixed(1)} MiB, ` +
      `top-10 variance fraction ${explained.toFixed(3)}`,
  );
}
