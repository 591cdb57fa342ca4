// Projection: PCA (top components with % variance, any components on X/Y/Z) or identity (D <= 3);
// spherize; 2D / 3D; and the layouts computed in Python beside the tensor ("from Python: umap").
import { importedLayoutsOf, importedMethod, isImportedMethod, usableImported } from '../state/imported-layouts';
import type { ProjectionMethod, Store } from '../state/store';
import { h, setOptions } from './dom';

export function createProjectionPanel(store: Store): HTMLElement {
  const method = h('select', { 'data-testid': 'method-select', 'aria-label': 'Projection' });
  const sph = h('input', { type: 'checkbox', 'data-testid': 'spherize' });
  const b2 = h('button', { 'data-testid': 'mode-2d' }, '2D');
  const b3 = h('button', { 'data-testid': 'mode-3d' }, '3D');
  const axes = ['X', 'Y', 'Z'].map((a) => h('select', { 'data-testid': `axis-${a.toLowerCase()}`, 'aria-label': a }));
  const table = h('table', { className: 'ep-var', 'data-testid': 'variance-table' });
  const total = h('div', { className: 'ep-meta', 'data-testid': 'variance-total' });
  // Why the imported layouts that cannot be used cannot (the file and what to do).
  const importedProblems = h('div', { className: 'ep-meta', 'data-testid': 'imported-layout-problems' });
  method.addEventListener('change', () => {
    // An imported layout is shown in its own dimensions: 3D for an n x 3 layout, 2D for n x 2.
    const imported = usableImported(store.state, method.value);
    store.set({ method: method.value as ProjectionMethod, dims: [0, 1, 2], ...(imported ? { is3d: imported.dims === 3 } : {}) });
  });
  sph.addEventListener('change', () => store.set({ spherize: sph.checked }));
  b2.addEventListener('click', () => store.set({ is3d: false }));
  b3.addEventListener('click', () => {
    if (store.state.method !== 'custom' && usableImported(store.state, store.state.method)?.dims !== 2) store.set({ is3d: true });
  });
  axes.forEach((sel, a) => sel.addEventListener('change', () => {
    const dims = [...store.state.dims] as [number, number, number];
    dims[a] = Number(sel.value);
    store.set({ dims });
  }));
  const axisRows = axes.map((sel, a) => h('div', { className: 'ep-row' }, h('label', {}, ['X', 'Y', 'Z'][a]), sel));

  const update = () => {
    const s = store.state;
    // A layout the new tensor does not have (or that went bad on reload): back to PCA.
    if (isImportedMethod(s.method) && s.n > 0 && !s.loading && !usableImported(s, s.method)) {
      store.set({ method: 'pca', dims: [0, 1, 2] });
      return;
    }
    const methods = [{ value: 'pca', label: 'PCA' }];
    if (s.d > 0 && s.d <= 3) methods.push({ value: 'identity', label: 'Identity (raw dimensions)' });
    methods.push({ value: 'tsne', label: 't-SNE' }, { value: 'umap', label: 'UMAP' }, { value: 'custom', label: 'Custom axes' });
    const imported = importedLayoutsOf(s);
    for (const l of imported) {
      methods.push({ value: importedMethod(l.name), label: `from Python: ${l.name}${l.error ? ' (cannot be used)' : ` (${l.dims}-D)`}` });
    }
    const importedNow = usableImported(s, s.method);
    const layout = s.method === 'tsne' || s.method === 'umap' || s.method === 'custom' || isImportedMethod(s.method);
    setOptions(method, methods, s.method);
    for (const option of method.options) {
      const l = imported.find((x) => importedMethod(x.name) === option.value);
      option.disabled = !!l?.error;
      option.title = l?.error ? `${l.error.error} (${l.error.file ?? l.file})` : l ? l.file : '';
    }
    // One line each (the notices above hold the hint): what is wrong and which file.
    importedProblems.replaceChildren(...imported.filter((l) => l.error).map((l) => h('div', {
      'data-testid': 'imported-layout-problem', style: 'color:#c5221f;margin:2px 0 6px;overflow-wrap:anywhere', title: l.error!.hint ?? '',
    }, `from Python: ${l.error!.error.replace(`layout "${l.name}": `, `${l.name}: `)} `,
    h('span', { style: 'font-family:ui-monospace,monospace;font-size:11px' }, `(${l.error!.file || l.file})`))));
    sph.checked = s.spherize;
    sph.disabled = !!importedNow;   // a stored layout is drawn as it is
    // Custom axes and 2-D imported layouts are 2D only: 3D is neither highlighted nor clickable then.
    const only2d = s.method === 'custom' || importedNow?.dims === 2;
    b2.classList.toggle('ep-on', !s.is3d || only2d);
    b3.classList.toggle('ep-on', s.is3d && !only2d);
    b3.disabled = only2d;
    b3.title = s.method === 'custom' ? 'Custom axes are 2D' : only2d ? 'This layout is 2D' : '';
    const k = s.method === 'pca' ? (s.variance?.length ?? 0) : s.d;
    const opts = Array.from({ length: k }, (_, i) => ({
      value: String(i),
      label: s.method === 'pca' ? `PC ${i + 1}` + (s.variance ? ` (${(100 * s.variance[i]).toFixed(1)}%)` : '') : `dim ${i}`,
    }));
    axes.forEach((sel, a) => {
      setOptions(sel, opts, String(s.dims[a]));
      sel.disabled = k === 0;
    });
    axisRows.forEach((row, a) => { row.style.display = layout || (a === 2 && !s.is3d) ? 'none' : ''; });
    // After Isolate the projection is the isolated rows' own PCA: show its variance fractions.
    const isoVar = s.isolated && s.isolatedVariance ? s.isolatedVariance : null;
    const variance = isoVar ?? s.variance;
    if (s.method === 'pca' && variance) {
      const used = new Set(s.dims.slice(0, s.is3d ? 3 : 2));
      const max = Math.max(...variance, 1e-12);
      table.replaceChildren(...variance.map((v, i) => h('tr', { className: used.has(i) ? 'ep-used' : '' },
        h('td', {}, `PC ${i + 1}`),
        h('td', { className: 'ep-num', 'data-testid': 'variance-pct' }, `${(100 * v).toFixed(2)}%`),
        h('td', { style: 'width:45%' }, h('div', { className: 'ep-vbar', style: `width:${(100 * v) / max}%` })))));
      const shown = s.dims.slice(0, s.is3d ? 3 : 2).reduce((acc, i) => acc + (variance[i] ?? 0), 0);
      const top = variance.reduce((a, b) => a + b, 0);
      total.textContent = `Shown axes: ${(100 * shown).toFixed(2)}% of variance · top ${variance.length}: ${(100 * top).toFixed(2)}%`
        + (isoVar ? ` · of ${s.isolated!.length.toLocaleString('en-US')} isolated points` : '');
      total.dataset.shown = String(shown);
      total.dataset.top = String(top);
    } else {
      table.replaceChildren();
      total.textContent = s.method === 'identity' ? 'Points at their raw coordinates.'
        : importedNow ? `Computed outside the tab, drawn as stored (${importedNow.file.split(/[\\/]/).pop()}).` : '';
      total.title = importedNow?.file ?? '';
    }
  };
  store.subscribe((_s, ch) => {
    if (['method', 'spherize', 'is3d', 'dims', 'variance', 'isolatedVariance', 'isolated', 'd', 'info', 'tensorName'].some((k) => ch.has(k as never))) update();
  });
  update();
  return h('section', {}, h('h2', {}, 'Projection'),
    h('div', { className: 'ep-row' }, h('label', {}, 'Method'), method), importedProblems,
    h('div', { className: 'ep-row' }, h('label', {}, 'View'), h('span', { className: 'ep-seg' }, b2, b3)),
    h('div', { className: 'ep-row' }, h('label', {}, 'Spherize'), sph,
      h('span', { className: 'ep-meta' }, 'centre + unit length')),
    ...axisRows, table, total);
}
