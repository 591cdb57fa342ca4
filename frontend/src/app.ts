// The Embeddings tab: layout, wiring of store <-> loader <-> projection <-> scatter, test hook.
import { api } from './data/api';
import { watchReload } from './data/reload';
import { LabelLayer } from './render/labels';
import { placeRows } from './state/selection';
import { attachAnalysis } from './analysis';
import { resolveNeighbors } from './ui/neighbors-panel';
import { Scatter } from './render/scatter';
import { loadAtlas, type SpriteAtlas } from './render/sprites';
import { currentEmbedding, loadEmbedding, runNotices, viewSettings } from './state/loader';
import { createProjector, isCancelled, type Projector } from './state/projection';
import { neighborsOfRow } from './state/neighbors';
import { noticeFrom, Store } from './state/store';
import { createDataPicker } from './ui/data-picker';
import { createDisplayPanel } from './ui/display-panel';
import { h } from './ui/dom';
import { createInspector, createTooltip, labelOf } from './ui/inspector';
import { attachPointer } from './ui/pointer';
import { createProjectionPanel } from './ui/projection-panel';
import { createSearch } from './ui/search';
import { createStatus } from './ui/status';
import { CSS } from './ui/styles';
import { installTestHook, newTimings } from './ui/test-hook';
import { watchDarkMode } from './ui/theme';
import { StepTransition } from './state/layout-display';
import { attachViews } from './views';
import { attachCompare } from './compare';
import { attachDensityLayer } from './density-view';

function basePointSize(n: number): number {
  return n <= 2000 ? 7 : n <= 10000 ? 5 : n <= 50000 ? 3.5 : 2.5;
}

