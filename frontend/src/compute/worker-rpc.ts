// The typed request/response channel between the page and each compute worker (PCA, t-SNE, UMAP).
//
// A channel is typed by a method map, { name: { args; result; progress? } }, and an event map,
// { name: data }, shared by both sides so a change to a method is a type error on both.
//
//   page -> worker   { id, method, args }      a call (ids count up per client)
//                    { cancel: id }            the page cancelled call `id` (its signal aborted)
//   worker -> page   { id, progress }          any number of times before the answer
//                    { id, result }            or { id, error, name }: the answer, once
//                    { event, data }           pushed at any time (frames, state changes)
//
// RpcClient turns calls into promises; a call whose AbortSignal aborts rejects at once with the
// signal's reason and the worker is told, and its late answer is dropped (abandon() does the same
// without telling the worker, for runs the worker supersedes itself). fail() (the worker died)
// rejects every pending and later call. RpcServer runs the handlers (one at a time if asked) and
// gives each its request: id, progress(), and a signal that the page's cancel aborts (a handler
// that does not look just finishes unheard).
//
// Answers are copied by the structured clone unless the handler returns transfer(result, buffers):
// only the buffers it lists are moved (a handler must not list arrays it keeps: they would empty).

/** The part of Worker / DedicatedWorkerGlobalScope / MessagePort both sides use. */
export interface MessagePortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start?(): void;
}

/** Rejection reason of a call that was cancelled, or superseded by a newer call. */
export class CancelledError extends Error {
  constructor(message = 'superseded by a newer request') {
    super(message);
    this.name = 'CancelledError';
  }
}

export interface MethodSpec {
  args: unknown;
  result: unknown;
  /** What the method reports before its answer, if anything. */
  progress?: unknown;
}
export type MethodMap<M> = { [K in keyof M]: MethodSpec };
export type Args<M, K extends keyof M> = M[K] extends { args: infer A } ? A : never;
export type Result<M, K extends keyof M> = M[K] extends { result: infer R } ? R : never;
export type Progress<M, K extends keyof M> = M[K] extends { progress: infer P } ? P : never;

/** A call on the wire: one member per method, discriminated by `method`. */
export type RpcCall<M> = { [K in keyof M]: { id: number; method: K; args: Args<M, K> } }[keyof M];
export type RpcRequest<M> = RpcCall<M> | { cancel: number };
export type RpcResponse<E = Record<never, never>> =
  | { id: number; result: unknown }
  | { id: number; error: string; name: string }
  | { id: number; progress: unknown }
  | { [K in keyof E]: { event: K; data: E[K] } }[keyof E];

// ---- the page's side ----

export interface CallOptions<P = unknown> {
  /** Buffers to move to the worker instead of copying. */
  transfer?: Transferable[];
  onProgress?: (progress: P) => void;
  /** Aborting it rejects the call with the signal's reason and tells the worker. */
  signal?: AbortSignal;
}

/** Error classes re-created on the page from the name the worker sends (CancelledError always is). */
export type ErrorClasses = Record<string, new (message: string) => Error>;

interface Pending {
  resolve(value: unknown): void;
  reject(reason: unknown): void;
  onProgress?: (progress: never) => void;
  /** Detaches the abort listener. */
  release(): void;
}

export class RpcClient<M extends MethodMap<M>, E = Record<never, never>> {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<keyof E, Set<(data: never) => void>>();
  private readonly errorClasses: ErrorClasses;
  /** Set by fail() or close(): every call rejects with it from then on. */
  private failure: Error | null = null;

  constructor(
    private readonly port: MessagePortLike,
    errorClasses: ErrorClasses = {},
  ) {
    this.errorClasses = { CancelledError, ...errorClasses };
    port.addEventListener('message', (event) => this.receive(event.data as RpcResponse<E>));
    port.start?.();
  }

  call<K extends keyof M & string>(method: K, args: Args<M, K>, options: CallOptions<Progress<M, K>> = {}): Promise<Result<M, K>> {
    return this.request(method, args, options).result;
  }

