// Text labels over the plot (selected point and its nearest neighbours), drawn on a 2D canvas
// above the WebGL canvas after every frame. Labels that would overlap an earlier one are skipped.

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
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
    for (const it of items) {
      ctx.font = `${it.strong ? '600 ' : ''}12px Roboto, system-ui, sans-serif`;
      const text = it.text.length > 40 ? `${it.text.slice(0, 39)}…` : it.text;
      const w = ctx.measureText(text).width;
      const box = { x0: it.x + 7, y0: it.y - 14, x1: it.x + 9 + w, y1: it.y + 2 };
      if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
      placed.push(box);
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = dark ? 'rgba(27,28,30,.9)' : 'rgba(255,255,255,.9)';
      ctx.fillStyle = dark ? (it.strong ? '#ffffff' : '#d0d3d8') : (it.strong ? '#000000' : '#3c4043');
      ctx.strokeText(text, it.x + 8, it.y - 4);
      ctx.fillText(text, it.x + 8, it.y - 4);
    }
  }
}
