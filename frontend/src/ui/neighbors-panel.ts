// Nearest neighbours of the selected point: k (up to 1000), metric (cosine / Euclidean) and space
// (original vectors, or spherized = centred and unit length); the full list with distances. The
// app computes them (exactly, over all rows and dims) with these settings.
import { measureSince } from '../compute/timeline';
import { neighborsRow } from '../state/neighbors';
import type { Store } from '../state/store';
import { h } from './dom';
import { numberField } from './fields';

export interface NeighborSettings { k: number | 'auto'; metric: 'auto' | 'cosine' | 'euclidean'; space: 'auto' | 'original' | 'spherized' }

/** What to compute: 'auto' follows the projection's spherize (cosine of centred rows, else Euclidean). */
export function resolveNeighbors(st: NeighborSettings, spherize: boolean, n: number): { k: number; metric: 'cosine' | 'euclidean'; spherized: boolean } {
  const k = st.k === 'auto' ? Math.min(100, Math.max(10, Math.round(n / 20))) : Math.min(1000, Math.max(1, st.k));
  const metric = st.metric === 'auto' ? (spherize ? 'cosine' : 'euclidean') : st.metric;
  const spherized = st.space === 'auto' ? spherize : st.space === 'spherized';
  return { k: Math.min(k, Math.max(0, n - 1)), metric, spherized };
}

export function createNeighborsPanel(store: Store, settings: NeighborSettings, recompute: () => void,
  labelOf: (i: number) => string): HTMLElement {
  const k = numberField('k', 'nn-k', 100, { min: 1, max: 1000, step: 1 }, (v) => { settings.k = v; recompute(); });
  k.input.placeholder = 'auto';
  k.input.value = '';
  const metric = h('select', { 'data-testid': 'nn-metric', 'aria-label': 'Distance' },
    h('option', { value: 'auto' }, 'auto'), h('option', { value: 'cosine' }, 'cosine'), h('option', { value: 'euclidean' }, 'Euclidean'));
  const space = h('select', { 'data-testid': 'nn-space', 'aria-label': 'Space' },
    h('option', { value: 'auto' }, 'auto'), h('option', { value: 'original' }, 'original'), h('option', { value: 'spherized' }, 'spherized'));
  metric.addEventListener('change', () => { settings.metric = metric.value as NeighborSettings['metric']; recompute(); });
  space.addEventListener('change', () => { settings.space = space.value as NeighborSettings['space']; recompute(); });
  const title = h('div', { className: 'ep-meta', 'data-testid': 'nn-title' });
  const list = h('ol', { className: 'ep-nb ep-nb-all', 'data-testid': 'nn-list' });
  const update = () => {
    const started = performance.now();
    const s = store.state;
    // Another row's list (the selected row's is being computed) is not shown under this row's name.
    const ready = s.selected >= 0 && s.neighbors !== null && neighborsRow(s.neighbors, s.selected) === s.selected;
    const nb = ready ? s.neighbors ?? [] : [];
    title.textContent = s.selected < 0 ? 'Click a point.'
      : ready ? `${nb.length} nearest to ${labelOf(s.selected)} (${s.neighborMetric})` : `Nearest to ${labelOf(s.selected)}…`;
    list.replaceChildren(...nb.map((x) => h('li', { 'data-testid': 'nn-item', 'data-index': x.index, 'data-distance': x.distance,
      onclick: () => store.set({ selected: x.index }) },
    h('span', { className: 'ep-lab' }, labelOf(x.index)), h('span', { className: 'ep-cnt' }, x.distance.toPrecision(4)))));
    measureSince('nn-list', started, nb.length);
  };
  store.subscribe((_s, ch) => { if (ch.has('neighbors') || ch.has('selected') || ch.has('labelColumn')) update(); });
  update();
  return h('section', { 'data-testid': 'neighbors-panel' }, h('h2', {}, 'Nearest neighbours'), k.row,
    h('div', { className: 'ep-row' }, h('label', {}, 'Distance'), metric),
    h('div', { className: 'ep-row' }, h('label', {}, 'Space'), space), title, list);
}
