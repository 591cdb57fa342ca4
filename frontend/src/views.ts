// Wiring of bookmarks, links and training steps into the tab. app.ts creates the StepTransition
// (its place() passes layouts through it) and calls attachViews() once.
import type { Scatter } from './render/scatter';
import type { StepTransition } from './state/layout-display';
import type { StepEntry } from './state/series';
import type { AppState, Store } from './state/store';
import { syncLink } from './state/url-sync';
import { waitReady, type MethodParams, type ViewBridge } from './state/view-bridge';
import { createBookmarksPanel } from './ui/bookmarks-panel';
import { createStepSlider } from './ui/step-slider';

export interface ViewsHost {
  store: Store;
  scatter: Scatter;
  steps: StepTransition;
  side: HTMLElement;
  /** Where the step slider goes (after the data picker). */
  stepsAfter: HTMLElement;
  place(coords: Float32Array, k: 2 | 3, axes: string[]): void;
  lastLayout(): { coords: Float32Array; k: number; axes: string[] } | null;
  setQuiet(patch: Partial<AppState>): void;
  recompute(): Promise<void>;
  isReady(): boolean;
  /** The analysis panels' t-SNE / UMAP settings (state/layouts.ts), when present. */
  layouts?: LayoutSettings;
}

/** The part of state/layouts.ts Layouts read and written here. */
export interface LayoutSettings {
  tsne: { perplexity: number; learningRate: number | 'auto' };
  umap: { nNeighbors: number; minDist: number };
  status: { tsne: { iteration: number } };
  /** Sets t-SNE / UMAP settings so the panels show them. */
  applySettings(patch: { tsne?: Partial<LayoutSettings['tsne']>; umap?: Partial<LayoutSettings['umap']> }): void;
  /** Shows coordinates as that method's layout without a run (kept as its last layout). */
  setLayout?(method: 'tsne' | 'umap' | 'custom', coords: Float32Array, k: 2 | 3): void;
}

export function attachViews(host: ViewsHost) {
  const { store, steps } = host;
  const methodSelect = () => document.querySelector<HTMLSelectElement>('[data-testid=method-select]');
  const bridge: ViewBridge = {
    store, steps, controls: host.scatter.controls, place: host.place, lastLayout: host.lastLayout,
    setQuiet: host.setQuiet, recompute: host.recompute, isReady: host.isReady,
    placeMethod: (method, coords, k, axes) => {
      const l = host.layouts;
      if ((method === 'tsne' || method === 'umap' || method === 'custom') && l?.setLayout && store.state.method === method) {
        l.setLayout(method, coords, k);
      } else host.place(coords, k, axes);
    },
    stepTo(entry: StepEntry) {
      steps.alignNext = true;
      steps.keepNextView = true;
      // The selection follows the points through the steps (a new tensor clears it otherwise).
      const { selection, selected, n } = store.state;
      if (selection.length || selected >= 0) {
        void waitReady(bridge, 120000, () => store.state.tensorName === entry.tensorName && (entry.fetchStep === null || store.state.step === entry.fetchStep))
          .then(() => { if (store.state.n === n) store.set({ selection, selected }); }).catch(() => undefined);
      }
      if (entry.fetchStep !== null) store.set({ step: entry.fetchStep });
      else store.set({ tensorName: entry.tensorName, step: null });
    },
    supportsMethod: (m) => m === 'pca' || [...(methodSelect()?.options ?? [])].some((o) => o.value === m),
    params: (): MethodParams => {
      const l = host.layouts;
      return { perplexity: l?.tsne.perplexity ?? 30, learningRate: l?.tsne.learningRate ?? 'auto', iteration: l?.status.tsne.iteration ?? 0,
        neighbors: l?.umap.nNeighbors ?? 15, minDist: l?.umap.minDist ?? 0.1 };
    },
    setParams: (p) => {
      const l = host.layouts;
      if (!l) return;
      // Through applySettings so the t-SNE / UMAP panels show the restored values.
      const tsne: Partial<LayoutSettings['tsne']> = {};
      const umap: Partial<LayoutSettings['umap']> = {};
      if (p.perplexity !== undefined && p.perplexity > 0) tsne.perplexity = p.perplexity;
      if (p.learningRate !== undefined && (p.learningRate === 'auto' || p.learningRate > 0)) tsne.learningRate = p.learningRate;
      if (p.neighbors !== undefined && p.neighbors >= 2) umap.nNeighbors = Math.round(p.neighbors);
      if (p.minDist !== undefined && p.minDist >= 0) umap.minDist = p.minDist;
      l.applySettings({ tsne, umap });
    },
  };
  host.stepsAfter.after(createStepSlider(bridge));
  host.side.append(createBookmarksPanel(bridge));

  const hook = {
    /** The layout drawn (n x k, after alignment), the camera, the step. */
    layout: () => { const l = host.lastLayout(); return l ? { coords: Array.from(l.coords), k: l.k, axes: l.axes } : null; },
    camera: () => { const c = host.scatter.controls; return { is3d: c.is3d, v2: { ...c.v2 }, v3: { theta: c.v3.theta, phi: c.v3.phi, distance: c.v3.distance, target: c.v3.target.toArray() } }; },
    get animating() { return steps.animating; },
    get displacement() { return steps.displacement ? Array.from(steps.displacement) : null; },
    bookmarks: () => (window as unknown as { __embprojBookmarks: unknown }).__embprojBookmarks,
  };
  return {
    hook,
    /** Opens the view the URL names; call after the app subscribed to the store, before listing runs. */
    start() {
      syncLink(store, (step) => { steps.keepNextView = true; store.set({ step }); }, bridge);
    },
  };
}
