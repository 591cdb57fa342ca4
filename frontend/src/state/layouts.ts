// t-SNE, UMAP and custom-axes layouts: runs them (t-SNE and UMAP in their workers, on all points or
// on the isolated ones), streams frames to the plot, and keeps the last layout of each method so
// switching back does not recompute. One job: the page side of the non-PCA projections.
import type { GraphRequest, LayoutGraph } from '../compute/compute-client';
import type { TsneRunOptions } from '../compute/tsne/protocol';
import { createUmapClient, UmapStoppedError, type UmapClient, type UmapRunOptions } from '../compute/umap-client';
import { neighborCount } from '../compute/tsne/affinities';
import { placeFromSample, sampleRows, spreadCoincident, type SampleLayout } from '../compute/tsne/sample-placement';
import { gaussianFrom, seededRandom } from '../compute/random';
import { isCancelled, type LoadedRows } from './projection';
import { customProjection, type AxisQuery, type CustomResult } from './custom-axes';
import { noticeFrom, type Store } from './store';
import { firstTwoColumns, ImportedLayoutCache, importedName, isImportedMethod, usableImported, type ImportedMethod } from './imported-layouts';

interface TsneStatus { state: 'idle' | 'initializing' | 'running' | 'paused' | 'done' | 'stopped'; iteration: number; converged: boolean }

/** What the page needs of the t-SNE worker's client (compute/tsne-client.ts, TsneClient). */
export interface TsneClientLike {
  load(data: Float32Array, n: number, d: number, options?: { transfer?: boolean }): Promise<unknown>;
  loadGraph(graph: LayoutGraph): Promise<unknown>;
  start(options: TsneRunOptions, callbacks?: { onProgress?: (fraction: number) => void }): Promise<unknown>;
  pause(): Promise<TsneStatus>;
  resume(): Promise<TsneStatus>;
  perturb(amount?: number): Promise<TsneStatus>;
  stop(): Promise<TsneStatus>;
  setMaxIterations(maxIterations: number): Promise<TsneStatus>;
  onFrame(listener: (coordinates: Float32Array, iteration: number, converged: boolean, frame: { dim: 2 | 3; done: boolean; threads?: number }) => void): () => void;
  onState(listener: (status: TsneStatus) => void): () => void;
  /** The worker died (also mid-run, when no call is pending). */
  onFailure(listener: (error: Error) => void): () => void;
  dispose(): void;
}

/** t-SNE, UMAP and custom axes run here; an imported layout (computed in Python) is fetched and drawn. */
export type LayoutMethod = 'tsne' | 'umap' | 'custom' | ImportedMethod;
export const isLayoutMethod = (m: string): m is LayoutMethod => m === 'tsne' || m === 'umap' || m === 'custom' || isImportedMethod(m);

/** What Layouts uses of the UMAP worker's client. */
export type UmapClientLike = Pick<UmapClient, 'load' | 'loadGraph' | 'start' | 'stop' | 'onFrame' | 'onProgress'>;

export interface LayoutHost {
  store: Store;
  getData(): LoadedRows | null;
  /** Draws an n x k layout (rows outside the isolation NaN), fitted to `shown` (others hidden; default: the isolation). */
  place(coords: Float32Array, k: 2 | 3, axes: string[], shown?: Int32Array | null): void;
  /** Starts the t-SNE worker (null: not available in this build). */
  createTsneClient?: (() => TsneClientLike) | null;
  /** Starts the UMAP worker (default: umap.worker.js beside the bundle). */
  createUmapClient?: () => UmapClientLike;
  /**
   * The k-NN graph of all rows from the compute workers, for a run on all rows (null: not
   * available, e.g. no workers; the layout's worker then gets the rows and computes its own).
   */
  neighborGraph?: (request: GraphRequest, onProgress: (fraction: number) => void) => Promise<LayoutGraph> | null;
}

/**
 * The progressive path (t-SNE's and UMAP's): above this many rows (all of them, with the compute
 * workers' graph) a
 * random sample of SAMPLE_ROWS is laid out first, while the graph of all rows is built, and the
 * full run starts from it. 100,000 (the built-in tab's cap): up to there the graph of all rows
 * takes ~14 s of CPU (~7 s on 2 idle cores, bench/RESULTS.md) and the full run shows nearly as soon
 * as a sample would; above, the wait grows to minutes (1M: first iteration after 175-254 s).
 */
