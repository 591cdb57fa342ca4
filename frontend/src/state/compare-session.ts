// One comparison of two embeddings. Side A is what the tab shows (its rows and the layout drawn for
// them); side B is another (run, tensor, step), loaded with the tab's loader into a store of its own.
// Rows are paired (compare-rows.ts), B gets a layout like A's (PCA on the same components, computed
// by compute workers of its own) aligned onto A's layout by Procrustes over the paired rows, and the
// k-NN graph of each original space is computed in those workers (exact brute force where cheap, the
// project's forest + NN-descent search otherwise: graph-builder.ts) on the paired rows only, so the
// per-row neighbourhood change compares like with like.
import { api, type EmbeddingInfo, type RunInfo } from '../data/api';
import type { ColumnInfo } from '../data/columns';
import { assembleGraph } from '../compute/knn-graph';
import { knn, useExactSearch } from '../compute/knn';
import { GRAPH_DIMENSIONS } from '../compute/graph-builder';
import { neighbourhoodChange, rankByChange } from '../compute/neighbourhood-change';
import { procrustes, applySimilarity } from '../compute/procrustes';
import { takeRows } from '../compute/rows';
import { isIdentity, pairByKey, pairByOrder, type RowPairing } from './compare-rows';
import { loadEmbedding } from './loader';
import { createProjector, isCancelled, type Projector, type RowSource } from './projection';
import { initialState, Store, type CompareSpec } from './store';

/** Side A as the tab holds it. */
export interface CompareSideA {
  /** A's rows, where they live (read once, as a copy, for A's neighbours). */
  source: RowSource; n: number; d: number;
  columns: ColumnInfo[];
  /** The layout drawn for A: n x k, before fitting to the screen. */
  layout: { coords: Float32Array; k: 2 | 3 };
  method: string; dims: number[]; spherize: boolean;
}

export type CompareStatus = 'loading' | 'layout' | 'neighbours' | 'ready' | 'error';

export interface CompareResult {
  spec: CompareSpec;
  /** What B is, for the panel. */
  label: string;
  nA: number; nB: number; dB: number;
  pairing: RowPairing;
  /** B's layout in A's row numbering (n_A x k, aligned onto A's layout; NaN for unpaired rows). */
  alignedB: Float32Array;
  k: 2 | 3;
  /** How B's layout was made. */
  layoutNote: string;
  /** Per A row: 1 - Jaccard overlap of its k neighbours in A and in B (NaN: unpaired); null until computed. */
  change: Float32Array | null;
  meanOverlap: number | null;
  /** Paired rows by change, largest first (the first RANKED). */
  ranked: Int32Array | null;
  /** Whether each space's lists came from brute force (exact) or the approximate search. */
  exact: boolean | null;
  timings: { loadMs: number; layoutMs: number; neighboursMs: number };
}

export const RANKED = 100;
/** At most this many neighbours compared (the panel's limit). */
export const MAX_COMPARE_K = 100;

export class CompareSession {
  status: CompareStatus = 'loading';
  message = '';
  progress = 0;
  result: CompareResult | null = null;
  onChange: (() => void) | null = null;
  private projector: Projector | null = null;
  private abort = new AbortController();
  /** B's layout as computed (n_B x k), to align again when A's layout changes. */
  private coordsB: Float32Array | null = null;
  /** B's rows (kept to lay B out again when A's layout changes its method, components or 2-D/3-D). */
  private sideB: { data: Float32Array; n: number; d: number } | null = null;
  /** Whether the projector's workers hold B's rows now (the neighbour phase loads the paired rows). */
  private holdsB = false;
  /** A layout of A that came while the neighbour phase had the workers: B is laid out for it after. */
  private pendingA: CompareSideA | null = null;

  /** How side B is laid out (default: PCA like A's); another layout of B (e.g. one computed in Python) can be put here. */
  layoutOfB: LayoutOfB | null = null;

  constructor(readonly spec: CompareSpec, private readonly transfer: 'float32' | 'float16') {}

