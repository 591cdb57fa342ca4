// Density contours + clusters + cluster labels in node, on the frontend's TypeScript (bundled on the fly with
// the frontend's esbuild), at the sizes the tab meets:
//   node bench/bench_density.mjs [N ...] [--repeat=3] [--grid=256] [--scale=S (bandwidth x S)]   default: 100000 1000000
// Data: a t-SNE-like drawn layout in the unit square: 30 Gaussian blobs of uneven sizes and spreads (on a jittered
// grid, each separable) plus 5%
// uniform noise, and a label column (each blob's own value on 80% of its points, one of 6 shared values
// elsewhere). Prints per size the median wall time of each step the tab runs per pass: drawn positions ->
// visible x, y (page), kernel density, contours, clusters (worker), labels (page), the total, and what was
// found (contours, vertices, clusters, and whether each blob's value labels a cluster). The first pass is slower
// (the JIT warms up): it is printed too, as the tab's first pass pays it. Asserts nothing.
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const frontend = join(dirname(fileURLToPath(import.meta.url)), '..', 'frontend');
const esbuild = createRequire(join(frontend, 'package.json'))('esbuild');
const work = mkdtempSync(join(tmpdir(), 'bench-density-'));
const entry = join(work, 'entry.ts');
writeFileSync(entry, `
export { analyzeLayout } from ${JSON.stringify(join(frontend, 'src/compute/density/analyze-layout.ts'))};
export { visiblePoints } from ${JSON.stringify(join(frontend, 'src/state/density-layer.ts'))};
export { clusterTerms, columnCodes, labelText } from ${JSON.stringify(join(frontend, 'src/state/cluster-labels.ts'))};
export { analyzeColumn } from ${JSON.stringify(join(frontend, 'src/data/columns.ts'))};
export { seededRandom, gaussianFrom } from ${JSON.stringify(join(frontend, 'src/compute/random.ts'))};
`);
const outfile = join(work, 'density-bench.mjs');
// density-layer.ts starts workers only when asked; its DOM-free parts run in node.
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
const { analyzeLayout, visiblePoints, clusterTerms, columnCodes, labelText, analyzeColumn, seededRandom, gaussianFrom } =
  await import(pathToFileURL(outfile).href);

const args = process.argv.slice(2);
const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const repeat = option('repeat', 3);
const gridSize = option('grid', 256);
const bandwidthScale = args.some((a) => a.startsWith('--scale=')) ? option('scale', 1) : undefined;
const sizes = args.filter((a) => !a.startsWith('--')).map(Number);
if (!sizes.length) sizes.push(100_000, 1_000_000);

const BLOBS = 30, SHARED = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];

function layout(n) {
  const random = seededRandom(11), gaussian = gaussianFrom(random);
  // On a jittered 6 x 5 grid (0.3 apart), so that every blob is separable: a check that none is merged.
  const blobs = Array.from({ length: BLOBS }, (_, b) => ({
    x: -0.75 + 0.3 * (b % 6) + 0.08 * (random() - 0.5), y: -0.6 + 0.3 * Math.floor(b / 6) + 0.08 * (random() - 0.5),
    sd: 0.015 + 0.03 * random(), weight: 0.3 + random(), name: `blob${b}`,
  }));
  const total = blobs.reduce((a, b) => a + b.weight, 0);
  const positions = new Float32Array(n * 3), labels = new Array(n);
  for (let i = 0; i < n; i++) {
    if (random() < 0.05) {
      positions[3 * i] = 2 * random() - 1; positions[3 * i + 1] = 2 * random() - 1;
      labels[i] = SHARED[Math.floor(random() * SHARED.length)];
      continue;
    }
    let pick = random() * total, b = 0;
    while (pick > blobs[b].weight && b < BLOBS - 1) pick -= blobs[b++].weight;
    positions[3 * i] = blobs[b].x + blobs[b].sd * gaussian();
    positions[3 * i + 1] = blobs[b].y + blobs[b].sd * gaussian();
    labels[i] = random() < 0.8 ? blobs[b].name : SHARED[Math.floor(random() * SHARED.length)];
  }
  return { positions, labels, blobs };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1).padStart(7)} ms`;

for (const n of sizes) {
  const { positions, labels } = layout(n);
  const t0 = performance.now();
  const codes = columnCodes(analyzeColumn('label', labels));
  const codesMs = performance.now() - t0;
  const runs = [];
  let last = null;
  for (let r = 0; r < repeat; r++) {
    const cpu0 = process.cpuUsage();
    const a = performance.now();
    const { xy, rows, m } = visiblePoints(positions, n);
    const b = performance.now();
    const result = analyzeLayout(xy, m, { gridSize, bandwidthScale });
    const c = performance.now();
    const terms = clusterTerms(result.assignment, rows, result.clusters.length, codes);
    const d = performance.now();
    const cpu = process.cpuUsage(cpu0);
    runs.push({ extract: b - a, ...result.timings, labels: d - c, total: d - a, cpu: (cpu.user + cpu.system) / 1000 });
    last = { result, terms };
  }
  const pick = (key) => median(runs.map((x) => x[key]));
  const named = new Set(last.terms.map((t) => t[0]?.value).filter((v) => v?.startsWith('blob')));
  const vertices = last.result.contours.reduce((s, c) => s + c.points.length / 2, 0);
  console.log(`n = ${n.toLocaleString('en-US')} (grid ${last.result.grid.columns} x ${last.result.grid.rows}, bandwidth ${last.result.grid.bandwidth.toFixed(4)}; median of ${repeat})`);
  console.log(`  visible x, y ${ms(pick('extract'))} | density ${ms(pick('density'))} | contours ${ms(pick('contours'))} | clusters ${ms(pick('clusters'))} | labels ${ms(pick('labels'))}`);
  console.log(`  total per pass ${ms(pick('total'))} wall, ${ms(pick('cpu'))} CPU   (column codes, once per column: ${ms(codesMs)}; first pass: ${ms(runs[0].total)})`);
  console.log(`  found: ${last.result.contours.length} contour lines (${vertices} vertices), ${last.result.clusters.length} clusters, ` +
    `${named.size} of ${BLOBS} blobs named by their own value; e.g. ${last.terms.slice(0, 3).map((t) => labelText(t)).join(' | ')}`);
}
