// The plot's two draws of its points over ONE set of vertex buffers: every visible point (a plain draw,
// or through an index of the visible rows when isolation hides some), and the moving subsample (an
// index of the rows lod.ts picks). Also times frames, so the subsample fits the frame budget on
// this machine (a GPU draws everything while moving too).
import * as THREE from 'three';
import {
  drawLists, frameCost, LOD_MOVING_POINTS, LOD_THRESHOLD, movingTarget, sampleNotDrawn, stillPiece, subsampleScale, type DrawListBuffers, type DrawLists,
  type FrameCosts,
} from './lod';

export class PointDraws {
  readonly all: THREE.Points;
  readonly sample: THREE.Points;
  n = 0;
  /** About how many rows frames draw while moving, fixed for the length of a motion. */
  movingRows = LOD_MOVING_POINTS;
  private positions: Float32Array = new Float32Array(0);
  private colors: Float32Array = new Float32Array(0);
  private lists: DrawLists | null = null;   // null: positions changed, recompute
  private buffers: DrawListBuffers = { visible: new Uint32Array(0), sample: new Uint32Array(0) };
  private indexes: { visible: THREE.BufferAttribute; sample: THREE.BufferAttribute } | null = null;
  /** Measured ms per drawn point (lod.ts frameCost) of moving and still frames. */
  private costs: FrameCosts = { moving: null, still: null };
  /** The measured costs of each shader variant (a 3D view's depth cue costs more per point than 2D). */
  private costsByVariant = new Map<string, FrameCosts>();
  /** New buffers since the last frame: that frame creates them (and may compile the shaders) and says
   *  little about drawing. (Updates of existing buffers are cheap beside drawing a million points.) */
  private fresh = true;
  /** The colour buffer is to be uploaded whole at the next frame (then partial updates would lose it). */
  private wholeUploadPending = true;

  constructor(private material: THREE.ShaderMaterial, scene: THREE.Scene) {
    this.all = new THREE.Points(new THREE.BufferGeometry(), material);
    this.sample = new THREE.Points(new THREE.BufferGeometry(), material);
    for (const p of [this.all, this.sample]) { p.frustumCulled = false; scene.add(p); }
  }

  /** positions: n*3. The colours are kept when n is unchanged. */
  setPositions(positions: Float32Array, n: number): void {
    this.positions = positions;
    const attr = this.all.geometry.getAttribute('position') as THREE.BufferAttribute | undefined;
    if (n !== this.n || !attr || attr.array.length !== positions.length) this.newBuffers(n, positions);
    else {
      attr.array = positions;   // same length: the GL buffer is updated in place
      attr.needsUpdate = true;
    }
    this.lists = null;
  }

  /** New colours (n*3); answers whether any drawn colour changed. Only the rows that changed are copied
   *  and uploaded when they are few (a click's neighbourhood: a few hundred of a million rows); `rows`,
   *  when the caller knows them, are the only rows that may differ (else the arrays are compared). */
  setColors(rgb: Float32Array, rows: Int32Array | null = null): boolean {
    this.colors = rgb;
    const attr = this.all.geometry.getAttribute('aColor') as THREE.BufferAttribute | undefined;
    if (!attr || rgb.length !== attr.array.length) return true;
    const drawn = attr.array as Float32Array;
    if (this.wholeUploadPending) {
      drawn.set(rgb);
      attr.needsUpdate = true;
      return true;
    }
    const ranges = rows ? rowRanges(rows, MAX_COLOR_RANGES) : changedRanges(drawn, rgb, MAX_COLOR_RANGES);
    if (ranges === null) {
      drawn.set(rgb);
      attr.clearUpdateRanges();
      this.wholeUploadPending = true;   // until uploaded, later changes go into the whole upload
    } else {
      if (ranges.length === 0) return false;
      for (let r = 0; r < ranges.length; r += 2) {
        drawn.set(rgb.subarray(ranges[r], ranges[r] + ranges[r + 1]), ranges[r]);
        attr.addUpdateRange(ranges[r], ranges[r + 1]);
      }
    }
    attr.needsUpdate = true;
    return true;
  }

  /** A motion starts: its subsample size from the measured cost (the same rows for the whole motion). */
  startMotion(): void {
    const rows = movingTarget(this.costs);
    if (rows !== this.movingRows) { this.movingRows = rows; this.lists = null; }
  }

  /** Shows the draw for this frame; returns how many points it draws and whether that is the subsample. */
  choose(moving: boolean): { drawn: number; subsample: boolean } {
    const lists = this.updateLists();
    const subsample = moving && lists.sample !== null;
    this.all.visible = !subsample;
    this.sample.visible = subsample;
    this.material.uniforms.uLodScale.value = subsample ? subsampleScale(lists.visibleCount, lists.sample!.length) : 1;
    return { drawn: subsample ? lists.sample!.length : lists.visibleCount, subsample };
  }

  /** Frames from now on are drawn with the shader variant `key`: their costs are measured apart. */
  useVariant(key: string): void {
    if (!this.costsByVariant.has(key)) this.costsByVariant.set(key, { moving: null, still: null });
    this.costs = this.costsByVariant.get(key)!;
  }

  /** Rows of the still draw a frame may draw (a still frame of more is drawn in pieces: still-pieces.ts). */
  stillPiece(): number { return stillPiece(this.costs); }

  /** Limits the still draw to its rows start .. start + count - 1 (in the order it draws them); null: all. */
  stillRows(range: { start: number; count: number } | null): void {
    const lists = this.updateLists();
    const all = lists.visible ? lists.visible.length : Infinity;
    if (range) this.all.geometry.setDrawRange(range.start, range.count);
    else {
      // Back to the still frame as choose(false) left it (showSampleFrom() may have changed the draws).
      this.all.geometry.setDrawRange(0, all);
      if (lists.sample) this.sample.geometry.setDrawRange(0, lists.sample.length);
      this.choose(false);
    }
  }

