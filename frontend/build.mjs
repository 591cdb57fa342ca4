// Deterministic build: src/index.ts -> ../embproj_plugin/static/index.js (ES module exporting render()),
// and every src/compute/<name>.worker.ts -> <name>.worker.js (compute.worker.js: PCA, the k-NN graph
// and neighbour queries; one more worker per long-running algorithm).
// Flat output, minified, no sourcemaps. First the WebAssembly kernels: src/compute/wasm/*.wat compiled
// by compile-wat.mjs (wabt) into the .wasm.ts modules the bundles embed.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileWatModules } from './compile-wat.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, '..', 'embproj_plugin', 'static');
mkdirSync(outdir, { recursive: true });
for (const name of await compileWatModules()) console.log(`build: src/compute/wasm/${name}.wat -> ${name}.wasm.ts`);

const entries = [
  { in: 'src/index.ts', out: 'index.js' },
  ...readdirSync(join(here, 'src', 'compute'))
    .filter((f) => f.endsWith('.worker.ts'))
    .sort()
    .map((f) => ({ in: `src/compute/${f}`, out: f.replace(/\.ts$/, '.js') })),
];

const common = {
  absWorkingDir: here,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

for (const e of entries) {
  if (!existsSync(join(here, e.in))) {
    console.warn(`build: skipping missing entry ${e.in}`);
    continue;
  }
  await esbuild.build({ ...common, entryPoints: [e.in], outfile: join(outdir, e.out) });
  console.log(`build: ${e.in} -> embproj_plugin/static/${e.out}`);
}