export const PROGRESSIVE_ROWS = 100_000;
const SAMPLE_ROWS = 5_000;
/** Enough for the sample's clusters to form (early exaggeration is 250) and settle. */
const SAMPLE_ITERATIONS = 500;
/** UMAP's default for up to 10,000 points. */
const SAMPLE_UMAP_EPOCHS = 500;
/** Noise (x the placed layout's spread) that separates rows placed at the same mean. */
const PLACEMENT_NOISE = 0.01;

/** Shares of a layout's start-up: the graph (compute workers), then the layout worker's own init. */
const GRAPH_SHARE = { tsne: 0.85, umap: 0.7 };

export interface RunStatus {
  method: 'tsne' | 'umap';
  state: 'idle' | 'initializing' | 'running' | 'paused' | 'done' | 'stopped' | 'error';
  iteration: number;
  total: number;
  progress: number;     // init fraction
  converged: boolean;
  error: string | null;
  points: number;
  /** While t-SNE's progressive path shows its sample: the sample's rows (iteration is the sample's); 0 otherwise. */
  sample: number;
  /** Threads the run's iterations or epochs run on (its worker and its layout helpers), as its last frame said. */
  threads: number;
}

export interface TsneSettings {
  perplexity: number; learningRate: number | 'auto'; maxIterations: number; seed: number;
  superviseColumn: number; ignoredLabel: string; superviseWeight: number;
}
export interface UmapSettings { nNeighbors: number; minDist: number; spread: number; nEpochs: number; seed: number; metric: 'euclidean' | 'cosine' }
export interface CustomSettings { column: number; x: AxisQuery; y: AxisQuery }

/** A progressive path's sample run: its rows, and its latest layout once one arrived. */
interface Sampling { run: number; rows: Int32Array; coords: Float32Array | null; dim: 2 | 3 }

const idle = (method: 'tsne' | 'umap'): RunStatus =>
  ({ method, state: 'idle', iteration: 0, total: 0, progress: 0, converged: false, error: null, points: 0, sample: 0, threads: 1 });

/**
 * The least time between a layout's frames for m points. Drawing a new layout costs the page a core
 * (software WebGL here: 1.2-2.8 s of the main thread at a million points), time the layout's threads
 * then lack: fewer frames for more points (1M: one per 5 s; 10k: every 100 ms).
 */
export function frameInterval(m: number): number {
  return Math.round(Math.max(80, Math.min(5000, m / 100)));
}

/** The rows a t-SNE / UMAP run sees (a copy of the isolated ones, or all): spherized in place
 *  (centred on their mean, unit length) when the projection's Spherize is on. */
export function spherizeRows(x: Float32Array, d: number, spherize: boolean): Float32Array {
  if (!spherize) return x;
  const m = x.length / d;
  const mean = new Float64Array(d);
  for (let i = 0; i < m; i++) for (let j = 0; j < d; j++) mean[j] += x[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= Math.max(1, m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) { const v = x[i * d + j] - mean[j]; x[i * d + j] = v; s += v * v; }
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < d; j++) x[i * d + j] *= inv;
  }
  return x;
}

/** m x k coordinates of `rows` spread back to n x k (other rows NaN). */
export function scatterRows(coords: Float32Array, n: number, k: number, rows: Int32Array | null): Float32Array {
  if (!rows) return coords;
  const out = new Float32Array(n * k).fill(NaN);
  rows.forEach((r, j) => { for (let a = 0; a < k; a++) out[r * k + a] = coords[j * k + a]; });
  return out;
}

