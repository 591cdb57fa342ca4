// The test / benchmark hook on the iframe's window (window.__embproj): when things happened, the
// state, points on screen and what the canvas shows. Read by tests/browser and the benchmarks.
import type { Scatter } from '../render/scatter';
import type { Store } from '../state/store';

/** Times (Date.now()) and counters the app records as it loads, computes and draws. */
export interface Timings {
  /** The first frame of a PCA layout (any level of detail, or the first piece of a still frame). */
  firstPcaFrameEpoch: number;
  /** The first frame of a PCA layout with every point drawn. */
  firstFullPcaFrameEpoch: number;
  lastFrameEpoch: number;
  pcaDoneEpoch: number;
  /** The download done: the rows in the compute workers, metadata and sprite parsed. */
  dataLoadedEpoch: number;
  /** Bumped by every layout placed; drawnGeneration catches up when a frame shows it. */
  projectionGeneration: number;
  drawnGeneration: number;
  ready: boolean;
  lastProgress: null | { label: string; loaded: number; total: number | null };
}

export function newTimings(): Timings {
  return {
    firstPcaFrameEpoch: 0, firstFullPcaFrameEpoch: 0, lastFrameEpoch: 0, pcaDoneEpoch: 0, dataLoadedEpoch: 0, projectionGeneration: 0,
    drawnGeneration: -1, ready: false, lastProgress: null,
  };
}

export interface TestHookHost {
  hook: Timings;
  store: Store;
  scatter: Scatter;
  /** Whether the drawn positions are the current layout's. */
  positionsReady(): boolean;
  analysis: unknown;
}

/** Installs window.__embproj and returns it (callers add their own parts). */
export function installTestHook({ hook, store, scatter, positionsReady, analysis }: TestHookHost): Record<string, unknown> {
  const canvas = scatter.canvas;
  const testHook = {
    hook,
    get state() { return store.state; },
    set: (p: Parameters<Store['set']>[0]) => store.set(p),
    screenPositionOf(i: number) {
      const p = scatter.screenPositionOf(i);
      if (!p) return null;
      const r = canvas.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    pick: (x: number, y: number) => scatter.pick(x, y),
    colorOf: (i: number) => scatter.colorAt(i),
    /** Positions set and drawn, nothing loading or computing. */
    isReady: () => positionsReady() && hook.drawnGeneration === hook.projectionGeneration &&
      !store.state.loading && !store.state.computing,
    /** Canvas pixels that differ from the background colour. */
    countPointPixels() {
      const { pixels: px } = snapshot(scatter);
      const bg = [px[0], px[1], px[2]];
      let count = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (Math.abs(px[i] - bg[0]) + Math.abs(px[i + 1] - bg[1]) + Math.abs(px[i + 2] - bg[2]) > 30) count++;
      }
      return count;
    },
    /** The plot's pixel (r, g, b, 0..255) at a point of the frame (screenPositionOf's coordinates), as the
     *  points are drawn from the colours uploaded to the GPU (rendered now). */
    pixelAt(x: number, y: number) {
      const r = canvas.getBoundingClientRect();
      const { pixels, width } = snapshot(scatter);
      const ratio = canvas.width / Math.max(1, r.width);
      const o = 4 * (Math.floor((y - r.top) * ratio) * width + Math.floor((x - r.left) * ratio));
      return [pixels[o], pixels[o + 1], pixels[o + 2]];
    },
    /** Canvas pixels that differ between every point drawn at once and in pieces of `piece` rows. */
    piecesDiffer(piece: number) {
      const whole = snapshot(scatter).pixels;
      const pieces = snapshot(scatter, () => scatter.renderInPiecesNow(piece)).pixels;
      let differ = 0;
      for (let i = 0; i < whole.length; i += 4) {
        if (whole[i] !== pieces[i] || whole[i + 1] !== pieces[i + 1] || whole[i + 2] !== pieces[i + 2]) differ++;
      }
      return { differ, pointPixels: this.countPointPixels() };
    },
    get drawCalls() { return scatter.drawCalls; },
    /** Points drawn by the last frame: fewer than n while the view moves at large n (render/lod.ts). */
    get drawnPoints() { return scatter.drawnPoints; },
    get moving() { return scatter.moving; },
    /** A frame is still to come (for a change, or the rest of a still frame drawn in pieces). */
    get framePending() { return scatter.framePending; },
    /** Whether the last frame was drawn while the view moved (drawnPoints is that frame's count). */
    get drawnMoving() { return scatter.drawnMoving; },
    get frameTimes() { return scatter.frameTimes; },
    get frameLog() { return scatter.frameLog; },
    controls: scatter.controls,
    analysis,
    renderNow: () => scatter.renderNow(),
  };
  (window as unknown as { __embproj: unknown }).__embproj = testHook;
  return testHook;
}

/** The WebGL canvas's pixels (RGBA rows), every point rendered now: the drawing buffer is not preserved, so it
 *  is read in the same task. */
function snapshot(scatter: Scatter, render = () => scatter.renderNow()): { pixels: Uint8ClampedArray; width: number } {
  const canvas = scatter.canvas;
  render();
  const c = document.createElement('canvas');
  c.width = canvas.width; c.height = canvas.height;
  const ctx = c.getContext('2d')!;
  ctx.drawImage(canvas, 0, 0);
  return { pixels: ctx.getImageData(0, 0, c.width, c.height).data, width: c.width };
}
