// The Session runs the tab's data flow: load (runs -> info -> tensor, metadata, sprite), compute
// (PCA or identity; t-SNE, UMAP, custom axes and imported layouts belong to analysis.ts's Layouts),
// place (fit, step alignment, draw) and the selected point's neighbour list.
//
// Generations: every tensor load starts one; work of an older one (a superseded download, a PCA of
// the previous tensor, a neighbour list asked for before) is dropped when it returns, and the load's
// AbortController stops its downloads. What each state change starts is the table in react();
// changes the session makes itself (setQuiet: a load's view settings, a PCA's components, a
// bookmark being applied) do not start a projection there, its own code does.
import { api } from './data/api';
import type { Legend } from './data/legend';
import { loadAtlas, type SpriteAtlas } from './render/sprites';
import type { Scatter } from './render/scatter';
import type { StepTransition } from './state/layout-display';
import { currentEmbedding, loadEmbedding, runNotices, viewSettings } from './state/loader';
import { neighborsOfRow } from './state/neighbors';
import { createProjector, isCancelled, type PcaResultSummary, type Projector, type RowSource } from './state/projection';
import { placeRows } from './state/selection';
import { noticeFrom, type AppState, type Cause, type Store } from './state/store';
import { resolveNeighbors, type NeighborSettings } from './ui/neighbors-panel';
import type { Timings } from './ui/test-hook';

/** Above this many rows PCA is first estimated from PCA_PREVIEW_ROWS rows (1M x 128: ~0.2 s instead of ~2.5 s). */
const PCA_PREVIEW_ABOVE = 200_000;
const PCA_PREVIEW_ROWS = 65_536;

/** The tensor shown: its shape, and its rows where they live (the compute workers: read on demand). */
export interface SessionData { source: RowSource; n: number; d: number; etag: string | null }

/** The layout drawn last, n x k exactly as computed (after step alignment). */
export interface PlacedLayout { coords: Float32Array; k: number; axes: string[] }

/** Where the session shows what it does. */
export interface SessionStage {
  store: Store;
  scatter: Scatter;
  steps: StepTransition;
  hook: Timings;
  density: { setLayout(positions: Float32Array, n: number, k: number): void };
  tooltip: { hide(): void };
  /** The message over an empty plot (null: hidden). */
  setEmpty(text: string | null): void;
  /** Point size for n points at the chosen scale. */
  pointSize(n: number): number;
  /** The compute workers (default: createProjector(); tests pass their own). */
  projector?: Projector;
}

/** What analysis.ts and compare.ts add; bound once they are built (they call place() themselves). */
export interface SessionParts {
  analysis: { owns(s: AppState): boolean; project(): void; neighborSettings: NeighborSettings };
  compare: { pointColors(s: AppState, n: number): { rgb: Float32Array; legend: Legend }; placed(): void };
}

export class Session {
  /** One projector (compute workers) for the session: load() supersedes the previous tensor's work. */
  readonly projector: Projector;
  data: SessionData | null = null;
  atlas: SpriteAtlas | null = null;
  lastLayout: PlacedLayout | null = null;
  /** A layout of the current data is on screen. */
  positionsReady = false;
  private generation = 0;
  private abort: AbortController | null = null;
  private neighborRequest = 0;   // the newest neighbour list asked for (answers arrive asynchronously)
  private parts: SessionParts | null = null;

  constructor(private readonly stage: SessionStage) {
    const { store } = stage;
    this.projector = stage.projector ?? createProjector();
    this.projector.onFallback = (message) => store.set({ notices: [...store.state.notices, { level: 'warning', message }] });
  }

  /**
   * Binds analysis.ts and compare.ts and starts reacting to the store. After them: their listeners
   * see a change first (Layouts leaves the old method before a new projection starts).
   */
  attach(parts: SessionParts): void {
    this.parts = parts;
    this.stage.store.subscribe((s, changed, cause) => this.react(s, changed, cause));
  }

  /** store.set without starting a projection (the caller then shows coordinates itself). */
  setQuiet(patch: Partial<AppState>): void { this.stage.store.set(patch, 'session'); }

