// The worker's side of the density RPC: one analyze() at a time, in order. Before starting, a call
// lets queued messages in, so one the page has already cancelled (a newer layout arrived) never runs.
import { RpcServer, transfer, type MessagePortLike } from '../worker-rpc';
import { analyzeLayout } from './analyze-layout';
import type { DensityMethods } from './protocol';

export class DensityServer {
  constructor(port: MessagePortLike, yieldToEventLoop: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))) {
    new RpcServer<DensityMethods>(port, {
      analyze: async ({ xy, m, options }, request) => {
        await yieldToEventLoop();
        request.signal.throwIfAborted();
        if (!(xy instanceof Float32Array) || xy.length < 2 * m) throw new Error(`analyze: expected ${m} x 2 float32 values`);
        const result = analyzeLayout(xy, m, options);
        return transfer(result, [result.assignment.buffer]);
      },
    }, { serial: true });
  }
}
