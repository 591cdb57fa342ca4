// The t-SNE panel when its worker dies: mid-run (no call pending, so only the client's failure
// listeners can tell) and through a rejected control call. The status must say why, and the
// next run must start a fresh worker instead of talking to the dead one.
import { describe, expect, it } from 'vitest';
import { Layouts, type TsneClientLike } from '../../src/state/layouts';
import { Store } from '../../src/state/store';
import { loadedRows } from '../loaded-rows';

type Status = Awaited<ReturnType<TsneClientLike['pause']>>;

class FakeTsneClient implements TsneClientLike {
  failureListeners: ((error: Error) => void)[] = [];
  disposed = false;
  pauseAnswer: Promise<Status> = Promise.resolve({ state: 'paused', iteration: 5, converged: false });
  load = async () => ({});
  loadGraph = async () => ({});
  start = async () => ({});
  pause = () => this.pauseAnswer;
  resume = async (): Promise<Status> => ({ state: 'running', iteration: 5, converged: false });
  perturb = this.resume;
  stop = this.resume;
  setMaxIterations = this.resume;
  onFrame = () => () => {};
  onState = () => () => {};
  onFailure(listener: (error: Error) => void): () => void {
    this.failureListeners.push(listener);
    return () => {};
  }
  dispose(): void {
    this.disposed = true;
  }
}

function layoutsWithFakeClients() {
  const clients: FakeTsneClient[] = [];
  const data = loadedRows(new Float32Array(8 * 3).map((_, i) => i % 7), 8, 3);
  const layouts = new Layouts({
    store: new Store(),
    getData: () => data,
    place: () => {},
    createTsneClient: () => {
      const client = new FakeTsneClient();
      clients.push(client);
      return client;
    },
  });
  return { layouts, clients };
}

describe('Layouts: the t-SNE worker dies', () => {
  it('mid-run: the status shows the error and the next run starts a new worker', async () => {
    const { layouts, clients } = layoutsWithFakeClients();
    await layouts.runTsne();
    expect(clients).toHaveLength(1);
    expect(layouts.status.tsne.state).toBe('initializing');

    clients[0].failureListeners.forEach((listener) => listener(new Error('t-SNE worker failed: out of memory')));
    expect(layouts.status.tsne.state).toBe('error');
    expect(layouts.status.tsne.error).toBe('t-SNE worker failed: out of memory');
    expect(clients[0].disposed).toBe(true);

    await layouts.runTsne();
    expect(clients).toHaveLength(2);
    expect(layouts.status.tsne.error).toBeNull();
  });

  it('a rejected control call shows its error instead of going unhandled', async () => {
    const { layouts, clients } = layoutsWithFakeClients();
    await layouts.runTsne();
    clients[0].pauseAnswer = Promise.reject(new Error('t-SNE worker failed: could not start tsne.worker.js'));
    layouts.pauseTsne();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(layouts.status.tsne.state).toBe('error');
    expect(layouts.status.tsne.error).toContain('could not start');
  });

  it('a control call that succeeds shows the run state it answers', async () => {
    const { layouts } = layoutsWithFakeClients();
    await layouts.runTsne();
    layouts.pauseTsne();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(layouts.status.tsne.state).toBe('paused');
    expect(layouts.status.tsne.iteration).toBe(5);
  });
});
