// Layout helpers: workers that the t-SNE and UMAP workers start to share their iterations across
// the cores (t-SNE: the attraction by row blocks, tsne/attraction-pool.ts; UMAP: the epochs by
// blocks of heads, umap/epoch-pool.ts). One worker script serves both kinds of work over the typed
// RPC; each layout worker starts its own helpers when a run is large enough to gain from them.

import { attractionHandlers } from './tsne/attraction-server';
import type { AttractionHelper } from './tsne/attraction-pool';
import type { AttractionMethods } from './tsne/attraction-protocol';
import { epochHandlers } from './umap/epoch-server';
import type { EpochHelper } from './umap/epoch-pool';
import type { EpochMethods } from './umap/epoch-protocol';
import { onWorkerFailure, RpcClient, RpcServer, type MessagePortLike } from './worker-rpc';

export type LayoutHelperMethods = AttractionMethods & EpochMethods;

/** Runs a helper on `port` (the worker's side). */
export function serveLayoutHelper(port: MessagePortLike): void {
  new RpcServer<LayoutHelperMethods>(port, { ...attractionHandlers(), ...epochHandlers() });
}

export type LayoutHelper = AttractionHelper & EpochHelper & { fail(error: Error): void };

/** The helper behind `port`; `terminate` ends its worker. Arrays sent to it are moved where they are the sender's to give. */
export function layoutHelper(port: MessagePortLike, terminate: () => void): LayoutHelper {
  const rpc = new RpcClient<LayoutHelperMethods>(port);
  return {
    setRows: (rows) => rpc.call('setRows', rows),
    attract: (y, exaggeration, forces) => rpc.call('attract', { y, exaggeration, forces }, { transfer: forces ? [y.buffer, forces.buffer] : [y.buffer] }),
    setEdges: (block) => rpc.call('setEdges', block, {
      transfer: block ? [block.heads, block.rowStart, block.tail, block.epochsPerSample, block.epochOfNextSample, block.epochsPerNegativeSample, block.epochOfNextNegativeSample].map((a) => a.buffer) : [],
    }),
    epoch: (embedding, epoch, alpha) => rpc.call('epoch', { embedding, epoch, alpha }, { transfer: [embedding.buffer] }),
    dispose: () => terminate(),
    fail: (error) => rpc.fail(error),
  };
}

/**
 * Starts `count` helpers (layout-helper.worker.js beside the calling worker's script) where the
 * engine has workers; none in node's test runs. A helper whose script fails rejects its calls.
 */
export function startLayoutHelpers(count: number, url: URL = new URL('./layout-helper.worker.js', import.meta.url)): LayoutHelper[] {
  if (typeof Worker !== 'function') return [];
  return Array.from({ length: count }, () => {
    const worker = new Worker(url, { type: 'module' });
    const helper = layoutHelper(worker, () => worker.terminate());
    onWorkerFailure(worker, 'layout helper', url, (error) => helper.fail(error));
    return helper;
  });
}

/**
 * Helpers for one layout worker: one per core beyond it and the page's main thread, at least one
 * (on 2 cores the page mostly waits while a layout iterates), at most 3.
 */
export function helperCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(cores - 2, 3));
}

/**
 * From how many points a layout shares its iterations with helpers: below, an iteration or epoch
 * takes a millisecond or two and the messages do not pay. Browser, 10,000 points, one helper, two
 * runs each: t-SNE 10,000 x 128 to 1,000 iterations 13.6-13.8 -> 12.4-12.7 s; UMAP 10,000 x 64 to
 * done 5.8-6.0 -> 6.1-7.2 s (slower: 500 epochs of ~10 ms, each a round trip; in node it gained
 * 5.4 -> 2.9 s). At 100,000 and beyond both gain (bench/RESULTS.md).
 */
export const HELPERS_FROM_POINTS = { tsne: 10_000, umap: 50_000 } as const;
