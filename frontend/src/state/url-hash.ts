// Shareable links. Our page is an iframe inside TensorBoard, so the address bar is the PARENT's URL
// (same origin). TensorBoard keeps extra hash parameters after its own `#embproj` (checked with
// TensorBoard 2.21: `#embproj&embproj=...` survives a fresh load), so the view lives in one
// `embproj=<urlencoded query>` parameter there; history.replaceState changes it without a reload.

import { COMPARE_DEFAULTS, type CompareSpec } from './store';

export interface LinkView {
  run?: string; tensor?: string; step?: number | null;
  method?: string; dims?: number[]; is3d?: boolean; spherize?: boolean;
  perplexity?: number; learningRate?: number; neighbors?: number; minDist?: number;
  /** Density & clusters on; the column labelling the clusters by name ('' : no labels; absent: the default). */
  density?: boolean; clusterBy?: string;
  /** The comparison shown (cmp.* parameters). */
  compare?: CompareSpec;
}

const PARAM = 'embproj';

export function encodeView(v: LinkView): string {
  const q = new URLSearchParams();
  if (v.run != null) q.set('run', v.run);
  if (v.tensor != null) q.set('tensor', v.tensor);
  if (v.step != null) q.set('step', String(v.step));
  if (v.method) q.set('proj', v.method);
  if (v.dims) q.set('dims', v.dims.join(','));
  if (v.is3d != null) q.set('3d', v.is3d ? '1' : '0');
  if (v.spherize != null) q.set('sph', v.spherize ? '1' : '0');
  for (const k of ['perplexity', 'learningRate', 'neighbors', 'minDist'] as const) if (v[k] != null) q.set(k, String(v[k]));
  if (v.density) q.set('density', '1');
  if (v.clusterBy != null) q.set('clusterBy', v.clusterBy);
  const c = v.compare;
  if (c) {
    q.set('cmp.run', c.run);
    q.set('cmp.tensor', c.tensor);
    if (c.step !== null) q.set('cmp.step', String(c.step));
    if (c.key !== null) q.set('cmp.key', c.key);
    q.set('cmp.k', String(c.k));
    q.set('cmp.metric', c.metric);
    q.set('cmp.mode', c.mode);
    q.set('cmp.color', c.color ? '1' : '0');
    if (c.layout) q.set('cmp.layout', c.layout);
  }
  return q.toString();
}

export function decodeView(s: string): LinkView {
  const q = new URLSearchParams(s);
  const v: LinkView = {};
  const numOf = (k: string) => { const x = q.get(k); return x !== null && x !== '' && Number.isFinite(Number(x)) ? Number(x) : undefined; };
  if (q.has('run')) v.run = q.get('run')!;
  if (q.has('tensor')) v.tensor = q.get('tensor')!;
  const step = numOf('step'); if (step !== undefined) v.step = step;
  if (q.get('proj')) v.method = q.get('proj')!;
  const dims = q.get('dims')?.split(',').map(Number).filter((x) => Number.isInteger(x) && x >= 0);
  if (dims && dims.length >= 2) v.dims = dims;
  if (q.has('3d')) v.is3d = q.get('3d') === '1';
  if (q.has('sph')) v.spherize = q.get('sph') === '1';
  for (const k of ['perplexity', 'learningRate', 'neighbors', 'minDist'] as const) { const x = numOf(k); if (x !== undefined) v[k] = x; }
  if (q.has('density')) v.density = q.get('density') === '1';
  if (q.has('clusterBy')) v.clusterBy = q.get('clusterBy')!;
  if (q.get('cmp.run') && q.get('cmp.tensor')) {
    const k = numOf('cmp.k'), step = numOf('cmp.step');
    v.compare = {
      run: q.get('cmp.run')!, tensor: q.get('cmp.tensor')!, step: step !== undefined && Number.isInteger(step) ? step : null,
      key: q.has('cmp.key') ? q.get('cmp.key')! : null,
      k: k !== undefined && k >= 1 ? Math.min(100, Math.round(k)) : COMPARE_DEFAULTS.k,
      metric: q.get('cmp.metric') === 'cosine' ? 'cosine' : 'euclidean',
      mode: q.get('cmp.mode') === 'overlay' ? 'overlay' : 'side',
      color: q.get('cmp.color') !== '0',
      ...(q.get('cmp.layout') ? { layout: q.get('cmp.layout')! } : {}),
    };
  }
  return v;
}

/** The `embproj=` value inside a hash like `#embproj&embproj=...` (null when absent). */
export function viewFromHash(hash: string): LinkView | null {
  const h = hash.replace(/^#/, '');
  for (const part of h.split('&')) {
    if (part.startsWith(`${PARAM}=`)) return decodeView(decodeURIComponent(part.slice(PARAM.length + 1)));
  }
  return null;
}

/** `hash` with our parameter replaced (TensorBoard's own parts kept; `embproj` first when empty). */
export function hashWithView(hash: string, v: LinkView): string {
  const parts = hash.replace(/^#/, '').split('&').filter((p) => p && !p.startsWith(`${PARAM}=`));
  if (!parts.length) parts.push('embproj');
  parts.push(`${PARAM}=${encodeURIComponent(encodeView(v))}`);
  return '#' + parts.join('&');
}

/** The window whose URL the user sees: TensorBoard's page when we are its same-origin iframe. */
function topWindow(): Window {
  try {
    if (window.parent && window.parent !== window && window.parent.location.href) return window.parent;
  } catch { /* cross-origin parent: use our own URL */ }
  return window;
}

/** The first part of the visible hash: TensorBoard's active tab ('embproj' when ours is shown). */
export function activeTab(): string {
  try { return topWindow().location.hash.replace(/^#/, '').split('&')[0]; } catch { return ''; }
}

export function readLinkView(): LinkView | null {
  try { return viewFromHash(topWindow().location.hash); } catch { return null; }
}

/** Writes the view into the visible URL without reloading or adding history entries. */
export function writeLinkView(v: LinkView): string {
  const w = topWindow();
  const hash = hashWithView(w.location.hash, v);
  try { w.history.replaceState(w.history.state, '', hash); } catch { /* sandboxed */ }
  return w.location.href.split('#')[0] + hash;
}
