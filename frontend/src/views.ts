// Wiring of bookmarks, links and training steps into the tab. app.ts creates the StepTransition
// (its place() passes layouts through it) and calls attachViews() once.
import type { Scatter } from './render/scatter';
import type { StepTransition } from './state/layout-display';
import type { StepEntry } from './state/series';
import type { AppState, Store } from './state/store';
import { syncLink } from './state/url-sync';
import type { ViewBridge } from './state/view-bridge';
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
}

export function attachViews(host: ViewsHost) {
  const { store, steps } = host;
  const methodSelect = () => document.querySelector<HTMLSelectElement>('[data-testid=method-select]');
  const bridge: ViewBridge = {
    store, steps, controls: host.scatter.controls, place: host.place, lastLayout: host.lastLayout,
    setQuiet: host.setQuiet, recompute: host.recompute,
    stepTo(entry: StepEntry) {
      steps.alignNext = true;
      steps.keepNextView = true;
      if (entry.fetchStep !== null) store.set({ step: entry.fetchStep });
      else store.set({ tensorName: entry.tensorName, step: null });
    },
    supportsMethod: (m) => m === 'pca' || [...(methodSelect()?.options ?? [])].some((o) => o.value === m),
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
      syncLink(store, (step) => { steps.keepNextView = true; store.set({ step }); }, bridge.supportsMethod);
    },
  };
}
