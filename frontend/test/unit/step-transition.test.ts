import { describe, expect, it } from 'vitest';
import type { Scatter } from '../../src/render/scatter';
import { StepTransition } from '../../src/state/layout-display';

function fakeScatter() {
  const calls: { positions: Float32Array; n: number }[] = [];
  return { calls, scatter: { setPositions: (positions: Float32Array, n: number) => calls.push({ positions, n }) } as unknown as Scatter };
}

describe('StepTransition', () => {
  const n = 50;
  const a = Float32Array.from({ length: n * 2 }, (_, i) => Math.sin(i * 1.7) * (1 + (i % 2)));
  // the next step: the same layout rotated 90 degrees, mirrored, scaled x3 and shifted, one point moved
  const b = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) { b[2 * i] = -3 * a[2 * i + 1] + 5; b[2 * i + 1] = -3 * a[2 * i] - 2; }
  b[20] += 4;

  it('passes layouts through unchanged unless a step switch is pending', () => {
    const { scatter, calls } = fakeScatter();
    const t = new StepTransition(scatter);
    expect(t.beforePlace(a, 2, n)).toBe(a);
    t.present(new Float32Array(n * 3), n);
    expect(calls.length).toBe(1);
    expect(t.beforePlace(b, 2, n)).toBe(b);
    expect(t.displacement).toBeNull();
  });

  it('aligns the next step onto the drawn one and measures what moved', () => {
    const { scatter } = fakeScatter();
    const t = new StepTransition(scatter);
    t.animate = false;
    t.beforePlace(a, 2, n);
    t.alignNext = true;
    const out = t.beforePlace(b, 2, n);
    expect(t.alignNext).toBe(false);
    let off = 0;
    for (let i = 0; i < n; i++) if (i !== 10) off = Math.max(off, Math.abs(out[2 * i] - a[2 * i]), Math.abs(out[2 * i + 1] - a[2 * i + 1]));
    expect(off).toBeLessThan(0.2);   // all but the moved point land where they were (least squares spreads its move a little)
    expect(Array.from(t.topMoved(1 / n)!)).toEqual([10]);
    // not aligned when switched off, and no alignment across different sizes
    const t2 = new StepTransition(scatter);
    t2.align = false; t2.beforePlace(a, 2, n); t2.alignNext = true;
    expect(t2.beforePlace(b, 2, n)).toBe(b);
    const t3 = new StepTransition(scatter);
    t3.beforePlace(a, 2, n); t3.alignNext = true;
    expect(t3.beforePlace(b.subarray(0, 40), 2, 20)).toEqual(b.subarray(0, 40));
    expect(t3.displacement).toBeNull();
  });
});
