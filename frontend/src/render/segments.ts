// Line segments drawn under the points in the scatter's scene, one draw call: the compare overlay's
// lines from each point's position in one embedding to its position in the other. The colour runs
// from faint at the start to full at the end, so the direction shows.
import * as THREE from 'three';

export class SegmentLayer {
  private lines: THREE.LineSegments | null = null;
  count = 0;

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

  clear(): void {
    if (!this.lines) return;
    this.scene.remove(this.lines);
    this.lines.geometry.dispose();
    (this.lines.material as THREE.Material).dispose();
    this.lines = null;
    this.count = 0;
  }
}
