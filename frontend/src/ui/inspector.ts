// Selected point: its metadata row (and thumbnail); hover tooltip with label (and thumbnail).
import { neighborsRow } from '../state/neighbors';
import type { Store } from '../state/store';
import { drawThumb, type SpriteAtlas } from '../render/sprites';
import { h } from './dom';

export function labelOf(store: Store, i: number): string {
  const s = store.state;
  const col = s.columns[s.labelColumn];
  if (!col) return `#${i}`;
  const v = col.values[i] ?? '';
  return v === '' ? `#${i} (missing)` : v;
}

export function createInspector(store: Store, getAtlas: () => SpriteAtlas | null): HTMLElement {
  const root = h('div', { className: 'ep-inspector', 'data-testid': 'inspector' });
  const update = () => {
    const s = store.state;
    const i = s.selected;
    if (i < 0 || i >= s.n) { root.style.display = 'none'; root.replaceChildren(); return; }
    root.style.display = 'block';
    root.dataset.index = String(i);
    const close = h('button', { 'aria-label': 'Clear selection', 'data-testid': 'inspector-close' }, '×');
    close.addEventListener('click', () => store.set({ selected: -1 }));
    const atlas = getAtlas();
    let thumb: HTMLCanvasElement | null = null;
    if (atlas && i < atlas.count) {
      thumb = h('canvas', { width: 96, height: Math.round((96 * atlas.thumbH) / atlas.thumbW) });
      drawThumb(atlas, i, thumb);
    }
    const rows = s.columns.map((c) => {
      const v = c.values[i] ?? '';
      return h('tr', { 'data-testid': 'inspector-row', 'data-column': c.name },
        h('th', {}, c.name), v === '' ? h('td', { className: 'ep-missing' }, '(missing)') : h('td', {}, v));
    });
    // Only the selected row's own list (right after a click the store still holds the previous row's).
    const nb = s.neighbors && neighborsRow(s.neighbors, i) === i ? s.neighbors : [];
    const nbList = h('ol', { className: 'ep-nb', 'data-testid': 'neighbors' }, ...nb.slice(0, 10).map((x) =>
      h('li', { 'data-testid': 'neighbor', 'data-index': x.index, onclick: () => store.set({ selected: x.index }) },
        h('span', { className: 'ep-lab' }, labelOf(store, x.index)),
        h('span', { className: 'ep-cnt' }, x.distance.toFixed(3)))));
    root.replaceChildren(
      h('h3', {}, h('span', { 'data-testid': 'inspector-title' }, labelOf(store, i)), close),
      thumb ?? '',
      h('table', {}, h('tr', {}, h('th', {}, 'index'), h('td', {}, String(i))), ...rows),
      nb.length ? h('h4', {}, `Nearest neighbours (${s.neighborMetric}, all ${s.d} dims)`) : '',
      nbList,
      nb.length > 10 ? h('div', { className: 'ep-meta' }, `The ${nb.length} nearest stay bright in the plot.`) : '');
  };
  store.subscribe((_s, ch) => {
    if (ch.has('selected') || ch.has('columns') || ch.has('labelColumn') || ch.has('neighbors')) update();
  });
  update();
  return root;
}

export function createTooltip(): { el: HTMLElement; show(x: number, y: number, text: string, atlas: SpriteAtlas | null, i: number): void; hide(): void } {
  const text = h('div', { 'data-testid': 'tooltip-label' });
  const thumb = h('canvas', { width: 64, height: 64, 'data-testid': 'tooltip-thumb' });
  const el = h('div', { className: 'ep-tooltip', 'data-testid': 'tooltip' }, text, thumb);
  return {
    el,
    show(x, y, label, atlas, i) {
      text.textContent = label;
      el.dataset.index = String(i);
      if (atlas && i < atlas.count) {
        thumb.height = Math.round((64 * atlas.thumbH) / atlas.thumbW);
        drawThumb(atlas, i, thumb);
        thumb.style.display = '';
      } else thumb.style.display = 'none';
      el.style.display = 'block';
      const parent = el.parentElement?.getBoundingClientRect();
      const w = el.offsetWidth, hh = el.offsetHeight;
      const left = parent && x + 14 + w > parent.width ? x - 14 - w : x + 14;
      const top = parent && y + 14 + hh > parent.height ? y - 14 - hh : y + 14;
      el.style.left = `${Math.max(0, left)}px`;
      el.style.top = `${Math.max(0, top)}px`;
    },
    hide() { el.style.display = 'none'; delete el.dataset.index; },
  };
}
