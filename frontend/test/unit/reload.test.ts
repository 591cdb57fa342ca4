import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchReload } from '../../src/data/reload';

afterEach(() => vi.unstubAllGlobals());

describe('watchReload', () => {
  it('bootstraps TensorBoard\'s MessageChannel, calls back on DataReloaded and replies', async () => {
    let hostPort: MessagePort | null = null;
    const parent = {
      postMessage: (msg: unknown, _origin: string, ports: MessagePort[]) => {
        expect(msg).toBe('experimental.bootstrap');
        hostPort = ports[0];
      },
    };
    const win = { parent, setInterval: () => 1, clearInterval: () => {} };
    vi.stubGlobal('window', win);
    vi.stubGlobal('document', { hidden: false });
    let reloads = 0;
    const stop = watchReload(() => { reloads++; });
    expect(hostPort).not.toBeNull();
    const replies: unknown[] = [];
    hostPort!.onmessage = (ev) => replies.push(JSON.parse(String(ev.data)));
    hostPort!.postMessage(JSON.stringify({ type: 'experimental.DataReloaded', id: 7, payload: null, error: null, isReply: false }));
    await new Promise((r) => setTimeout(r, 50));
    expect(reloads).toBe(1);
    expect(replies).toEqual([{ type: 'experimental.DataReloaded', id: 7, payload: null, error: null, isReply: true }]);
    stop();
    hostPort!.close();
  });
});
