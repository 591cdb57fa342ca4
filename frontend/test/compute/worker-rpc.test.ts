// The generic worker RPC (src/compute/worker-rpc.ts): ids, answers, errors, progress, cancel,
// events and transfers, once for all three channels (PCA, t-SNE, UMAP).
import { describe, expect, it } from 'vitest';
import {
  CancelledError, RpcClient, RpcServer, sendable, Supersession, type Handlers, type RpcRequest,
} from '../../src/compute/worker-rpc';
import { fakeChannel, tick } from './fake-channel';

interface Methods {
  echo: { args: { value: number }; result: { value: number } };
  fail: { args: { name: string }; result: never };
  count: { args: { to: number }; result: number; progress: number };
  /** Answers only once the page cancels it. */
  hang: { args: Record<string, never>; result: string };
  keep: { args: { data: Float32Array }; result: { data: Float32Array; sum: number } };
}
interface Events {
  tick: { n: number };
}

class ShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShapeError';
  }
}

function setup(handlers: Partial<Handlers<Methods>> = {}, serial = false) {
  const [page, worker] = fakeChannel();
  const kept: Float32Array[] = [];
  const cancelled: number[] = [];
  const started: string[] = [];
  const server = new RpcServer<Methods, Events>(worker, {
    echo: ({ value }) => ({ value }),
    fail: ({ name }) => {
      throw name === 'CancelledError' ? new CancelledError('gone') : name === 'ShapeError' ? new ShapeError('bad shape') : new RangeError('too big');
    },
    count: async ({ to }, request) => {
      for (let i = 1; i <= to; i++) {
        request.progress(i / to);
        await tick();
      }
      return to;
    },
    hang: (_, request) => {
      started.push(`hang ${request.id}`);
      return new Promise((resolve) => request.signal.addEventListener('abort', () => {
        cancelled.push(request.id);
        resolve('too late');
      }));
    },
    keep: ({ data }) => {
      const copy = data.slice();
      kept.push(copy);
      return { data: copy, sum: copy.reduce((a, b) => a + b, 0) };
    },
    ...handlers,
  }, { serial });
  const client = new RpcClient<Methods, Events>(page, { ShapeError });
  return { page, worker, server, client, kept, cancelled, started };
}

