// Custom projection: per axis a left/right (down/up) query — text or /regex/ — over one metadata
// column; the axis is the difference of the two sides' centroids; "k matches" per side.
import type { Layouts } from '../state/layouts';
import type { Store } from '../state/store';
import { h, setOptions } from './dom';

export function createCustomPanel(store: Store, layouts: Layouts): HTMLElement {
  const c = layouts.custom;
  const column = h('select', { 'data-testid': 'custom-column', 'aria-label': 'Search by column' });
  column.addEventListener('change', () => { c.column = Number(column.value); apply(); });
  let timer = 0;
  const apply = () => { window.clearTimeout(timer); if (store.state.method === 'custom') layouts.runCustom(); };
  const side = (axis: 'x' | 'y', which: 'negative' | 'positive', label: string) => {
    const input = h('input', { type: 'search', className: 'ep-search', 'data-testid': `custom-${axis}-${which === 'negative' ? (axis === 'x' ? 'left' : 'down') : (axis === 'x' ? 'right' : 'up')}`,
      placeholder: `${label}: text or /regex/`, 'aria-label': label });
    const count = h('span', { className: 'ep-meta ep-count', 'data-testid': `${input.dataset.testid}-count` });
    input.addEventListener('input', () => {
      c[axis][which] = input.value;
      window.clearTimeout(timer);
      timer = window.setTimeout(apply, 200);
    });
    return { row: h('div', { className: 'ep-row' }, h('label', {}, label), input, count), input, count };
  };
  const xl = side('x', 'negative', 'X left'), xr = side('x', 'positive', 'X right');
  const yd = side('y', 'negative', 'Y down'), yu = side('y', 'positive', 'Y up');
  const note = h('div', { className: 'ep-meta', 'data-testid': 'custom-note' });
  let seen = 0;
  const update = () => {
    if (seen !== layouts.settingsVersion) {
      seen = layouts.settingsVersion;
      xl.input.value = c.x.negative; xr.input.value = c.x.positive; yd.input.value = c.y.negative; yu.input.value = c.y.positive;
      column.value = String(c.column);
    }
    const r = layouts.customResult;
    const set = (el: HTMLElement, k: number | undefined, q: string) => {
      el.textContent = q.trim() ? `${k ?? 0} match${k === 1 ? '' : 'es'}` : '';
      el.dataset.count = String(k ?? 0);
    };
    set(xl.count, r?.x.negativeCount, c.x.negative); set(xr.count, r?.x.positiveCount, c.x.positive);
    set(yd.count, r?.y.negativeCount, c.y.negative); set(yu.count, r?.y.positiveCount, c.y.positive);
    const probs = r ? [r.x.problem && `X: ${r.x.problem}`, r.y.problem && `Y: ${r.y.problem}`].filter(Boolean) : [];
    note.textContent = probs.length ? `${probs.join('; ')} (axis flat).` : 'An empty side means every row the other side does not match.';
  };
  layouts.onChange(update);
  const updateColumns = () => {
    const s = store.state;
    if (c.column >= s.columns.length) c.column = Math.max(0, s.labelColumn);
    setOptions(column, s.columns.map((col, i) => ({ value: String(i), label: col.name })), String(c.column));
  };
  const root = h('div', { 'data-testid': 'custom-panel', className: 'ep-method-panel' },
    h('div', { className: 'ep-row' }, h('label', {}, 'Search by'), column), xl.row, xr.row, yd.row, yu.row, note);
  const show = () => { root.style.display = store.state.method === 'custom' ? '' : 'none'; };
  store.subscribe((_s, ch) => { if (ch.has('method')) show(); if (ch.has('columns')) updateColumns(); });
  show();
  updateColumns();
  update();
  return root;
}