export class Layouts {
  tsne: TsneSettings = { perplexity: 30, learningRate: 'auto', maxIterations: 1000, seed: 1, superviseColumn: -1, ignoredLabel: '', superviseWeight: 0.5 };
  umap: UmapSettings = { nNeighbors: 15, minDist: 0.1, spread: 1, nEpochs: 0, seed: 1, metric: 'euclidean' };
  custom: CustomSettings = { column: 0, x: { negative: '', positive: '' }, y: { negative: '', positive: '' } };
  status: Record<'tsne' | 'umap', RunStatus> = { tsne: idle('tsne'), umap: idle('umap') };
  customResult: CustomResult | null = null;
  private last: Partial<Record<LayoutMethod, { coords: Float32Array; k: 2 | 3; key: string; shown?: Int32Array }>> = {};
  /** Rows above which t-SNE and UMAP lay out a sample of sampleSize rows first (the browser tests lower both through the test hook). */
  progressiveRows = PROGRESSIVE_ROWS;
  sampleSize = SAMPLE_ROWS;
  /** Points from which t-SNE and UMAP share their iterations with layout helpers: null, each worker's own rule (the browser tests set it through the test hook). */
  helpersFrom: number | null = null;
  /** Each method's sample run while the graph of all rows is built (null: none, or handed over). */
  private samplings: Record<'tsne' | 'umap', Sampling | null> = { tsne: null, umap: null };
  private tsneClient: TsneClientLike | null = null;
  private umapClient: UmapClientLike | null = null;
  private loaded: Record<'tsne' | 'umap', string> = { tsne: '', umap: '' };
  private dataId = 0;
  private dataRef: LoadedRows | null = null;
  private listeners = new Set<() => void>();

  constructor(private host: LayoutHost) { this.followImportedFiles(); }

  onChange(f: () => void): () => void { this.listeners.add(f); return () => this.listeners.delete(f); }
  private emit(): void { for (const f of this.listeners) f(); }

  private setStatus(method: 'tsne' | 'umap', patch: Partial<RunStatus>): void {
    this.status[method] = { ...this.status[method], ...patch };
    this.emit();
  }

  /** Identity of the data + isolation a layout was computed on. */
  private key(extra = ''): string {
    const data = this.host.getData();
    if (data && data !== this.dataRef) { this.dataRef = data; this.dataId++; }
    const iso = this.host.store.state.isolated;
    const sph = this.host.store.state.spherize ? 'spherized' : 'raw';
    return `${this.dataId}|${sph}|${iso ? `${iso.length}:${iso[0]}:${iso[iso.length - 1]}` : 'all'}|${extra}`;
  }

  /** The app asks for the current method's layout (method switch, 2D/3D, isolation, new data). */
  project(): void {
    const s = this.host.store.state;
    if (!isLayoutMethod(s.method) || !this.host.getData()) return;
    if (isImportedMethod(s.method)) { void this.showImported(s.method); return; }
    const k: 2 | 3 = s.is3d && s.method !== 'custom' ? 3 : 2;
    const prev = this.last[s.method];
    if (s.method === 'custom') { this.runCustom(); return; }
    if (prev && prev.k === k && prev.key === this.key()) {
      this.draw(s.method, prev.coords, k, prev.shown);
      if (s.method === 'tsne' && this.pausedByLeaving) { this.pausedByLeaving = false; this.resumeTsne(); }
      return;
    }
    if (s.method === 'umap') void this.runUmap(); else void this.runTsne();
  }

  /** Draws a layout (only the rows of `shown`, when given: a sample). */
  private draw(method: LayoutMethod, coords: Float32Array, k: 2 | 3, shown?: Int32Array): void {
    this.last[method] = { coords, k, key: this.key(), shown };
    if (this.host.store.state.method !== method) return;
    const name = isImportedMethod(method) ? importedName(method) : method === 'tsne' ? 't-SNE' : method === 'umap' ? 'UMAP' : 'custom';
    this.host.place(coords, k, method === 'custom' ? ['custom-x', 'custom-y'] : Array.from({ length: k }, (_, a) => `${name}-${a}`), shown);
  }

  /** Bumped when settings are set from outside the panels (bookmarks): the panels show them again. */
  settingsVersion = 0;

  /** Sets t-SNE / UMAP / custom settings (e.g. from a bookmark); the panels follow. */
  applySettings(patch: { tsne?: Partial<TsneSettings>; umap?: Partial<UmapSettings>; custom?: Partial<CustomSettings> }): void {
    if (patch.tsne) Object.assign(this.tsne, patch.tsne);
    if (patch.umap) Object.assign(this.umap, patch.umap);
    if (patch.custom) Object.assign(this.custom, patch.custom);
    this.settingsVersion++;
    this.emit();
    if (patch.custom && this.host.store.state.method === 'custom') this.runCustom();
  }

  /** Shows given coordinates (n x k) as `method`'s layout without a run, e.g. from a bookmark. */
  setLayout(method: LayoutMethod, coords: Float32Array, k: 2 | 3): void { this.draw(method, coords, k); }

