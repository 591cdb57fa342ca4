// WebGL2 scatter plot: all points in ONE THREE.Points draw call with a custom ShaderMaterial.
import * as THREE from 'three';
import { CameraControls } from './controls';
import { fragmentShader, vertexShader } from './shaders';
import { GridIndex, projectToScreen } from './picking';
import { fitTexture, type SpriteAtlas } from './sprites';

export class Scatter {
  readonly canvas: HTMLCanvasElement;
  readonly controls: CameraControls;
  private renderer: THREE.WebGLRenderer;
  private scene = new THREE.Scene();
  private geometry = new THREE.BufferGeometry();
  private material: THREE.ShaderMaterial;
  private points: THREE.Points;
  private positions: Float32Array = new Float32Array(0);
  private n = 0;
  private colors: Float32Array = new Float32Array(0);
  private width = 1;
  private height = 1;
  private frame = 0;
  private grid: GridIndex | null = null;
  private atlas: SpriteAtlas | null = null;
  private emptyTex = new THREE.DataTexture(new Uint8Array([0, 0, 0, 255]), 1, 1);
  /** Milliseconds of the last frames, for benchmarks. */
  frameTimes: number[] = [];
  onCameraChange: (() => void) | null = null;
  onFrame: (() => void) | null = null;
  drawCalls = 0;

  constructor(private container: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'ep-canvas';
    container.appendChild(this.canvas);
    this.renderer = new THREE.WebGLRenderer({ canvas: this.canvas, antialias: false, preserveDrawingBuffer: false, powerPreference: 'high-performance' });
    this.renderer.setPixelRatio(Math.min(2, window.devicePixelRatio || 1));
    this.emptyTex.needsUpdate = true;
    this.material = new THREE.ShaderMaterial({
      glslVersion: THREE.GLSL3,
      vertexShader, fragmentShader,
      uniforms: {
        uSize: { value: 5 }, uPixelRatio: { value: this.renderer.getPixelRatio() }, uZoomScale: { value: 1 },
        uHover: { value: -1 }, uSelected: { value: -1 }, uSpriteMode: { value: 0 },
        uAtlas: { value: this.emptyTex }, uThumbUV: { value: new THREE.Vector2(1, 1) },
        uDepthCue: { value: 0 }, uDepthRange: { value: new THREE.Vector2(0, 1) },
        uBackground: { value: new THREE.Color('#ffffff') },
        uPerRow: { value: 1 }, uSpriteCount: { value: 0 }, uRing: { value: new THREE.Color('#000000') },
      },
      depthTest: true, depthWrite: true,
    });
    this.points = new THREE.Points(this.geometry, this.material);
    this.points.frustumCulled = false;
    this.scene.add(this.points);
    this.controls = new CameraControls(this.canvas, () => {
      this.grid = null;
      const u = this.material.uniforms;
      u.uZoomScale.value = this.controls?.zoomScale ?? 1;
      if (this.controls) {
        const dist = this.controls.v3.distance;
        u.uDepthCue.value = this.controls.is3d ? 1 : 0;
        (u.uDepthRange.value as THREE.Vector2).set(Math.max(0, dist - 1), dist + 1);
      }
      this.onCameraChange?.();
      this.requestRender();
    });
    new ResizeObserver(() => this.resize()).observe(container);
    this.resize();
  }

  private resize(): void {
    const r = this.container.getBoundingClientRect();
    this.width = Math.max(1, Math.floor(r.width));
    this.height = Math.max(1, Math.floor(r.height));
    this.renderer.setSize(this.width, this.height, true);
    this.controls.setSize(this.width, this.height);
  }

  setTheme(background: string, ring: string): void {
    this.renderer.setClearColor(new THREE.Color(background), 1);
    (this.material.uniforms.uBackground.value as THREE.Color).set(background);
    (this.material.uniforms.uRing.value as THREE.Color).set(ring);
    this.requestRender();
  }

  /** positions: n*3 in the unit cube. Keeps colours/sizes when n is unchanged. */
  setPositions(positions: Float32Array, n: number): void {
    this.positions = positions;
    if (n !== this.n) {
      this.n = n;
      this.geometry.dispose();
      this.geometry = new THREE.BufferGeometry();
      const rgb = this.colors.length === n * 3 ? this.colors.slice() : new Float32Array(n * 3).fill(0.5);
      this.geometry.setAttribute('aColor', new THREE.BufferAttribute(rgb, 3));
      this.geometry.setAttribute('aSize', new THREE.BufferAttribute(new Float32Array(n).fill(1), 1));
      this.points.geometry = this.geometry;
    }
    this.geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
    this.grid = null;
    this.requestRender();
  }

