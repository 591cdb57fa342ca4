// WebGL2 scatter plot: all points in ONE draw call with a custom ShaderMaterial. While the view moves
// (motion.ts), a plot of more than LOD_THRESHOLD points that draws slowly draws a fixed subsample
// instead (lod.ts, point-draws.ts); once still, every point again. The hovered and selected points are
// small canvases over the plot (point-marker.ts), so a hover never redraws the points. Picking is on
// the CPU, exact over every point (picking.ts).
import * as THREE from 'three';
import { measureSince } from '../compute/timeline';
import { CameraControls } from './controls';
import { LOD_SETTLE_MS, Motion, PICK_QUIET_MS } from './motion';
import { projectToScreen, ScreenIndex } from './picking';
import { changedRowsSince } from './point-colors';
import { PointDraws } from './point-draws';
import { SegmentLayer } from './segments';
import { StillPieces } from './still-pieces';
import { markerSize, PointMarker } from './point-marker';
import { fragmentShader, shaderDefines, vertexShader } from './shaders';
import { fitTexture, type SpriteAtlas } from './sprites';

export class Scatter {
  readonly canvas: HTMLCanvasElement;
  readonly controls: CameraControls;
  private renderer: THREE.WebGLRenderer;
  private scene = new THREE.Scene();
  private material: THREE.ShaderMaterial;
  private points: PointDraws;
  private positions: Float32Array = new Float32Array(0);
  private colors: Float32Array = new Float32Array(0);
  private width = 1;
  private height = 1;
  private frame = 0;
  private atlas: SpriteAtlas | null = null;
  private spriteMode = false;
  private emptyTex = new THREE.DataTexture(new Uint8Array([0, 0, 0, 255]), 1, 1);
  private motion = new Motion({
    start: () => this.points.startMotion(),
    // The hover under a resting pointer first: its tooltip is painted a frame before the still frame,
    // which takes ~0.5 s at a million points in software WebGL.
    settle: () => { this.onSettle?.(); this.renderNextFrame(); },
    held: () => this.controls.dragging,
  });
  private lastPositionsAt = -Infinity;
  private cameraMovedAt = -Infinity;
  private screen = new ScreenIndex();
  /** Changes with every camera, size or positions change: the key of the screen projection. */
  private viewKey = 0;
  private hovered = -1;
  private selected = -1;
  private ring = '#000000';
  private markers: { hover: PointMarker; selected: PointMarker };
  /** Milliseconds of the last frames, for benchmarks. */
  frameTimes: number[] = [];
  /** The last frames: when each began (performance.now()), its ms on this thread and its points. */
  frameLog: { start: number; ms: number; drawn: number }[] = [];
  onCameraChange: (() => void) | null = null;
  /** The view stopped moving (its still frame is on the way). */
  onSettle: (() => void) | null = null;
  onFrame: (() => void) | null = null;
  drawCalls = 0;
  /** Points in the image the last frame showed (fewer than n while moving, at large n, or while a still
   *  frame is drawn in pieces). */
  drawnPoints = 0;
  /** Points the last frame's draw call drew (a piece of a still frame: fewer than drawnPoints). */
  private drawnRows = 0;
  /** Bumped by every change to draw: the key of the still image drawn in pieces. */
  private sceneVersion = 0;
  private still = new StillPieces();
  private deferredRenders = 0;
  /** Whether the last frame was drawn while the view moved, and whether it drew the subsample. */
  drawnMoving = false;
  private drawnSubsample = false;
  /** Lines drawn under the points (the compare overlay). */
  readonly segments: SegmentLayer;
  private cameraListeners: (() => void)[] = [];

