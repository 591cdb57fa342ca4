// The helper's side of UMAP's epochs split by blocks of heads (see epoch-pool.ts).

import { epoch2d, epoch3d } from './sgd-epoch';
import { blockContext, type EpochBlock } from './layout-optimizer';
import type { EpochMethods } from './epoch-protocol';
import { transfer, type Handlers } from '../worker-rpc';
import type { PowerTable } from './power-table';

/** The epoch methods of a layout helper (layout-helper.ts), holding its block between calls. */
export function epochHandlers(): Handlers<EpochMethods> {
  let block: EpochBlock | null = null;
  let power: PowerTable | undefined;
  return {
    setEdges: (edges) => {
      block = edges;
      power = undefined;
      return { heads: edges ? edges.rowStart.length - 1 : 0 };
    },
    epoch: ({ embedding, epoch, alpha }) => {
      if (!block) throw new Error('UMAP epoch helper: no edges set');
      const context = blockContext(block, embedding, power);
      power = context.power;
      block.randomState = (block.dim === 2 ? epoch2d : epoch3d)(context, epoch, alpha, block.randomState);
      return transfer(embedding, [embedding.buffer]);
    },
  };
}
