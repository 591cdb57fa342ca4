// Run and tensor choosers (N x D shown in each option).
import { shapeOf } from '../data/api';
import type { Store } from '../state/store';
import { h, setOptions } from './dom';

export function createDataPicker(store: Store): HTMLElement {
  const runSel = h('select', { 'data-testid': 'run-select', 'aria-label': 'Run' });
  const tensorSel = h('select', { 'data-testid': 'tensor-select', 'aria-label': 'Tensor' });
  const meta = h('div', { className: 'ep-meta', 'data-testid': 'tensor-meta' });
  const halves = h('input', { type: 'checkbox', 'data-testid': 'transfer-float16' });
  halves.addEventListener('change', () => store.set({ transfer: halves.checked ? 'float16' : 'float32' }));
  // Run, info and tensor change together: nothing sees the new run with the old run's tensor name.
  runSel.addEventListener('change', () => store.set({ run: runSel.value, info: null, tensorName: null }));
  tensorSel.addEventListener('change', () => store.set({ tensorName: tensorSel.value }));

  const update = () => {
    const s = store.state;
    setOptions(runSel, s.runs.map((r) => ({ value: r, label: r })), s.run ?? '');
    runSel.disabled = s.runs.length <= 1;
    const embs = s.info?.embeddings ?? [];
    setOptions(tensorSel, embs.map((e) => {
      const sh = shapeOf(e);
      const label = `${e.tensorName} (${sh ? `${sh[0]} x ${sh[1]}` : '?'})${e.error ? ' – error' : ''}`;
      return { value: e.tensorName, label };
    }), s.tensorName ?? '');
    tensorSel.disabled = embs.length <= 1;
    const e = embs.find((x) => x.tensorName === s.tensorName);
    if (e) {
      const sh = shapeOf(e);
      const bits = [sh ? `${sh[0].toLocaleString('en-US')} points x ${sh[1]} dims` : '',
        e.dtype ? `dtype ${e.dtype}` : '', e.source ?? '',
        e.hasMetadata ? `${e.metadataColumns ?? '?'} metadata column${e.metadataColumns === 1 ? '' : 's'}` : 'no metadata',
        e.hasSprite ? 'sprite' : ''];
      meta.textContent = bits.filter(Boolean).join(' · ');
    } else meta.textContent = s.runs.length ? '' : 'No runs with embeddings found.';
  };
  store.subscribe((s, ch) => {
    if (ch.has('runs') || ch.has('run') || ch.has('info') || ch.has('tensorName')) update();
    if (ch.has('transfer')) halves.checked = s.transfer === 'float16';
  });
  update();
  return h('section', {}, h('h2', {}, 'Data'),
    h('div', { className: 'ep-row' }, h('label', {}, 'Run'), runSel),
    h('div', { className: 'ep-row' }, h('label', {}, 'Tensor'), tensorSel), meta,
    h('label', { className: 'ep-meta', title: 'Half the bytes to download; values keep about 3 significant digits.' },
      halves, ' download as float16 (half the bytes)'));
}