  /** A call, with the id the worker's answer, progress and events for it carry. */
  request<K extends keyof M & string>(
    method: K,
    args: Args<M, K>,
    options: CallOptions<Progress<M, K>> = {},
  ): { id: number; result: Promise<Result<M, K>> } {
    const id = this.nextId++;
    const { signal } = options;
    const result = new Promise<Result<M, K>>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      if (signal?.aborted) return reject(signal.reason);
      const abort = () => {
        if (!this.settle(id)) return;
        reject(signal!.reason);
        this.port.postMessage({ cancel: id });
      };
      signal?.addEventListener('abort', abort);
      const release = () => signal?.removeEventListener('abort', abort);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress: options.onProgress, release });
      try {
        this.port.postMessage({ id, method, args }, options.transfer ?? []);
      } catch (error) {
        // Not sent (e.g. a DataCloneError): nothing to wait for, nothing to cancel later.
        this.settle(id);
        reject(error);
      }
    });
    return { id, result };
  }

  /** Calls listener with every `event` the worker pushes; returns the unsubscribe function. */
  on<K extends keyof E>(event: K, listener: (data: E[K]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /**
   * Stops waiting for call `id` without telling the worker, for calls the worker ends by itself
   * (a run that a newer start() or load() supersedes there): the call rejects with `reason` and
   * its late progress and answer are dropped. Nothing happens if it is no longer pending.
   */
  abandon(id: number, reason: Error = new CancelledError()): void {
    this.settle(id)?.reject(reason);
  }

  /**
   * The worker failed (its script did not load, it threw outside a call, or a message from it
   * could not be read): rejects what is pending and every later call with `error`, instead of
   * leaving promises unsettled forever. The first failure is the one reported.
   */
  fail(error: Error): void {
    this.failure ??= error;
    for (const [id, entry] of this.pending) {
      this.settle(id);
      entry.reject(this.failure);
    }
  }

  /** The worker is going away: rejects pending and later calls with `reason` and drops the event listeners. */
  close(reason: Error): void {
    this.fail(reason);
    this.listeners.clear();
  }

  /** Forgets call `id`; undefined if it was no longer pending. */
  private settle(id: number): Pending | undefined {
    const entry = this.pending.get(id);
    this.pending.delete(id);
    entry?.release();
    return entry;
  }

  private receive(message: RpcResponse<E>): void {
    if ('event' in message) {
      for (const listener of this.listeners.get(message.event) ?? []) (listener as (data: unknown) => void)(message.data);
      return;
    }
    if ('progress' in message) {
      (this.pending.get(message.id)?.onProgress as ((progress: unknown) => void) | undefined)?.(message.progress);
      return;
    }
    const entry = this.settle(message.id);
    if (!entry) return; // cancelled: its late answer is dropped
    if ('error' in message) entry.reject(new (this.errorClasses[message.name] ?? Error)(message.error));
    else entry.resolve(message.result);
  }
}

// ---- the worker's side ----

export interface RequestContext<P = unknown> {
  readonly id: number;
  /** Aborted (with a CancelledError) when the page cancels this call. */
  readonly signal: AbortSignal;
  progress(value: P, transfer?: Transferable[]): void;
}

/** A handler's answer: the result, copied to the page, or transfer(result, buffers). */
export type Reply<R> = R | Transfer<R>;

export type Handlers<M extends MethodMap<M>> = {
  [K in keyof M]: (args: Args<M, K>, request: RequestContext<Progress<M, K>>) => Reply<Result<M, K>> | Promise<Reply<Result<M, K>>>;
};

/** A result whose `buffers` are moved to the page instead of copied (see transfer()). */
export class Transfer<R> {
  constructor(
    readonly result: R,
    readonly buffers: Transferable[],
  ) {}
}

/**
 * Answers with `result`, moving `buffers` (e.g. the .buffer of arrays the handler just made) to
 * the page instead of copying them: zero-copy for large fresh arrays. The worker's arrays on
 * those buffers are emptied, so list only buffers the worker does not keep; a buffer listed
 * twice is moved once.
 */
export function transfer<R>(result: R, buffers: Transferable[]): Transfer<R> {
  return new Transfer(result, [...new Set(buffers)]);
}

export interface RpcServerOptions {
  /** Run one call at a time, in order (a call cancelled while queued never runs). Default: each at once. */
  serial?: boolean;
  /** With `serial`, methods that still run at once (short ones the user waits for, between another call's slices). */
  immediate?: readonly string[];
}

export class RpcServer<M extends MethodMap<M>, E = Record<never, never>> {
  private readonly running = new Map<number, AbortController>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly port: MessagePortLike,
    private readonly handlers: Handlers<M>,
    private readonly options: RpcServerOptions = {},
  ) {
    port.addEventListener('message', (event) => this.receive(event.data as RpcRequest<M>));
    port.start?.();
  }

  /** Pushes an event to the page. */
  emit<K extends keyof E>(event: K, data: E[K], transfer: Transferable[] = []): void {
    this.port.postMessage({ event, data }, transfer);
  }

  private receive(message: RpcRequest<M>): void {
    if ('cancel' in message) {
      this.running.get(message.cancel)?.abort(new CancelledError('cancelled'));
      return;
    }
    const controller = new AbortController();
    this.running.set(message.id, controller);
    if (this.options.serial && !this.options.immediate?.includes(message.method as string)) {
      this.queue = this.queue.then(() => this.answer(message, controller.signal));
    } else {
      void this.answer(message, controller.signal);
    }
  }

  /** Runs the handler (synchronously up to its first await) and posts its answer. */
  private async answer({ id, method, args }: RpcCall<M>, signal: AbortSignal): Promise<void> {
    try {
      signal.throwIfAborted();
      const handler = this.handlers[method] as (args: unknown, request: RequestContext) => unknown;
      const progress = (value: unknown, transfer: Transferable[] = []) => this.port.postMessage({ id, progress: value }, transfer);
      const reply = await handler(args, { id, signal, progress });
      if (reply instanceof Transfer) this.port.postMessage({ id, result: reply.result }, reply.buffers);
      else this.port.postMessage({ id, result: reply });
    } catch (error) {
      const { message, name } = error instanceof Error ? error : { message: String(error), name: 'Error' };
      this.port.postMessage({ id, error: message, name });
    } finally {
      this.running.delete(id);
    }
  }
}