  constructor(private container: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'ep-canvas';
    container.appendChild(this.canvas);
    this.markers = { hover: new PointMarker(container, 'hover-marker'), selected: new PointMarker(container, 'selected-marker') };
    this.renderer = new THREE.WebGLRenderer({ canvas: this.canvas, antialias: false, preserveDrawingBuffer: false, powerPreference: 'high-performance' });
    this.renderer.setPixelRatio(Math.min(2, window.devicePixelRatio || 1));
    this.emptyTex.needsUpdate = true;
    this.material = new THREE.ShaderMaterial({
      glslVersion: THREE.GLSL3,
      vertexShader, fragmentShader,
      uniforms: {
        uSize: { value: 5 }, uLodScale: { value: 1 }, uPixelRatio: { value: this.renderer.getPixelRatio() }, uZoomScale: { value: 1 },
        uAtlas: { value: this.emptyTex }, uThumbUV: { value: new THREE.Vector2(1, 1) },
        uDepthRange: { value: new THREE.Vector2(0, 1) },
        uBackground: { value: new THREE.Color('#ffffff') },
        uPerRow: { value: 1 }, uSpriteCount: { value: 0 },
      },
      depthTest: false, depthWrite: false,
    });
    this.points = new PointDraws(this.material, this.scene);
    this.segments = new SegmentLayer(this.scene);
    this.controls = new CameraControls(this.canvas, () => this.cameraChanged());
    this.controls.onMotion = () => { this.cameraMovedAt = performance.now(); this.motion.poke(); };
    new ResizeObserver(() => this.resize()).observe(container);
    this.resize();
  }

  private cameraChanged(): void {
    this.viewKey++;
    const u = this.material.uniforms, c = this.controls;
    if (!c) return;   // the controls' constructor draws its first view before it is assigned
    u.uZoomScale.value = c.zoomScale;
    this.updateDefines();
    (u.uDepthRange.value as THREE.Vector2).set(Math.max(0, c.v3.distance - 1), c.v3.distance + 1);
    // 2D: every point at z = 0, later ones on top, so the depth buffer would change nothing.
    this.material.depthTest = this.material.depthWrite = c.is3d;
    this.onCameraChange?.();
    for (const l of this.cameraListeners) l();
    this.requestRender();
  }

  /** Calls `listener` after every camera change (besides onCameraChange); returns the remover. */
  addCameraListener(listener: () => void): () => void {
    this.cameraListeners.push(listener);
    return () => { this.cameraListeners = this.cameraListeners.filter((x) => x !== listener); };
  }

  /** Line segments under the points (m x 3 ends and colours each); null clears them. */
  setSegments(lines: { from: Float32Array; to: Float32Array; rgbFrom: Float32Array; rgbTo: Float32Array; m: number } | null): void {
    if (lines) this.segments.set(lines.from, lines.to, lines.rgbFrom, lines.rgbTo, lines.m);
    else this.segments.clear();
    this.requestRender();
  }

