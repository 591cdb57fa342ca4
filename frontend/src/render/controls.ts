// Camera controls for the scatter plot. 2D: drag = pan, wheel/pinch = zoom at the cursor.
// 3D: drag = orbit, right/shift-drag = pan, wheel/pinch = dolly. Trackpad: ctrl+wheel (pinch) zooms,
// horizontal two-finger scroll pans (2D) or orbits (3D). Touch: one finger drags, two fingers pinch-zoom
// and pan. Keyboard (plot focused): arrows pan (2D) / orbit (3D), + and - zoom. Double-click resets.
import * as THREE from 'three';

export interface View2D { cx: number; cy: number; zoom: number }
export interface View3D { theta: number; phi: number; distance: number; target: THREE.Vector3 }

export const HOME_2D: View2D = { cx: 0, cy: 0, zoom: 1 };
export const homeView3D = (): View3D => ({ theta: 0.6, phi: 1.1, distance: 3.0, target: new THREE.Vector3() });

export class CameraControls {
  ortho = new THREE.OrthographicCamera(-1, 1, 1, -1, -100, 100);
  persp = new THREE.PerspectiveCamera(45, 1, 0.01, 100);
  is3d = false;
  v2: View2D = { ...HOME_2D };
  v3: View3D = homeView3D();
  private width = 1;
  private height = 1;
  private drag: { x: number; y: number; mode: 'pan' | 'rotate'; id: number } | null = null;
  private touches = new Map<number, { x: number; y: number }>();
  private pinch: { dist: number; mx: number; my: number } | null = null;
  moved = false;
  /** Called before each pan, rotate or zoom step (continuous motion, not a jump such as reset()). */
  onMotion: (() => void) | null = null;

  constructor(private el: HTMLElement, private onChange: () => void) {
    el.addEventListener('pointerdown', this.onDown);
    el.addEventListener('pointermove', this.onMove);
    el.addEventListener('pointerup', this.onUp);
    el.addEventListener('pointercancel', this.onUp);
    el.addEventListener('wheel', this.onWheel, { passive: false });
    el.addEventListener('dblclick', () => this.reset());
    el.addEventListener('contextmenu', (e) => e.preventDefault());
    el.addEventListener('keydown', this.onKey);
    if (el.tabIndex < 0) el.tabIndex = 0;
    this.update();
  }

  get camera(): THREE.Camera { return this.is3d ? this.persp : this.ortho; }

  /** A drag or a pinch is held. */
  get dragging(): boolean { return this.drag !== null || this.pinch !== null; }

  /** World size of the unit cube's half-height in the 2D view, with a margin. */
  private get halfHeight(): number { return 1.12 / this.v2.zoom; }

  /** Scale for point sizes: points grow slowly when zooming in. */
  get zoomScale(): number {
    const z = this.is3d ? 3.6 / this.v3.distance : this.v2.zoom;
    return Math.min(6, Math.max(0.5, Math.sqrt(z)));
  }

  setSize(w: number, h: number): void {
    this.width = Math.max(1, w);
    this.height = Math.max(1, h);
    this.update();
  }

  set3d(on: boolean): void { this.is3d = on; this.update(); }

  reset(): void {
    this.v2 = { ...HOME_2D };
    this.v3 = homeView3D();
    this.update();
  }

  update(): void {
    const aspect = this.width / this.height;
    const hh = this.halfHeight;
    // Fit the unit square whatever the aspect ratio.
    const fit = aspect < 1 ? 1 / aspect : 1;
    const o = this.ortho;
    o.left = this.v2.cx - hh * aspect * fit; o.right = this.v2.cx + hh * aspect * fit;
    o.top = this.v2.cy + hh * fit; o.bottom = this.v2.cy - hh * fit;
    o.position.set(0, 0, 10);
    o.lookAt(0, 0, 0);
    o.updateProjectionMatrix();
    o.updateMatrixWorld();
    const p = this.persp;
    p.aspect = aspect;
    const { theta, phi, distance, target } = this.v3;
    p.position.set(
      target.x + distance * Math.sin(phi) * Math.sin(theta),
      target.y + distance * Math.cos(phi),
      target.z + distance * Math.sin(phi) * Math.cos(theta),
    );
    p.up.set(0, 1, 0);
    p.lookAt(target);
    p.updateProjectionMatrix();
    p.updateMatrixWorld();
    this.onChange();
  }

  /** World units per CSS pixel in 2D. */
  private get worldPerPx(): number { return (this.ortho.top - this.ortho.bottom) / this.height; }

