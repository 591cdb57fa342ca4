// The generic worker RPC (src/compute/worker-rpc.ts): ids, answers, errors, progress, cancel,
// events and transfers, once for all three channels (PCA, t-SNE, UMAP).
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CancelledError, onWorkerFailure, RpcClient, RpcServer, sendable, Supersession, transfer, type Handlers, type Progress, type Result, type RpcRequest,
} from '../../src/compute/worker-rpc';
import { fakeChannel, tick } from './fake-channel';

interface Methods {
  echo: { args: { value: number }; result: { value: number } };
  fail: { args: { name: string }; result: never };
  count: { args: { to: number }; result: number; progress: number };
  /** Answers only once the page cancels it. */
  hang: { args: Record<string, never>; result: string };
  keep: { args: { data: Float32Array }; result: { data: Float32Array; sum: number } };
  /** Returns a view on part of a buffer the worker keeps. */
  window: { args: { from: number; to: number }; result: Float32Array };
  /** Returns fresh arrays, moved. */
  fresh: { args: { length: number }; result: { a: Float32Array; b: Float64Array } };
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
  const store = new Float32Array([0, 1, 2, 3, 4, 5]);
  const made: { a: Float32Array; b: Float64Array }[] = [];
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
    window: ({ from, to }) => store.subarray(from, to),
    fresh: ({ length }) => {
      const result = { a: new Float32Array(length).fill(1), b: new Float64Array(length).fill(2) };
      made.push(result);
      return transfer(result, [result.a.buffer, result.b.buffer, result.a.buffer]);
    },
    ...handlers,
  }, { serial });
  const client = new RpcClient<Methods, Events>(page, { ShapeError });
  return { page, worker, server, client, kept, cancelled, started, store, made };
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

  it('moves the buffers a call lists; copies a result unless the handler moves its buffers with transfer()', async () => {
    const { page, worker, client, kept } = setup();
    const data = new Float32Array([1, 2, 3]);
    const result = await client.call('keep', { data }, { transfer: [data.buffer] });
    expect(data.length).toBe(0); // moved to the worker
    expect(result).toEqual({ data: new Float32Array([1, 2, 3]), sum: 6 });
    expect(Array.from(kept[0])).toEqual([1, 2, 3]); // the worker still has the array it kept
    expect(worker.sent[0].transfer).toEqual([]);
    expect(page.sent[0].transfer).toHaveLength(1);
    await client.call('echo', { value: 1 });
    expect(page.sent[1].transfer).toEqual([]);
  });

  it('a view on a buffer the worker keeps comes back as a copy, the buffer intact', async () => {
    const { client, store } = setup();
    expect(Array.from(await client.call('window', { from: 2, to: 4 }))).toEqual([2, 3]);
    expect(Array.from(store)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('transfer() moves the listed buffers of a fresh result (each once) without copying', async () => {
    const { worker, client, made } = setup();
    const result = await client.call('fresh', { length: 3 });
    expect(Array.from(result.a)).toEqual([1, 1, 1]);
    expect(Array.from(result.b)).toEqual([2, 2, 2]);
    expect(worker.sent[0].transfer).toHaveLength(2);
    expect(made[0].a.length).toBe(0); // moved out of the worker
    expect(made[0].b.length).toBe(0);
  });

  it('a call that cannot be posted rejects and leaves nothing pending: no cancel follows for it', async () => {
    const { page, client } = setup();
    const controller = new AbortController();
    const unclonable = { value: 1, callback: () => {} } as unknown as { value: number };
    const failed = client.call('echo', unclonable, { signal: controller.signal }).catch((error: Error) => error);
    expect((await failed as Error).name).toBe('DataCloneError');
    controller.abort(new CancelledError());
    await tick();
    expect(page.sent.some((s) => 'cancel' in (s.message as object))).toBe(false);
    expect(await client.call('echo', { value: 2 })).toEqual({ value: 2 }); // the channel still works
  });

  it('abandon() rejects a call at once and drops its late progress and answer, without telling the worker', async () => {
    const { page, worker, client } = setup();
    const progress: number[] = [];
    const call = client.request('count', { to: 3 }, { onProgress: (p) => progress.push(p) });
    client.abandon(call.id);
    await expect(call.result).rejects.toBeInstanceOf(CancelledError);
    await expect.poll(() => worker.sent.some((s) => 'result' in (s.message as object))).toBe(true);
    await tick();
    expect(progress).toEqual([]);
    expect(page.sent.map((s) => s.message)).toEqual([{ id: 1, method: 'count', args: { to: 3 } }]);
    client.abandon(call.id); // no longer pending: nothing happens
  });

  it('fail() rejects pending calls and every later one with the first failure, without posting them', async () => {
    const { page, client } = setup();
    const pending = client.call('hang', {});
    client.fail(new Error('worker died'));
    client.fail(new Error('a later report'));
    await expect(pending).rejects.toThrow('worker died');
    const sentBefore = page.sent.length;
    await expect(client.call('echo', { value: 1 })).rejects.toThrow('worker died');
    expect(page.sent.length).toBe(sentBefore);
  });

  it('close() rejects what is pending and drops the listeners', async () => {
    const { server, client } = setup();
    let events = 0;
    client.on('tick', () => events++);
    const pending = client.call('hang', {});
    client.close(new CancelledError('closed'));
    await expect(pending).rejects.toThrow('closed');
    await expect(client.call('echo', { value: 1 })).rejects.toThrow('closed');
    server.emit('tick', { n: 1 });
    await tick();
    expect(events).toBe(0);
  });

  // Type assertions: `tsc --noEmit` (which covers test/) fails when one does not hold.
  it('types the wire format and the calls by the method map', () => {
    expectTypeOf<{ id: 1; method: 'count'; args: { to: 2 } }>().toMatchTypeOf<RpcRequest<Methods>>();
    expectTypeOf<{ cancel: 1 }>().toMatchTypeOf<RpcRequest<Methods>>();
    expectTypeOf<{ id: 1; method: 'count'; args: { value: 2 } }>().not.toMatchTypeOf<RpcRequest<Methods>>();
    expectTypeOf<{ id: 1; method: 'nope'; args: object }>().not.toMatchTypeOf<RpcRequest<Methods>>();
    expectTypeOf<Result<Methods, 'count'>>().toEqualTypeOf<number>();
    expectTypeOf<Progress<Methods, 'count'>>().toEqualTypeOf<number>();
    expectTypeOf<Progress<Methods, 'echo'>>().toBeNever();
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

  it("run() rejects at once when a newer run() supersedes it, whatever its body awaits; else settles as the body", async () => {
    const calls = new Supersession();
    let bodySignal: AbortSignal | null = null;
    const first = calls.run((signal) => {
      bodySignal = signal;
      return new Promise<string>(() => {}); // never settles
    });
    const second = calls.run(async () => 'second');
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(bodySignal!.aborted).toBe(true);
    expect(await second).toBe('second');
    await expect(calls.run(async () => { throw new RangeError('body'); })).rejects.toThrow('body');
  });
});

describe('onWorkerFailure', () => {
  const failing = () => {
    const worker = new EventTarget();
    const errors: Error[] = [];
    onWorkerFailure(worker, 't-SNE', 'http://x/tsne.worker.js', (error) => errors.push(error));
    return { worker, errors };
  };

  it("reports a worker's uncaught error, or its script not loading, naming the worker", () => {
    const { worker, errors } = failing();
    const crash = Object.assign(new Event('error', { cancelable: true }), { message: 'Uncaught RangeError: bad' });
    worker.dispatchEvent(crash);
    expect(crash.defaultPrevented).toBe(true);
    worker.dispatchEvent(new Event('error', { cancelable: true })); // a script that did not load has no message
    expect(errors.map((e) => e.message)).toEqual([
      't-SNE worker failed: Uncaught RangeError: bad',
      't-SNE worker failed: could not start http://x/tsne.worker.js',
    ]);
  });

  it('reports a message that could not be read', () => {
    const { worker, errors } = failing();
    worker.dispatchEvent(new Event('messageerror'));
    expect(errors.map((e) => e.message)).toEqual(['t-SNE worker failed: a message from it could not be read']);
  });
});