describe('RpcClient <-> RpcServer', () => {
  it('sends discriminated calls with ids counting up, and answers each by its id', async () => {
    const { page, client } = setup();
    const [a, b] = [client.call('echo', { value: 1 }), client.call('echo', { value: 2 })];
    expect(await b).toEqual({ value: 2 });
    expect(await a).toEqual({ value: 1 });
    expect(page.sent.map((s) => s.message)).toEqual([
      { id: 1, method: 'echo', args: { value: 1 } },
      { id: 2, method: 'echo', args: { value: 2 } },
    ]);
    expect(client.request('echo', { value: 3 }).id).toBe(3);
  });

  it('ignores answers for ids it does not wait for', async () => {
    const { worker, client } = setup();
    worker.postMessage({ id: 99, result: 'nobody' });
    worker.postMessage({ id: 98, progress: 0.5 });
    await tick();
    expect(await client.call('echo', { value: 7 })).toEqual({ value: 7 });
  });

  it("rejects with the worker's error, re-creating CancelledError and the client's named error classes", async () => {
    const { client } = setup();
    const plain = await client.call('fail', { name: 'RangeError' }).catch((error: Error) => error);
    expect(plain).toBeInstanceOf(Error);
    expect(plain.message).toBe('too big');
    await expect(client.call('fail', { name: 'CancelledError' })).rejects.toBeInstanceOf(CancelledError);
    await expect(client.call('fail', { name: 'ShapeError' })).rejects.toBeInstanceOf(ShapeError);
    await expect(client.call('fail', { name: 'ShapeError' })).rejects.toThrow('bad shape');
  });

  it('routes progress to the call it belongs to', async () => {
    const { client } = setup();
    const three: number[] = [], two: number[] = [];
    const results = await Promise.all([
      client.call('count', { to: 3 }, { onProgress: (p) => three.push(p) }),
      client.call('count', { to: 2 }, { onProgress: (p) => two.push(p) }),
    ]);
    expect(results).toEqual([3, 2]);
    expect(three).toEqual([1 / 3, 2 / 3, 1]);
    expect(two).toEqual([0.5, 1]);
  });

  it('a cancelled call rejects at once with the reason, the worker is told, and its late answer is dropped', async () => {
    const { page, client, cancelled } = setup();
    const controller = new AbortController();
    const hanging = client.call('hang', {}, { signal: controller.signal });
    await tick();
    const reason = new CancelledError('not needed');
    controller.abort(reason);
    await expect(hanging).rejects.toBe(reason);
    expect(page.sent.at(-1)!.message).toEqual({ cancel: 1 });
    await expect.poll(() => cancelled).toEqual([1]); // the handler saw its signal abort
    await tick(); // its answer ('too late') arrives and is dropped
    expect(await client.call('echo', { value: 1 })).toEqual({ value: 1 });
  });

  it('does not send a call whose signal is already aborted', async () => {
    const { page, client } = setup();
    const controller = new AbortController();
    controller.abort(new CancelledError());
    await expect(client.call('echo', { value: 1 }, { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(page.sent).toEqual([]);
  });

  it('a serial server runs one call at a time; a call cancelled while queued never runs', async () => {
    const { page, client, started } = setup({}, true);
    const first = new AbortController(), second = new AbortController();
    const a = client.call('hang', {}, { signal: first.signal });
    const b = client.call('hang', {}, { signal: second.signal });
    const c = client.call('echo', { value: 3 });
    await tick();
    await tick();
    expect(started).toEqual(['hang 1']); // 2 and 3 wait for 1
    second.abort(new CancelledError());
    first.abort(new CancelledError());
    await expect(a).rejects.toBeInstanceOf(CancelledError);
    await expect(b).rejects.toBeInstanceOf(CancelledError);
    expect(await c).toEqual({ value: 3 });
    expect(started).toEqual(['hang 1']);
    const worker = page.peer!;
    const answers = worker.sent.map((s) => s.message as { id: number; error?: string; name?: string });
    expect(answers.find((m) => m.id === 2)).toEqual({ id: 2, error: 'cancelled', name: 'CancelledError' });
  });

  it('passes pushed events to their listeners until they unsubscribe', async () => {
    const { server, client } = setup();
    const seen: number[] = [];
    const off = client.on('tick', ({ n }) => seen.push(n));
    server.emit('tick', { n: 1 });
    server.emit('tick', { n: 2 });
    await tick();
    await tick();
    off();
    server.emit('tick', { n: 3 });
    await tick();
    expect(seen).toEqual([1, 2]);
  });

  it('moves the buffers a call lists, and moves the typed arrays of a result back', async () => {
    const { page, client, kept } = setup();
    const data = new Float32Array([1, 2, 3]);
    const result = await client.call('keep', { data }, { transfer: [data.buffer] });
    expect(data.length).toBe(0); // moved to the worker
    expect(result).toEqual({ data: new Float32Array([1, 2, 3]), sum: 6 });
    expect(kept[0].length).toBe(0); // the worker's copy was moved to the page
    expect(page.sent[0].transfer).toHaveLength(1);
    await client.call('echo', { value: 1 });
    expect(page.sent[1].transfer).toEqual([]);
  });

  it('close() rejects what is pending and drops the listeners', async () => {
    const { server, client } = setup();
    let events = 0;
    client.on('tick', () => events++);
    const pending = client.call('hang', {});
    client.close(new CancelledError('closed'));
    await expect(pending).rejects.toThrow('closed');
    server.emit('tick', { n: 1 });
    await tick();
    expect(events).toBe(0);
  });

  it('types the wire format by the method map', () => {
    const call: RpcRequest<Methods> = { id: 1, method: 'count', args: { to: 2 } };
    const cancel: RpcRequest<Methods> = { cancel: 1 };
    expect([call, cancel]).toHaveLength(2);
  });
});

describe('sendable', () => {
  it('copies a whole array unless asked to move it', () => {
    const data = new Float32Array(4);
    expect(sendable(data)).toEqual({ array: data, transfer: [] });
    const moved = sendable(data, true);
    expect(moved.array).toBe(data);
    expect(moved.transfer).toEqual([data.buffer]);
  });

  it('slices a part of a buffer, so only its own values cross, and moves the slice', () => {
    const data = new Float32Array([1, 2, 3, 4]);
    const part = sendable(data.subarray(1, 3));
    expect(Array.from(part.array)).toEqual([2, 3]);
    expect(part.array.buffer).not.toBe(data.buffer);
    expect(part.transfer).toEqual([part.array.buffer]);
  });
});

describe('Supersession', () => {
  it('next() cancels the calls holding the previous signal', () => {
    const calls = new Supersession();
    const first = calls.next();
    const second = calls.next();
    expect(first.aborted).toBe(true);
    expect(first.reason).toBeInstanceOf(CancelledError);
    expect(second.aborted).toBe(false);
    calls.cancel(new Error('load'));
    expect(second.reason).toEqual(new Error('load'));
  });
});