  /** Runs the comparison against side A; resolves when done (or failed: status 'error'). */
  async run(a: CompareSideA, infoOf: (run: string) => Promise<RunInfo>): Promise<void> {
    const t0 = performance.now();
    const signal = this.abort.signal;
    try {
      const spec = this.spec;
      this.set('loading', `Loading ${spec.tensor}…`);
      const info = await infoOf(spec.run);
      const e = info.embeddings.find((x) => x.tensorName === spec.tensor);
      if (!e) throw new Error(`Run "${spec.run}" has no tensor "${spec.tensor}".`);
      if (e.error) throw new Error(`${spec.tensor}: ${e.error.error}`);
      // Thumbnails are not needed for side B.
      const withoutSprite: EmbeddingInfo = { ...e, hasSprite: false, sprite: undefined };
      const sideStore = new Store({ ...initialState, run: spec.run, info, tensorName: spec.tensor, step: spec.step, transfer: this.transfer });
      sideStore.subscribe((s, ch) => {
        if (ch.has('loading') && s.loading && s.loading.total) this.set('loading', s.loading.label, s.loading.loaded / s.loading.total);
      });
      const loadedB = await loadEmbedding(sideStore, withoutSprite, signal, async () => null);
      const b = { ...loadedB, data: loadedB.data! };   // no sink given: B's rows are gathered here
      this.check(signal);
      const pairing = this.pair(a, b.columns, b.n);
      if (!pairing.matched.length) throw new Error('No rows are paired: ' + (spec.key ? `no value of "${spec.key}" is on both sides.` : 'side B is empty.'));
      const loadMs = performance.now() - t0;

      // B's layout: PCA like A's (same components, spherize), aligned onto A's.
      this.set('layout', 'Projecting side B…');
      const t1 = performance.now();
      const projector = (this.projector = createProjector());
      await projector.load(b.data, b.n, b.d);
      this.sideB = { data: b.data, n: b.n, d: b.d };
      this.holdsB = true;
      this.check(signal);
      const k = a.layout.k;
      const made = await (this.layoutOfB ?? pcaLayoutOfB)(projector, { run: spec.run, tensor: spec.tensor, step: spec.step, n: b.n, d: b.d }, a, k);
      const coordsB = made.coords;
      this.check(signal);
      this.coordsB = coordsB;
      const alignedB = alignOnto(coordsB, a.layout.coords, pairing, a.n, k);
      const label = `${spec.run} / ${spec.tensor}${spec.step !== null ? ` @ step ${spec.step}` : ''}`;
      const layoutNote = `${made.note}, aligned onto A (Procrustes over ${pairing.matched.length.toLocaleString('en-US')} rows)`;
      this.result = { spec, label, nA: a.n, nB: b.n, dB: b.d, pairing, alignedB, k, layoutNote, change: null, meanOverlap: null, ranked: null, exact: null,
        timings: { loadMs, layoutMs: performance.now() - t1, neighboursMs: 0 } };

      // Neighbours in each original space, on the paired rows (in A's order).
      const t2 = performance.now();
      const kk = Math.max(1, Math.min(spec.k, MAX_COMPARE_K, pairing.matched.length - 1));
      const identity = isIdentity(pairing, a.n, b.n);
      const m = pairing.matched.length;
      this.set('neighbours', 'Neighbours in B…', 0);
      const rowsB = identity ? null : takeRows(b.data, b.d, Array.from(pairing.matched, (i) => pairing.bOfA[i]));
      if (rowsB) { this.holdsB = false; await projector.load(rowsB, m, b.d); }
      this.check(signal);
      const graphB = await this.graph(projector, rowsB ?? b.data, m, b.d, kk, (f) => this.set('neighbours', 'Neighbours in B…', f / 2));
      this.check(signal);
      const allA = pairing.matched.length === a.n;
      const rowsA = await a.source.rows(allA ? null : Int32Array.from(pairing.matched));
      this.check(signal);
      this.holdsB = false;
      await projector.load(rowsA, m, a.d);
      this.check(signal);
      const graphA = await this.graph(projector, rowsA, m, a.d, kk, (f) => this.set('neighbours', 'Neighbours in A…', 0.5 + f / 2));
      this.check(signal);
      const nc = neighbourhoodChange(graphA.indices, graphA.k, graphB.indices, graphB.k, m, kk);
      const change = new Float32Array(a.n).fill(NaN);
      const unpaired = new Uint8Array(a.n).fill(1);
      pairing.matched.forEach((row, r) => { change[row] = nc.change[r]; unpaired[row] = 0; });
      Object.assign(this.result, {
        change, meanOverlap: nc.meanOverlap, ranked: rankByChange(change, RANKED, unpaired), exact: graphA.exact && graphB.exact,
      });
      this.result.timings.neighboursMs = performance.now() - t2;
      // The workers hold A's paired rows now: let them go (a later layout of B starts new ones).
      projector.dispose();
      this.projector = null;
      this.holdsB = false;
      if (this.pendingA) { const next = this.pendingA; this.pendingA = null; await this.layOutB(next); }
      this.set('ready', '');
    } catch (err) {
      if (signal.aborted || isCancelled(err)) return;
      console.warn('embproj: compare', err);
      this.set('error', err instanceof Error ? err.message : String(err));
      this.projector?.dispose();
      this.projector = null;
    }
  }

  /** Lays B out again for a new layout of A (another method, components, or 2-D/3-D); the neighbour
   *  lists stay. Resolves true when the result has the new layout. */
  async relayout(a: CompareSideA): Promise<boolean> {
    if (this.status === 'error' || !this.result) return false;
    if (this.status !== 'ready') { this.pendingA = a; return false; }   // run() does it after the neighbours
    return this.layOutB(a);
  }

