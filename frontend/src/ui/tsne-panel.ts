// t-SNE settings and run control (shown when the projection method is t-SNE): perplexity, learning
// rate, max iterations, seed, supervision by a label column (ignored label, weight), pause/resume,
// perturb, stop (in every phase: the neighbour graph's build too), re-run, a live iteration counter.
import type { Layouts } from '../state/layouts';
import type { Store } from '../state/store';
import { h, setOptions } from './dom';
import { button, numberField } from './fields';
import { PhaseClock } from './phase-clock';
import { threadsNote } from './threads-note';

export function createTsnePanel(store: Store, layouts: Layouts): HTMLElement {
  const t = layouts.tsne;
  const px = numberField('Perplexity', 'tsne-perplexity', t.perplexity, { min: 2, max: 100, step: 1 }, (v) => { t.perplexity = v; });
  const lr = h('input', { type: 'text', 'data-testid': 'tsne-learning-rate', 'aria-label': 'Learning rate', value: 'auto', className: 'ep-num-in' });
  lr.addEventListener('change', () => {
    const v = Number(lr.value);
    t.learningRate = lr.value.trim() === '' || lr.value.trim() === 'auto' || !(v > 0) ? 'auto' : v;
    lr.value = String(t.learningRate);
  });
  const mi = numberField('Max iter.', 'tsne-max-iterations', t.maxIterations, { min: 1, max: 100000, step: 50 }, (v) => layouts.setTsneMaxIterations(v));
  const sd = numberField('Seed', 'tsne-seed', t.seed, { min: 0, step: 1 }, (v) => { t.seed = v; });
  const sup = h('select', { 'data-testid': 'tsne-supervise', 'aria-label': 'Supervise with' });
  sup.addEventListener('change', () => { t.superviseColumn = Number(sup.value); });
  const ign = h('input', { type: 'text', 'data-testid': 'tsne-ignored-label', 'aria-label': 'Ignored label', placeholder: 'e.g. unknown', className: 'ep-num-in' });
  ign.addEventListener('change', () => { t.ignoredLabel = ign.value; });
  const wt = numberField('Weight', 'tsne-supervise-weight', t.superviseWeight, { min: 0, max: 1, step: 0.05 }, (v) => { t.superviseWeight = v; });
  const counter = h('span', { 'data-testid': 'tsne-iteration', className: 'ep-counter' }, '0');
  const status = h('div', { className: 'ep-meta', 'data-testid': 'tsne-status' });
  const rerun = button('Re-run', 'tsne-rerun', () => void layouts.runTsne(), 'Start again from the seed');
  const pause = button('Pause', 'tsne-pause', () => {
    if (layouts.status.tsne.state === 'paused') layouts.resumeTsne(); else layouts.pauseTsne();
  });
  const perturb = button('Perturb', 'tsne-perturb', () => layouts.perturbTsne(), 'Shake the layout a little and keep going');
  const stop = button('Stop', 'tsne-stop', () => layouts.stopTsne(), 'End the run here (also while it finds neighbours)');
  let seen = 0;
  const clock = new PhaseClock(() => update());
  const update = () => {
    if (seen !== layouts.settingsVersion) {
      seen = layouts.settingsVersion;
      px.input.value = String(t.perplexity); lr.value = String(t.learningRate); mi.input.value = String(t.maxIterations);
      sd.input.value = String(t.seed); wt.input.value = String(t.superviseWeight); ign.value = t.ignoredLabel;
      sup.value = String(t.superviseColumn);
    }
    const st = layouts.status.tsne;
    if (st.state !== 'initializing') clock.seconds(false);
    counter.textContent = String(st.iteration);
    counter.dataset.iteration = String(st.iteration);
    status.dataset.state = st.state;
    status.textContent = st.state === 'idle' ? 'Not run yet.'
      : st.state === 'initializing' && st.sample > 0
        ? `Sample of ${st.sample.toLocaleString('en-US')} points · all ${st.points.toLocaleString('en-US')}: neighbours ${Math.round(100 * st.progress)}% · ${clock.seconds(true)} s`
      : st.state === 'initializing' ? `Neighbours and affinities… ${Math.round(100 * st.progress)}% · ${clock.seconds(true)} s`
        : st.state === 'error' ? `Failed: ${st.error}`
          : `${st.points.toLocaleString('en-US')} points · ${st.state}${st.converged ? ' (converged)' : ''}${threadsNote(st.threads)}`;
    pause.textContent = st.state === 'paused' ? 'Resume' : 'Pause';
    pause.disabled = !(st.state === 'running' || st.state === 'paused');
    perturb.disabled = !(st.state === 'running' || st.state === 'paused');
    stop.disabled = !(st.state === 'initializing' || st.state === 'running' || st.state === 'paused');
  };
  layouts.onChange(update);
  update();
  const updateColumns = () => {
    const s = store.state;
    if (t.superviseColumn >= s.columns.length) t.superviseColumn = -1;
    setOptions(sup, [{ value: '-1', label: 'none' }, ...s.columns.map((c, i) => ({ value: String(i), label: c.name }))], String(t.superviseColumn));
  };
  const root = h('div', { 'data-testid': 'tsne-panel', className: 'ep-method-panel' },
    px.row, h('div', { className: 'ep-row' }, h('label', {}, 'Learn. rate'), lr), mi.row, sd.row,
    h('div', { className: 'ep-row' }, h('label', {}, 'Supervise'), sup),
    h('div', { className: 'ep-row' }, h('label', {}, 'Ignore'), ign), wt.row,
    h('div', { className: 'ep-row' }, h('label', {}, 'Iteration'), counter),
    h('div', { className: 'ep-row' }, pause, stop, perturb, rerun), status);
  const show = () => { root.style.display = store.state.method === 'tsne' ? '' : 'none'; };
  store.subscribe((_s, ch) => { if (ch.has('method')) show(); if (ch.has('columns')) updateColumns(); });
  show();
  updateColumns();
  return root;
}
