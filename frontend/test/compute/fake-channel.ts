// An in-memory stand-in for a MessageChannel that records what each end sends.
import type { MessagePortLike } from '../../src/compute/worker-rpc';

/** One end of the channel: records what it sends, delivers it asynchronously to the other end. */
export class FakePort implements MessagePortLike {
  readonly sent: { message: unknown; transfer: Transferable[] }[] = [];
  peer: FakePort | null = null;
  private readonly listeners: ((event: MessageEvent) => void)[] = [];

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.sent.push({ message, transfer });
    // structuredClone with transfer detaches buffers exactly as postMessage does.
    const delivered = structuredClone(message, { transfer });
    setTimeout(() => this.peer?.dispatch(delivered), 0);
  }

  addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.push(listener);
  }

  dispatch(data: unknown): void {
    for (const listener of this.listeners) listener({ data } as MessageEvent);
  }
}

/** Two connected ends: [page, worker]. */
export function fakeChannel(): [FakePort, FakePort] {
  const a = new FakePort(), b = new FakePort();
  a.peer = b;
  b.peer = a;
  return [a, b];
}

export const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
