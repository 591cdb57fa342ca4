// UMAP's epochs on every core: the heads split into blocks of about equal edges, one run here and
// the others by helper workers (message passing: no shared memory in TensorBoard's page). Each
// epoch every block starts from the same layout; each moves its heads and their tails and
// negative samples on its own copy, and the moves are added up (what umap-learn's parallel SGD
// does with shared memory, with the other blocks' moves seen an epoch later instead of at once).
// The blocks are moved to the helpers, not copied: the edges live once.

import type { EpochMethods } from './epoch-protocol';
import type { LayoutOptimizer } from './layout-optimizer';
import type { Args, Result } from '../worker-rpc';

export interface EpochHelper {
  setEdges(block: Args<EpochMethods, 'setEdges'>): Promise<Result<EpochMethods, 'setEdges'>>;
  epoch(embedding: Float32Array, epoch: number, alpha: number): Promise<Float32Array>;
}

export class EpochPool {
  /** The optimizer whose other blocks the helpers hold. */
  private attached: LayoutOptimizer | null = null;
  private start = new Float32Array(0);
  private readonly spare: (Float32Array | null)[];

  private readonly helpers: EpochHelper[];

  constructor(helpers: EpochHelper[]) {
    this.helpers = [...helpers];
    this.spare = helpers.map(() => null);
  }

  get size(): number {
    return this.helpers.length;
  }

  /** One epoch of `optimizer` (its blocks handed to the helpers the first time). */
  async runEpoch(optimizer: LayoutOptimizer): Promise<void> {
    if (optimizer.done) return;
    if (this.attached !== optimizer) this.attach(optimizer);
    const { embedding, epoch, alpha } = optimizer;
    if (this.start.length !== embedding.length) this.start = new Float32Array(embedding.length);
    this.start.set(embedding);
    const pending = this.helpers.map((helper, h) => {
      const copy = this.spare[h]?.length === embedding.length ? this.spare[h]! : new Float32Array(embedding.length);
      this.spare[h] = null;
      copy.set(embedding);
      return helper.epoch(copy, epoch, alpha);
    });
    optimizer.runEpoch(); // this block, in place
    const { start } = this;
    const answers = await Promise.allSettled(pending);
    const failed = answers.findIndex((answer) => answer.status === 'rejected');
    if (failed >= 0) {
      // Its block of edges went with it: this run cannot go on, the next one does without it.
      const reason = (answers[failed] as PromiseRejectedResult).reason;
      this.helpers.splice(failed, 1);
      this.spare.splice(failed, 1);
      this.attached = null;
      throw new Error(`UMAP: a layout helper failed (${reason instanceof Error ? reason.message : String(reason)}); run UMAP again`);
    }
    answers.forEach((answer, h) => {
      const moved = (answer as PromiseFulfilledResult<Float32Array>).value;
      for (let s = 0; s < embedding.length; s++) embedding[s] += moved[s] - start[s];
      this.spare[h] = moved;
    });
  }

  /** Lets the helpers free their blocks (the run's data was replaced). */
  release(): void {
    if (!this.attached) return;
    this.attached = null;
    for (const helper of this.helpers) void helper.setEdges(null).catch(() => {});
  }

  private attach(optimizer: LayoutOptimizer): void {
    const blocks = optimizer.splitHeads(this.helpers.length + 1);
    this.attached = optimizer;
    this.spare.fill(null);
    this.helpers.forEach((helper, h) => void helper.setEdges(blocks[h]).catch(() => {}));
  }
}