  /** The layout of `method` last drawn, for export (n x k). */
  lastLayout(method: LayoutMethod): { coords: Float32Array; k: 2 | 3 } | null { return this.last[method] ?? null; }

  private customRequest = 0;

  /** Custom axes on the current settings (computed where the rows live; the newest request wins). */
  runCustom(): void {
    const data = this.host.getData();
    const s = this.host.store.state;
    const col = s.columns[this.custom.column];
    if (!data) return;
    const request = ++this.customRequest;
    customProjection(data.source, data.n, data.d, col ? col.values : [], this.custom.x, this.custom.y).then((r) => {
      if (request !== this.customRequest || this.host.getData() !== data) return;
      this.customResult = r;
      this.emit();
      this.draw('custom', r.coords, 2);
    }, (err: unknown) => {
      if (!isCancelled(err)) this.host.store.set({ notices: [...this.host.store.state.notices, noticeFrom('error', err)] });
    });
  }

  // ---- imported (computed in Python, stored beside the tensor) ----
  private importedLayouts = new ImportedLayoutCache();
  private importedRequest = 0;
  /** The imported layout drawn last and its file's version: a Reload that lists another version draws the new file. */
  private importedShown = '';

  private followImportedFiles(): void {
    this.host.store.subscribe((s, changed) => {
      // Only a Reload of the tensor shown (a new tensor or run draws its own layout once loaded).
      if (!changed.has('info') || changed.has('tensorName') || changed.has('run') || !isImportedMethod(s.method) || s.loading) return;
      const listed = usableImported(s, s.method);
      if (listed && this.importedShown && `${s.method}|${listed.version ?? ''}` !== this.importedShown) this.project();
    });
  }

  /** Fetches the layout once per tensor and draws it as it is: n x 3 in 3D, its first two columns in 2D. */
  private async showImported(method: ImportedMethod): Promise<void> {
    const store = this.host.store;
    const s = store.state;
    const data = this.host.getData();
    const listed = usableImported(s, method);
    if (!data || s.run === null || s.tensorName === null || !listed) return;
    if (listed.dims === 2 && s.is3d) { store.set({ is3d: false }); return; }   // that change projects again
    const request = ++this.importedRequest;
    const name = importedName(method);
    store.set({ computing: `Loading the layout "${name}"…` });
    try {
      const layout = await this.importedLayouts.get(s.run, s.tensorName, name, listed.version ?? '');
      // Another choice, or other data (a new tensor or step), meanwhile: that one is drawn instead.
      if (request !== this.importedRequest || store.state.method !== method || this.host.getData() !== data) return;
      if (layout.n !== data.n) throw new Error(`layout "${name}" has ${layout.n} rows; the tensor has ${data.n}`);
      const k: 2 | 3 = layout.k === 3 && store.state.is3d ? 3 : 2;
      this.importedShown = `${method}|${listed.version ?? ''}`;
      this.draw(method, k === layout.k ? layout.coords : firstTwoColumns(layout.coords, layout.n, layout.k), k);
    } catch (err) {
      if (isCancelled(err) || request !== this.importedRequest || this.host.getData() !== data) return;
      store.set({ notices: [...store.state.notices, noticeFrom('error', err)] });
    } finally {
      if (request === this.importedRequest) store.set({ computing: null });
    }
  }

