// What the bookmark, link and step features need from the app (app.ts builds one of these), and
// capture / apply of a whole view (projection + parameters, exact coordinates, camera, selection,
// isolation, colour and label choices) as a BookmarkView.
import * as THREE from 'three';
import type { BookmarkView, CameraDef } from './bookmarks';
import type { StepTransition } from './layout-display';
import type { StepEntry } from './series';
import type { AppState, Store } from './store';
import { isImportedMethod } from './imported-layouts';

/** The camera as bookmarks read and set it (render/controls.ts's CameraControls is one). */
export interface CameraState {
  is3d: boolean;
  v2: { cx: number; cy: number; zoom: number };
  v3: { theta: number; phi: number; distance: number; target: THREE.Vector3 };
  readonly persp: { readonly position: { x: number; y: number; z: number } };
  update(): void;
  set3d(on: boolean): void;
}

export interface ViewBridge {
  store: Store;
  steps: StepTransition;
  controls: CameraState;
  /** Draws an n x k layout (app.ts place()). */
  place(coords: Float32Array, k: 2 | 3, axes: string[]): void;
  /** Draws a bookmark's layout as `method`'s (t-SNE / UMAP / custom: their last layout, no run). */
  placeMethod(method: string, coords: Float32Array, k: 2 | 3, axes: string[]): void;
  /** The layout drawn last, n x k exactly as computed (after step alignment). */
  lastLayout(): { coords: Float32Array; k: number; axes: string[] } | null;
  /** store.set without starting a projection (the caller then shows coordinates itself). */
  setQuiet(patch: Partial<AppState>): void;
  /** Runs the current projection (PCA / identity) now and resolves when it is drawn. */
  recompute(): Promise<void>;
  /** Switches to another step of the series: keeps the camera, aligns onto the current layout. */
  stepTo(entry: StepEntry): void;
  /** Data loaded and its layout drawn; nothing loading or computing. */
  isReady(): boolean;
  /** Whether the projection chooser offers this method (t-SNE / UMAP may not be wired). */
  supportsMethod(method: string): boolean;
  /** t-SNE / UMAP parameters (the analysis panels' settings). */
  params(): MethodParams;
  setParams(p: Partial<MethodParams>): void;
}

export interface MethodParams { perplexity: number; learningRate: number | 'auto'; iteration: number; neighbors: number; minDist: number }


/** Identity for D <= 3 and PCA are ours; t-SNE / UMAP when the store knows them. */
const METHODS = new Set(['pca', 'identity', 'tsne', 'umap', 'custom']);

function sameRows(a: Int32Array | null, b: Int32Array | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Resolves when the app is ready (data loaded, layout drawn, nothing computing). */
export function waitReady(b: ViewBridge, timeoutMs = 120000, extra: () => boolean = () => true): Promise<void> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (b.isReady() && extra()) resolve();
      else if (performance.now() - t0 > timeoutMs) reject(new Error('the view did not finish loading'));
      else setTimeout(poll, 50);
    };
    setTimeout(poll, 50);
  });
}

export function cameraDefOf(c: CameraState): CameraDef {
  if (!c.is3d) return { orthographic: true, position: [c.v2.cx, c.v2.cy, 10], target: [c.v2.cx, c.v2.cy, 0], zoom: c.v2.zoom };
  const p = c.persp.position, t = c.v3.target;
  return { orthographic: false, position: [p.x, p.y, p.z], target: [t.x, t.y, t.z], zoom: 1 };
}

export function applyCameraDef(c: CameraState, cam: CameraDef, is3d: boolean): void {
  const t = cam.target.map((x) => (Number.isFinite(x) ? x : 0));
  if (!is3d) {
    c.v2 = { cx: t[0] ?? 0, cy: t[1] ?? 0, zoom: Math.min(5000, Math.max(0.05, cam.zoom || 1)) };
  } else {
    const dx = (cam.position[0] ?? 0) - (t[0] ?? 0), dy = (cam.position[1] ?? 0) - (t[1] ?? 0), dz = (cam.position[2] ?? 0) - (t[2] ?? 0);
    const dist = Math.hypot(dx, dy, dz) || 3;
    c.v3 = { theta: Math.atan2(dx, dz), phi: Math.min(Math.PI - 0.05, Math.max(0.05, Math.acos(Math.max(-1, Math.min(1, dy / dist))))),
      distance: Math.min(50, Math.max(0.02, dist)), target: new THREE.Vector3(t[0] ?? 0, t[1] ?? 0, t[2] ?? 0) };
  }
  c.update();
}

