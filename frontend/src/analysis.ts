// Wiring of the analysis tools into the tab: t-SNE / UMAP / custom panels, selection (click
// modifiers, box, lasso, isolate), neighbours settings, Edit by, export. app.ts calls this once.
import { createTsneClient } from './compute/tsne-client';
import type { Scatter } from './render/scatter';
import { createSelectionOverlay } from './ui/selection-overlay';
import { isLayoutMethod, Layouts, type LayoutHost } from './state/layouts';
import { scatterRows } from './state/layouts';
import { combine, contains, EMPTY, HIDDEN_Z } from './state/selection';
import { SubsetPca } from './state/subset-pca';
import type { Store } from './state/store';
import type { LoadedRows } from './state/projection';
import { ANALYSIS_CSS } from './ui/analysis-styles';
import { createCustomPanel } from './ui/custom-panel';
import { h } from './ui/dom';
import { createEditPanel } from './ui/edit-panel';
import { createExportMenu } from './ui/export-menu';
import { createNeighborsPanel, type NeighborSettings } from './ui/neighbors-panel';
import { createSelectionPanel } from './ui/selection-panel';
import { createTsnePanel } from './ui/tsne-panel';
import { createUmapPanel } from './ui/umap-panel';

export interface AnalysisHost {
  store: Store;
  scatter: Scatter;
  plot: HTMLElement;
  toolbar: HTMLElement;
  side: HTMLElement;
  /** The projection panel's section: the method panels go at its end. */
  projectionPanel: HTMLElement;
  getData(): LoadedRows | null;
  /** Draws an n x k layout (fitted to the isolated rows when isolating). */
  place(coords: Float32Array, k: 2 | 3, axes: string[]): void;
  /** The layout drawn last (n x k as computed). */
  lastLayout(): { coords: Float32Array; k: number; axes: string[] } | null;
  labelOf(i: number): string;
  /** The app's own projection again (PCA / identity), e.g. after "show all". */
  reproject(): void;
  /** Recompute the selected point's neighbours (settings changed). */
  recomputeNeighbors(): void;
  /** The compute workers' k-NN graph of all rows for t-SNE / UMAP (null: not available). */
  neighborGraph?: LayoutHost['neighborGraph'];
}

export function attachAnalysis(host: AnalysisHost) {
  const { store, scatter } = host;
  document.head.appendChild(h('style', {}, ANALYSIS_CSS));
  const layouts = new Layouts({ store, getData: host.getData, place: host.place, createTsneClient: () => createTsneClient(), neighborGraph: host.neighborGraph });
  host.projectionPanel.append(createTsnePanel(store, layouts), createUmapPanel(store, layouts), createCustomPanel(store, layouts));
  const neighborSettings: NeighborSettings = { k: 'auto', metric: 'auto', space: 'auto' };
  host.side.append(
    createSelectionPanel(store, host.labelOf),
    createNeighborsPanel(store, neighborSettings, host.recomputeNeighbors, host.labelOf),
    createEditPanel(store),
    createExportMenu({ store, layout: host.lastLayout, png: () => scatter.toPngBlob() }),
  );
  const visible = (i: number) => { const iso = store.state.isolated; return !iso || contains(iso, i); };
  const { toolbar } = createSelectionOverlay({
    store, plot: host.plot, screenPositions: () => scatter.screenPositions(), visible,
    onSelect: (rows) => store.set({ selection: rows, selected: rows.length === 1 ? rows[0] : rows.length && contains(rows, store.state.selected) ? store.state.selected : -1 }),
  });
  host.toolbar.append(toolbar);

  let method = store.state.method as string;
  store.subscribe((s, ch) => {
    if (ch.has('method')) { layouts.leaving(method); method = s.method; }
  });
  let dataRef: LoadedRows | null = null;
  let dataGen = 0;
  const subsetPca = new SubsetPca();
  let pcaRequest = 0;
  /** PCA of the isolated rows only, drawn with the others hidden. */
  const projectSubset = async () => {
    const s = store.state, data = host.getData(), rows = s.isolated;
    if (!data || !rows || !rows.length) return;
    const req = ++pcaRequest;
    const k: 2 | 3 = s.is3d ? 3 : 2;
    const dims = s.dims.slice(0, k);
    store.set({ computing: `PCA on the ${rows.length.toLocaleString('en-US')} isolated points…` });
    try {
      const coords = await subsetPca.project(data.source, data.d, rows, s.spherize, dims, String(dataGen));
      if (req !== pcaRequest || store.state.isolated !== rows) return;
      store.set({ isolatedVariance: subsetPca.variance });
      host.place(scatterRows(coords, data.n, k, rows), k, dims.map((x) => `PC${x + 1}`));
    } catch (err) {
      if ((err as Error)?.name !== 'CancelledError') console.warn('embproj: PCA of the isolated points', err);
    } finally {
      if (req === pcaRequest) store.set({ computing: null });
    }
  };
  store.subscribe((s, ch) => {
    const data = host.getData();
    if ((ch.has('n') || ch.has('d') || ch.has('tensorName') || ch.has('run')) && data !== dataRef) {
      dataRef = data;
      layouts.reset();
      subsetPca.dispose();
      dataGen++;
      if (s.selection.length || s.isolated) store.set({ selection: EMPTY, isolated: null });
    }
    if (ch.has('isolated')) {
      if (s.isolatedVariance) store.set({ isolatedVariance: null });   // until the new subset's PCA is done
      if (isLayoutMethod(s.method) && s.method !== 'custom') layouts.project();
      else if (s.method === 'custom') { const l = host.lastLayout(); if (l) host.place(l.coords, l.k as 2 | 3, l.axes); }
      else host.reproject();
    }
  });
  window.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !(ev.target instanceof HTMLInputElement)) store.set({ selection: EMPTY, selectMode: 'pan' });
  });

  return {
    layouts,
    neighborSettings,
    /** The app's reproject() for t-SNE / UMAP / custom, and for PCA while isolating. */
    project: () => { if (isLayoutMethod(store.state.method)) layouts.project(); else void projectSubset(); },
    /** Whether the app's reproject() hands over to project(). */
    owns: (s: { method: string; isolated: Int32Array | null }) => isLayoutMethod(s.method) || (s.method === 'pca' && !!s.isolated),
    isLayoutMethod,
    /** A click on the plot (i = picked row or -1) with its modifier keys. */
    click(i: number, ev: { shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }) {
      const s = store.state;
      const how = ev.altKey || ev.ctrlKey || ev.metaKey ? 'remove' : ev.shiftKey ? 'add' : 'replace';
      if (how === 'replace') { store.set({ selected: i, selection: i >= 0 ? Int32Array.of(i) : EMPTY }); return; }
      if (i < 0) return;
      const selection = combine(s.selection, Int32Array.of(i), how);
      store.set({ selection, selected: how === 'add' ? i : s.selected === i ? -1 : s.selected });
    },
    hiddenZ: HIDDEN_Z,
    hook: {
      layouts,
      get tsne() { return layouts.status.tsne; },
      get umap() { return layouts.status.umap; },
      layout: (method: 'tsne' | 'umap' | 'custom') => { const l = layouts.lastLayout(method); return l ? { coords: Array.from(l.coords), k: l.k } : null; },
      current: () => { const l = host.lastLayout(); return l ? { coords: Array.from(l.coords), k: l.k, axes: l.axes } : null; },
      screenPositions: () => { const p = scatter.screenPositions(); return { x: Array.from(p.x), y: Array.from(p.y) }; },
    },
  };
}