  // ---- UMAP ----
  async runUmap(): Promise<void> {
    const data = this.host.getData();
    if (!data) return;
    const s = this.host.store.state;
    const rows = s.isolated;
    const dim: 2 | 3 = s.is3d ? 3 : 2;
    const key = this.key();
    const run = ++this.runs.umap;
    try {
      if (!this.umapClient) {
        this.umapClient = (this.host.createUmapClient ?? createUmapClient)();
        this.umapClient.onProgress((p) => { if (!this.samplings.umap) this.setStatus('umap', { progress: this.workerProgress('umap', p.fraction) }); });
        this.umapClient.onFrame((coords, epoch, nEpochs, done, frame) => {
          if (this.samplings.umap) { this.sampleFrame('umap', coords); return; }
          // A run the page no longer waits for (replaced while the next one's graph is built).
          if (this.inWorker.umap !== this.runs.umap) return;
          this.setStatus('umap', { iteration: epoch, total: nEpochs, state: done ? 'done' : 'running', threads: frame.threads });
          this.draw('umap', scatterRows(coords, this.host.getData()?.n ?? 0, frame.dim, this.runRows.umap), frame.dim);
        });
      }
      this.setStatus('umap', { state: 'initializing', iteration: 0, total: 0, progress: 0, error: null, points: rows ? rows.length : data.n });
      const u = this.umap;
      const client = this.umapClient;
      // The run this one replaces stops computing now, not when this one's graph is ready.
      if (this.inWorker.umap) void client.stop().catch(() => {});
      this.samplings.umap = null;
      if (!rows && data.n > this.progressiveRows && this.host.neighborGraph) {
        void this.runSample('umap', client, run, data, dim, s.spherize, u.seed,
          () => client.start({ nNeighbors: u.nNeighbors, minDist: u.minDist, spread: u.spread, seed: u.seed, metric: u.metric, dim, nEpochs: SAMPLE_UMAP_EPOCHS }));
      }
      let placed = false;
      const handOver = (graph: LayoutGraph | null) => { placed = this.handOver('umap', graph, run, u.nNeighbors - 1, u.seed); };
      if (!(await this.sendInput('umap', client, { k: u.nNeighbors - 1, metric: u.metric, spherize: s.spherize }, key, run, handOver))) return;
      this.runRows.umap = rows;
      const opts: UmapRunOptions = {
        nNeighbors: u.nNeighbors, minDist: u.minDist, spread: u.spread, seed: u.seed, metric: u.metric, dim,
        frameMilliseconds: frameInterval(rows ? rows.length : data.n),
      };
      if (this.helpersFrom !== null) opts.helpersFrom = this.helpersFrom;
      if (placed) opts.initialization = 'given';
      if (u.nEpochs > 0) opts.nEpochs = u.nEpochs;
      this.inWorker.umap = run;
      const last = await client.start(opts);
      if (this.runs.umap === run) this.setStatus('umap', { state: last.done ? 'done' : 'stopped' });
    } catch (err) {
      this.endSample('umap', run);
      if (isCancelled(err) || this.runs.umap !== run) return;
      // Stopped while building the graph / initial layout: a user stop, not a failure; ready to run again.
      if (err instanceof UmapStoppedError) { this.setStatus('umap', { state: 'stopped', error: null, iteration: 0 }); return; }
      this.setStatus('umap', { state: 'error', error: err instanceof Error ? err.message : String(err) });
    }
  }

  /**
   * Every row of the graph placed from a sample's layout: drawn, and handed to the full run as the
   * graph's hints (its start: t-SNE scales it like the PCA start, UMAP like its spectral one).
   */
  private placeEveryRow(method: 'tsne' | 'umap', graph: LayoutGraph, sample: SampleLayout, k: number, seed: number): void {
    const placed = placeFromSample(graph.n, graph.parts, k, sample);
    spreadCoincident(placed, sample.dim, PLACEMENT_NOISE, gaussianFrom(seededRandom(seed + 1)));
    this.runRows[method] = null;
    this.draw(method, placed.slice(), sample.dim as 2 | 3);   // `placed` itself moves to the worker
    graph.hints = [{ start: 0, dims: sample.dim, coordinates: placed }];
  }

  /**
   * The progressive path's first layout: a random sample's own t-SNE or UMAP (its rows, its small
   * graph, in the method's worker: `start` starts it) while the compute workers build the graph of
   * all rows. Only a preview: a stop, the hand-over, a newer load or a failure end it, and the full
   * run goes on.
   */
  private async runSample(
    method: 'tsne' | 'umap', client: Pick<TsneClientLike, 'load'>, run: number, data: LoadedRows, dim: 2 | 3, spherize: boolean,
    seed: number, start: () => Promise<unknown>,
  ): Promise<void> {
    const rows = sampleRows(data.n, this.sampleSize, seededRandom(seed));
    const sampling: Sampling = { run, rows, coords: null, dim };
    const current = () => this.samplings[method] === sampling;
    this.samplings[method] = sampling;
    this.setStatus(method, { sample: rows.length });
    this.loaded[method] = '';   // the worker's rows are the sample's from now on
    try {
      const sample = spherizeRows(await data.source.rows(rows), data.d, spherize);
      if (!current()) return;
      await client.load(sample, rows.length, data.d, { transfer: true });
      if (!current()) return;
      await start();
    } catch {
      // superseded by the full run (its graph arrived) or stopped: nothing to show
    }
  }

