// One epoch of UMAP's SGD over the edge schedule (see layout-optimizer.ts for the method).
// Edges are visited row by row of the CSR graph (the order umap-learn visits its COO edges), so
// the head point's coordinates stay in locals through all its edges and negative samples. Two
// copies of the same arithmetic, for 2-D and 3-D: unrolled, about a third faster in V8 than a
// loop over dimensions that indexes the array each time.

import type { PowerTable } from './power-table';
import { mix, nextState } from '../random';

/** The edges, their sampling schedule, and the constants of the gradient. */
export interface EpochContext {
  /** Row r's edges are tail[rowStart[r] .. rowStart[r + 1]); its head is heads[r] (a block of heads), or r (all of them: heads null). */
  rowStart: Int32Array;
  heads: Int32Array | null;
  tail: Int32Array;
  // Float32 schedules: epoch counts stay below a few thousand, where float32 steps are < 1e-3 epoch.
  epochsPerSample: Float32Array;
  epochOfNextSample: Float32Array;
  epochsPerNegativeSample: Float32Array;
  epochOfNextNegativeSample: Float32Array;
  /** n x dim row-major, updated in place. */
  embedding: Float32Array;
  a: number;
  /** q -> q^b. */
  power: PowerTable;
  /** -2ab: attraction is attractScale q^(b-1) / (1 + a q^b) times the difference. */
  attractScale: number;
  /** 2 gamma b: repulsion is repelScale / ((0.001 + q)(1 + a q^b)) times the difference. */
  repelScale: number;
  /** Beyond this squared distance no repulsive gradient component can reach the clip (skip it). */
  noClipAbove: number;
}

const CLIP = 4;

/** Epoch `n` at learning rate alpha; returns the advanced random state. */
export function epoch2d(context: EpochContext, n: number, alpha: number, state: number): number {
  const { rowStart, tail, epochsPerSample, epochOfNextSample, epochsPerNegativeSample, epochOfNextNegativeSample } = context;
  const { embedding, a, power, attractScale, repelScale } = context;
  const vertices = embedding.length / 2;
  const noClipAbove = context.noClipAbove;
  const { heads } = context;
  const rows = rowStart.length - 1;
  for (let r = 0; r < rows; r++) {
    const j = (heads ? heads[r] : r) * 2;
    let x = embedding[j], y = embedding[j + 1];
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      if (epochOfNextSample[e] > n) continue;
      const k = tail[e] * 2;

      const dx = x - embedding[k], dy = y - embedding[k + 1];
      const distSquared = dx * dx + dy * dy;
      if (distSquared > 0) {
        const distPower = power.pow(distSquared);
        const coefficient = (attractScale * distPower) / distSquared / (a * distPower + 1);
        const gx = clip(coefficient * dx) * alpha, gy = clip(coefficient * dy) * alpha;
        x += gx;
        y += gy;
        embedding[k] -= gx;
        embedding[k + 1] -= gy;
      }
      epochOfNextSample[e] += epochsPerSample[e];

      const negatives = Math.floor((n - epochOfNextNegativeSample[e]) / epochsPerNegativeSample[e]);
      for (let p = 0; p < negatives; p++) {
        state = nextState(state);
        const other = (((mix(state) * vertices) / 4294967296) | 0) * 2; // multiply, not %: cheaper
        if (other === j) continue;
        const ox = x - embedding[other], oy = y - embedding[other + 1];
        const q = ox * ox + oy * oy;
        if (!(q > 0)) continue; // coincident: no direction to push in
        const coefficient = repelScale / ((0.001 + q) * (a * power.pow(q) + 1));
        if (q > noClipAbove) {
          x += coefficient * ox * alpha;
          y += coefficient * oy * alpha;
        } else {
          x += clip(coefficient * ox) * alpha;
          y += clip(coefficient * oy) * alpha;
        }
      }
      if (negatives > 0) epochOfNextNegativeSample[e] += negatives * epochsPerNegativeSample[e];
    }
    embedding[j] = x;
    embedding[j + 1] = y;
  }
  return state;
}

/** epoch2d for 3-D layouts. */
export function epoch3d(context: EpochContext, n: number, alpha: number, state: number): number {
  const { rowStart, tail, epochsPerSample, epochOfNextSample, epochsPerNegativeSample, epochOfNextNegativeSample } = context;
  const { embedding, a, power, attractScale, repelScale } = context;
  const vertices = embedding.length / 3;
  const noClipAbove = context.noClipAbove;
  const { heads } = context;
  const rows = rowStart.length - 1;
  for (let r = 0; r < rows; r++) {
    const j = (heads ? heads[r] : r) * 3;
    let x = embedding[j], y = embedding[j + 1], z = embedding[j + 2];
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      if (epochOfNextSample[e] > n) continue;
      const k = tail[e] * 3;

      const dx = x - embedding[k], dy = y - embedding[k + 1], dz = z - embedding[k + 2];
      const distSquared = dx * dx + dy * dy + dz * dz;
      if (distSquared > 0) {
        const distPower = power.pow(distSquared);
        const coefficient = (attractScale * distPower) / distSquared / (a * distPower + 1);
        const gx = clip(coefficient * dx) * alpha, gy = clip(coefficient * dy) * alpha, gz = clip(coefficient * dz) * alpha;
        x += gx;
        y += gy;
        z += gz;
        embedding[k] -= gx;
        embedding[k + 1] -= gy;
        embedding[k + 2] -= gz;
      }
      epochOfNextSample[e] += epochsPerSample[e];

      const negatives = Math.floor((n - epochOfNextNegativeSample[e]) / epochsPerNegativeSample[e]);
      for (let p = 0; p < negatives; p++) {
        state = nextState(state);
        const other = (((mix(state) * vertices) / 4294967296) | 0) * 3;
        if (other === j) continue;
        const ox = x - embedding[other], oy = y - embedding[other + 1], oz = z - embedding[other + 2];
        const q = ox * ox + oy * oy + oz * oz;
        if (!(q > 0)) continue;
        const coefficient = repelScale / ((0.001 + q) * (a * power.pow(q) + 1));
        if (q > noClipAbove) {
          x += coefficient * ox * alpha;
          y += coefficient * oy * alpha;
          z += coefficient * oz * alpha;
        } else {
          x += clip(coefficient * ox) * alpha;
          y += clip(coefficient * oy) * alpha;
          z += clip(coefficient * oz) * alpha;
        }
      }
      if (negatives > 0) epochOfNextNegativeSample[e] += negatives * epochsPerNegativeSample[e];
    }
    embedding[j] = x;
    embedding[j + 1] = y;
    embedding[j + 2] = z;
  }
  return state;
}

function clip(gradient: number): number {
  return gradient > CLIP ? CLIP : gradient < -CLIP ? -CLIP : gradient;
}
