// Line segments drawn under the points in the scatter's scene, one draw call: the compare overlay's
// lines from each point's position in one embedding to its position in the other. The colour runs
// from faint at the start to full at the end, so the direction shows. While the view moves only the
// first lines are drawn, as the points draw a subsample.
import * as THREE from 'three';

/** Lines drawn while the view moves (the first ones: callers put the most telling first). */
export const MOVING_SEGMENTS = 5_000;

export class SegmentLayer {
  private lines: THREE.LineSegments | null = null;
  count = 0;
  /** Segments the last frame drew. */
  drawn = 0;

  constructor(private readonly scene: THREE.Scene) {}

  /** `from`, `to`: m x 3 world positions; `rgbFrom`, `rgbTo`: m x 3 colours. */
  set(from: Float32Array, to: Float32Array, rgbFrom: Float32Array, rgbTo: Float32Array, m: number): void {
    this.clear();
    if (m <= 0) return;
    const pos = new Float32Array(m * 6), col = new Float32Array(m * 6);
    for (let i = 0; i < m; i++) {
      pos.set(from.subarray(3 * i, 3 * i + 3), 6 * i);
      pos.set(to.subarray(3 * i, 3 * i + 3), 6 * i + 3);
      col.set(rgbFrom.subarray(3 * i, 3 * i + 3), 6 * i);
      col.set(rgbTo.subarray(3 * i, 3 * i + 3), 6 * i + 3);
    }
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(pos, 3));
    geometry.setAttribute('color', new THREE.BufferAttribute(col, 3));
    const material = new THREE.LineBasicMaterial({ vertexColors: true, transparent: true, opacity: 0.7, depthTest: false, depthWrite: false });
    this.lines = new THREE.LineSegments(geometry, material);
    this.lines.renderOrder = -1;          // under the points
    this.lines.frustumCulled = false;
    this.scene.add(this.lines);
    this.count = m;
  }

  /** Before each frame: while the view moves only the first MOVING_SEGMENTS are drawn (like the points' subsample). */
  beforeFrame(moving: boolean): void {
    if (!this.lines) { this.drawn = 0; return; }
    this.drawn = moving ? Math.min(this.count, MOVING_SEGMENTS) : this.count;
    this.lines.geometry.setDrawRange(0, 2 * this.drawn);
  }

  clear(): void {
    if (!this.lines) return;
    this.scene.remove(this.lines);
    this.lines.geometry.dispose();
    (this.lines.material as THREE.Material).dispose();
    this.lines = null;
    this.count = 0;
  }
}