  /** A frame of the sample run, drawn with only the sampled rows shown; answers whether it was this run's. */
  private sampleFrame(method: 'tsne' | 'umap', coords: Float32Array): boolean {
    const sampling = this.samplings[method];
    if (!sampling || sampling.run !== this.runs[method]) return false;
    sampling.coords = coords;
    this.draw(method, scatterRows(coords, this.host.getData()?.n ?? 0, sampling.dim, sampling.rows), sampling.dim, sampling.rows);
    return true;
  }

  /**
   * The graph of all rows is ready: the sample run ends; with a layout of it, every row is placed
   * from it along the graph and drawn (the full run starts there), else the run starts as usual.
   * Answers whether the rows were placed.
   */
  private handOver(method: 'tsne' | 'umap', graph: LayoutGraph | null, run: number, k: number, seed: number): boolean {
    const sampling = this.samplings[method];
    this.samplings[method] = null;
    if (sampling?.run !== run) return false;
    const placed = !!graph && !!sampling.coords;
    if (placed) this.placeEveryRow(method, graph, { rows: sampling.rows, coordinates: sampling.coords!, dim: sampling.dim }, k, seed);
    this.setStatus(method, placed ? { sample: 0, iteration: 0 } : { sample: 0 });
    return placed;
  }

  /** The run ended before its hand-over: its sample (if any) with it. */
  private endSample(method: 'tsne' | 'umap', run: number): void {
    if (this.samplings[method]?.run !== run) return;
    this.samplings[method] = null;
    this.setStatus(method, { sample: 0 });
  }

  private runRows: Record<'tsne' | 'umap', Int32Array | null> = { tsne: null, umap: null };
  /** Runs started per method: a run still waiting for its graph gives way to a newer one (or a stop). */
  private runs = { tsne: 0, umap: 0 };
  /** Whether the current run's start-up began with the compute workers' graph (progress shares). */
  private fromGraph = { tsne: false, umap: false };
  /** The run whose start() the layout's worker got (0: none yet); before that a stop ends it here. */
  private inWorker = { tsne: 0, umap: 0 };
  /** Gives up the current run's wait for the compute workers' graph (its build stops if nobody else waits). */
  private graphWait: Record<'tsne' | 'umap', AbortController | null> = { tsne: null, umap: null };

  stopUmap(): void {
    if (!this.stopBeforeWorker('umap')) void this.umapClient?.stop();
  }

  stopTsne(): void {
    if (this.stopBeforeWorker('tsne')) return;
    const st = this.status.tsne.state;
    if (st !== 'initializing' && st !== 'running' && st !== 'paused') return;
    this.tsneClient?.stop().then(
      () => this.setStatus('tsne', { state: 'stopped' }),
      (error: unknown) => { if (!isCancelled(error)) this.setStatus('tsne', { state: 'error', error: error instanceof Error ? error.message : String(error) }); },
    );
  }

  /**
   * A stop while the run has not reached its worker (the graph is being built or handed over):
   * the graph wait is given up and the run ends here. False if the worker runs it (stop it there).
   */
  private stopBeforeWorker(method: 'tsne' | 'umap'): boolean {
    this.graphWait[method]?.abort();
    this.graphWait[method] = null;
    if (this.status[method].state !== 'initializing' || this.inWorker[method] === this.runs[method]) return false;
    this.runs[method]++;
    if (this.samplings[method]) {
      this.samplings[method] = null;
      void (method === 'tsne' ? this.tsneClient : this.umapClient)?.stop().catch(() => {});
    }
    this.setStatus(method, { state: 'stopped', error: null, iteration: 0, sample: 0 });
    return true;
  }

  /** A layout worker's init progress, after the graph's share when the run began with the graph. */
  private workerProgress(method: 'tsne' | 'umap', fraction: number): number {
    const share = this.fromGraph[method] ? GRAPH_SHARE[method] : 0;
    return share + (1 - share) * fraction;
  }