export function startApp(container: HTMLElement): void {
  document.head.appendChild(h('style', {}, CSS));
  const store = new Store();
  const root = h('div', { className: 'ep-root' });
  const side = h('aside', { className: 'ep-side' });
  const main = h('main', { className: 'ep-main' });
  const plot = h('div', { className: 'ep-plot' });
  const empty = h('div', { className: 'ep-empty', 'data-testid': 'empty' }, 'Loading…');
  const resetBtn = h('button', { 'data-testid': 'reset-view', title: 'Reset view (or double-click)' }, 'Reset view');
  const statusLine = h('div', { className: 'ep-status', 'data-testid': 'status-line' });
  const tooltip = createTooltip();
  main.append(plot, empty, h('div', { className: 'ep-toolbar' }, resetBtn), statusLine, tooltip.el);
  root.append(side, main);
  container.appendChild(root);

  const scatter = new Scatter(plot);
  const steps = new StepTransition(scatter);   // step switches: align onto the drawn layout, animate
  const labels = new LabelLayer(plot);
  const density = attachDensityLayer({ store, scatter, plot });   // density contours and cluster labels
  let atlas: SpriteAtlas | null = null;
  let data: { data: Float32Array; n: number; d: number; etag: string | null; mean?: Float64Array } | null = null;
  // One projector (compute workers) for the session: load() supersedes the previous tensor's work.
  const projector: Projector = createProjector();
  projector.onFallback = (message) => store.set({ notices: [...store.state.notices, { level: 'warning', message }] });
  let abort: AbortController | null = null;
  let generation = 0;
  let positionsReady = false;
  let lastCoords: { coords: Float32Array; k: number; axes: string[] } | null = null;
  let suspended = false;   // while a load sets many keys at once, its own code drives the projection
  let neighborRequest = 0;   // the newest neighbour list asked for (answers arrive asynchronously)
  const hook = newTimings();

  const projectionPanel = createProjectionPanel(store);
  side.append(createDataPicker(store), createStatus(store), projectionPanel,
    createDisplayPanel(store), createSearch(store, (i) => labelOf(store, i)));
  main.append(createInspector(store, () => atlas));
  resetBtn.addEventListener('click', () => scatter.controls.reset());

  const fail = (err: unknown, level: 'error' | 'warning' = 'error') => {
    if (isCancelled(err)) return;
    console.warn('embproj:', err);
    store.set({ notices: [...store.state.notices, noticeFrom(level, err)], loading: null, computing: null });
  };

  const setEmpty = (text: string | null) => {
    empty.textContent = text ?? '';
    empty.style.display = text ? '' : 'none';
  };

  const recolor = () => {
    if (!data) return;
    const { rgb, legend } = compare.pointColors(store.state, data.n);   // the colour column's, or neighbourhood change
    scatter.setColors(rgb);
    store.set({ legend });
  };

  /** Draws an n x k layout, fitted to the isolated rows (others hidden) when isolating. */
  const place = (coords: Float32Array, k: 2 | 3, axes: string[]) => {
    if (!data) return;
    coords = steps.beforePlace(coords, k, data.n);
    lastCoords = { coords, k, axes };
    scatter.set3d(k === 3);
    const positions = placeRows(coords, data.n, k, store.state.isolated);
    steps.present(positions, data.n);
    density.setLayout(positions, data.n, k);
    positionsReady = true;
    hook.projectionGeneration++;
    setEmpty(null);
    compare.placed();
  };
  // Compare two embeddings (compare.ts): its panel, the side-B plot or overlay lines, its colours.
  const compare = attachCompare({ store, scatter, plot, main, side, getData: () => data, lastLayout: () => lastCoords,
    labelOf: (i) => labelOf(store, i), recolor: () => recolor(), pointSize: () => basePointSize(store.state.n) * store.state.pointSize,
    tooltip, atlas: () => atlas });
  const analysis = attachAnalysis({
    store, scatter, plot, toolbar: resetBtn.parentElement!, side, projectionPanel,
    getData: () => data, place, lastLayout: () => lastCoords, labelOf: (i) => labelOf(store, i),
    reproject: () => { reproject().catch((err) => fail(err)); },
    recomputeNeighbors: () => { const i = store.state.selected; if (i >= 0) { store.set({ selected: -1 }); store.set({ selected: i }); } },
    neighborGraph: (request, onProgress) => projector.neighborGraph(request, onProgress),
  });

  const reproject = async () => {
    const s = store.state;
    if (!data || (s.method === 'pca' && !s.variance)) return;
    if (analysis.owns(s)) { analysis.project(); return; }
    const gen = generation;
    const k = s.is3d ? 3 : 2;
    const dims = s.dims.slice(0, k);
    let coords: Float32Array;
    if (s.method === 'identity') {
      const all = await projector.identity(s.spherize);
      coords = new Float32Array(data.n * k);
      for (let i = 0; i < data.n; i++) for (let a = 0; a < k; a++) coords[i * k + a] = all[i * 3 + dims[a]] ?? 0;
    } else {
      coords = await projector.project(dims);
    }
    if (gen !== generation) return;
    place(coords, k, dims.map((x) => (s.method === 'pca' ? `PC${x + 1}` : `dim${x}`)));
  };

  const computeProjection = async () => {
    const s = store.state;
    if (!data) return;
    const gen = generation;
    try {
      if (s.method === 'pca') {
        const k = Math.min(10, data.d);
        store.set({ computing: `PCA on all ${data.n.toLocaleString('en-US')} points…` });
        const label = `PCA on all ${data.n.toLocaleString('en-US')} points`;
        const r = await projector.pca(k, {
          spherize: s.spherize,
          onProgress: (f) => { if (gen === generation) store.set({ computing: `${label}: ${Math.round(100 * f)}%` }); },
        });
        if (gen !== generation) return;
        hook.pcaDoneEpoch = Date.now();
        const maxDim = r.varianceFraction.length - 1;
        const dims = s.dims.map((x, a) => Math.min(x, Math.max(0, maxDim), a <= maxDim ? maxDim : 0)) as [number, number, number];
        suspended = true;
        store.set({ variance: r.varianceFraction, dims, computing: null });
        suspended = false;
      } else {
        suspended = true;
        store.set({ variance: null, computing: null });
        suspended = false;
      }
      await reproject();
    } catch (err) {
      if (gen === generation) fail(err);

    }
  };

  const loadTensor = async (keepView = false) => {
    abort?.abort();
    const ctl = new AbortController();
    abort = ctl;
    const gen = ++generation;
    const e = currentEmbedding(store);
    const shapeBefore = { n: store.state.n, d: store.state.d };   // the reset below zeroes them
    positionsReady = false;
    data = null;
    atlas = null;
    scatter.setAtlas(null);
    if (!keepView) scatter.setPositions(new Float32Array(0), 0);   // a step switch keeps the old points until the new ones
    tooltip.hide();
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
      const got = await loadEmbedding(store, e, ctl.signal, loadAtlas);
      if (gen !== generation) return;
      hook.dataLoadedEpoch = Date.now();
      data = { data: got.data, n: got.n, d: got.d, etag: got.etag };
      atlas = got.atlas;
      await projector.load(got.data, got.n, got.d);
      if (gen !== generation) return;
      hook.workerLoadedEpoch = Date.now();
      scatter.setAtlas(atlas);
      scatter.setPointSize(basePointSize(got.n) * store.state.pointSize);
      const sameShape = keepView && shapeBefore.n === got.n && shapeBefore.d === got.d;
      suspended = true;
      store.set({
        loading: null, n: got.n, d: got.d, columns: got.columns, hasSprite: !!atlas,
        notices: [...store.state.notices, ...got.notices], ...viewSettings(store.state, got, sameShape),
      });
      suspended = false;
      if (!sameShape) scatter.controls.reset();
      scatter.setSpriteMode(store.state.showSprites);
      recolor();
      await computeProjection();
    } catch (err) {
      if (gen !== generation) return;
      setEmpty(`Cannot show ${e.tensorName}.`);
      fail(err);
    }
  };

  const loadInfo = async (keepView = false) => {
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
      if (tensorName === prev || tensorName === null) await loadTensor(keepView);
    } catch (err) {
      store.set({ info: null, tensorName: null, notices: [] });
      setEmpty('Cannot read this run.');
      fail(err);
    }
  };

  const loadRuns = async () => {
    try {
      const runs = await api.runs();
      const run = store.state.run !== null && runs.includes(store.state.run) ? store.state.run : runs[0] ?? null;
      store.set({ runs, run });
      if (!runs.length) setEmpty('No runs with embeddings found in the log directory.');
    } catch (err) {
      setEmpty('Cannot list runs.');
      fail(err);
    }
  };

  const reload = async () => {
    const before = { run: store.state.run, etag: data?.etag ?? null, tensor: store.state.tensorName };
    await loadRuns();
    if (store.state.run !== before.run || before.run === null) return;
    try {
      if (!before.tensor) {   // the run showed no tensor (e.g. a broken config): has it been fixed?
        const info = await api.info(before.run);
        if (JSON.stringify(info) !== JSON.stringify(store.state.info)) await loadInfo();
        return;
      }
      const info = await api.info(before.run!);
      const e = info.embeddings.find((x) => x.tensorName === before.tensor);
      const etag = e && !e.error ? await api.tensorEtag(before.run!, e.tensorName) : null;
      const changed = JSON.stringify(info) !== JSON.stringify(store.state.info);
      if (changed || (etag && etag !== before.etag)) {
        store.set({ info, tensorName: e ? before.tensor : store.state.tensorName });
        if (e && etag !== before.etag) await loadTensor(true);
        else if (!e) await loadInfo();
        else store.set({ notices: [...runNotices(store), ...(e.warnings ?? []).map((w) => noticeFrom('warning', w))] });
      }
    } catch (err) {
      fail(err, 'warning');
    }
  };

  store.subscribe((s, ch) => {
    if (ch.has('run')) { positionsReady = false; void loadInfo(); }
    else if (ch.has('tensorName') && s.tensorName !== null && s.info) void loadTensor(takeKeepView());
    else if (ch.has('step') && s.tensorName !== null && s.info) void loadTensor(takeKeepView());
    else if (ch.has('transfer') && s.tensorName !== null && s.info) void loadTensor(true);
    if (ch.has('movedPoints')) recolor();
    if (!suspended) {
      if (ch.has('spherize') || ch.has('method')) void computeProjection();
      else if (ch.has('dims') || ch.has('is3d')) reproject().catch((err) => fail(err));
    }
    if (ch.has('colorColumn') && s.focusCategory !== null) store.set({ focusCategory: null });
    else if (ch.has('colorColumn') || ch.has('dark') || ch.has('focusCategory') || ch.has('searchMatches') ||
      ch.has('selection') || ch.has('columns')) recolor();
    if (ch.has('showSprites')) scatter.setSpriteMode(s.showSprites);
    if (ch.has('pointSize')) scatter.setPointSize(basePointSize(s.n) * s.pointSize);
    if (ch.has('hovered') || ch.has('selected')) scatter.setHighlight(s.hovered, s.selected);
    if (ch.has('selected') || (ch.has('spherize') && s.selected >= 0)) {
      const query = resolveNeighbors(analysis.neighborSettings, s.spherize, data?.n ?? 0);
      const row = s.selected, request = ++neighborRequest, gen = generation;
      if (!data || row < 0) store.set({ neighbors: null, neighborMetric: query.metric });
      else neighborsOfRow(projector, row, query).then((neighbors) => {
        if (request === neighborRequest && gen === generation) store.set({ neighbors, neighborMetric: query.metric });
      }, (err) => fail(err, 'warning'));
    }
    if (ch.has('neighbors')) recolor();
    if (ch.has('labelColumn')) scatter.requestRender();
    if (ch.has('loading') && s.loading) hook.lastProgress = { ...s.loading };
    if (ch.has('dark')) {
      root.classList.toggle('ep-dark', s.dark);
      scatter.setTheme(s.dark ? '#1b1c1e' : '#ffffff', s.dark ? '#ffffff' : '#000000');
    }
    if (ch.has('n') || ch.has('d') || ch.has('labelColumn')) {
      statusLine.textContent = s.n ? `${s.n.toLocaleString('en-US')} points · ${s.d} dimensions` : '';
    }
  });

  attachPointer({
    store, scatter, tooltip, positionsReady: () => positionsReady, atlas: () => atlas, click: (i, ev) => analysis.click(i, ev),
  });
  const drawLabels = () => {
    const s = store.state;
    const items = [];
    if (positionsReady && s.selected >= 0) {
      for (const i of [s.selected, ...(s.neighbors ?? []).slice(0, 10).map((x) => x.index)]) {
        const p = scatter.screenPositionOf(i);
        if (p) items.push({ x: p.x, y: p.y, text: labelOf(store, i), strong: i === s.selected });
      }
    }
    const { width, height } = scatter.size;
    labels.draw(items, width, height, s.dark);
  };
  scatter.onFrame = () => {
    drawLabels();
    density.draw();
    hook.lastFrameEpoch = Date.now();
    if (positionsReady && store.state.method === 'pca' && store.state.variance && !hook.firstPcaFrameEpoch) {
      hook.firstPcaFrameEpoch = Date.now();
    }
    if (positionsReady) hook.drawnGeneration = hook.projectionGeneration;
    hook.ready = positionsReady;
  };

  const testHook = installTestHook({ hook, store, scatter, positionsReady: () => positionsReady, analysis: analysis.hook });

  // Bookmarks, links, training steps (views.ts).
  const takeKeepView = () => { const k = steps.keepNextView; steps.keepNextView = false; return k; };
  const views = attachViews({
    store, scatter, steps, side, stepsAfter: side.firstElementChild as HTMLElement, place, lastLayout: () => lastCoords,
    setQuiet: (patch) => { suspended = true; try { store.set(patch); } finally { suspended = false; } },
    recompute: () => computeProjection(), layouts: analysis.layouts,
    isReady: () => positionsReady && !store.state.loading && !store.state.computing,
  });
  testHook.views = views.hook;
  testHook.density = density.hook;
  testHook.compare = compare.hook;

  watchDarkMode((dark) => store.set({ dark }));
  if (!store.state.dark) scatter.setTheme('#ffffff', '#000000');
  watchReload(() => void reload());
  views.start();
  void loadRuns();
}
