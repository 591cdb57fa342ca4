// Label by / colour by any metadata column, sprites, point size, and the colour legend.
import type { Store } from '../state/store';
import { formatNumber } from '../data/format';
import { h, setOptions } from './dom';
import { viridisCss } from '../render/colors';
import { labelColumnOf } from '../state/cluster-labels';

export function createLegend(store: Store): HTMLElement {
  const root = h('div', { 'data-testid': 'legend' });
  const focusClass = (label: string) => {
    const f = store.state.focusCategory;
    return f === null ? '' : f === label ? 'ep-focus' : 'ep-faded';
  };
  const update = () => {
    const lg = store.state.legend;
    if (lg.kind === 'categorical') {
      root.dataset.kind = 'categorical';
      root.replaceChildren(h('ul', { className: 'ep-legend' }, ...lg.entries.map((e) =>
        h('li', { 'data-testid': 'legend-entry', 'data-label': e.label, 'data-count': e.count,
          title: `${e.label} — click to highlight`, className: focusClass(e.label),
          onclick: () => store.set({ focusCategory: store.state.focusCategory === e.label ? null : e.label }) },
          h('span', { className: 'ep-sw', style: `background:${e.color}` }),
          h('span', { className: 'ep-lab' }, e.label),
          h('span', { className: 'ep-cnt' }, e.count.toLocaleString('en-US'))))));
    } else if (lg.kind === 'numeric') {
      root.dataset.kind = 'numeric';
      const stops = Array.from({ length: 11 }, (_, i) => `${viridisCss(i / 10)} ${i * 10}%`).join(',');
      root.replaceChildren(
        h('div', { className: 'ep-gradient', style: `background:linear-gradient(to right,${stops})` }),
        h('div', { className: 'ep-gradient-labels' },
          h('span', { 'data-testid': 'legend-min' }, formatNumber(lg.min)),
          h('span', { 'data-testid': 'legend-max' }, formatNumber(lg.max))),
        lg.missing ? h('ul', { className: 'ep-legend' }, h('li', {},
          h('span', { className: 'ep-sw', style: 'background:#6f6f6f' }), h('span', { className: 'ep-lab' }, '(missing)'),
          h('span', { className: 'ep-cnt' }, String(lg.missing)))) : '');
    } else {
      root.dataset.kind = 'none';
      root.replaceChildren();
    }
  };
  store.subscribe((_s, ch) => { if (ch.has('legend') || ch.has('focusCategory')) update(); });
  update();
  return root;
}

export function createDisplayPanel(store: Store): HTMLElement {
  const labelSel = h('select', { 'data-testid': 'label-select', 'aria-label': 'Label by' });
  const colorSel = h('select', { 'data-testid': 'color-select', 'aria-label': 'Colour by' });
  const sprites = h('input', { type: 'checkbox', 'data-testid': 'sprites' });
  const spriteRow = h('div', { className: 'ep-row' }, h('label', {}, 'Images'), sprites,
    h('span', { className: 'ep-meta' }, 'draw points as their thumbnails'));
  const size = h('input', { type: 'range', min: '0.3', max: '4', step: '0.1', value: '1', 'data-testid': 'point-size' });
  const density = h('input', { type: 'checkbox', 'data-testid': 'density-toggle' });
  const densityRow = h('div', { className: 'ep-row' }, h('label', {}, density, ' Density & clusters'),
    h('span', { className: 'ep-meta' }, 'contours, labelled clusters'));
  const clusterSel = h('select', { 'data-testid': 'density-label-select', 'aria-label': 'Label clusters by' });
  const clusterRow = h('div', { className: 'ep-row' }, h('label', {}, 'Clusters by'), clusterSel);
  density.addEventListener('change', () => store.set({ showDensity: density.checked }));
  clusterSel.addEventListener('change', () => store.set({ clusterLabelColumn: Number(clusterSel.value) }));
  labelSel.addEventListener('change', () => store.set({ labelColumn: Number(labelSel.value) }));
  colorSel.addEventListener('change', () => store.set({ colorColumn: Number(colorSel.value) }));
  sprites.addEventListener('change', () => store.set({ showSprites: sprites.checked }));
  size.addEventListener('input', () => store.set({ pointSize: Number(size.value) }));
  const update = () => {
    const s = store.state;
    const cols = s.columns.map((c, i) => ({ value: String(i), label: c.name }));
    setOptions(labelSel, [{ value: '-1', label: '(point index)' }, ...cols], String(s.labelColumn));
    setOptions(colorSel, [{ value: '-1', label: '(none)' }, ...s.columns.map((c, i) => ({
      value: String(i), label: `${c.name} (${c.kind === 'numeric' ? 'numeric' : `${c.distinct} categories`})`,
    }))], String(s.colorColumn));
    labelSel.disabled = colorSel.disabled = s.columns.length === 0;
    sprites.checked = s.showSprites;
    spriteRow.style.display = s.hasSprite ? '' : 'none';
    size.value = String(s.pointSize);
    density.checked = s.showDensity;
    density.disabled = s.is3d;
    densityRow.title = s.is3d ? 'Density contours and clusters are drawn on 2-D layouts only: switch to 2D' : '';
    setOptions(clusterSel, [{ value: '-1', label: '(no labels)' }, ...s.columns.map((c, i) => ({
      value: String(i), label: c.kind === 'numeric' ? `${c.name} (binned)` : c.name,
    }))], String(labelColumnOf(s)));
    clusterRow.style.display = s.showDensity && !s.is3d ? '' : 'none';
  };
  store.subscribe((_s, ch) => {
    if (['columns', 'labelColumn', 'colorColumn', 'showSprites', 'hasSprite', 'pointSize', 'showDensity', 'clusterLabelColumn', 'is3d']
      .some((k) => ch.has(k as never))) update();
  });
  update();
  return h('section', {}, h('h2', {}, 'Display'),
    h('div', { className: 'ep-row' }, h('label', {}, 'Label by'), labelSel),
    h('div', { className: 'ep-row' }, h('label', {}, 'Colour by'), colorSel),
    spriteRow,
    h('div', { className: 'ep-row' }, h('label', {}, 'Point size'), size),
    densityRow, clusterRow,
    createLegend(store));
}
