// Edit by: tag the selected points with a label in a chosen (or new) metadata column; download
// the edited metadata as TensorBoard's TSV.
import { analyzeColumn } from '../data/columns';
import { tagRows } from '../state/export';
import type { Store } from '../state/store';
import { h, setOptions } from './dom';
import { download, metadataFile } from './export-menu';
import { button } from './fields';

const NEW = '__new__';

export function createEditPanel(store: Store): HTMLElement {
  const column = h('select', { 'data-testid': 'edit-column', 'aria-label': 'Column to edit' });
  const newName = h('input', { type: 'text', className: 'ep-search', 'data-testid': 'edit-new-column', placeholder: 'new column name', value: 'tag' });
  const label = h('input', { type: 'text', className: 'ep-search', 'data-testid': 'edit-label', placeholder: 'label for the selection' });
  const msg = h('div', { className: 'ep-meta', 'data-testid': 'edit-message' });
  let edits = 0;
  const apply = button('Tag selection', 'edit-apply', () => {
    const s = store.state;
    const name = column.value === NEW ? newName.value.trim() : s.columns[Number(column.value)]?.name;
    if (!name) { msg.textContent = 'Name the new column first.'; return; }
    if (!s.selection.length) { msg.textContent = 'Select points first.'; return; }
    const values = tagRows(s.columns, s.n, name, label.value, s.selection);
    const at = s.columns.findIndex((c) => c.name === name);
    const col = analyzeColumn(name, values);
    const columns = at >= 0 ? s.columns.map((c, i) => (i === at ? col : c)) : [...s.columns, col];
    store.set({ columns });
    column.value = String(at >= 0 ? at : columns.length - 1);
    edits++;
    msg.textContent = `"${label.value}" set on ${s.selection.length.toLocaleString('en-US')} points in "${name}".`;
  });
  const dl = button('Download metadata', 'edit-download', () => {
    const s = store.state;
    download(metadataFile(s.columns, s.n), `${s.run ?? 'run'}_${s.tensorName ?? 'tensor'}_metadata${edits ? '_edited' : ''}.tsv`);
  }, 'The metadata with your edits, as a TSV TensorBoard reads');
  const update = () => {
    const s = store.state;
    const cur = column.value;
    setOptions(column, [...s.columns.map((c, i) => ({ value: String(i), label: c.name })), { value: NEW, label: 'New column…' }],
      cur && (cur === NEW || Number(cur) < s.columns.length) ? cur : NEW);
    newName.style.display = column.value === NEW ? '' : 'none';
    apply.disabled = s.selection.length === 0;
    dl.disabled = s.n === 0;
  };
  column.addEventListener('change', update);
  store.subscribe((_s, ch) => { if (ch.has('columns') || ch.has('selection') || ch.has('n')) update(); });
  update();
  return h('section', { 'data-testid': 'edit-panel' }, h('h2', {}, 'Edit by'),
    h('div', { className: 'ep-row' }, h('label', {}, 'Column'), column), h('div', { className: 'ep-row' }, newName),
    h('div', { className: 'ep-row' }, label), h('div', { className: 'ep-row' }, apply, dl), msg);
}
