// The Compare panel: pick side B (run, tensor, step), how rows pair (order or a key column), k and
// the metric; then the display (side by side / overlay, colour by neighbourhood change), what was
// paired, the mean overlap and the points whose neighbours changed most (a click selects one).
import type { EmbeddingInfo, RunInfo } from '../data/api';
import type { CompareResult, CompareStatus } from '../state/compare-session';
import { seriesOf } from '../state/series';
import { COMPARE_DEFAULTS, type CompareSpec, type Store } from '../state/store';
import { h, setOptions } from './dom';

export interface CompareSessionView {
  status: CompareStatus; message: string; progress: number; result: CompareResult | null;
}

export interface ComparePanelHost {
  store: Store;
  /** The comparison running or done (null: none). */
  session(): CompareSessionView | null;
  infoOf(run: string): Promise<RunInfo>;
  labelOf(row: number): string;
}

/** Entries of the ranked list shown. */
const LISTED = 20;

/** A (tensor, step) choice as one option value. */
const choiceValue = (tensor: string, step: number | null, layout: string | null = null) => JSON.stringify(layout ? [tensor, step, layout] : [tensor, step]);

function choicesOf(info: RunInfo): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  for (const e of info.embeddings as EmbeddingInfo[]) {
    if (e.error) continue;
    const steps = (e.checkpointSteps ?? []).filter((s) => Number.isInteger(s));
    const shape = e.shape ? ` (${e.shape.join(' x ')})` : '';
    if (steps.length >= 2) for (const s of steps) out.push({ value: choiceValue(e.tensorName, s), label: `${e.tensorName} @ step ${s}${shape}` });
    else out.push({ value: choiceValue(e.tensorName, null), label: `${e.tensorName}${shape}` });
    // Its layouts computed in Python (state/imported-layouts.ts) instead of PCA like A's.
    for (const p of e.projections ?? []) if (!p.error) out.push({ value: choiceValue(e.tensorName, null, p.name), label: `${e.tensorName}: from Python: ${p.name}` });
  }
  return out;
}

/** Side B by default: the previous step of the shown tensor's series, else the shown tensor itself. */
function defaultChoice(store: Store): string | null {
  const s = store.state;
  if (!s.info || !s.tensorName) return null;
  const series = seriesOf(s.info.embeddings, s.tensorName);
  if (series) {
    const e = s.info.embeddings.find((x) => x.tensorName === s.tensorName);
    const cur = series.kind === 'checkpoints' ? (s.step ?? e?.step ?? null) : null;
    const i = series.entries.findIndex((x) => (series.kind === 'checkpoints' ? x.step === cur : x.tensorName === s.tensorName));
    const other = series.entries[i > 0 ? i - 1 : Math.min(1, series.entries.length - 1)];
    if (other) return choiceValue(other.tensorName, other.fetchStep);
  }
  return choiceValue(s.tensorName, null);
}

