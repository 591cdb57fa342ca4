import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { GridIndex, projectToScreen, ScreenIndex } from '../../src/render/picking';
import { markerSize } from '../../src/render/point-marker';
import { spriteGrid, thumbRect } from '../../src/render/sprites';
import { normalizeCoords } from '../../src/compute/placement';

function bruteNearest(sx: Float32Array, sy: Float32Array, x: number, y: number, r: number): number {
  let best = -1, bd = r * r;
  for (let i = 0; i < sx.length; i++) {
    const d = (sx[i] - x) ** 2 + (sy[i] - y) ** 2;
    if (d <= bd && (best < 0 || d < bd)) { best = i; bd = d; }
  }
  return best;
}

describe('projectToScreen', () => {
  it('matches three.js Vector3.project for an orthographic camera', () => {
    const cam = new THREE.OrthographicCamera(-2, 2, 1, -1, -10, 10);
    cam.position.set(0.3, -0.2, 5); cam.lookAt(0.3, -0.2, 0); cam.updateMatrixWorld(); cam.updateProjectionMatrix();
    const m = new THREE.Matrix4().multiplyMatrices(cam.projectionMatrix, cam.matrixWorldInverse);
    const pos = new Float32Array([0.3, -0.2, 0, 1.3, 0.8, 0]);
    const s = projectToScreen(pos, 2, m.elements, 400, 200);
    expect(s.x[0]).toBeCloseTo(200, 3); expect(s.y[0]).toBeCloseTo(100, 3);
    expect(s.x[1]).toBeCloseTo(300, 3); expect(s.y[1]).toBeCloseTo(0, 3);
  });

  it('matches three.js after rotating a perspective camera; points behind are dropped', () => {
    const cam = new THREE.PerspectiveCamera(45, 1.5, 0.01, 100);
    cam.position.set(2, 1.5, 2.5); cam.lookAt(0, 0, 0); cam.updateMatrixWorld(); cam.updateProjectionMatrix();
    const m = new THREE.Matrix4().multiplyMatrices(cam.projectionMatrix, cam.matrixWorldInverse);
    const pts = [[0.2, -0.4, 0.7], [-0.9, 0.1, 0.3], [4, 3, 5]];
    const s = projectToScreen(new Float32Array(pts.flat()), 3, m.elements, 600, 400);
    for (let i = 0; i < 2; i++) {
      const v = new THREE.Vector3(...pts[i]).project(cam);
      expect(s.x[i]).toBeCloseTo((v.x * 0.5 + 0.5) * 600, 2);
      expect(s.y[i]).toBeCloseTo((1 - (v.y * 0.5 + 0.5)) * 400, 2);
    }
    expect(Number.isNaN(s.x[2])).toBe(true);
  });
});

describe('GridIndex', () => {
  it('finds the same nearest point as brute force', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const n = 3000;
    const sx = new Float32Array(n), sy = new Float32Array(n), sz = new Float32Array(n);
    for (let i = 0; i < n; i++) { sx[i] = rnd() * 500; sy[i] = rnd() * 300; sz[i] = rnd(); }
    const g = new GridIndex(sx, sy, sz, 500, 300, 16);
    for (let t = 0; t < 500; t++) {
      const x = rnd() * 520 - 10, y = rnd() * 320 - 10;
      const got = g.nearest(x, y, 8);
      const want = bruteNearest(sx, sy, x, y, 8);
      if (want < 0) expect(got).toBe(-1);
      else expect((sx[got] - x) ** 2 + (sy[got] - y) ** 2).toBeCloseTo((sx[want] - x) ** 2 + (sy[want] - y) ** 2, 0);
    }
  });

  it('prefers the point nearer the camera when two overlap, and ignores off-screen points', () => {
    const g = new GridIndex(new Float32Array([50, 50, NaN]), new Float32Array([50, 50, 10]),
      new Float32Array([0.5, 0.1, 0]), 100, 100);
    expect(g.nearest(51, 50, 5)).toBe(1);
    expect(g.nearest(90, 90, 5)).toBe(-1);
  });
});

