// The t-SNE worker's side of its attraction helpers: each a module worker (tsne-attraction.worker.js,
// next to tsne.worker.js) behind the typed RPC.

import type { AttractionHelper } from './attraction-pool';
import type { AttractionMethods } from './attraction-protocol';
import { onWorkerFailure, RpcClient, type MessagePortLike } from '../worker-rpc';

/** The helper behind `port`; `terminate` ends its worker. */
export function attractionHelper(port: MessagePortLike, terminate: () => void): AttractionHelper & { fail(error: Error): void } {
  const rpc = new RpcClient<AttractionMethods>(port);
  return {
    setRows: (rows) => rpc.call('setRows', rows),
    attract: (y, exaggeration, forces) => rpc.call('attract', { y, exaggeration, forces }, { transfer: forces ? [forces.buffer] : [] }),
    dispose: () => terminate(),
    fail: (error) => rpc.fail(error),
  };
}

/**
 * Starts `count` helpers where the engine has workers (none in node's test runs). A helper whose
 * script fails rejects its calls, and the pool does its rows itself.
 */
export function startAttractionHelpers(count: number, url: URL = new URL('./tsne-attraction.worker.js', import.meta.url)): AttractionHelper[] {
  if (typeof Worker !== 'function') return [];
  return Array.from({ length: count }, () => {
    const worker = new Worker(url, { type: 'module' });
    const helper = attractionHelper(worker, () => worker.terminate());
    onWorkerFailure(worker, 't-SNE attraction', url, (error) => helper.fail(error));
    return helper;
  });
}
