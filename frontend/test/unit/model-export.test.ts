import { describe, expect, it } from 'vitest';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { PLYLoader } from 'three/examples/jsm/loaders/PLYLoader.js';
import type { Points } from 'three';
import { pointCloud, toGlb, toPly } from '../../src/state/model-export';

// Three points of a 3-D layout and one hidden (NaN) row; colours in 0..1.
const coords = new Float32Array([0, 1, 2, NaN, NaN, NaN, -1.5, 2.25, 8, 4, -4, 0.5]);
const rgb = new Float32Array([1, 0, 0, 0, 1, 0, 0, 0, 1, 0.5, 0.5, 0.5]);

describe('point cloud of a layout', () => {
  it('keeps rows with coordinates, pads 2-D layouts with z = 0, and can keep only some rows', () => {
    const cloud = pointCloud(coords, 4, 3, rgb);
    expect(Array.from(cloud.rows)).toEqual([0, 2, 3]);
    expect(Array.from(cloud.colors.slice(0, 3))).toEqual([255, 0, 0]);
    const flat = pointCloud(new Float32Array([1, 2, 3, 4]), 2, 2, new Float32Array(6), Int32Array.of(1));
    expect(Array.from(flat.positions)).toEqual([3, 4, 0]);
  });
});

describe('PLY export', () => {
  it('is binary little-endian PLY that three.js PLYLoader reads back with the same points and colours', () => {
    const cloud = pointCloud(coords, 4, 3, rgb);
    const ply = toPly(cloud, 'run . tensor v');
    const header = new TextDecoder().decode(new Uint8Array(ply, 0, 240));
    expect(header.startsWith('ply\nformat binary_little_endian 1.0\ncomment run . tensor v\nelement vertex 3\n')).toBe(true);
    const geometry = new PLYLoader().parse(ply);
    expect(Array.from(geometry.getAttribute('position').array)).toEqual(Array.from(cloud.positions));
    // PLYLoader reads byte colours as sRGB and keeps them linear (three's colour management).
    const linear = (b: number) => { const c = b / 255; return Math.round(255 * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)); };
    const colors = Array.from(geometry.getAttribute('color').array as ArrayLike<number>).map((c) => Math.round(c));
    expect(colors).toEqual(Array.from(cloud.colors).map(linear));
  });
});

describe('glTF export', () => {
  it('is a GLB that three.js GLTFLoader reads as one POINTS mesh with the same positions', async () => {
    const cloud = pointCloud(coords, 4, 3, rgb);
    const glb = toGlb(cloud, 'v');
    const view = new DataView(glb);
    expect(view.getUint32(0, true)).toBe(0x46546c67);
    expect(view.getUint32(8, true)).toBe(glb.byteLength);
    expect(glb.byteLength % 4).toBe(0);
    const gltf = await new GLTFLoader().parseAsync(glb, '');
    const points = gltf.scene.getObjectByProperty('type', 'Points') as Points | undefined;
    expect(points).toBeDefined();
    const position = points!.geometry.getAttribute('position');
    expect(Array.from(position.array)).toEqual(Array.from(cloud.positions));
    const color = points!.geometry.getAttribute('color');
    expect(color.count).toBe(3);
    expect(color.getX(0)).toBeCloseTo(1, 5);                  // red stays red
    expect(color.getX(2)).toBeCloseTo(0.214, 2);              // sRGB 0.5 grey is linear 0.214
    const json = JSON.parse(new TextDecoder().decode(new Uint8Array(glb, 20, view.getUint32(12, true))));
    expect(json.accessors[0].min).toEqual([-1.5, -4, 0.5]);
    expect(json.accessors[0].max).toEqual([4, 2.25, 8]);
  });
});
