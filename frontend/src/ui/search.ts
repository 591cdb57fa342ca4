// Search the metadata: substring (case-insensitive) or /regex/ in one column; matches stay bright,
// the rest fade; the first matches are listed and clicking one selects it.
import type { Store } from '../state/store';
import { h, setOptions } from './dom';
import { matchRows } from '../state/row-match';

export function createSearch(store: Store, labelOf: (i: number) => string): HTMLElement {
  const input = h('input', { type: 'search', placeholder: 'Search… (text or /regex/)', 'data-testid': 'search-input',
    'aria-label': 'Search metadata', className: 'ep-search' });
  const column = h('select', { 'data-testid': 'search-column', 'aria-label': 'Search column' });
  const count = h('div', { className: 'ep-meta', 'data-testid': 'search-count' });
  const list = h('ul', { className: 'ep-results', 'data-testid': 'search-results' });
  let timer = 0;
  let searchCol = 0;
  const run = () => {
    const s = store.state;
    const col = s.columns[searchCol];
    const prev = s.searchMatches;
    const m = col ? matchRows(col.values, input.value) : null;
    // Every match is selected (isolate / tag / export act on it); clearing the search clears that.
    const selection = m ?? (prev && s.selection === prev ? new Int32Array(0) : s.selection);
    store.set({ searchMatches: m, selection: m ?? selection });
  };
  input.addEventListener('input', () => { window.clearTimeout(timer); timer = window.setTimeout(run, 120); });
  column.addEventListener('change', () => { searchCol = Number(column.value); run(); });
  const update = () => {
    const s = store.state;
    setOptions(column, s.columns.map((c, i) => ({ value: String(i), label: c.name })), String(searchCol));
    const m = s.searchMatches;
    count.textContent = m ? `${m.length.toLocaleString('en-US')} match${m.length === 1 ? '' : 'es'}` : '';
    list.replaceChildren(...(m ? Array.from(m.subarray(0, 12)) : []).map((i) => h('li', {
      'data-testid': 'search-result', 'data-index': i, onclick: () => store.set({ selected: i }),
    }, labelOf(i))));
  };
  store.subscribe((s, ch) => {
    if (ch.has('columns')) {
      input.value = '';
      searchCol = Math.max(0, s.labelColumn);
      if (s.searchMatches) store.set({ searchMatches: null });
    }
    if (ch.has('columns') || ch.has('searchMatches') || ch.has('labelColumn')) update();
  });
  update();
  const root = h('section', {}, h('h2', {}, 'Search'),
    h('div', { className: 'ep-row' }, input), h('div', { className: 'ep-row' }, h('label', {}, 'in'), column), count, list);
  store.subscribe((s, ch) => { if (ch.has('columns')) root.style.display = s.columns.length ? '' : 'none'; });
  root.style.display = 'none';
  return root;
}
