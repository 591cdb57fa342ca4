// The hovered or the selected point drawn enlarged with a ring, on a small canvas placed over the plot.
// A hover moves or redraws only this canvas, never the WebGL frame: redrawing a million points takes
// ~0.5 s in software WebGL, and the tooltip would wait for that frame. Looks as the point shader drew
// it before: a disc with a ring from 0.72 of its radius outwards, or in thumbnail mode a square
// thumbnail in a ring-coloured border (the inner 76%).
import { thumbRect, type SpriteAtlas } from './sprites';

export interface MarkerLook {
  /** CSS px across. */
  size: number;
  /** The point's colour, r g b in 0..1. */
  rgb: ArrayLike<number>;
  ring: string;
  /** Thumbnail mode: the atlas and the row's cell. */
  thumb: { atlas: SpriteAtlas; index: number } | null;
}

/** Enlarged size of a highlighted point of `size` px (as the point shader did). */
export function markerSize(size: number, kind: 'hover' | 'selected'): number {
  return kind === 'selected' ? Math.max(size * 1.8, size + 6) : Math.max(size * 1.6, size + 5);
}

export class PointMarker {
  readonly canvas: HTMLCanvasElement;
  private drawnKey = '';
  private atlasImage: unknown = null;
  /** CSS px across of the canvas drawn last (the look's size rounded up to whole device pixels). */
  private across = 0;

  constructor(container: HTMLElement, testId: string) {
    this.canvas = document.createElement('canvas');
    this.canvas.dataset.testid = testId;
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', display: 'none' });
    container.appendChild(this.canvas);
  }

  /** Centred on CSS pixel (x, y) of the plot. */
  show(x: number, y: number, look: MarkerLook): void {
    const key = [look.size, Array.from(look.rgb).join(','), look.ring, look.thumb ? `${look.thumb.index}` : ''].join('|');
    if (key !== this.drawnKey || (look.thumb && look.thumb.atlas.image !== this.atlasImage)) this.draw(look);
    this.drawnKey = key;
    const half = this.across / 2;
    this.canvas.style.transform = `translate(${x - half}px, ${y - half}px)`;
    this.canvas.style.display = '';
  }

  hide(): void { this.canvas.style.display = 'none'; }

  private draw(look: MarkerLook): void {
    const ratio = window.devicePixelRatio || 1;
    const c = this.canvas, size = look.size;
    c.width = Math.max(1, Math.ceil(size * ratio));
    c.height = c.width;
    this.across = c.width / ratio;
    c.style.width = c.style.height = `${this.across}px`;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    // Centred in the (slightly larger) canvas.
    const pad = (this.across - size) / 2;
    ctx.setTransform(ratio, 0, 0, ratio, pad * ratio, pad * ratio);
    ctx.clearRect(-pad, -pad, this.across, this.across);
    const [r, g, b] = Array.from(look.rgb, (v) => Math.round(255 * Math.min(1, Math.max(0, v))));
    ctx.fillStyle = look.ring;
    this.atlasImage = look.thumb?.atlas.image ?? null;
    if (look.thumb) {
      const { atlas, index } = look.thumb;
      const cell = thumbRect(index, atlas.perRow, atlas.thumbW, atlas.thumbH);
      ctx.fillRect(0, 0, size, size);
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(atlas.image as CanvasImageSource, cell.x, cell.y, cell.w, cell.h, 0.12 * size, 0.12 * size, 0.76 * size, 0.76 * size);
      return;
    }
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, size / 2, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = `rgb(${r},${g},${b})`;
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, 0.36 * size, 0, 2 * Math.PI);
    ctx.fill();
  }
}