  /**
   * Shows, instead of the still draw, the moving subsample's rows from the still draw's row `drawn` on (its
   * rows are ascending, so those are a suffix of it): what stands in for the rows a still frame in pieces has
   * not drawn yet. Returns false when there is no subsample or nothing of it is left.
   */
  showSampleFrom(drawn: number): boolean {
    const lists = this.updateLists();
    const sample = lists.sample;
    if (!sample) return false;
    const lo = sampleNotDrawn(sample, lists.visible, drawn);
    this.all.visible = false;
    this.sample.visible = true;
    this.sample.geometry.setDrawRange(lo, sample.length - lo);
    this.material.uniforms.uLodScale.value = subsampleScale(lists.visibleCount, sample.length);
    return lo < sample.length;
  }

  /** A frame chosen by choose() took `ms`. */
  timed(ms: number, frame: { drawn: number; subsample: boolean }): void {
    const kind = frame.subsample ? 'moving' : 'still';
    this.costs[kind] = frameCost(this.costs[kind], ms, frame.drawn);
  }

  /** Whether the frame about to be drawn is worth timing (and from now on, the next ones are). */
  takeTimeable(): boolean {
    const timeable = !this.fresh;
    this.fresh = false;
    return timeable;
  }

  /** Vertex buffers for n points, shared by both draws. */
  private newBuffers(n: number, positions: Float32Array): void {
    this.n = n;
    this.all.geometry.dispose();
    this.sample.geometry.dispose();
    const attrs = {
      position: new THREE.BufferAttribute(positions, 3),
      aColor: new THREE.BufferAttribute(this.colors.length === n * 3 ? this.colors.slice() : new Float32Array(n * 3).fill(0.5), 3),
    };
    attrs.aColor.onUpload(() => { this.wholeUploadPending = false; });
    this.wholeUploadPending = true;
    for (const p of [this.all, this.sample]) {
      p.geometry = new THREE.BufferGeometry();
      for (const [name, attr] of Object.entries(attrs)) p.geometry.setAttribute(name, attr);
    }
    this.buffers = { visible: new Uint32Array(n), sample: new Uint32Array(n) };
    this.indexes = null;
    this.fresh = true;
  }

  /** Which rows the two draws use, recomputed after the positions changed (one pass over n). */
  private updateLists(): DrawLists {
    if (this.lists) return this.lists;
    const lists = drawLists(this.positions, this.n, LOD_THRESHOLD, this.movingRows, this.buffers);
    if (lists.visible || lists.sample) {
      this.indexes ??= { visible: new THREE.BufferAttribute(this.buffers.visible, 1), sample: new THREE.BufferAttribute(this.buffers.sample, 1) };
    }
    useRows(this.all.geometry, lists.visible, this.indexes?.visible);
    useRows(this.sample.geometry, lists.sample, this.indexes?.sample);
    this.lists = lists;
    return lists;
  }
}

/** More changed runs of colours than this: the whole buffer is uploaded instead (one call beats thousands). */
const MAX_COLOR_RANGES = 4096;

/**
 * Where `next` differs from `drawn` (same length, whole rows of 3): [start, count, start, count, ...] in array
 * elements, runs of changed rows merged when a few rows apart; null when there are more than `maxRanges` runs.
 */
export function changedRanges(drawn: Float32Array, next: Float32Array, maxRanges: number): number[] | null {
  const ranges: number[] = [];
  const gap = 3 * 4;   // rows between two changes uploaded with them rather than as another call
  let end = -1;        // element after the current run
  for (let e = 0; e < next.length; e++) {
    if (drawn[e] === next[e]) continue;
    const row = e - (e % 3);
    if (end >= 0 && row <= end + gap) end = row + 3;
    else {
      if (end >= 0) ranges[ranges.length - 1] = end - ranges[ranges.length - 2];
      if (ranges.length / 2 >= maxRanges) return null;
      ranges.push(row, 0);
      end = row + 3;
    }
    e = row + 2;
  }
  if (end >= 0) ranges[ranges.length - 1] = end - ranges[ranges.length - 2];
  return ranges;
}

/** `rows` as [start, count, ...] ranges of array elements (3 a row), ascending, adjacent rows merged; null
 *  when there are more than `maxRanges`. */
export function rowRanges(rows: Int32Array, maxRanges: number): number[] | null {
  const sorted = Int32Array.from(rows).sort();
  const ranges: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const row = sorted[k];
    const at = ranges.length - 2;
    if (at >= 0 && ranges[at] + ranges[at + 1] >= 3 * row) ranges[at + 1] = Math.max(ranges[at + 1], 3 * row + 3 - ranges[at]);
    else {
      if (ranges.length / 2 >= maxRanges) return null;
      ranges.push(3 * row, 3);
    }
  }
  return ranges;
}

/** Draws `rows` (a prefix of the index attribute's array) of g, or all of g when rows is null. */
function useRows(g: THREE.BufferGeometry, rows: Uint32Array | null, index: THREE.BufferAttribute | undefined): void {
  if (rows && index) {
    index.clearUpdateRanges();
    index.addUpdateRange(0, rows.length);   // upload only the rows in use
    index.needsUpdate = true;
    if (g.index !== index) g.setIndex(index);
    g.setDrawRange(0, rows.length);
  } else {
    if (g.index) g.setIndex(null);
    g.setDrawRange(0, Infinity);
  }
}