// ---- helpers for the channels' clients ----

/**
 * How to send a typed array: a view on part of a buffer would be cloned with its WHOLE buffer,
 * so a part is sliced (one copy) and moved; a whole buffer is moved only when `move` is set (the
 * sender's array is then emptied), and copied by the structured clone otherwise.
 */
export function sendable<T extends Float32Array>(array: T, move = false): { array: T; transfer: Transferable[] } {
  const whole = array.byteOffset === 0 && array.byteLength === array.buffer.byteLength;
  if (whole && !move) return { array, transfer: [] };
  const sent = (whole ? array : array.slice()) as T;
  return { array: sent, transfer: [sent.buffer as ArrayBuffer] };
}

/**
 * Signals for a kind of call that a newer one supersedes: next() cancels the calls that hold the
 * signal it handed out before (they reject with CancelledError), then hands out a fresh one.
 */
export class Supersession {
  private controller = new AbortController();

  cancel(reason: Error = new CancelledError()): void {
    this.controller.abort(reason);
    this.controller = new AbortController();
  }

  next(): AbortSignal {
    this.cancel();
    return this.controller.signal;
  }

  /**
   * Runs `body` with next()'s signal. The promise rejects with the reason as soon as the signal
   * aborts, whatever `body` is awaiting; `body`'s own late outcome is then dropped.
   */
  run<T>(body: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const signal = this.next();
    const work = body(signal);
    return new Promise<T>((resolve, reject) => {
      const abort = () => reject(signal.reason);
      signal.addEventListener('abort', abort);
      work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
  }
}

/** The part of a Worker that reports its failures. */
export interface FailingWorker {
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

/**
 * Calls `fail` with an error naming the worker when it cannot go on: its script did not load or
 * threw outside a call ('error'), or a message from it could not be read ('messageerror').
 */
export function onWorkerFailure(worker: FailingWorker, name: string, url: URL | string, fail: (error: Error) => void): void {
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    const message = (event as ErrorEvent).message;
    fail(new Error(`${name} worker failed: ${message || `could not start ${url}`}`));
  });
  worker.addEventListener('messageerror', () => fail(new Error(`${name} worker failed: a message from it could not be read`)));
}
