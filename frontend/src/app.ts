// The Embeddings tab: the page's layout and its parts joined: the Session (session.ts: load -> compute
// -> place), analysis.ts (layouts, selection, neighbours settings), views.ts (bookmarks, links, steps),
// compare.ts, the density layer, the plot's pointer and labels, and the test hook.
import { neighborsRow } from './state/neighbors';
import { watchReload } from './data/reload';
import { LabelLayer } from './render/labels';
import { Scatter } from './render/scatter';
import { StepTransition } from './state/layout-display';
import { Store } from './state/store';
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
import { attachAnalysis } from './analysis';
import { attachCompare } from './compare';
import { attachDensityLayer } from './density-view';
import { Session } from './session';
import { attachViews } from './views';

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
  const hook = newTimings();

  const projectionPanel = createProjectionPanel(store);
  side.append(createDataPicker(store), createStatus(store), projectionPanel,
    createDisplayPanel(store), createSearch(store, (i) => labelOf(store, i)));
  main.append(createInspector(store, () => session.atlas));
  resetBtn.addEventListener('click', () => scatter.controls.reset());

  const setEmpty = (text: string | null) => {
    empty.textContent = text ?? '';
    empty.style.display = text ? '' : 'none';
  };

  const session = new Session({
    store, scatter, steps, hook, density, tooltip, setEmpty,
    pointSize: (n) => basePointSize(n) * store.state.pointSize,
  });
  const place = (coords: Float32Array, k: 2 | 3, axes: string[], shown?: Int32Array | null) => session.place(coords, k, axes, shown);
  // Compare two embeddings (compare.ts): its panel, the side-B plot or overlay lines, its colours.
  const compare = attachCompare({ store, scatter, plot, main, side, getData: () => session.data, lastLayout: () => session.lastLayout,
    labelOf: (i) => labelOf(store, i), recolor: () => session.recolor(), pointSize: () => basePointSize(store.state.n) * store.state.pointSize,
    tooltip, atlas: () => session.atlas });
  const analysis = attachAnalysis({
    store, scatter, plot, toolbar: resetBtn.parentElement!, side, projectionPanel,
    getData: () => session.data, place, lastLayout: () => session.lastLayout, labelOf: (i) => labelOf(store, i),
    reproject: () => { session.reproject().catch((err) => session.fail(err)); },
    recomputeNeighbors: () => { const i = store.state.selected; if (i >= 0) { store.set({ selected: -1 }); store.set({ selected: i }); } },
    neighborGraph: (request, onProgress) => session.projector.neighborGraph(request, onProgress),
  });
  session.attach({ analysis, compare });

  // What the plot and the page show of the state (the data flow's reactions are the Session's).
  store.subscribe((s, ch) => {
    if (ch.has('showSprites')) scatter.setSpriteMode(s.showSprites);
    if (ch.has('pointSize')) scatter.setPointSize(basePointSize(s.n) * s.pointSize);
    if (ch.has('hovered') || ch.has('selected')) scatter.setHighlight(s.hovered, s.selected);
    // The hovered row's values fetched ahead: a click on it then sends its neighbour query at once.
    if (ch.has('hovered') && s.hovered >= 0) session.projector.prefetchRow(s.hovered);
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
    store, scatter, tooltip, positionsReady: () => session.positionsReady, atlas: () => session.atlas, click: (i, ev) => analysis.click(i, ev),
  });
  const drawLabels = () => {
    const s = store.state, positionsReady = session.positionsReady;
    const items = [];
    if (positionsReady && s.selected >= 0) {
      // Only the selected row's own list (right after a click the store still holds the previous row's).
      const own = s.neighbors && neighborsRow(s.neighbors, s.selected) === s.selected ? s.neighbors : [];
      for (const i of [s.selected, ...own.slice(0, 10).map((x) => x.index)]) {
        const p = scatter.screenPositionOf(i);
        if (p) items.push({ x: p.x, y: p.y, text: labelOf(store, i), strong: i === s.selected });
      }
    }
    const { width, height } = scatter.size;
    labels.draw(items, width, height, s.dark);
  };
  scatter.onFrame = () => {
    const positionsReady = session.positionsReady;
    drawLabels();
    density.draw();
    hook.lastFrameEpoch = Date.now();
    if (positionsReady && store.state.method === 'pca' && store.state.variance) {
      if (!hook.firstPcaFrameEpoch) hook.firstPcaFrameEpoch = Date.now();
      if (!hook.firstFullPcaFrameEpoch && scatter.drawnPoints >= store.state.n) hook.firstFullPcaFrameEpoch = Date.now();
    }
    if (positionsReady) hook.drawnGeneration = hook.projectionGeneration;
    hook.ready = positionsReady;
  };

  const testHook = installTestHook({ hook, store, scatter, positionsReady: () => session.positionsReady, analysis: analysis.hook });

  // Bookmarks, links, training steps (views.ts).
  const views = attachViews({
    store, scatter, steps, side, stepsAfter: side.firstElementChild as HTMLElement, place, lastLayout: () => session.lastLayout,
    setQuiet: (patch) => session.setQuiet(patch),
    recompute: () => session.computeProjection(), layouts: analysis.layouts,
    isReady: () => session.positionsReady && !store.state.loading && !store.state.computing,
  });
  testHook.views = views.hook;
  testHook.density = density.hook;
  testHook.compare = compare.hook;
  /** Where the tensor's rows are held (the page keeps none once the compute workers have them). */
  testHook.heldRows = () => session.projector.held();

  watchDarkMode((dark) => store.set({ dark }));
  if (!store.state.dark) scatter.setTheme('#ffffff', '#000000');
  watchReload(() => void session.reload());
  views.start();
  session.start();
}
