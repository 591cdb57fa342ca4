// The density overlay: a 2-D canvas over the plot with the contour lines (darker inside) and each
// cluster's label at its densest spot. Contours and labels live in world coordinates; draw() maps
// them to the screen with the camera of the moment, and does nothing when neither the view nor what
// is shown changed since the last draw (it is called after every frame of the plot).

import { fitOverlay, haloText, LabelBoxes, shortened } from '../render/labels';
import type { OverlayCluster, OverlayContent } from '../state/density-layer';

/** World points (x, y, z per point) -> canvas CSS pixels (NaN when off screen). */
export type WorldToScreen = (xyz: Float32Array, count: number) => { x: Float32Array; y: Float32Array };

export class DensityOverlay {
  readonly canvas: HTMLCanvasElement;
  private ctx: CanvasRenderingContext2D | null;
  private content: OverlayContent | null = null;
  /** Every line's and label's world points with z = 0, projected together in one call. */
  private world = new Float32Array(0);
  private drawnKey = '';
  /** Labels drawn by the last draw (after overlap removal), for the test hook. */
  drawnLabels: { text: string; x: number; y: number }[] = [];

  constructor(container: HTMLElement, private readonly toScreen: WorldToScreen) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'ep-labels ep-density';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.dataset.testid = 'density-overlay';
    // Just above the points, below the point labels and markers drawn over them.
    const plot = container.querySelector('.ep-canvas');
    container.insertBefore(this.canvas, plot ? plot.nextSibling : null);
    this.ctx = this.canvas.getContext('2d');
  }

  /** What to show (null: nothing); drawn at the next draw(). */
  set(content: OverlayContent | null): void {
    this.content = content;
    let count = 0;
    for (const l of content?.lines ?? []) count += l.points.length / 2;
    count += content?.clusters.length ?? 0;
    const world = new Float32Array(count * 3);
    let k = 0;
    for (const l of content?.lines ?? []) for (let p = 0; p < l.points.length; p += 2) { world[k] = l.points[p]; world[k + 1] = l.points[p + 1]; k += 3; }
    for (const c of content?.clusters ?? []) { world[k] = c.x; world[k + 1] = c.y; k += 3; }
    this.world = world;
    this.drawnKey = '';
  }

  /** Redraws for the current view if it or the content changed. */
  draw(width: number, height: number, dark: boolean): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const ratio = window.devicePixelRatio || 1;
    // Two reference points stand for the camera: a 2-D view is a scale and a shift.
    const probe = this.toScreen(Float32Array.of(0, 0, 0, 1, 1, 0), 2);
    const key = [probe.x[0], probe.y[0], probe.x[1], probe.y[1], width, height, ratio, dark].join(',');
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    fitOverlay(this.canvas, ctx, width, height);
    this.drawnLabels = [];
    const content = this.content;
    if (!content) return;
    const screen = this.toScreen(this.world, this.world.length / 3);
    const firstLabel = this.drawLines(ctx, content, screen, dark);
    this.drawLabels(ctx, content.clusters, screen, firstLabel, dark, width, height);
  }

  /** Pixels of the overlay that are not transparent (tests: are contours drawn?). */
  paintedPixels(): number {
    const ctx = this.ctx;
    if (!ctx || !this.canvas.width || !this.canvas.height) return 0;
    const data = ctx.getImageData(0, 0, this.canvas.width, this.canvas.height).data;
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++;
    return count;
  }

  /** Strokes the lines, inner levels darker; returns the index of the first label point. */
  private drawLines(ctx: CanvasRenderingContext2D, content: OverlayContent, s: { x: Float32Array; y: Float32Array }, dark: boolean): number {
    const ink = dark ? '255,255,255' : '20,24,32';
    ctx.lineJoin = 'round';
    let k = 0;
    for (const line of content.lines) {
      const count = line.points.length / 2;
      const t = content.levels > 1 ? line.rank / (content.levels - 1) : 1;
      ctx.strokeStyle = `rgba(${ink},${(0.28 + 0.4 * t).toFixed(2)})`;
      ctx.lineWidth = 0.8 + 0.6 * t;
      ctx.beginPath();
      let pen = false;
      for (let p = 0; p < count; p++) {
        const x = s.x[k + p], y = s.y[k + p];
        if (Number.isNaN(x)) { pen = false; continue; }
        if (pen) ctx.lineTo(x, y); else ctx.moveTo(x, y);
        pen = true;
      }
      if (line.closed && pen && !Number.isNaN(s.x[k])) ctx.lineTo(s.x[k], s.y[k]);
      ctx.stroke();
      k += count;
    }
    return k;
  }

  private drawLabels(ctx: CanvasRenderingContext2D, clusters: OverlayCluster[], s: { x: Float32Array; y: Float32Array }, first: number,
    dark: boolean, width: number, height: number): void {
    const boxes = new LabelBoxes();
    ctx.font = '600 13px Roboto, system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    clusters.forEach((c, index) => {
      const x = s.x[first + index], y = s.y[first + index];
      if (!c.label || Number.isNaN(x) || x < 0 || y < 0 || x > width || y > height) return;
      const text = shortened(c.label, 48);
      const w = ctx.measureText(text).width;
      if (!boxes.take({ x0: x - w / 2 - 3, y0: y - 10, x1: x + w / 2 + 3, y1: y + 10 })) return;
      haloText(ctx, text, x, y, 4, dark ? 'rgba(27,28,30,.92)' : 'rgba(255,255,255,.92)', dark ? '#ffffff' : '#111418');
      this.drawnLabels.push({ text, x, y });
    });
  }
}
