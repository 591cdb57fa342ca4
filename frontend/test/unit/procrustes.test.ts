import { describe, expect, it } from 'vitest';
import { alignTo, displacements, procrustes, svdSmall, topMoved } from '../../src/compute/procrustes';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32 - 0.5; };
}

function rotation3(ax: number, ay: number, az: number): number[] {
  const [ca, sa, cb, sb, cc, sc] = [Math.cos(ax), Math.sin(ax), Math.cos(ay), Math.sin(ay), Math.cos(az), Math.sin(az)];
  const rx = [1, 0, 0, 0, ca, -sa, 0, sa, ca], ry = [cb, 0, sb, 0, 1, 0, -sb, 0, cb], rz = [cc, -sc, 0, sc, cc, 0, 0, 0, 1];
  const mul = (p: number[], q: number[]) => Array.from({ length: 9 }, (_, i) => {
    const r = Math.floor(i / 3), c = i % 3;
    return p[r * 3] * q[c] + p[r * 3 + 1] * q[3 + c] + p[r * 3 + 2] * q[6 + c];
  });
  return mul(mul(rx, ry), rz);
}

function transform(x: Float32Array, n: number, k: number, r: number[], s: number, t: number[]): Float32Array {
  const out = new Float32Array(n * k);
  for (let i = 0; i < n; i++) for (let q = 0; q < k; q++) {
    let acc = 0;
    for (let p = 0; p < k; p++) acc += x[i * k + p] * r[p * k + q];
    out[i * k + q] = s * acc + t[q];
  }
  return out;
}

function cloud(n: number, k: number, seed = 1): Float32Array {
  const r = rng(seed);
  return Float32Array.from({ length: n * k }, (_, i) => r() * (1 + (i % k)));
}

describe('svdSmall', () => {
  it('reconstructs 3x3 matrices, including rank-deficient ones', () => {
    for (const m of [[2, 1, 0, 1, 3, 1, 0, 1, 4], [1, 2, 3, 2, 4, 6, 1, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0, 1]]) {
      const { u, s, v } = svdSmall(m, 3);
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
        let x = 0;
        for (let c = 0; c < 3; c++) x += u[i * 3 + c] * s[c] * v[j * 3 + c];
        expect(x).toBeCloseTo(m[i * 3 + j], 9);
      }
      // U orthogonal
      for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) {
        let dot = 0;
        for (let i = 0; i < 3; i++) dot += u[i * 3 + a] * u[i * 3 + b];
        expect(dot).toBeCloseTo(a === b ? 1 : 0, 9);
      }
    }
  });
});

describe('procrustes', () => {
  it('recovers a 2D rotation + scale + translation', () => {
    const n = 200, a = cloud(n, 2);
    const th = 1.1, r = [Math.cos(th), Math.sin(th), -Math.sin(th), Math.cos(th)];
    const b = transform(a, n, 2, r, 2.5, [3, -7]);
    const tr = procrustes(a, b, n, 2);
    expect(tr.scale).toBeCloseTo(2.5, 5);
    for (let i = 0; i < 4; i++) expect(tr.rotation[i]).toBeCloseTo(r[i], 5);
    expect(tr.translation[0]).toBeCloseTo(3, 4);
    expect(tr.translation[1]).toBeCloseTo(-7, 4);
    const al = alignTo(a, b, n, 2);
    for (let i = 0; i < n * 2; i++) expect(al[i]).toBeCloseTo(b[i], 4);
  });

  it('recovers a 3D rotation + scale + translation', () => {
    const n = 300, a = cloud(n, 3, 7);
    const r = rotation3(0.3, -1.2, 2.0);
    const b = transform(a, n, 3, r, 0.4, [1, 2, 3]);
    const tr = procrustes(a, b, n, 3);
    expect(tr.scale).toBeCloseTo(0.4, 5);
    for (let i = 0; i < 9; i++) expect(tr.rotation[i]).toBeCloseTo(r[i], 5);
    const al = alignTo(a, b, n, 3);
    for (let i = 0; i < n * 3; i++) expect(al[i]).toBeCloseTo(b[i], 4);
  });

  it('handles reflections (a PCA axis that flipped sign)', () => {
    const n = 150, a = cloud(n, 3, 3);
    const flip = [-1, 0, 0, 0, 1, 0, 0, 0, -1].map((x) => x);
    const r = rotation3(0.5, 0.2, -0.4);
    const m = Array.from({ length: 9 }, (_, i) => {
      const row = Math.floor(i / 3), c = i % 3;
      return flip[row * 3] * r[c] + flip[row * 3 + 1] * r[3 + c] + flip[row * 3 + 2] * r[6 + c];
    });
    const b = transform(a, n, 3, m, 1.7, [0, -1, 0.5]);
    const al = alignTo(a, b, n, 3);
    for (let i = 0; i < n * 3; i++) expect(al[i]).toBeCloseTo(b[i], 4);
    // 2D: one axis flipped
    const a2 = cloud(n, 2, 9);
    const b2 = transform(a2, n, 2, [1, 0, 0, -1], 1, [0, 0]);
    const al2 = alignTo(a2, b2, n, 2);
    for (let i = 0; i < n * 2; i++) expect(al2[i]).toBeCloseTo(b2[i], 5);
  });

  it('fits on shared rows only; noise-free rows align, moved rows show up in displacement', () => {
    const n = 100, a = cloud(n, 2, 5);
    const b = transform(a, n, 2, [0, 1, -1, 0], 3, [1, 1]);
    b[0] += 5; b[1] -= 5;      // row 0 moved a lot
    const shared = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
    const al = alignTo(a, b, n, 2, shared);
    for (let i = 2; i < n * 2; i++) expect(al[i]).toBeCloseTo(b[i], 4);
    const d = displacements(al, b, n, 2);
    expect(Array.from(topMoved(d, 0.01))).toEqual([0]);
    expect(topMoved(d, 0.1).length).toBe(10);
  });

  it('degenerate input: identical points give identity-like scale 1', () => {
    const a = new Float32Array(6), b = Float32Array.from([1, 1, 1, 1, 1, 1]);
    const al = alignTo(a, b, 3, 2);
    expect(Array.from(al)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
