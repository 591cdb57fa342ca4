// The methods of a UMAP epoch helper (epochHandlers, in a layout helper worker), called by the UMAP
// worker's EpochPool over ../worker-rpc.ts: the helper keeps a block of heads' edges and runs their
// part of each epoch on the layout it is sent.

import type { EpochBlock } from './layout-optimizer';

export interface EpochMethods {
  /** Replaces the helper's block (a new run); null lets it go. */
  setEdges: { args: EpochBlock | null; result: { heads: number } };
  /** Epoch `epoch` of the block at learning rate alpha, on `embedding` (n x dim), answered moved. */
  epoch: { args: { embedding: Float32Array; epoch: number; alpha: number }; result: Float32Array };
}