  /** Starts the flow: the runs, then the first run's info and tensor. */
  start(): void { void this.loadRuns(); }

  /** What each state change starts. */
  private react(s: AppState, changed: Set<keyof AppState>, cause: Cause): void {
    const has = (k: keyof AppState) => changed.has(k);
    const shown = s.tensorName !== null && !!s.info;
    // Loading: another run, tensor, step or transfer encoding.
    if (has('run')) { this.positionsReady = false; void this.loadInfo(); }
    else if ((has('tensorName') || has('step')) && shown) void this.loadTensor(this.takeKeepView());
    else if (has('transfer') && shown) void this.loadTensor(true);
    // Computing: the user's projection settings (the session's own changes are followed by its own code).
    if (cause === 'user') {
      if (has('spherize') || has('method')) void this.computeProjection();
      else if (has('dims') || has('is3d')) this.reproject().catch((err) => this.fail(err));
    }
    // Colours: another colour column clears the legend entry picked (then recolours through that change).
    if (has('colorColumn') && s.focusCategory !== null) this.stage.store.set({ focusCategory: null });
    else if (has('colorColumn') || has('dark') || has('focusCategory') || has('searchMatches') || has('selection') ||
      has('columns') || has('movedPoints') || has('neighbors')) this.recolor();
    // The selected point's neighbours.
    if (has('selected') || (has('spherize') && s.selected >= 0)) this.findNeighbors(s);
  }

  private takeKeepView(): boolean {
    const keep = this.stage.steps.keepNextView;
    this.stage.steps.keepNextView = false;
    return keep;
  }

  fail(err: unknown, level: 'error' | 'warning' = 'error'): void {
    if (isCancelled(err)) return;
    console.warn('embproj:', err);
    const { store } = this.stage;
    store.set({ notices: [...store.state.notices, noticeFrom(level, err)], loading: null, computing: null });
  }

  recolor(): void {
    if (!this.data || !this.parts) return;
    const { rgb, legend } = this.parts.compare.pointColors(this.stage.store.state, this.data.n);   // the column's, or neighbourhood change
    this.stage.scatter.setColors(rgb);
    this.stage.store.set({ legend });
  }

  /** Draws an n x k layout, fitted to the `shown` rows (others hidden): the isolated ones by default. */
  place(coords: Float32Array, k: 2 | 3, axes: string[], shown: Int32Array | null = this.stage.store.state.isolated): void {
    const { store, scatter, steps, density, hook } = this.stage;
    const data = this.data;
    if (!data) return;
    coords = steps.beforePlace(coords, k, data.n);
    this.lastLayout = { coords, k, axes };
    scatter.set3d(k === 3);
    const positions = placeRows(coords, data.n, k, shown);
    steps.present(positions, data.n);
    density.setLayout(positions, data.n, k);
    this.positionsReady = true;
    hook.projectionGeneration++;
    this.stage.setEmpty(null);
    this.parts?.compare.placed();
  }

  /** The current projection's coordinates again (other components, 2-D/3-D) and drawn. */
  async reproject(): Promise<void> {
    const s = this.stage.store.state;
    const data = this.data;
    if (!data || (s.method === 'pca' && !s.variance)) return;
    if (this.parts?.analysis.owns(s)) { this.parts.analysis.project(); return; }
    const gen = this.generation;
    const k = s.is3d ? 3 : 2;
    const dims = s.dims.slice(0, k);
    let coords: Float32Array;
    if (s.method === 'identity') {
      const all = await this.projector.identity(s.spherize);
      coords = new Float32Array(data.n * k);
      for (let i = 0; i < data.n; i++) for (let a = 0; a < k; a++) coords[i * k + a] = all[i * 3 + dims[a]] ?? 0;
    } else {
      coords = await this.projector.project(dims);
    }
    if (gen !== this.generation) return;
    this.place(coords, k, dims.map((x) => (s.method === 'pca' ? `PC${x + 1}` : `dim${x}`)));
  }