export function createComparePanel(host: ComparePanelHost): HTMLElement & { updateResult(): void } {
  const { store } = host;
  const runSel = h('select', { 'data-testid': 'compare-run', 'aria-label': 'Side B run' });
  const tensorSel = h('select', { 'data-testid': 'compare-tensor', 'aria-label': 'Side B tensor and step' });
  const keySel = h('select', { 'data-testid': 'compare-key', 'aria-label': 'Pair rows by' });
  const kInput = h('input', { type: 'number', min: '1', max: '100', value: String(COMPARE_DEFAULTS.k), 'data-testid': 'compare-k',
    'aria-label': 'Neighbours compared', style: 'width:4em' });
  const metricSel = h('select', { 'data-testid': 'compare-metric', 'aria-label': 'Metric' });
  setOptions(metricSel, [{ value: 'euclidean', label: 'euclidean' }, { value: 'cosine', label: 'cosine' }], COMPARE_DEFAULTS.metric);
  const start = h('button', { 'data-testid': 'compare-start' }, 'Compare');
  const stop = h('button', { 'data-testid': 'compare-stop' }, 'Stop comparing');
  const modeSel = h('select', { 'data-testid': 'compare-mode', 'aria-label': 'Compare display' });
  setOptions(modeSel, [{ value: 'side', label: 'side by side' }, { value: 'overlay', label: 'overlay (A → B lines)' }], COMPARE_DEFAULTS.mode);
  const colorBox = h('input', { type: 'checkbox', 'data-testid': 'compare-color', checked: COMPARE_DEFAULTS.color });
  const status = h('div', { className: 'ep-meta', 'data-testid': 'compare-status' });
  const summary = h('div', { className: 'ep-meta', 'data-testid': 'compare-summary' });
  const overlap = h('div', { 'data-testid': 'compare-overlap', className: 'ep-compare-overlap' });
  const list = h('ol', { className: 'ep-results', 'data-testid': 'compare-ranked' });
  const settings = h('div', {},
    h('div', { className: 'ep-row' }, h('label', {}, 'B: run'), runSel),
    h('div', { className: 'ep-row' }, h('label', {}, 'tensor'), tensorSel),
    h('div', { className: 'ep-row' }, h('label', {}, 'Pair rows'), keySel),
    h('div', { className: 'ep-row' }, h('label', {}, 'Neighbours'), kInput, metricSel));
  const display = h('div', {},
    h('div', { className: 'ep-row' }, h('label', {}, 'Show'), modeSel),
    h('div', { className: 'ep-row' }, h('label', {}, colorBox, ' Colour by neighbourhood change')),
    h('div', { className: 'ep-meta' }, 'Legend: 0 = the same k neighbours in A and B, 1 = none shared; grey: unpaired.'),
    status, overlap, summary,
    h('div', { className: 'ep-meta' }, 'Neighbours changed most (click to select):'), list);
  const root = h('section', { 'data-testid': 'compare-panel' }, h('h2', {}, 'Compare embeddings'),
    settings, h('div', { className: 'ep-row' }, start, stop), display);

  let runInfo: { run: string; info: RunInfo } | null = null;
  let picked: string | null = null;   // the tensor choice made by hand for this run
  let runPicked: string | null = null;   // side B's run chosen by hand (else A's run)

  const loadRunChoices = async (run: string) => {
    if (runInfo?.run === run) return;
    const s = store.state;
    const info = run === s.run && s.info ? s.info : await host.infoOf(run).catch(() => null);
    if (!info || runSel.value !== run) return;
    runInfo = { run, info };
    picked = null;
    updateSettings();
  };

  const specFromInputs = (): CompareSpec | null => {
    if (!runInfo || !tensorSel.value) return null;
    const [tensor, step, layout] = JSON.parse(tensorSel.value) as [string, number | null, string?];
    const cur = store.state.compare;
    return {
      run: runInfo.run, tensor, step, key: keySel.value === '' ? null : keySel.value,
      k: Math.max(1, Math.min(100, Math.round(Number(kInput.value) || COMPARE_DEFAULTS.k))),
      metric: metricSel.value === 'cosine' ? 'cosine' : 'euclidean',
      mode: cur?.mode ?? (modeSel.value === 'overlay' ? 'overlay' : 'side'), color: cur?.color ?? colorBox.checked,
      ...(layout ? { layout } : {}),
    };
  };

  function updateSettings() {
    const s = store.state;
    const cmp = s.compare;
    const run = cmp?.run ?? runPicked ?? s.run ?? '';
    setOptions(runSel, s.runs.map((r) => ({ value: r, label: r })), run);
    if (run && runInfo?.run !== run) void loadRunChoices(run);
    const choices = runInfo ? choicesOf(runInfo.info) : [];
    const want = cmp ? choiceValue(cmp.tensor, cmp.step, cmp.layout ?? null) : picked ?? (runInfo?.run === s.run ? defaultChoice(store) : null) ?? choices[0]?.value ?? '';
    if (cmp && !choices.some((c) => c.value === want)) choices.push({ value: want, label: `${cmp.tensor}${cmp.step !== null ? ` @ step ${cmp.step}` : ''}` });
    setOptions(tensorSel, choices, want);
    const keys = s.columns.map((c) => ({ value: c.name, label: `key: ${c.name}` }));
    const key = cmp ? cmp.key ?? '' : keySel.value;
    if (key && !keys.some((k) => k.value === key)) keys.push({ value: key, label: `key: ${key}` });
    setOptions(keySel, [{ value: '', label: 'by order (same rows)' }, ...keys], key);
    if (cmp) { kInput.value = String(cmp.k); metricSel.value = cmp.metric; modeSel.value = cmp.mode; colorBox.checked = cmp.color; }
    start.textContent = cmp ? 'Compare again' : 'Compare';
    stop.style.display = cmp ? '' : 'none';
    display.style.display = cmp ? '' : 'none';
    root.style.display = s.n > 0 || cmp ? '' : 'none';
  }

  const updateResult = () => {
    const session = host.session();
    const r = session?.result ?? null;
    status.dataset.status = session?.status ?? 'off';
    status.textContent = !session ? '' : session.status === 'error' ? `Cannot compare: ${session.message}`
      : session.status === 'ready' ? '' : `${session.message}${session.progress > 0 ? ` ${Math.round(100 * session.progress)}%` : ''}`;
    status.classList.toggle('ep-error-text', session?.status === 'error');
    if (!r) { summary.textContent = ''; overlap.textContent = ''; list.replaceChildren(); return; }
    const p = r.pairing;
    const parts = [`B: ${r.label} (${r.nB.toLocaleString('en-US')} x ${r.dB})`,
      `${p.matched.length.toLocaleString('en-US')} rows paired ${p.by === 'key' ? `by ${r.spec.key}` : 'by order'}`];
    if (p.unmatchedA || p.unmatchedB) parts.push(`unpaired: ${p.unmatchedA.toLocaleString('en-US')} in A, ${p.unmatchedB.toLocaleString('en-US')} in B (not drawn in B, left out of the neighbours)`);
    if (p.duplicates) parts.push(`${p.duplicates.toLocaleString('en-US')} rows share a key with another row of their side (not paired)`);
    parts.push(`B layout: ${r.layoutNote}`);
    if (r.exact !== null) parts.push(`neighbours: ${r.exact ? 'exact' : 'approximate search (forest + NN-descent)'}, ${r.spec.metric}`);
    summary.replaceChildren(...parts.map((t) => h('div', {}, t)));
    summary.dataset.paired = String(p.matched.length);
    summary.dataset.unpairedA = String(p.unmatchedA);
    summary.dataset.unpairedB = String(p.unmatchedB);
    if (r.meanOverlap !== null) {
      overlap.textContent = `Mean neighbour overlap (Jaccard, k = ${r.spec.k}): ${r.meanOverlap.toFixed(3)}`;
      overlap.dataset.value = String(r.meanOverlap);
    } else overlap.textContent = '';
    const ranked = r.ranked && r.change ? Array.from(r.ranked.subarray(0, LISTED)) : [];
    list.replaceChildren(...ranked.map((row) => h('li', {
      'data-testid': 'compare-ranked-entry', 'data-index': row, 'data-change': r.change![row],
      title: 'Select this point', onclick: () => store.set({ selected: row, selection: Int32Array.of(row) }),
    }, `${host.labelOf(row)} — ${(r.change![row] * 100).toFixed(0)}% changed`)));
  };

  runSel.addEventListener('change', () => { runPicked = runSel.value; runInfo = null; picked = null; void loadRunChoices(runSel.value); });
  tensorSel.addEventListener('change', () => { picked = tensorSel.value; });
  start.addEventListener('click', () => { const spec = specFromInputs(); if (spec) store.set({ compare: spec }); });
  stop.addEventListener('click', () => store.set({ compare: null }));
  modeSel.addEventListener('change', () => {
    const cmp = store.state.compare;
    if (cmp) store.set({ compare: { ...cmp, mode: modeSel.value === 'overlay' ? 'overlay' : 'side' } });
  });
  colorBox.addEventListener('change', () => {
    const cmp = store.state.compare;
    if (cmp) store.set({ compare: { ...cmp, color: colorBox.checked } });
  });
  store.subscribe((_s, ch) => {
    if (ch.has('runs') || ch.has('run') || ch.has('info') || ch.has('tensorName') || ch.has('step') || ch.has('columns') || ch.has('compare') || ch.has('n')) updateSettings();
  });
  updateSettings();
  return Object.assign(root, { updateResult });
}
