// The selection: how many points, isolate (only they are drawn and fitted), show all, clear,
// and the first selected points listed (click one to inspect it).
import type { Store } from '../state/store';
import { h } from './dom';
import { button } from './fields';

export function createSelectionPanel(store: Store, labelOf: (i: number) => string): HTMLElement {
  const count = h('div', { className: 'ep-meta', 'data-testid': 'selection-count' });
  const isolate = button('Isolate', 'isolate', () => {
    const sel = store.state.selection;
    if (sel.length) store.set({ isolated: sel });
  }, 'Draw and fit only the selected points');
  const showAll = button('Show all', 'show-all', () => store.set({ isolated: null }));
  const clear = button('Clear', 'clear-selection', () => store.set({ selection: new Int32Array(0), selected: -1 }));
  const list = h('ul', { className: 'ep-results', 'data-testid': 'selection-list' });
  const more = h('div', { className: 'ep-meta' });
  let shown = 50;
  const update = () => {
    const s = store.state;
    const sel = s.selection;
    count.textContent = `${sel.length.toLocaleString('en-US')} selected` +
      (s.isolated ? ` · ${s.isolated.length.toLocaleString('en-US')} of ${s.n.toLocaleString('en-US')} shown` : '');
    count.dataset.count = String(sel.length);
    isolate.disabled = sel.length === 0;
    showAll.disabled = !s.isolated;
    clear.disabled = sel.length === 0;
    list.replaceChildren(...Array.from(sel.subarray(0, shown)).map((i) => h('li', {
      'data-testid': 'selection-item', 'data-index': i, onclick: () => store.set({ selected: i }) }, labelOf(i))));
    more.replaceChildren();
    if (sel.length > shown) {
      more.append(`… and ${(sel.length - shown).toLocaleString('en-US')} more `,
        button('show more', 'selection-more', () => { shown += 500; update(); }));
    }
  };
  store.subscribe((_s, ch) => {
    if (ch.has('selection')) shown = 50;
    if (ch.has('selection') || ch.has('isolated') || ch.has('labelColumn') || ch.has('columns') || ch.has('n')) update();
  });
  update();
  return h('section', { 'data-testid': 'selection-panel' }, h('h2', {}, 'Selection'), count,
    h('div', { className: 'ep-row' }, isolate, showAll, clear),
    h('div', { className: 'ep-meta' }, 'Click, Shift+click adds, Alt+click removes; Box / Lasso (or Ctrl+drag) in the toolbar.'),
    list, more);
}
