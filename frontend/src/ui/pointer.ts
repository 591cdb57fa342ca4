// Hover and click on the plot (picking on the CPU: see render/picking.ts), and the page's keys:
// Escape clears the selected point, R resets the view.
import { measureSince } from '../compute/timeline';
import type { Scatter } from '../render/scatter';
import type { SpriteAtlas } from '../render/sprites';
import type { Store } from '../state/store';
import { labelOf, type createTooltip } from './inspector';

export interface PointerHost {
  store: Store;
  scatter: Scatter;
  tooltip: ReturnType<typeof createTooltip>;
  /** Whether the drawn positions are the current layout's (picking is meaningless before). */
  positionsReady(): boolean;
  atlas(): SpriteAtlas | null;
  /** A click (not a drag) on point i, or on nothing (-1). */
  click(i: number, event: PointerEvent): void;
}

/** A press that moves further than this (px) is a drag of the camera, not a click. */
const CLICK_SLOP = 4;

export function attachPointer({ store, scatter, tooltip, positionsReady, atlas, click }: PointerHost): void {
  const canvas = scatter.canvas;
  const local = (ev: PointerEvent) => {
    const r = canvas.getBoundingClientRect();
    return { x: ev.clientX - r.left, y: ev.clientY - r.top };
  };
  const unhover = () => { store.set({ hovered: -1 }); tooltip.hide(); };
  let downAt: { x: number; y: number } | null = null;
  /** Where the pointer rests over the plot (not dragging), for the hover once the view stops moving. */
  let resting: { x: number; y: number } | null = null;
  const hoverAt = (x: number, y: number) => {
    const i = scatter.pick(x, y);
    store.set({ hovered: i });
    // The thumbnail whenever there is an atlas: the Images toggle only decides how points are drawn.
    if (i >= 0) tooltip.show(x, y, labelOf(store, i), atlas(), i);
    else tooltip.hide();
  };
  canvas.addEventListener('pointerdown', (ev) => { downAt = { x: ev.clientX, y: ev.clientY }; resting = null; tooltip.hide(); });
  canvas.addEventListener('pointermove', (ev) => {
    if (ev.buttons || !positionsReady()) return;
    resting = local(ev);
    // While the camera moves nothing is hovered: picking waits for a pause (its index is per view).
    if (!scatter.changing) hoverAt(resting.x, resting.y);
  });
  scatter.onSettle = () => { if (resting && positionsReady()) hoverAt(resting.x, resting.y); };
  window.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') store.set({ selected: -1 });   // (analysis.ts also clears the selection)
    else if ((ev.key === 'r' || ev.key === 'R') && !(ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement)) {
      scatter.controls.reset();
    }
  });
  canvas.addEventListener('pointerleave', () => { resting = null; unhover(); });
  canvas.addEventListener('pointerup', (ev) => {
    if (!downAt || !positionsReady()) return;
    const moved = Math.hypot(ev.clientX - downAt.x, ev.clientY - downAt.y) > CLICK_SLOP;
    downAt = null;
    if (moved) return;
    const { x, y } = local(ev);
    const i = scatter.pick(x, y);
    // The benchmarks' click timeline (bench_million.py): from the press to the pick.
    measureSince('pick', ev.timeStamp, i);
    click(i, ev);
  });
  scatter.onCameraChange = () => { if (store.state.hovered >= 0) unhover(); };
}
