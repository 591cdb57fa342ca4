// Box and lasso selection over the plot. A toolbar toggle (Pan / Box / Lasso) puts an overlay over
// the canvas that takes the drag; in Pan mode Ctrl (or Cmd) + drag draws a box without the toggle.
// Shift adds to the selection, Alt (or Ctrl in Box/Lasso mode) removes from it.
import type { Store } from '../state/store';
import { combine, rowsInBox, rowsInPolygon, type Combine } from '../state/selection';
import { h } from './dom';

export interface OverlayHost {
  store: Store;
  plot: HTMLElement;
  screenPositions(): { x: Float32Array; y: Float32Array };
  /** Whether row i is drawn (not hidden by isolation). */
  visible(i: number): boolean;
  /** After a selection: the selection changed to `rows`. */
  onSelect(rows: Int32Array): void;
}

const SVG = 'http://www.w3.org/2000/svg';

export function howFrom(ev: { shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }, viaToggle: boolean): Combine {
  if (ev.altKey || (viaToggle && (ev.ctrlKey || ev.metaKey))) return 'remove';
  if (ev.shiftKey) return 'add';
  return 'replace';
}

export function createSelectionOverlay(host: OverlayHost): { toolbar: HTMLElement; overlay: HTMLElement } {
  const { store, plot } = host;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'ep-sel-svg');
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('class', 'ep-sel-shape');
  svg.appendChild(shape);
  const overlay = h('div', { className: 'ep-sel-overlay', 'data-testid': 'selection-overlay' });
  overlay.appendChild(svg);
  plot.appendChild(overlay);

  const modes = (['pan', 'box', 'lasso'] as const).map((m) => {
    const b = h('button', { 'data-testid': `select-mode-${m}`, title: {
      pan: 'Pan / rotate (Ctrl+drag: box select)', box: 'Box select (Shift adds, Alt removes)',
      lasso: 'Lasso select (Shift adds, Alt removes)' }[m] }, { pan: 'Pan', box: 'Box', lasso: 'Lasso' }[m]);
    b.addEventListener('click', () => store.set({ selectMode: m }));
    return b;
  });
  const toolbar = h('span', { className: 'ep-seg', 'data-testid': 'select-modes' }, ...modes);
  const sync = () => {
    const m = store.state.selectMode;
    modes.forEach((b, k) => b.classList.toggle('ep-on', ['pan', 'box', 'lasso'][k] === m));
    overlay.classList.toggle('ep-active', m !== 'pan');
    overlay.dataset.mode = m;
  };
  store.subscribe((_s, ch) => { if (ch.has('selectMode')) sync(); });
  sync();

  let drag: { kind: 'box' | 'lasso'; how: Combine; pts: number[]; id: number; ctrlClick: boolean } | null = null;
  const local = (ev: PointerEvent) => {
    const r = plot.getBoundingClientRect();
    return [ev.clientX - r.left, ev.clientY - r.top];
  };
  const draw = () => {
    if (!drag) { shape.setAttribute('d', ''); return; }
    const p = drag.pts;
    if (drag.kind === 'box') {
      const [x0, y0, x1, y1] = [p[0], p[1], p[p.length - 2], p[p.length - 1]];
      shape.setAttribute('d', `M${x0},${y0}H${x1}V${y1}H${x0}Z`);
    } else {
      let d = '';
      for (let k = 0; k < p.length; k += 2) d += `${k ? 'L' : 'M'}${p[k]},${p[k + 1]}`;
      shape.setAttribute('d', d + 'Z');
    }
  };
  const begin = (ev: PointerEvent, kind: 'box' | 'lasso', how: Combine, ctrlClick = false) => {
    drag = { kind, how, pts: local(ev), id: ev.pointerId, ctrlClick };
    overlay.classList.add('ep-dragging');
    draw();
  };
  const move = (ev: PointerEvent) => {
    if (!drag || ev.pointerId !== drag.id) return;
    const [x, y] = local(ev);
    if (drag.kind === 'box') drag.pts = [drag.pts[0], drag.pts[1], x, y];
    else {
      const n = drag.pts.length;
      if (Math.hypot(x - drag.pts[n - 2], y - drag.pts[n - 1]) >= 2) drag.pts.push(x, y);
    }
    draw();
  };
  const end = (ev: PointerEvent) => {
    if (!drag || ev.pointerId !== drag.id) return;
    move(ev);
    const d = drag;
    drag = null;
    overlay.classList.remove('ep-dragging');
    draw();
    const p = d.pts;
    let tiny = true;   // a click, not a drag: every point of the path within 3 px of the first
    for (let k = 2; k < p.length && tiny; k += 2) tiny = Math.abs(p[k] - p[0]) < 3 && Math.abs(p[k + 1] - p[1]) < 3;
    if (tiny && d.ctrlClick) {   // Ctrl/Cmd + click in Pan mode: remove the point under the cursor
      const s = host.screenPositions();
      let best = -1, bestD = 36;
      for (let i = 0; i < s.x.length; i++) {
        const dd = (s.x[i] - p[0]) ** 2 + (s.y[i] - p[1]) ** 2;
        if (dd < bestD && host.visible(i)) { best = i; bestD = dd; }
      }
      if (best >= 0) host.onSelect(combine(store.state.selection, Int32Array.of(best), 'remove'));
      return;
    }
    if (tiny) {
      if (d.how === 'replace') host.onSelect(new Int32Array(0));   // a click on empty space clears
      return;
    }
    const s = host.screenPositions();
    const rows = d.kind === 'box' ? rowsInBox(s.x, s.y, p[0], p[1], p[2], p[3], host.visible)
      : rowsInPolygon(s.x, s.y, p, host.visible);
    host.onSelect(combine(store.state.selection, rows, d.how));
  };

  overlay.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0) return;
    ev.preventDefault();
    try { overlay.setPointerCapture(ev.pointerId); } catch { /* synthetic pointer */ }
    begin(ev, store.state.selectMode === 'lasso' ? 'lasso' : 'box', howFrom(ev, true));
  });
  overlay.addEventListener('pointermove', move);
  overlay.addEventListener('pointerup', end);
  overlay.addEventListener('pointercancel', () => { drag = null; overlay.classList.remove('ep-dragging'); draw(); });
  // Pan mode: Ctrl/Cmd + drag on the canvas draws a box (caught before the camera controls see it).
  plot.addEventListener('pointerdown', (ev) => {
    if (store.state.selectMode !== 'pan' || ev.button !== 0 || !(ev.ctrlKey || ev.metaKey) || ev.target === overlay) return;
    ev.stopPropagation();
    ev.preventDefault();
    begin(ev, 'box', howFrom({ ctrlKey: false, metaKey: false, shiftKey: ev.shiftKey, altKey: ev.altKey }, false), true);
    const mv = (e: PointerEvent) => move(e);
    const up = (e: PointerEvent) => { end(e); window.removeEventListener('pointermove', mv, true); window.removeEventListener('pointerup', up, true); };
    window.addEventListener('pointermove', mv, true);
    window.addEventListener('pointerup', up, true);
  }, { capture: true });
  return { toolbar, overlay };
}
