// Sprite atlas: thumbnails of singleImageDim [w, h] px, laid row-major from the top-left,
// floor(atlasWidth / w) per row (no square-grid assumption).
import * as THREE from 'three';

export interface SpriteAtlas {
  image: ImageBitmap | HTMLImageElement;
  width: number;
  height: number;
  thumbW: number;
  thumbH: number;
  perRow: number;
  count: number;
  texture: THREE.Texture;
}

export function spriteGrid(atlasW: number, atlasH: number, w: number, h: number) {
  const perRow = Math.max(1, Math.floor(atlasW / w));
  const rows = Math.max(0, Math.floor(atlasH / h));
  return { perRow, rows, count: perRow * rows };
}

/** Pixel rectangle of thumbnail i in the atlas. */
export function thumbRect(i: number, perRow: number, w: number, h: number) {
  return { x: (i % perRow) * w, y: Math.floor(i / perRow) * h, w, h };
}

async function decode(blob: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === 'function') {
    try { return await createImageBitmap(blob); } catch { /* fall through */ }
  }
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function loadAtlas(blob: Blob, dim: number[]): Promise<SpriteAtlas> {
  const image = await decode(blob);
  const width = image.width, height = image.height;
  const thumbW = Math.max(1, Number(dim?.[0]) || width), thumbH = Math.max(1, Number(dim?.[1] ?? dim?.[0]) || height);
  const { perRow, count } = spriteGrid(width, height, thumbW, thumbH);
  const texture = new THREE.Texture(image as unknown as HTMLImageElement);
  texture.flipY = false;
  texture.generateMipmaps = false;
  texture.minFilter = THREE.LinearFilter;
  texture.magFilter = THREE.NearestFilter;
  texture.needsUpdate = true;
  return { image, width, height, thumbW, thumbH, perRow, count, texture };
}

/** Draws thumbnail i scaled into a 2D canvas (for the tooltip / inspector). */
export function drawThumb(atlas: SpriteAtlas, i: number, canvas: HTMLCanvasElement): boolean {
  if (i < 0 || i >= atlas.count) return false;
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  const r = thumbRect(i, atlas.perRow, atlas.thumbW, atlas.thumbH);
  ctx.imageSmoothingEnabled = false;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(atlas.image as CanvasImageSource, r.x, r.y, r.w, r.h, 0, 0, canvas.width, canvas.height);
  return true;
}

/** Scales the texture image down when the atlas exceeds the GPU's limit (UVs are fractions: unchanged). */
export function fitTexture(atlas: SpriteAtlas, maxSize: number): void {
  const big = Math.max(atlas.width, atlas.height);
  if (big <= maxSize) return;
  const s = maxSize / big;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(atlas.width * s));
  canvas.height = Math.max(1, Math.floor(atlas.height * s));
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.drawImage(atlas.image as CanvasImageSource, 0, 0, canvas.width, canvas.height);
  atlas.texture.image = canvas;
  atlas.texture.needsUpdate = true;
}
