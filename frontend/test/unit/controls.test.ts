import { describe, expect, it } from 'vitest';
import { CameraControls } from '../../src/render/controls';

/** A stand-in for the canvas: records listeners, fires events at them. */
class FakeElement {
  tabIndex = -1;
  listeners = new Map<string, ((e: unknown) => void)[]>();
  addEventListener(type: string, fn: (e: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  fire(type: string, e: Record<string, unknown>) {
    for (const fn of this.listeners.get(type) ?? []) fn({ preventDefault() {}, ...e });
  }
  getBoundingClientRect() { return { left: 0, top: 0, width: 400, height: 300 }; }
  setPointerCapture() {}
}

function make() {
  const el = new FakeElement();
  let changes = 0;
  const c = new CameraControls(el as unknown as HTMLElement, () => { changes++; });
  c.setSize(400, 300);
  return { el, c, changes: () => changes };
}

const touch = (id: number, x: number, y: number) => ({ pointerId: id, pointerType: 'touch', clientX: x, clientY: y, button: 0 });

describe('CameraControls', () => {
  it('mouse drag pans by exactly the dragged pixels in 2D', () => {
    const { el, c } = make();
    const perPx = (c.ortho.top - c.ortho.bottom) / 300;
    el.fire('pointerdown', { pointerId: 1, pointerType: 'mouse', clientX: 100, clientY: 100, button: 0 });
    el.fire('pointermove', { pointerId: 1, pointerType: 'mouse', clientX: 150, clientY: 80 });
    el.fire('pointerup', { pointerId: 1 });
    expect(c.v2.cx).toBeCloseTo(-50 * perPx, 6);
    expect(c.v2.cy).toBeCloseTo(-20 * perPx, 6);
  });

  it('ctrl+wheel (trackpad pinch) zooms around the cursor', () => {
    const { el, c } = make();
    const before = { x: c.ortho.left + (300 / 400) * (c.ortho.right - c.ortho.left) };
    el.fire('wheel', { deltaX: 0, deltaY: -50, deltaMode: 0, ctrlKey: true, clientX: 300, clientY: 150 });
    expect(c.v2.zoom).toBeGreaterThan(1.5);
    const after = c.ortho.left + (300 / 400) * (c.ortho.right - c.ortho.left);
    expect(after).toBeCloseTo(before.x, 6);     // the world point under the cursor stays put
  });

  it('two-finger touch pinch zooms; lifting a finger ends it', () => {
    const { el, c } = make();
    el.fire('pointerdown', touch(1, 100, 150));
    el.fire('pointerdown', touch(2, 200, 150));
    el.fire('pointermove', touch(2, 300, 150));     // fingers twice as far apart
    expect(c.v2.zoom).toBeGreaterThan(1.9);
    el.fire('pointerup', touch(2, 300, 150));
    const z = c.v2.zoom;
    el.fire('pointermove', touch(1, 120, 150));
    expect(c.v2.zoom).toBe(z);
  });

  it('keyboard: arrows orbit in 3D, + and - zoom, reset restores', () => {
    const { el, c } = make();
    c.set3d(true);
    const theta = c.v3.theta;
    el.fire('keydown', { key: 'ArrowLeft', shiftKey: false });
    expect(c.v3.theta).not.toBe(theta);
    const dist = c.v3.distance;
    el.fire('keydown', { key: '+', shiftKey: false });
    expect(c.v3.distance).toBeLessThan(dist);
    c.reset();
    expect(c.v3.theta).toBe(theta);
    expect(el.tabIndex).toBe(0);
  });
});
