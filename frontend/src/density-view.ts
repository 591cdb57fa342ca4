// The density layer on the plot: the overlay canvas (ui/density-overlay.ts) over the scatter, driven by
// state/density-layer.ts. app.ts feeds it layouts and calls draw() after every frame.
import type { Scatter } from './render/scatter';
import { DensityLayer } from './state/density-layer';
import type { DensityOptions } from './compute/density-client';
import type { Store } from './state/store';
import { DensityOverlay } from './ui/density-overlay';

/** Creates the overlay over `plot` and its controller; app.ts feeds it layouts and frames. */
export function attachDensityLayer({ store, scatter, plot }: { store: Store; scatter: Scatter; plot: HTMLElement }) {
  const overlay = new DensityOverlay(plot, (xyz, count) => scatter.projectWorld(xyz, count));
  const draw = () => { const { width, height } = scatter.size; overlay.draw(width, height, store.state.dark); };
  const layer = new DensityLayer(store, overlay, draw);
  return {
    layer,
    setLayout: (positions: Float32Array, n: number, k: number) => layer.setLayout(positions, n, k),
    /** After every frame of the plot: follows the camera. */
    draw,
    hook: {
      get summary() { return layer.summary(); },
      assignment: () => layer.assignment(),
      paintedPixels: () => overlay.paintedPixels(),
      /** Canvas CSS pixel of world point (x, y) now (tests check that labels follow the camera). */
      screenOf: (x: number, y: number) => { const p = scatter.projectWorld(Float32Array.of(x, y, 0), 1); return { x: p.x[0], y: p.y[0] }; },
      get options() { return layer.options; },
      set options(o: DensityOptions) { layer.options = o; },
    },
  };
}
