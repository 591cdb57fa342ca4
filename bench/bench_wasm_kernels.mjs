// The WebAssembly kernels in node, before vs after: two copies of frontend/src/compute bundled on the fly with the
// frontend's esbuild, run in this process in turn (alternating, so drift on a shared machine hits both alike).
//   node bench/bench_wasm_kernels.mjs [--before=REV | --src=DIR] [--repeat=5]
//   before: REV's frontend/src (git archive; default 9f418cb^, the last commit with the kernels assembled in
//           TypeScript), or DIR, another copy of src/compute; after: this work tree's src/compute, its .wat
//           compiled first by frontend/compile-wat.mjs.
// Per kernel, the median CPU time of `repeat` runs of:
//   distances  knn-kernel.ts fromRow(): 4096 squared distances from one row to random rows of 20,000 (rows padded
//              to whole f32x4 steps), as every neighbour search calls it; ns per distance and GFLOP/s (3 per value)
//   dots       wasm-distance.ts dots() on unpadded rows (d * 4 bytes apart), as the neighbour panel's cosine scan
//   pairsBelow knn-kernel.ts pairsBelow(): NN-descent's local join of 64 new x 128 listed rows
//   covariance covariance.ts covariance() (the WebAssembly 2 x 4 tiles), n x d rows
//   first use  the first distance kernel and covariance kernel of a fresh node process (module made and compiled;
//              wall time)
// Asserts nothing; checks only that both copies give the same distances.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const frontend = join(root, 'frontend');
const esbuild = createRequire(join(frontend, 'package.json'))('esbuild');
const { compileWatModules } = await import(pathToFileURL(join(frontend, 'compile-wat.mjs')).href);
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const repeat = Number(option('repeat', 5));
const work = mkdtempSync(join(tmpdir(), 'bench-wasm-'));

function beforeSource() {
  const dir = option('src', null);
  if (dir) return resolve(dir);
  const rev = option('before', '9f418cb^');
  execFileSync('sh', ['-c', `git -C "${root}" archive "${rev}" frontend/src | tar -x -C "${work}"`]);
  return join(work, 'frontend', 'src', 'compute');
}

async function bundle(name, compute) {
  if (existsSync(join(compute, 'wasm'))) await compileWatModules(join(compute, 'wasm'));
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, ['knn-kernel', 'wasm-distance', 'covariance', 'wasm-covariance']
    .map((m) => `export * from ${JSON.stringify(join(compute, `${m}.ts`))};`).join('\n'));
  const outfile = join(dir, 'bundle.mjs');
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  return { name, outfile, kernels: await import(pathToFileURL(outfile).href) };
}

/** Uniform [-1, 1) float32 rows from a fixed LCG: the same data for both copies. */
function randomRows(count, seed) {
  const rows = new Float32Array(count);
  let s = seed >>> 0;
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    rows[i] = s / 2 ** 31 - 1;
  }
  return rows;
}

const randomList = (length, n, seed) => Int32Array.from(randomRows(length, seed), (x) => Math.floor((x + 1) / 2 * n));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/** CPU time of this process (one thread): less hurt than wall time by other processes on a shared machine. */
const cpuSeconds = (run) => {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
};

