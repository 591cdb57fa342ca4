import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOD_SETTLE_HELD_MS, LOD_SETTLE_MS, Motion } from '../../src/render/motion';

describe('Motion', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  function make(held = () => false) {
    const calls = { start: 0, settle: 0 };
    const m = new Motion({ start: () => calls.start++, settle: () => calls.settle++, held }, () => Date.now());
    return { m, calls };
  }

  it('moves from the first change until LOD_SETTLE_MS without one, then settles once', () => {
    const { m, calls } = make();
    expect(m.moving).toBe(false);
    m.poke();
    expect(m.moving).toBe(true);
    expect(calls.start).toBe(1);
    for (let k = 0; k < 10; k++) { vi.advanceTimersByTime(LOD_SETTLE_MS / 2); m.poke(); }
    expect(m.moving).toBe(true);
    expect(calls).toEqual({ start: 1, settle: 0 });
    vi.advanceTimersByTime(LOD_SETTLE_MS - 1);
    expect(m.moving).toBe(true);
    vi.advanceTimersByTime(2);
    expect(m.moving).toBe(false);
    expect(calls).toEqual({ start: 1, settle: 1 });
    vi.advanceTimersByTime(5 * LOD_SETTLE_MS);
    expect(calls.settle).toBe(1);
    m.poke();
    expect(calls.start).toBe(2);
  });

  it('waits longer while a drag is held', () => {
    let held = true;
    const { m, calls } = make(() => held);
    m.poke();
    vi.advanceTimersByTime(LOD_SETTLE_MS + 10);
    expect(m.moving).toBe(true);
    vi.advanceTimersByTime(LOD_SETTLE_HELD_MS - LOD_SETTLE_MS);
    expect(m.moving).toBe(false);
    expect(calls.settle).toBe(1);
    held = false;
  });
});