  /** PCA (or nothing to compute: identity, layouts) for the current settings, then reproject(). */
  async computeProjection(): Promise<void> {
    const { store, hook } = this.stage;
    const s = store.state;
    const data = this.data;
    if (!data) return;
    const gen = this.generation;
    try {
      if (s.method === 'pca') {
        const k = Math.min(10, data.d);
        const label = `PCA on all ${data.n.toLocaleString('en-US')} points`;
        const stillWanted = () => gen === this.generation && store.state.method === 'pca' && store.state.spherize === s.spherize;
        const show = (r: PcaResultSummary, computing: string | null) => {
          const maxDim = r.varianceFraction.length - 1;
          const dims = store.state.dims.map((x, a) => Math.min(x, Math.max(0, maxDim), a <= maxDim ? maxDim : 0)) as [number, number, number];
          this.setQuiet({ variance: r.varianceFraction, dims, computing });
        };
        if (data.n > PCA_PREVIEW_ABOVE) {
          // A large tensor is drawn first on axes estimated from a sample (seconds sooner), then on the exact ones.
          store.set({ computing: `PCA of ${PCA_PREVIEW_ROWS.toLocaleString('en-US')} sampled points…` });
          const preview = await this.projector.pca(k, { spherize: s.spherize, sampleRows: PCA_PREVIEW_ROWS });
          if (!stillWanted()) return;
          show(preview, `${label}…`);
          await this.reproject();
          if (!stillWanted()) return;
        }
        store.set({ computing: `${label}…` });
        const r = await this.projector.pca(k, {
          spherize: s.spherize,
          onProgress: (f) => { if (gen === this.generation) store.set({ computing: `${label}: ${Math.round(100 * f)}%` }); },
        });
        if (!stillWanted()) return;
        hook.pcaDoneEpoch = Date.now();
        show(r, null);
      } else {
        this.setQuiet({ variance: null, computing: null });
      }
      await this.reproject();
    } catch (err) {
      if (gen === this.generation) this.fail(err);
    }
  }

  /** Loads the current tensor (a new generation); `keepView`: another step of the same series. */
  async loadTensor(keepView = false): Promise<void> {
    const { store, scatter, hook, setEmpty } = this.stage;
    this.abort?.abort();
    const ctl = new AbortController();
    this.abort = ctl;
    const gen = ++this.generation;
    const e = currentEmbedding(store);
    const shapeBefore = { n: store.state.n, d: store.state.d };   // the reset below zeroes them
    this.positionsReady = false;
    this.data = null;
    this.atlas = null;
    scatter.setAtlas(null);
    if (!keepView) scatter.setPositions(new Float32Array(0), 0);   // a step switch keeps the old points until the new ones
    this.stage.tooltip.hide();
    const base = runNotices(store);
    store.set({ selected: -1, hovered: -1, variance: null, focusCategory: null, columns: [], legend: { kind: 'none' }, notices: base, n: 0, d: 0,
      computing: null, loading: null });
    if (!e) { setEmpty(store.state.runs.length ? 'No embeddings in this run.' : 'No runs with embeddings found.'); return; }
    const warnings = (e.warnings ?? []).map((w) => noticeFrom('warning', w));
    if (e.error) {
      store.set({ notices: [...base, noticeFrom('error', e.error), ...warnings] });
      setEmpty(`Cannot show ${e.tensorName}.`);
      return;
    }
    setEmpty(`Loading ${e.tensorName}…`);
    store.set({ notices: [...base, ...warnings] });
    try {
      // The rows stream into the compute workers while they download: none stay on the page.
      const got = await loadEmbedding(store, e, ctl.signal, loadAtlas, (n, d) => this.projector.beginLoad(n, d));
      if (gen !== this.generation) return;
      hook.dataLoadedEpoch = Date.now();
      this.atlas = got.atlas;
      this.data = { source: this.projector, n: got.n, d: got.d, etag: got.etag };
      scatter.setAtlas(this.atlas);
      scatter.setPointSize(this.stage.pointSize(got.n));
      const sameShape = keepView && shapeBefore.n === got.n && shapeBefore.d === got.d;
      this.setQuiet({
        loading: null, n: got.n, d: got.d, columns: got.columns, hasSprite: !!this.atlas,
        notices: [...store.state.notices, ...got.notices], ...viewSettings(store.state, got, sameShape),
      });
      if (!sameShape) scatter.controls.reset();
      scatter.setSpriteMode(store.state.showSprites);
      this.recolor();
      await this.computeProjection();
    } catch (err) {
      if (gen !== this.generation) return;
      setEmpty(`Cannot show ${e.tensorName}.`);
      this.fail(err);
    }
  }

