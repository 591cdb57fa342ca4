// Text labels over the plot (selected point and its nearest neighbours), drawn on a 2D canvas
// above the WebGL canvas after every frame. Labels that would overlap an earlier one are skipped.
// The helpers below (canvas fitting, overlap, haloed text) also draw the density overlay's labels.

export interface LabelItem { x: number; y: number; text: string; strong: boolean }

export class LabelLayer {
  readonly canvas: HTMLCanvasElement;
  private ctx: CanvasRenderingContext2D | null;

  constructor(container: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'ep-labels';
    this.canvas.setAttribute('aria-hidden', 'true');
    container.appendChild(this.canvas);
    this.ctx = this.canvas.getContext('2d');
  }

  draw(items: LabelItem[], width: number, height: number, dark: boolean): void {
    const ctx = this.ctx;
    if (!ctx) return;
    fitOverlay(this.canvas, ctx, width, height);
    const boxes = new LabelBoxes();
    for (const it of items) {
      ctx.font = `${it.strong ? '600 ' : ''}12px Roboto, system-ui, sans-serif`;
      const text = shortened(it.text, 40);
      const w = ctx.measureText(text).width;
      if (!boxes.take({ x0: it.x + 7, y0: it.y - 14, x1: it.x + 9 + w, y1: it.y + 2 })) continue;
      const fill = dark ? (it.strong ? '#ffffff' : '#d0d3d8') : (it.strong ? '#000000' : '#3c4043');
      haloText(ctx, text, it.x + 8, it.y - 4, 3, dark ? 'rgba(27,28,30,.9)' : 'rgba(255,255,255,.9)', fill);
    }
  }
}

/** Sizes an overlay canvas to width x height CSS pixels at the device's pixel ratio, and clears it. */
export function fitOverlay(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, width: number, height: number): void {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
}

/** `text` cut to at most `max` characters, the last one an ellipsis. */
export function shortened(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface LabelBox { x0: number; y0: number; x1: number; y1: number }

/** The boxes of the labels drawn so far: a label that would overlap one is skipped. */
export class LabelBoxes {
  private readonly placed: LabelBox[] = [];

  /** Whether `box` overlaps no box taken before; if so it is taken. */
  take(box: LabelBox): boolean {
    if (this.placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) return false;
    this.placed.push(box);
    return true;
  }
}

/** Text with a halo of the background's colour around it, readable over points and lines. */
export function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, haloWidth: number, halo: string, fill: string): void {
  ctx.lineWidth = haloWidth;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = halo;
  ctx.fillStyle = fill;
  ctx.strokeText(text, x, y);
  ctx.fillText(text, x, y);
}
