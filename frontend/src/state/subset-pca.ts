// PCA of the isolated rows only ("isolate" re-projects, as TensorBoard's projector does): in its own
// compute worker (the session's projector keeps all rows), on the page if that worker fails.
import { createComputeClient, type ComputeClient } from '../compute/compute-client';
import { LocalProjector, type RowSource } from './projection';

export class SubsetPca {
  private client: ComputeClient | null = null;
  private local: LocalProjector | null = null;
  private key = '';
  private pending: Promise<void> | null = null;
  /** Variance fractions of the last subset PCA (its own components). */
  variance: number[] | null = null;

  /** m x dims.length coordinates of `rows` on the subset's own principal components. */
  async project(source: RowSource, d: number, rows: Int32Array, spherize: boolean, dims: number[], dataKey: string): Promise<Float32Array> {
    const key = `${dataKey}|${spherize}|${rows.length}:${rows[0]}:${rows[rows.length - 1]}:${rows[rows.length >> 1]}`;
    if (key !== this.key || !this.pending) {
      this.key = key;
      const k = Math.min(10, d);
      this.pending = (async () => {
        const sub = await source.rows(rows);
        if (!this.local && typeof Worker === 'function') {
          try {
            this.client ??= createComputeClient(undefined, 1);
            await this.client.load(sub, rows.length, d);
            this.variance = Array.from((await this.client.pca(k, { spherize })).varianceFraction);
            return;
          } catch (err) {
            if ((err as Error)?.name === 'CancelledError') throw err;
            this.client?.dispose();
            this.client = null;
          }
        }
        this.local ??= new LocalProjector();
        await this.local.load(sub, rows.length, d);
        this.variance = Array.from((await this.local.pca(k, { spherize })).varianceFraction);
      })();
    }
    await this.pending;
    const maxDim = Math.min(10, d) - 1;
    const use = dims.map((x) => Math.min(x, maxDim));
    return this.client && !this.local ? this.client.project(use) : this.local!.project(use);
  }

  dispose(): void { this.client?.dispose(); this.client = null; this.local = null; this.key = ''; this.pending = null; this.variance = null; }
}