export function captureView(b: ViewBridge, label: string): BookmarkView {
  const s = b.store.state;
  const cur = b.lastLayout();
  const p = b.params();
  const sel = s.selection.length ? Array.from(s.selection) : s.selected >= 0 ? [s.selected] : [];
  const iso = s.isolated;
  return {
    label, method: (METHODS.has(s.method) || isImportedMethod(s.method) ? s.method : 'pca') as BookmarkView['method'],
    n: s.n, d: s.d, is3d: s.is3d, dims: [...s.dims], spherize: s.spherize,
    coords: cur ? Float64Array.from(cur.coords) : null, k: cur?.k ?? (s.is3d ? 3 : 2),
    camera: cameraDefOf(b.controls),
    selected: sel, filtered: iso && iso.length ? Array.from(iso) : null,
    colorBy: s.columns[s.colorColumn]?.name ?? null,
    labelBy: s.columns[s.labelColumn]?.name ?? null,
    tsne: { perplexity: p.perplexity, learningRate: p.learningRate === 'auto' ? 1 : Math.log10(p.learningRate),
      auto: p.learningRate === 'auto', iteration: p.iteration, is3d: s.is3d },
    umap: { neighbors: p.neighbors, minDist: p.minDist, is3d: s.is3d },
    step: stepOf(b),
    source: null,
  };
}

function stepOf(b: ViewBridge): number | null {
  const s = b.store.state;
  const e = s.info?.embeddings.find((x) => x.tensorName === s.tensorName);
  return s.step !== null && (e?.checkpointSteps ?? []).includes(s.step) ? s.step : e?.step ?? null;
}

/** Why a view cannot be shown on the current tensor (null when it can). */
export function mismatch(v: BookmarkView, s: AppState): string | null {
  if (v.n && s.n && v.n !== s.n) return `This bookmark is for ${v.n.toLocaleString('en-US')} points; the tensor has ${s.n.toLocaleString('en-US')}.`;
  if (v.coords && v.coords.length !== v.k * s.n) return `This bookmark holds coordinates for ${v.coords.length / v.k} points; the tensor has ${s.n}.`;
  return null;
}

/** Restores a view: coordinates exactly as saved (no re-run, even for t-SNE / UMAP), then camera. */
export async function applyView(b: ViewBridge, v: BookmarkView): Promise<void> {
  const s = b.store.state;
  const problem = mismatch(v, s);
  if (problem) throw new Error(problem);
  const colIndex = (name: string | null) => (name === null ? -1 : s.columns.findIndex((c) => c.name === name));
  const patch: Partial<AppState> = {};
  const is3d = v.coords ? v.k === 3 : v.is3d;
  const canMethod = v.method === 'identity' ? s.d <= 3 : b.supportsMethod(v.method);
  if (canMethod) patch.method = v.method;
  patch.is3d = is3d;
  if (v.method === 'pca' || v.method === 'identity') patch.dims = [v.dims[0] ?? 0, v.dims[1] ?? 1, v.dims[2] ?? 2];
  if (v.spherize !== null) patch.spherize = v.spherize;
  const ci = colIndex(v.colorBy), li = colIndex(v.labelBy);
  if (v.colorBy === null || v.colorBy === 'No color map' || ci >= 0) patch.colorColumn = ci;
  if (li >= 0) patch.labelColumn = li;
  const sorted = (x: number[]) => Int32Array.from(new Set(x.filter((i) => i < s.n))).sort();
  patch.selection = sorted(v.selected);
  patch.selected = v.selected.length === 1 ? v.selected[0] : v.selected.length && v.selected.includes(s.selected) ? s.selected : -1;
  b.setParams({ perplexity: v.tsne.perplexity, learningRate: v.tsne.auto ? 'auto' : 10 ** v.tsne.learningRate,
    neighbors: v.umap.neighbors, minDist: v.umap.minDist });
  const needPca = (v.method === 'pca' && (patch.spherize !== undefined && patch.spherize !== s.spherize || !s.variance || s.method !== 'pca'))
    || (v.method === 'identity' && s.method !== 'identity');
  // Isolation re-projects (the analysis panels listen to it even when quiet): do it first, with PCA
  // (cheap) rather than a t-SNE / UMAP run, wait for it, and draw the bookmark's coordinates after.
  const isolated = v.filtered && v.filtered.length ? sorted(v.filtered) : null;
  if (!sameRows(isolated, s.isolated)) {
    if (s.method !== 'pca' && s.method !== 'identity') b.setQuiet({ method: 'pca' });
    b.store.set({ isolated });
    await waitReady(b);
  }
  b.setQuiet(patch);
  b.controls.set3d(is3d);
  if (!v.coords || needPca) await b.recompute();
  if (v.coords) {
    const k = v.k === 3 ? 3 : 2;
    const name = v.method === 'pca' ? null : v.method === 'tsne' ? 't-SNE' : v.method === 'umap' ? 'UMAP' : v.method;
    const axes = Array.from({ length: k }, (_, a) => (name ? `${name}-${a}` : `PC${(v.dims[a] ?? a) + 1}`));
    b.steps.alignNext = false;
    b.placeMethod(v.method, Float32Array.from(v.coords), k, axes);
  }
  if (v.camera) applyCameraDef(b.controls, v.camera, is3d);
}
