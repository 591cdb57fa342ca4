// The drawn layout as a 3-D model (pure, unit-tested): a coloured point cloud as binary PLY (what
// MeshLab, CloudCompare and Blender open) or as a binary glTF 2.0 file (.glb: one POINTS primitive).
// 2-D layouts get z = 0; points without coordinates (hidden by isolate) are left out.

export interface PointCloud {
  /** Input row of each point. */
  rows: Int32Array;
  /** m x 3 float32. */
  positions: Float32Array;
  /** m x 3 sRGB bytes. */
  colors: Uint8Array;
}

/** The points of an n x k layout (k = 2 or 3) that have finite coordinates, with their colours
 *  (n x 3 floats in 0..1), optionally only `only` (sorted rows). */
export function pointCloud(coords: Float32Array, n: number, k: number, rgb: Float32Array, only: Int32Array | null = null): PointCloud {
  const kept: number[] = [];
  const consider = (i: number) => {
    for (let a = 0; a < k; a++) if (!Number.isFinite(coords[i * k + a])) return;
    kept.push(i);
  };
  if (only) only.forEach(consider); else for (let i = 0; i < n; i++) consider(i);
  const rows = Int32Array.from(kept);
  const positions = new Float32Array(rows.length * 3);
  const colors = new Uint8Array(rows.length * 3);
  rows.forEach((i, p) => {
    for (let a = 0; a < k && a < 3; a++) positions[p * 3 + a] = coords[i * k + a];
    for (let c = 0; c < 3; c++) colors[p * 3 + c] = Math.round(255 * Math.min(1, Math.max(0, rgb[i * 3 + c] ?? 0)));
  });
  return { rows, positions, colors };
}

const encoder = new TextEncoder();

/** Binary little-endian PLY: x y z as float, red green blue as uchar, one vertex per point. */
export function toPly(cloud: PointCloud, comment = 'embproj'): ArrayBuffer {
  const m = cloud.rows.length;
  const header = encoder.encode(['ply', 'format binary_little_endian 1.0', `comment ${comment.replace(/[\r\n]/g, ' ')}`,
    `element vertex ${m}`, 'property float x', 'property float y', 'property float z',
    'property uchar red', 'property uchar green', 'property uchar blue', 'end_header', ''].join('\n'));
  const out = new ArrayBuffer(header.length + m * 15);
  new Uint8Array(out).set(header);
  const view = new DataView(out, header.length);
  for (let p = 0; p < m; p++) {
    for (let a = 0; a < 3; a++) view.setFloat32(p * 15 + a * 4, cloud.positions[p * 3 + a], true);
    for (let c = 0; c < 3; c++) view.setUint8(p * 15 + 12 + c, cloud.colors[p * 3 + c]);
  }
  return out;
}

const GLB_MAGIC = 0x46546c67;      // "glTF"
const CHUNK_JSON = 0x4e4f534a;     // "JSON"
const CHUNK_BIN = 0x004e4942;      // "BIN\0"
const FLOAT = 5126, UNSIGNED_BYTE = 5121, ARRAY_BUFFER = 34962, POINTS = 0;

/** sRGB byte -> linear byte: glTF vertex colours are linear, display colours are sRGB. */
function linearByte(srgb: number): number {
  const c = srgb / 255;
  return Math.round(255 * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
}

function padded(bytes: Uint8Array, fill: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(bytes.length / 4) * 4).fill(fill);
  out.set(bytes);
  return out;
}

/** Binary glTF 2.0: POSITION (float VEC3, with min/max) and COLOR_0 (normalised unsigned-byte VEC4,
 *  4-byte aligned as vertex attributes must be) of one POINTS primitive. */
export function toGlb(cloud: PointCloud, name = 'embproj'): ArrayBuffer {
  const m = cloud.rows.length;
  const min = [Infinity, Infinity, Infinity], max = [-Infinity, -Infinity, -Infinity];
  for (let p = 0; p < m; p++) {
    for (let a = 0; a < 3; a++) {
      const v = cloud.positions[p * 3 + a];
      if (v < min[a]) min[a] = v;
      if (v > max[a]) max[a] = v;
    }
  }
  const rgba = new Uint8Array(m * 4);
  for (let p = 0; p < m; p++) {
    for (let c = 0; c < 3; c++) rgba[p * 4 + c] = linearByte(cloud.colors[p * 3 + c]);
    rgba[p * 4 + 3] = 255;
  }
  const positionBytes = m * 12;
  const gltf = {
    asset: { version: '2.0', generator: 'embproj' },
    scene: 0, scenes: [{ nodes: [0] }], nodes: [{ mesh: 0, name }],
    meshes: [{ name, primitives: [{ attributes: { POSITION: 0, COLOR_0: 1 }, mode: POINTS }] }],
    accessors: [
      { bufferView: 0, componentType: FLOAT, count: m, type: 'VEC3', ...(m ? { min, max } : {}) },
      { bufferView: 1, componentType: UNSIGNED_BYTE, normalized: true, count: m, type: 'VEC4' },
    ],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: positionBytes, target: ARRAY_BUFFER },
      { buffer: 0, byteOffset: positionBytes, byteLength: m * 4, target: ARRAY_BUFFER },
    ],
    buffers: [{ byteLength: positionBytes + m * 4 }],
  };
  const json = padded(encoder.encode(JSON.stringify(gltf)), 0x20);
  const bin = new Uint8Array(positionBytes + m * 4);
  new Float32Array(bin.buffer, 0, m * 3).set(cloud.positions);
  bin.set(rgba, positionBytes);
  const total = 12 + 8 + json.length + 8 + bin.length;
  const out = new ArrayBuffer(total);
  const view = new DataView(out);
  view.setUint32(0, GLB_MAGIC, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, json.length, true);
  view.setUint32(16, CHUNK_JSON, true);
  new Uint8Array(out, 20, json.length).set(json);
  view.setUint32(20 + json.length, bin.length, true);
  view.setUint32(24 + json.length, CHUNK_BIN, true);
  new Uint8Array(out, 28 + json.length, bin.length).set(bin);
  return out;
}
