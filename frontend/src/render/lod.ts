// Level of detail: which rows a frame draws. Still frames draw every visible row; frames while the
// camera (or the layout) moves draw a fixed pseudo-random subsample when there are more than
// LOD_THRESHOLD visible rows and drawing them all would take longer than the frame budget (measured:
// frameCost), so a million points turn at interactive rates in software WebGL. The subsample is chosen
// by a hash of the row number: the same rows in every frame (no flicker), spread evenly over every
// cluster, and a smaller target keeps a subset of a larger one's rows. Pure: unit-tested.
import { HIDDEN_Z } from '../compute/placement';

/** More visible rows than this: frames while moving may draw a subsample (when the full set is slow). */
export const LOD_THRESHOLD = 200_000;
/** Moving frames aim at this many ms (the goal is 150; the margin absorbs a busy machine). */
export const LOD_FRAME_BUDGET_MS = 100;
/** Rows drawn while moving before any frame was timed (SwiftShader on 2 cores: ~0.5-1 µs a point). */
export const LOD_MOVING_POINTS = 100_000;
/** Never fewer rows than this while moving, so clusters keep their look. */
export const LOD_MIN_POINTS = 50_000;

/** How much larger a subsample's points are drawn, so its clusters cover about as much as every
 *  point does (the fourth root of the thinning: area grows with its square root; at most 2x). */
export function subsampleScale(visible: number, drawn: number): number {
  return drawn > 0 && drawn < visible ? Math.min(2, Math.sqrt(Math.sqrt(visible / drawn))) : 1;
}

/** Per point, a subsample frame costs about this many times a still frame (its points are drawn larger,
 *  through an index; measured in SwiftShader: 0.4 vs 0.9 µs). Used until a moving frame was timed. */
export const SUBSAMPLE_COST_FACTOR = 2;

/** Measured ms per drawn point of frames drawing the subsample (moving) and every point (still). */
export interface FrameCosts { moving: number | null; still: number | null }

/** Rows a moving frame draws, from the measured costs (before any: LOD_MOVING_POINTS). A fast GPU gets
 *  a target above any row count: it draws everything while moving too. */
export function movingTarget(costs: FrameCosts): number {
  const ms = costs.moving ?? (costs.still === null ? null : costs.still * SUBSAMPLE_COST_FACTOR);
  if (ms === null) return LOD_MOVING_POINTS;
  return Math.max(LOD_MIN_POINTS, Math.floor(LOD_FRAME_BUDGET_MS / Math.max(ms, 1e-9)));
}

/** Rows a piece of a still frame draws before any frame was timed (still-pieces.ts). */
export const LOD_STILL_PIECE = 150_000;

/** Rows a still frame draws per animation frame (still-pieces.ts) so that no frame takes much longer than the
 *  frame budget: from the measured cost of still frames (or of moving ones, which cost more per point). A fast
 *  GPU gets a piece above any row count: one frame draws everything. */
export function stillPiece(costs: FrameCosts): number {
  const ms = costs.still ?? (costs.moving === null ? null : costs.moving / SUBSAMPLE_COST_FACTOR);
  if (ms === null) return LOD_STILL_PIECE;
  return Math.max(LOD_MIN_POINTS, Math.floor(LOD_FRAME_BUDGET_MS / Math.max(ms, 1e-9)));
}

/** The running ms-per-point estimate after a frame of `ms` that drew `drawn` points (half old, half new;
 *  frames of fewer than LOD_MIN_POINTS say more about the frame's fixed costs and are ignored). */
export function frameCost(previous: number | null, ms: number, drawn: number): number | null {
  if (drawn < LOD_MIN_POINTS || !(ms > 0)) return previous;
  const now = ms / drawn;
  return previous === null ? now : (previous + now) / 2;
}

/** A fixed pseudo-random number in [0, 1) for row i (MurmurHash3's 32-bit finaliser). */
export function rowRank(i: number): number {
  let h = (i + 0x9e3779b9) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** What to draw: `visible` lists the rows not hidden by isolation (null when none is hidden, so a
 *  still frame needs no index); `sample` the rows drawn while moving (null: draw the still frame's rows). */
export interface DrawLists {
  visibleCount: number;
  visible: Uint32Array | null;
  sample: Uint32Array | null;
}

/** Reused buffers, so a new layout of the same size allocates nothing. */
export interface DrawListBuffers { visible: Uint32Array; sample: Uint32Array }

/** Rows to draw for positions (n x 3; hidden rows have z = HIDDEN_Z), both lists ascending. */
export function drawLists(positions: Float32Array, n: number, threshold = LOD_THRESHOLD,
  target = LOD_MOVING_POINTS, buffers?: DrawListBuffers): DrawLists {
  const visible = buffers && buffers.visible.length >= n ? buffers.visible : new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (positions[i * 3 + 2] !== HIDDEN_Z) visible[count++] = i;
  let sample: Uint32Array | null = null;
  if (count > threshold && target < count) {
    const keep = target / count;
    const out = buffers && buffers.sample.length >= n ? buffers.sample : new Uint32Array(n);
    let m = 0;
    for (let k = 0; k < count; k++) if (rowRank(visible[k]) < keep) out[m++] = visible[k];
    sample = out.subarray(0, m);
  }
  return { visibleCount: count, visible: count < n ? visible.subarray(0, count) : null, sample };
}

/** Where the rows a still frame in pieces has not drawn yet begin in the (ascending) moving subsample: the
 *  still frame draws `visible` (null: every row, in order) and has drawn its first `drawn`. */
export function sampleNotDrawn(sample: Uint32Array, visible: Uint32Array | null, drawn: number): number {
  const row = visible ? (drawn < visible.length ? visible[drawn] : Infinity) : drawn;
  let lo = 0, hi = sample.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sample[mid] < row) lo = mid + 1; else hi = mid;
  }
  return lo;
}