describe('ScreenIndex', () => {
  const viewOf = (theta: number) => {
    const cam = new THREE.PerspectiveCamera(45, 1.5, 0.01, 100);
    cam.position.set(3 * Math.sin(theta), 1, 3 * Math.cos(theta)); cam.lookAt(0, 0, 0);
    cam.updateMatrixWorld(); cam.updateProjectionMatrix();
    return new THREE.Matrix4().multiplyMatrices(cam.projectionMatrix, cam.matrixWorldInverse).elements;
  };
  let seed = 11;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const n = 4000;
  const pos = new Float32Array(n * 3).map(() => rnd() * 2 - 1);

  it('projects once per view key, reusing its arrays, and picks exactly after the view changes', () => {
    const idx = new ScreenIndex();
    const a = idx.project(pos, n, viewOf(0), 600, 400, 1);
    expect(idx.project(pos, n, viewOf(1), 600, 400, 1)).toBe(a);          // same key: not projected again
    const on = a.x.findIndex((v, i) => v >= 0 && v < 600 && a.y[i] >= 0 && a.y[i] < 400);
    expect(idx.nearest(a.x[on], a.y[on], 3)).toBeGreaterThanOrEqual(0);
    for (const [key, theta] of [[2, 0.7], [3, 2.1]] as const) {
      const s = idx.project(pos, n, viewOf(theta), 600, 400, key);
      expect(s.x).toBe(a.x);                                                 // the same arrays, new values
      const want = projectToScreen(pos, n, viewOf(theta), 600, 400);
      expect(Array.from(s.x.subarray(0, 50))).toEqual(Array.from(want.x.subarray(0, 50)));
      for (let t = 0; t < 200; t++) {
        const x = rnd() * 600, y = rnd() * 400;
        const got = idx.nearest(x, y, 8);
        const brute = bruteNearest(want.x, want.y, x, y, 8);
        if (brute < 0) expect(got).toBe(-1);
        // (within 0.25 px^2 of the nearest, the point nearer the camera wins)
        else expect((want.x[got] - x) ** 2 + (want.y[got] - y) ** 2).toBeLessThanOrEqual((want.x[brute] - x) ** 2 + (want.y[brute] - y) ** 2 + 0.25 + 1e-6);
      }
    }
  });

  it('a rebuilt grid answers as a new one', () => {
    const s1 = projectToScreen(pos, n, viewOf(0.3), 500, 300);
    const s2 = projectToScreen(pos, n, viewOf(1.9), 500, 300);
    const g = new GridIndex(s1.x, s1.y, s1.z, 500, 300);
    g.rebuild(s2.x, s2.y, s2.z, 500, 300);
    const fresh = new GridIndex(s2.x, s2.y, s2.z, 500, 300);
    for (let t = 0; t < 300; t++) {
      const x = rnd() * 500, y = rnd() * 300;
      expect(g.nearest(x, y, 6)).toBe(fresh.nearest(x, y, 6));
    }
  });
});

describe('point markers', () => {
  it('enlarge the hovered and the selected point as the shader did', () => {
    expect(markerSize(2.5, 'hover')).toBe(7.5);
    expect(markerSize(2.5, 'selected')).toBe(8.5);
    expect(markerSize(20, 'hover')).toBe(32);
    expect(markerSize(20, 'selected')).toBe(36);
  });
});

describe('sprites and layout', () => {
  it('any grid: floor(atlasWidth / w) thumbnails per row', () => {
    expect(spriteGrid(320, 320, 10, 10)).toEqual({ perRow: 32, rows: 32, count: 1024 });
    expect(spriteGrid(100, 24, 8, 8)).toEqual({ perRow: 12, rows: 3, count: 36 });
    expect(thumbRect(13, 12, 8, 8)).toEqual({ x: 8, y: 8, w: 8, h: 8 });
  });

  it('normalizeCoords centres and scales into the unit cube with one scale', () => {
    const out = normalizeCoords(new Float32Array([0, 0, 10, 2, 4, 1]), 3, 2);
    expect(Array.from(out)).toEqual([-1, -0.2, 0, 1, 0.2, 0, -0.2, 0, 0].map(Math.fround));
  });
});