  pan(dx: number, dy: number): void {
    this.onMotion?.();
    if (!this.is3d) {
      const k = this.worldPerPx;
      this.v2.cx -= dx * k; this.v2.cy += dy * k;
    } else {
      const k = (2 * this.v3.distance * Math.tan((this.persp.fov * Math.PI) / 360)) / this.height;
      const right = new THREE.Vector3().setFromMatrixColumn(this.persp.matrixWorld, 0);
      const up = new THREE.Vector3().setFromMatrixColumn(this.persp.matrixWorld, 1);
      this.v3.target.addScaledVector(right, -dx * k).addScaledVector(up, dy * k);
    }
    this.update();
  }

  rotate(dx: number, dy: number): void {
    this.onMotion?.();
    this.v3.theta -= dx * 0.008;
    this.v3.phi = Math.min(Math.PI - 0.05, Math.max(0.05, this.v3.phi - dy * 0.008));
    this.update();
  }

  /** factor > 1 zooms in; (x, y) is the CSS pixel that stays fixed (2D). */
  zoom(factor: number, x = this.width / 2, y = this.height / 2): void {
    this.onMotion?.();
    if (!this.is3d) {
      const o = this.ortho;
      const wx = o.left + (x / this.width) * (o.right - o.left);
      const wy = o.top - (y / this.height) * (o.top - o.bottom);
      const z = Math.min(5000, Math.max(0.05, this.v2.zoom * factor));
      const f = this.v2.zoom / z;
      this.v2.cx = wx + (this.v2.cx - wx) * f;
      this.v2.cy = wy + (this.v2.cy - wy) * f;
      this.v2.zoom = z;
    } else {
      this.v3.distance = Math.min(50, Math.max(0.02, this.v3.distance / factor));
    }
    this.update();
  }

  private pinchState() {
    const [a, b] = [...this.touches.values()];
    return { dist: Math.hypot(a.x - b.x, a.y - b.y), mx: (a.x + b.x) / 2, my: (a.y + b.y) / 2 };
  }

  private onDown = (e: PointerEvent) => {
    if (e.pointerType === 'touch') {
      this.touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (this.touches.size === 2) { this.drag = null; this.moved = true; this.pinch = this.pinchState(); return; }
    }
    if (this.drag) return;
    const rotate = this.is3d && e.button === 0 && !e.shiftKey;
    this.drag = { x: e.clientX, y: e.clientY, mode: rotate ? 'rotate' : 'pan', id: e.pointerId };
    this.moved = false;
    try { this.el.setPointerCapture?.(e.pointerId); } catch { /* synthetic or finished pointer */ }
  };

  private onMove = (e: PointerEvent) => {
    if (this.touches.has(e.pointerId)) this.touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pinch && this.touches.size === 2) {
      const now = this.pinchState();
      const rect = this.el.getBoundingClientRect();
      this.pan(now.mx - this.pinch.mx, this.is3d ? 0 : now.my - this.pinch.my);
      if (this.pinch.dist > 0 && now.dist > 0) this.zoom(now.dist / this.pinch.dist, now.mx - rect.left, now.my - rect.top);
      this.pinch = now;
      return;
    }
    if (!this.drag || e.pointerId !== this.drag.id) return;
    const dx = e.clientX - this.drag.x, dy = e.clientY - this.drag.y;
    if (!this.moved && Math.hypot(dx, dy) < 3) return;
    this.moved = true;
    this.drag.x = e.clientX; this.drag.y = e.clientY;
    if (this.drag.mode === 'rotate') this.rotate(dx, dy); else this.pan(dx, dy);
  };

  private onUp = (e: PointerEvent) => {
    this.touches.delete(e.pointerId);
    if (this.touches.size < 2) this.pinch = null;
    if (this.drag && e.pointerId === this.drag.id) this.drag = null;
  };

  private onKey = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 120 : 40;
    const move = (dx: number, dy: number) => (this.is3d ? this.rotate(dx, dy) : this.pan(dx, dy));
    switch (e.key) {
      case 'ArrowLeft': move(step, 0); break;
      case 'ArrowRight': move(-step, 0); break;
      case 'ArrowUp': move(0, step); break;
      case 'ArrowDown': move(0, -step); break;
      case '+': case '=': this.zoom(1.25); break;
      case '-': case '_': this.zoom(0.8); break;
      default: return;
    }
    e.preventDefault();
  };

  private onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? this.height : 1;
    const dx = e.deltaX * unit, dy = e.deltaY * unit;
    const rect = this.el.getBoundingClientRect();
    const x = e.clientX - rect.left, y = e.clientY - rect.top;
    if (e.ctrlKey) { this.zoom(Math.exp(-dy * 0.01), x, y); return; }   // pinch
    if (Math.abs(dx) > Math.abs(dy)) {                                    // two-finger sideways
      if (this.is3d) this.rotate(-dx, 0); else this.pan(-dx, 0);
      return;
    }
    this.zoom(Math.exp(-dy * 0.0015), x, y);
  };
}