  /**
   * Gives the layout's worker what a run starts from: for all rows, the compute workers' k-NN
   * graph (no rows leave the page); for the isolated rows (or without compute workers), those
   * rows, and the worker computes their small graph itself. False if a newer run or a stop
   * took over meanwhile.
   */
  private async sendInput(
    method: 'tsne' | 'umap',
    client: Pick<TsneClientLike, 'load' | 'loadGraph'>,
    request: GraphRequest,
    key: string,
    run: number,
    beforeLoad?: (graph: LayoutGraph | null) => void,
  ): Promise<boolean> {
    const data = this.host.getData()!;
    const s = this.host.store.state;
    const rows = s.isolated;
    const wait = new AbortController();
    this.graphWait[method]?.abort();
    this.graphWait[method] = wait;
    const graph = rows ? null : this.host.neighborGraph?.({ ...request, signal: wait.signal }, (f) => {
      if (this.runs[method] === run) this.setStatus(method, { progress: GRAPH_SHARE[method] * f });
    }) ?? null;
    this.fromGraph[method] = !!graph;
    if (graph) {
      const layoutGraph = await graph;
      if (this.graphWait[method] === wait) this.graphWait[method] = null;
      if (this.runs[method] !== run) return false;
      this.loaded[method] = ''; // the worker lets the graph go after one run
      beforeLoad?.(layoutGraph);
      await client.loadGraph(layoutGraph);
      return this.runs[method] === run;
    }
    beforeLoad?.(null);
    if (this.loaded[method] !== key) {
      this.loaded[method] = '';
      // A fresh copy: moved to the layout's worker, not copied again.
      await client.load(spherizeRows(await data.source.rows(rows), data.d, s.spherize), rows ? rows.length : data.n, data.d, { transfer: true });
      this.loaded[method] = key;
    }
    return this.runs[method] === run;
  }

  // ---- t-SNE ----
  async runTsne(): Promise<void> {
    this.pausedByLeaving = false;
    const data = this.host.getData();
    if (!data) return;
    const s = this.host.store.state;
    const rows = s.isolated;
    const m = rows ? rows.length : data.n;
    const dim: 2 | 3 = s.is3d ? 3 : 2;
    const key = this.key();
    const run = ++this.runs.tsne;
    try {
      if (!this.tsneClient) {
        if (!this.host.createTsneClient) throw new Error('the t-SNE worker is not part of this build');
        this.tsneClient = this.host.createTsneClient();
        this.tsneClient.onFrame((coords, iteration, converged, frame) => {
          if (this.samplings.tsne) { if (this.sampleFrame('tsne', coords)) this.setStatus('tsne', { iteration }); return; }
          // A run the page no longer waits for (stopped or replaced while the next one's graph is built).
          if (this.inWorker.tsne !== this.runs.tsne) return;
          this.setStatus('tsne', { iteration, converged, state: frame.done ? 'done' : this.status.tsne.state === 'paused' ? 'paused' : 'running', threads: frame.threads ?? 1 });
          this.draw('tsne', scatterRows(coords, this.host.getData()?.n ?? 0, frame.dim, this.runRows.tsne), frame.dim);
        });
        this.tsneClient.onState((st: TsneStatus) => {
          if (!this.samplings.tsne && this.inWorker.tsne === this.runs.tsne) this.setStatus('tsne', { state: st.state, iteration: st.iteration, converged: st.converged });
        });
        this.tsneClient.onFailure((error) => this.tsneFailed(error));
      }
      this.setStatus('tsne', { state: 'initializing', iteration: 0, total: this.tsne.maxIterations, progress: 0, error: null, converged: false, points: m, sample: 0 });
      const t = this.tsne;
      const client = this.tsneClient;
      const k = neighborCount(m, t.perplexity);
      this.samplings.tsne = null;
      if (!rows && m > this.progressiveRows && this.host.neighborGraph) {
        void this.runSample('tsne', client, run, data, dim, s.spherize, t.seed,
          () => client.start({ dim, perplexity: t.perplexity, learningRate: 'auto', seed: t.seed, maxIterations: SAMPLE_ITERATIONS, frameMilliseconds: 100 }));
      }
      const handOver = (graph: LayoutGraph | null) => { this.handOver('tsne', graph, run, k, t.seed); };
      if (!(await this.sendInput('tsne', client, { k, metric: 'euclidean', spherize: s.spherize, perplexity: t.perplexity }, key, run, handOver))) return;
      this.runRows.tsne = rows;
      const opts: TsneRunOptions = {
        dim, perplexity: t.perplexity, learningRate: t.learningRate, seed: t.seed, maxIterations: t.maxIterations,
        frameMilliseconds: frameInterval(m),
      };
      if (this.helpersFrom !== null) opts.helpersFrom = this.helpersFrom;
      const sup = this.supervision(rows);
      if (sup) opts.supervise = sup;
      this.inWorker.tsne = run;
      await client.start(opts, { onProgress: (f) => this.setStatus('tsne', { progress: this.workerProgress('tsne', f) }) });
    } catch (err) {
      if (isCancelled(err)) return;
      this.setStatus('tsne', { state: 'error', error: err instanceof Error ? err.message : String(err) });
    } finally {
      this.endSample('tsne', run);
    }
  }