  private async loadInfo(keepView = false): Promise<void> {
    const { store, setEmpty } = this.stage;
    const run = store.state.run;
    if (run === null) return;
    try {
      const info = await api.info(run);
      if (store.state.run !== run) return;
      const prev = store.state.tensorName;
      const names = info.embeddings.map((e) => e.tensorName);
      const tensorName = prev && names.includes(prev) ? prev
        : (info.embeddings.find((e) => !e.error) ?? info.embeddings[0])?.tensorName ?? null;
      store.set({ info, tensorName });
      if (tensorName === prev || tensorName === null) await this.loadTensor(keepView);
    } catch (err) {
      store.set({ info: null, tensorName: null, notices: [] });
      setEmpty('Cannot read this run.');
      this.fail(err);
    }
  }

  private async loadRuns(): Promise<void> {
    const { store, setEmpty } = this.stage;
    try {
      const runs = await api.runs();
      const run = store.state.run !== null && runs.includes(store.state.run) ? store.state.run : runs[0] ?? null;
      store.set({ runs, run });
      if (!runs.length) setEmpty('No runs with embeddings found in the log directory.');
    } catch (err) {
      setEmpty('Cannot list runs.');
      this.fail(err);
    }
  }

  /** TensorBoard's reload: the runs again, and the shown tensor again if its run, config or bytes changed. */
  async reload(): Promise<void> {
    const { store } = this.stage;
    const before = { run: store.state.run, etag: this.data?.etag ?? null, tensor: store.state.tensorName };
    await this.loadRuns();
    if (store.state.run !== before.run || before.run === null) return;
    try {
      if (!before.tensor) {   // the run showed no tensor (e.g. a broken config): has it been fixed?
        const info = await api.info(before.run);
        if (JSON.stringify(info) !== JSON.stringify(store.state.info)) await this.loadInfo();
        return;
      }
      const info = await api.info(before.run);
      const e = info.embeddings.find((x) => x.tensorName === before.tensor);
      const etag = e && !e.error ? await api.tensorEtag(before.run, e.tensorName) : null;
      const changed = JSON.stringify(info) !== JSON.stringify(store.state.info);
      if (changed || (etag && etag !== before.etag)) {
        store.set({ info, tensorName: e ? before.tensor : store.state.tensorName });
        if (e && etag !== before.etag) await this.loadTensor(true);
        else if (!e) await this.loadInfo();
        else store.set({ notices: [...runNotices(store), ...(e.warnings ?? []).map((w) => noticeFrom('warning', w))] });
      }
    } catch (err) {
      this.fail(err, 'warning');
    }
  }

  /** The selected row's neighbour list, as the neighbours settings ask (the newest request wins). */
  private findNeighbors(s: AppState): void {
    const { store } = this.stage;
    const settings = this.parts?.analysis.neighborSettings;
    if (!settings) return;
    const query = resolveNeighbors(settings, s.spherize, this.data?.n ?? 0);
    const row = s.selected, request = ++this.neighborRequest, gen = this.generation;
    if (!this.data || row < 0) { store.set({ neighbors: null, neighborMetric: query.metric }); return; }
    neighborsOfRow(this.projector, row, query).then((neighbors) => {
      if (request === this.neighborRequest && gen === this.generation) store.set({ neighbors, neighborMetric: query.metric });
    }, (err) => this.fail(err, 'warning'));
  }
}