  /** The drawn positions (n x 3, unit cube; hidden rows far away): overlays start from them. */
  get drawnPositions(): Float32Array { return this.positions; }

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
    this.ring = ring;
    this.requestRender();
  }

  /** positions: n*3 in the unit cube. Keeps colours/sizes when n is unchanged. */
  setPositions(positions: Float32Array, n: number): void {
    // A layout replacing one drawn moments ago (an animation, a live t-SNE) counts as motion.
    const now = performance.now();
    if (n === this.n && n > 0 && now - this.lastPositionsAt < LOD_SETTLE_MS) this.motion.poke();
    this.lastPositionsAt = now;
    this.positions = positions;
    this.points.setPositions(positions, n);
    this.viewKey++;
    this.requestRender();
  }

  private get n(): number { return this.points.n; }

  setColors(rgb: Float32Array): void {
    if (rgb === this.colors) return;
    const started = performance.now();
    const rows = changedRowsSince(rgb, this.colors);
    this.colors = rgb;
    const changed = this.points.setColors(rgb, rows);
    if (changed) {
      // New colours count as motion: at large n the next frame draws the subsample (tens of ms) and the full
      // frame follows once nothing changed for LOD_SETTLE_MS. The frame waits one animation frame, so what the
      // page changed with the colours (a click's neighbour list) is painted first, not behind the points.
      if (this.n > 0) this.motion.poke();
      this.renderNextFrame();
    }
    measureSince('set-colors', started, changed);
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
    this.updateDefines();
    this.requestRender();
  }

  setSpriteMode(on: boolean): void { this.spriteMode = on; this.updateDefines(); this.requestRender(); }

  /** Points as thumbnails (when there is an atlas). */
  private get sprites(): boolean { return this.spriteMode && this.atlas !== null; }

  /** The shader variant for sprites and the 3D depth cue (a new program only when they change). */
  private updateDefines(): void {
    const defines = shaderDefines(this.sprites, this.controls?.is3d ?? false);
    this.points?.useVariant(JSON.stringify(defines));
    if (JSON.stringify(defines) === JSON.stringify(this.material.defines)) return;
    this.material.defines = defines;
    this.material.needsUpdate = true;
  }

  /** Rings the hovered and the selected point (-1: none); the points themselves are not redrawn. */
  setHighlight(hover: number, selected: number): void {
    this.hovered = hover;
    this.selected = selected;
    this.placeMarkers();
  }

  private placeMarkers(): void {
    this.placeMarker(this.markers.selected, this.selected, 'selected');
    this.placeMarker(this.markers.hover, this.hovered === this.selected ? -1 : this.hovered, 'hover');
  }

  private placeMarker(marker: PointMarker, i: number, kind: 'hover' | 'selected'): void {
    const p = i >= 0 && i < this.n ? this.screenPositionOf(i) : null;
    if (!p) { marker.hide(); return; }
    const sprite = this.sprites && i < this.atlas!.count;
    marker.show(p.x, p.y, {
      size: markerSize(2 * this.pointRadiusPx, kind),
      rgb: this.colors.length >= 3 * (i + 1) ? this.colors.subarray(3 * i, 3 * i + 3) : [0.5, 0.5, 0.5],
      ring: this.ring,
      thumb: sprite ? { atlas: this.atlas!, index: i } : null,
    });
  }

  set3d(on: boolean): void { this.controls.set3d(on); }

  /** Pixel size of a drawn point (CSS px), for the picking radius. */
  get pointRadiusPx(): number {
    const u = this.material.uniforms;
    return (u.uSize.value * u.uZoomScale.value * (this.sprites ? 3 : 1)) / 2;
  }

  /** Whether the view is moving (frames draw the subsample at large n). */
  get moving(): boolean { return this.motion.moving; }

  /** Whether the camera is moving just now (hovering waits: PICK_QUIET_MS). A layout that changes (a live
   *  t-SNE) does not stop hovering: each pick after a change rebuilds the index. */
  get changing(): boolean { return this.controls.dragging || performance.now() - this.cameraMovedAt < PICK_QUIET_MS; }

  /** Whether a frame is still to come for what changed (or the rest of a still frame drawn in pieces). */
  get framePending(): boolean { return this.frame !== 0 || this.deferredRenders > 0; }

  /** requestRender() one animation frame later. */
  private renderNextFrame(): void {
    this.deferredRenders++;
    requestAnimationFrame(() => { this.deferredRenders--; this.requestRender(); });
  }

  /** Draws a frame for what changed (at the next animation frame). */
  requestRender(): void {
    this.sceneVersion++;   // a still frame being drawn in pieces starts again
    this.scheduleFrame();
  }

  private scheduleFrame(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame((frameStart) => {
      this.frame = 0;
      const t0 = performance.now();
      const complete = this.draw(this.motion.moving);
      this.frameTimes.push(performance.now() - t0);
      if (this.frameTimes.length > 240) this.frameTimes.shift();
      this.frameLog.push({ start: t0, ms: performance.now() - t0, drawn: this.drawnPoints });
      if (this.frameLog.length > 240) this.frameLog.shift();
      // The next animation frame starts once this one is drawn (software WebGL: the GPU process is the
      // bottleneck), so the interval is what drawing this many points costs.
      const frame = { drawn: this.drawnRows, subsample: this.drawnSubsample };
      if (this.points.takeTimeable()) requestAnimationFrame((next) => this.points.timed(next - frameStart, frame));
      this.onFrame?.();
      if (!complete) this.scheduleFrame();   // the still frame's next piece
    });
  }

  /** Renders every point now (synchronously, in one draw). */
  renderNow(): void { this.draw(false, true); }

  /** Renders every point now as a still frame drawn in pieces of `piece` rows would (for tests: the image
   *  must be the one drawn at once). */
  renderInPiecesNow(piece: number): void {
    this.sceneVersion++;
    const rows = this.points.choose(false).drawn;
    for (let k = 0; k * piece < rows; k++) {
      this.still.step(this.renderer, this.sceneVersion, rows, piece, (start, count) => {
        this.points.stillRows({ start, count });
        this.renderer.render(this.scene, this.controls.camera);
      });
    }
    this.points.stillRows(null);
  }

  /** Draws the frame (`whole`: every point in one draw, never in pieces); answers whether it is complete
   *  (a still frame of many points in software WebGL takes several animation frames: still-pieces.ts). */
  private draw(moving: boolean, whole = false): boolean {
    const frame = this.points.choose(moving);
    this.drawnSubsample = frame.subsample;
    this.drawnMoving = moving;
    this.segments.beforeFrame(moving);
    // In pieces only the points: the compare overlay's lines (three.js's own material) are drawn in one frame.
    const piece = moving || whole || this.segments.count > 0 ? Infinity : this.points.stillPiece();
    let complete = true;
    if (piece < frame.drawn) {
      complete = this.still.step(this.renderer, this.sceneVersion, frame.drawn, piece, (start, count) => {
        this.points.stillRows({ start, count });
        this.renderer.render(this.scene, this.controls.camera);
        this.drawCalls = this.renderer.info.render.calls;
        this.drawnRows = count;
      }, (drawn) => {
        if (this.points.showSampleFrom(drawn)) this.renderer.render(this.scene, this.controls.camera);
      });
      this.points.stillRows(null);
      this.drawnPoints = this.still.drawn;
    } else {
      this.still.reset();
      this.renderer.render(this.scene, this.controls.camera);
      this.drawCalls = this.renderer.info.render.calls;
      this.drawnPoints = this.drawnRows = frame.drawn;
    }
    this.placeMarkers();
    return complete;
  }

  private viewProjection(): THREE.Matrix4 {
    const cam = this.controls.camera;
    cam.updateMatrixWorld();
    return new THREE.Matrix4().multiplyMatrices(cam.projectionMatrix, cam.matrixWorldInverse);
  }

  /** Screen positions of every point for the current view (projected once per view, arrays reused). */
  private project() {
    return this.screen.project(this.positions, this.n, this.viewProjection().elements, this.width, this.height, this.viewKey);
  }

  /** Nearest point to canvas CSS pixel (x, y) within a few px of its drawn disc; -1 when none. Exact
   *  over every point, whatever the last frame drew. */
  pick(x: number, y: number): number {
    if (!this.n) return -1;
    this.project();
    return this.screen.nearest(x, y, Math.max(5, this.pointRadiusPx + 2));
  }

  /** Canvas CSS pixels of every point (NaN when off screen or hidden), for box and lasso selection.
   *  The arrays are reused: valid until the view or the positions change. */
  screenPositions(): { x: Float32Array; y: Float32Array } {
    const s = this.project();
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

  /** Canvas CSS pixels of `count` world points (x, y, z each) for the current view (NaN off screen): overlays. */
  projectWorld(xyz: Float32Array, count: number): { x: Float32Array; y: Float32Array } {
    return projectToScreen(xyz, count, this.viewProjection().elements, this.width, this.height);
  }

  get size() { return { width: this.width, height: this.height }; }
}