  setColors(rgb: Float32Array): void {
    this.colors = rgb;
    const attr = this.geometry.getAttribute('aColor') as THREE.BufferAttribute;
    if (!attr || rgb.length !== attr.array.length) return;
    (attr.array as Float32Array).set(rgb);
    attr.needsUpdate = true;
    this.requestRender();
  }

  /** The colour of point i as drawn (r, g, b in 0..1). */
  colorAt(i: number): number[] { return Array.from(this.colors.subarray(i * 3, i * 3 + 3)); }

  setPointSize(px: number): void { this.material.uniforms.uSize.value = px; this.requestRender(); }

  setAtlas(atlas: SpriteAtlas | null): void {
    this.atlas = atlas;
    if (atlas) fitTexture(atlas, this.renderer.capabilities.maxTextureSize);
    const u = this.material.uniforms;
    u.uAtlas.value = atlas ? atlas.texture : this.emptyTex;
    u.uPerRow.value = atlas ? atlas.perRow : 1;
    u.uSpriteCount.value = atlas ? atlas.count : 0;
    (u.uThumbUV.value as THREE.Vector2).set(atlas ? atlas.thumbW / atlas.width : 1, atlas ? atlas.thumbH / atlas.height : 1);
    this.requestRender();
  }

  setSpriteMode(on: boolean): void { this.material.uniforms.uSpriteMode.value = on && this.atlas ? 1 : 0; this.requestRender(); }

  setHighlight(hover: number, selected: number): void {
    this.material.uniforms.uHover.value = hover;
    this.material.uniforms.uSelected.value = selected;
    this.requestRender();
  }

  set3d(on: boolean): void { this.controls.set3d(on); }

  /** Pixel size of a drawn point (CSS px), for the picking radius. */
  get pointRadiusPx(): number {
    const u = this.material.uniforms;
    return (u.uSize.value * u.uZoomScale.value * (u.uSpriteMode.value > 0.5 ? 3 : 1)) / 2;
  }

  requestRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const t0 = performance.now();
      this.renderer.render(this.scene, this.controls.camera);
      this.drawCalls = this.renderer.info.render.calls;
      this.frameTimes.push(performance.now() - t0);
      if (this.frameTimes.length > 240) this.frameTimes.shift();
      this.onFrame?.();
    });
  }

  /** Renders now (synchronously). */
  renderNow(): void { this.renderer.render(this.scene, this.controls.camera); }

  private viewProjection(): THREE.Matrix4 {
    const cam = this.controls.camera;
    cam.updateMatrixWorld();
    return new THREE.Matrix4().multiplyMatrices(cam.projectionMatrix, cam.matrixWorldInverse);
  }

  /** Nearest point to canvas CSS pixel (x, y) within a few px of its drawn disc; -1 when none. */
  pick(x: number, y: number): number {
    if (!this.n) return -1;
    if (!this.grid) {
      const s = projectToScreen(this.positions, this.n, this.viewProjection().elements, this.width, this.height);
      this.grid = new GridIndex(s.x, s.y, s.z, this.width, this.height);
    }
    return this.grid.nearest(x, y, Math.max(5, this.pointRadiusPx + 2));
  }

  /** Canvas CSS pixels of every point (NaN when off screen or hidden), for box and lasso selection. */
  screenPositions(): { x: Float32Array; y: Float32Array } {
    const s = projectToScreen(this.positions, this.n, this.viewProjection().elements, this.width, this.height);
    return { x: s.x, y: s.y };
  }

  /** The WebGL canvas as a PNG (rendered now, read in the same task: the buffer is not preserved). */
  toPngBlob(): Promise<Blob | null> {
    this.renderNow();
    return new Promise((resolve) => this.canvas.toBlob(resolve, 'image/png'));
  }

  /** Canvas CSS pixel of point i, or null when off screen. */
  screenPositionOf(i: number): { x: number; y: number } | null {
    if (i < 0 || i >= this.n) return null;
    const s = projectToScreen(this.positions.subarray(i * 3, i * 3 + 3), 1, this.viewProjection().elements,
      this.width, this.height);
    return Number.isNaN(s.x[0]) ? null : { x: s.x[0], y: s.y[0] };
  }

  get size() { return { width: this.width, height: this.height }; }
}