  private async layOutB(a: CompareSideA): Promise<boolean> {
    const r = this.result, b = this.sideB, signal = this.abort.signal;
    if (!r || !b || signal.aborted) return false;
    const projector = (this.projector ??= createProjector());
    try {
      if (!this.holdsB) { await projector.load(b.data, b.n, b.d); this.holdsB = true; }
      const spec = this.spec;
      const made = await (this.layoutOfB ?? pcaLayoutOfB)(projector, { run: spec.run, tensor: spec.tensor, step: spec.step, n: b.n, d: b.d }, a, a.layout.k);
      if (signal.aborted) return false;
      this.coordsB = made.coords;
      r.k = a.layout.k;
      r.alignedB = alignOnto(made.coords, a.layout.coords, r.pairing, r.nA, r.k);
      r.layoutNote = `${made.note}, aligned onto A (Procrustes over ${r.pairing.matched.length.toLocaleString('en-US')} rows)`;
      this.onChange?.();
      return true;
    } catch (err) {
      if (!signal.aborted && !isCancelled(err)) console.warn('embproj: compare', err);
      return false;
    }
  }

  /** Aligns B's layout onto a new layout of A (same rows and k). */
  realign(coordsA: Float32Array): void {
    const r = this.result;
    if (!r || !this.coordsB || coordsA.length !== r.nA * r.k) return;
    r.alignedB = alignOnto(this.coordsB, coordsA, r.pairing, r.nA, r.k);
  }

  /** Stops the work in progress and frees the workers. */
  dispose(): void {
    this.abort.abort();
    this.projector?.dispose();
    this.projector = null;
    this.onChange = null;
  }

  private pair(a: CompareSideA, columnsB: ColumnInfo[], nB: number): RowPairing {
    const key = this.spec.key;
    if (key === null) {
      if (a.n !== nB) throw new Error(`Side A has ${a.n.toLocaleString('en-US')} rows and side B ${nB.toLocaleString('en-US')}: pair them by a key column.`);
      return pairByOrder(a.n, nB);
    }
    const ca = a.columns.find((c) => c.name === key), cb = columnsB.find((c) => c.name === key);
    if (!ca || !cb) throw new Error(`The key column "${key}" is not in ${!ca ? "side A's" : "side B's"} metadata.`);
    return pairByKey(ca.values, a.n, cb.values, nB);
  }

  /** n x k neighbour indices of `rows` (the projector's loaded rows), from its workers or, without workers, on the page. */
  private async graph(projector: Projector, rows: Float32Array, n: number, d: number, k: number, onProgress: (f: number) => void) {
    const request = { k, metric: this.spec.metric, spherize: false };
    const pending = projector.neighborGraph(request, onProgress);
    if (pending) {
      const layout = await pending;
      const g = assembleGraph(layout.n, layout.k, layout.parts);
      return { indices: g.indices, k: g.k, exact: useExactSearch(n, Math.min(d, GRAPH_DIMENSIONS)) };
    }
    const g = knn(rows, n, d, k, { metric: this.spec.metric, onProgress });
    return { indices: g.indices, k: g.k, exact: useExactSearch(n, d) };
  }

  private check(signal: AbortSignal): void {
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
  }

  private set(status: CompareStatus, message: string, progress = this.progress): void {
    this.status = status;
    this.message = message;
    this.progress = progress;
    this.onChange?.();
  }
}

/** Side B's layout: n_B x k coordinates (its rows as loaded) and how they were made. `projector` holds B's rows. */
export type LayoutOfB = (projector: Projector, b: { run: string; tensor: string; step: number | null; n: number; d: number },
  a: CompareSideA, k: 2 | 3) => Promise<{ coords: Float32Array; note: string }>;

/** B's PCA on A's components (the first k when A is not drawn by PCA), spherized as A is. */
export const pcaLayoutOfB: LayoutOfB = async (projector, b, a, k) => {
  const pca = await projector.pca(Math.min(10, b.d), { spherize: a.spherize });
  const maxDim = pca.varianceFraction.length - 1;
  const dims = a.method === 'pca' ? a.dims.slice(0, k).map((x) => Math.min(x, maxDim)) : Array.from({ length: k }, (_, i) => Math.min(i, maxDim));
  const coords = await projector.project(dims);
  return { coords, note: `PCA ${dims.map((x) => `PC${x + 1}`).join('/')}${a.method === 'pca' ? '' : ` (side A shows ${a.method})`}` };
};

/** B's n_B x k layout in A's numbering (NaN where unpaired), aligned onto A's over the paired rows. */
export function alignOnto(coordsB: Float32Array, coordsA: Float32Array, p: RowPairing, nA: number, k: number): Float32Array {
  const inA = new Float32Array(nA * k).fill(NaN);
  for (const i of p.matched) for (let c = 0; c < k; c++) inA[i * k + c] = coordsB[p.bOfA[i] * k + c];
  const tr = procrustes(inA, coordsA, nA, k, p.matched);
  const out = applySimilarity(inA, nA, tr);
  return out;   // NaN rows stay NaN
}