// Each case: setup(kernels) -> a run() of fixed work, and the unit its time is divided by.
const N = 20000, BATCH = 4096;
const cases = [];
for (const d of [16, 50, 128, 784]) {
  const calls = Math.ceil(1.2e8 / (BATCH * d));
  cases.push({
    label: `distances d=${d}`, per: calls * BATCH, unit: 'ns/distance', flops: 3 * d,
    setup({ createDistanceKernel, MAX_BATCH }) {
      const kernel = createDistanceKernel(randomRows(N * d, d), N, d, true);
      const list = randomList(MAX_BATCH, N, 7 * d), out = new Float32Array(MAX_BATCH), starts = randomList(calls, N, 3);
      return { run: () => { for (let c = 0; c < calls; c++) kernel.fromRow(starts[c], list, BATCH, out); }, check: () => (kernel.fromRow(0, list, BATCH, out), out) };
    },
  });
}
for (const d of [50, 128]) {
  const calls = Math.ceil(1.2e8 / (BATCH * d));
  cases.push({
    label: `dots d=${d}`, per: calls * BATCH, unit: 'ns/dot', flops: 2 * d,
    setup({ allocateMemory, instantiateDistances }) {
      const rows = randomRows(N * d, d + 1);
      const listAt = N * d * 4, outAt = listAt + BATCH * 4;
      const memory = allocateMemory(outAt + BATCH * 4);
      const { dots } = instantiateDistances(memory);
      new Float32Array(memory.buffer, 0, N * d).set(rows);
      new Int32Array(memory.buffer, listAt, BATCH).set(randomList(BATCH, N, d).map((r) => r * d * 4));
      const starts = randomList(calls, N, 5);
      return { run: () => { for (let c = 0; c < calls; c++) dots(starts[c] * d * 4, listAt, BATCH, outAt, d * 4); } };
    },
  });
}
for (const d of [50, 128]) {
  const joins = Math.ceil(4e7 / (64 * 127 / 2 * d * 2));
  cases.push({
    label: `pairsBelow d=${d}`, per: joins * (64 * (2 * 128 - 64 - 1)) / 2, unit: 'ns/pair', flops: 3 * d,
    setup({ createDistanceKernel }) {
      const kernel = createDistanceKernel(randomRows(N * d, d + 2), N, d, true);
      const lists = Array.from({ length: 16 }, (_, i) => randomList(128, N, 100 + i));
      // Thresholds near the low tail of the distances (mean 2d/3): a few pairs kept, as once NN-descent is under way.
      const thresholds = new Float32Array(128).fill(0.45 * d);
      return { run: () => { for (let j = 0; j < joins; j++) kernel.pairsBelow(lists[j & 15], 128, 64, thresholds); } };
    },
  });
}
for (const [n, d] of [[20000, 128], [5000, 756]]) {
  cases.push({
    label: `covariance ${n}x${d}`, per: 1, unit: 'ms', scale: 1e3, flops: n * d * (d + 1),
    setup({ covariance, columnMeans }) {
      const data = randomRows(n * d, n + d), mean = columnMeans(data, n, d);
      return { run: () => covariance(data, n, d, mean, { wasm: true }) };
    },
  });
}

/** The first kernels of a fresh process: its module made (assembled or decoded) and compiled. */
function firstUse(outfile) {
  const script = `const k = await import(${JSON.stringify(pathToFileURL(outfile).href)});
const start = performance.now();
k.createDistanceKernel(new Float32Array(128 * 4), 4, 128, true);
k.createWasmCovarianceKernel(8, 2);
console.log(performance.now() - start);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

const variants = [await bundle('before', beforeSource()), await bundle('after', join(frontend, 'src', 'compute'))];
console.log(`before: ${variants[0].outfile}\nafter:  ${variants[1].outfile}\nmedian of ${repeat} runs, node ${process.version}\n`);
console.log(`${'kernel'.padEnd(24)} ${'before'.padStart(12)} ${'after'.padStart(12)}  unit         after/before`);
for (const c of cases) {
  const runs = variants.map(({ kernels }) => c.setup(kernels));
  if (runs[0].check) {
    const [a, b] = runs.map((r) => Float32Array.from(r.check()));
    if (!a.every((x, i) => x === b[i])) console.log(`  ! ${c.label}: the two copies' distances differ`);
  }
  runs.forEach((r) => r.run()); // warm up
  const times = variants.map(() => []);
  for (let i = 0; i < repeat; i++) runs.forEach((r, v) => times[v].push(cpuSeconds(r.run)));
  const per = times.map((t) => median(t) / c.per * (c.scale ?? 1e9));
  const gflops = per.map((p) => c.flops / (p / (c.scale ?? 1e9)) / 1e9);
  console.log(`${c.label.padEnd(24)} ${per[0].toFixed(2).padStart(12)} ${per[1].toFixed(2).padStart(12)}  ${c.unit.padEnd(12)} ${(per[1] / per[0]).toFixed(3)}`
    + `   (${gflops[0].toFixed(1)} / ${gflops[1].toFixed(1)} GFLOP/s)`);
}
const first = variants.map(() => []);
for (let i = 0; i < repeat; i++) variants.forEach(({ outfile }, v) => first[v].push(firstUse(outfile)));
const [f0, f1] = first.map(median);
console.log(`${'first use'.padEnd(24)} ${f0.toFixed(2).padStart(12)} ${f1.toFixed(2).padStart(12)}  ${'ms'.padEnd(12)} ${(f1 / f0).toFixed(3)}`);