  /** Labels of the supervising column as class ids (-1: missing or the ignored label). */
  private supervision(rows: Int32Array | null): TsneRunOptions['supervise'] | undefined {
    const col = this.host.store.state.columns[this.tsne.superviseColumn];
    if (!col || this.tsne.superviseWeight <= 0) return undefined;
    const ids = new Map<string, number>();
    const n = rows ? rows.length : col.values.length;
    const labels = new Int32Array(n);
    const ignored = this.tsne.ignoredLabel.trim();
    for (let j = 0; j < n; j++) {
      const v = col.values[rows ? rows[j] : j] ?? '';
      if (v === '' || (ignored !== '' && v === ignored)) { labels[j] = -1; continue; }
      let id = ids.get(v);
      if (id === undefined) { id = ids.size; ids.set(v, id); }
      labels[j] = id;
    }
    return { labels, weight: this.tsne.superviseWeight };
  }

  private pausedByLeaving = false;

  /**
   * Another method was chosen: a running t-SNE pauses (the cores are shared) and resumes on return;
   * a t-SNE still starting, or UMAP, stops (its graph build too; coming back starts it again or
   * shows where it stopped).
   */
  leaving(method: string): void {
    if (method === 'tsne' && this.status.tsne.state === 'running') { this.pausedByLeaving = true; this.pauseTsne(); }
    else if (method === 'tsne' && this.status.tsne.state === 'initializing') this.stopTsne();
    else if (method === 'umap' && (this.status.umap.state === 'running' || this.status.umap.state === 'initializing')) this.stopUmap();
  }

  pauseTsne(): void { this.controlTsne(this.tsneClient?.pause(), true); }
  resumeTsne(): void { this.controlTsne(this.tsneClient?.resume(), true); }
  perturbTsne(): void { this.controlTsne(this.tsneClient?.perturb(), false); }
  setTsneMaxIterations(max: number): void {
    this.tsne.maxIterations = max;
    this.setStatus('tsne', { total: max });
    this.controlTsne(this.tsneClient?.setMaxIterations(max), false);
  }

  /** A control call's answer: the run's new state (if asked), or the error that ended it. */
  private controlTsne(call: Promise<TsneStatus> | undefined, showState: boolean): void {
    call?.then(
      (st) => { if (showState) this.setStatus('tsne', { state: st.state, iteration: st.iteration }); },
      (error: unknown) => { if (!isCancelled(error)) this.setStatus('tsne', { state: 'error', error: error instanceof Error ? error.message : String(error) }); },
    );
  }

  /** The worker died: show why, and let the next run start a fresh worker. */
  private tsneFailed(error: Error): void {
    this.tsneClient?.dispose();
    this.tsneClient = null;
    this.loaded.tsne = '';
    this.setStatus('tsne', { state: 'error', error: error.message });
  }

  /** Stops runs (the data changed); cached layouts are dropped. */
  reset(): void {
    this.last = {};
    this.importedLayouts.clear();
    this.loaded = { tsne: '', umap: '' };
    this.runs.tsne++; // a run still waiting for its graph does not start
    this.runs.umap++;
    this.samplings = { tsne: null, umap: null };
    if (this.status.tsne.state === 'running' || this.status.tsne.state === 'paused' || this.status.tsne.state === 'initializing') void this.tsneClient?.stop();
    if (this.status.umap.state === 'running' || this.status.umap.state === 'initializing') void this.umapClient?.stop();
    this.status = { tsne: idle('tsne'), umap: idle('umap') };
    this.customResult = null;
    this.emit();
  }
}
