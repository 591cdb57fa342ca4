// UMAP settings and run control (shown when the projection method is UMAP).
import type { Layouts } from '../state/layouts';
import type { Store } from '../state/store';
import { h } from './dom';
import { button, numberField } from './fields';
import { threadsNote } from './threads-note';
import { PhaseClock } from './phase-clock';

export function createUmapPanel(store: Store, layouts: Layouts): HTMLElement {
  const u = layouts.umap;
  const nb = numberField('Neighbours', 'umap-neighbors', u.nNeighbors, { min: 2, max: 200, step: 1 }, (v) => { u.nNeighbors = v; });
  const md = numberField('Min dist', 'umap-min-dist', u.minDist, { min: 0, max: 10, step: 0.01 }, (v) => { u.minDist = v; });
  const sp = numberField('Spread', 'umap-spread', u.spread, { min: 0.01, max: 20, step: 0.1 }, (v) => { u.spread = v; });
  const ep = numberField('Epochs', 'umap-epochs', u.nEpochs, { min: 0, max: 5000, step: 10 }, (v) => { u.nEpochs = v; });
  const sd = numberField('Seed', 'umap-seed', u.seed, { min: 0, step: 1 }, (v) => { u.seed = v; });
  const metric = h('select', { 'data-testid': 'umap-metric', 'aria-label': 'Metric' },
    h('option', { value: 'euclidean' }, 'Euclidean'), h('option', { value: 'cosine' }, 'Cosine'));
  metric.addEventListener('change', () => { u.metric = metric.value as 'euclidean' | 'cosine'; });
  const status = h('div', { className: 'ep-meta', 'data-testid': 'umap-status' });
  const run = button('Run', 'umap-run', () => void layouts.runUmap(), 'Run UMAP on all (or the isolated) points');
  const stop = button('Stop', 'umap-stop', () => layouts.stopUmap());
  let seen = 0;
  const clock = new PhaseClock(() => update());
  const update = () => {
    if (seen !== layouts.settingsVersion) {
      seen = layouts.settingsVersion;
      nb.input.value = String(u.nNeighbors); md.input.value = String(u.minDist); sp.input.value = String(u.spread);
      ep.input.value = String(u.nEpochs); sd.input.value = String(u.seed); metric.value = u.metric;
    }
    const st = layouts.status.umap;
    if (st.state !== 'initializing') clock.seconds(false);
    status.dataset.state = st.state;
    status.dataset.epoch = String(st.iteration);
    status.textContent = st.state === 'idle' ? 'Not run yet.'
      : st.state === 'initializing' && st.sample > 0
        ? `Sample of ${st.sample.toLocaleString('en-US')} points · all ${st.points.toLocaleString('en-US')}: neighbours ${Math.round(100 * st.progress)}% · ${clock.seconds(true)} s`
      : st.state === 'initializing' ? `Neighbours and initial layout… ${Math.round(100 * st.progress)}% · ${clock.seconds(true)} s`
        : st.state === 'error' ? `Failed: ${st.error}`
          : st.state === 'stopped' && st.total === 0 ? 'Stopped before the first epoch · ready to run again.'
          : `Epoch ${st.iteration} / ${st.total} · ${st.points.toLocaleString('en-US')} points${st.state === 'done' ? ' · done' : st.state === 'stopped' ? ' · stopped' : ''}${threadsNote(st.threads)}`;
    stop.disabled = !(st.state === 'running' || st.state === 'initializing');
  };
  layouts.onChange(update);
  update();
  const root = h('div', { 'data-testid': 'umap-panel', className: 'ep-method-panel' },
    nb.row, md.row, sp.row, ep.row, sd.row, h('div', { className: 'ep-row' }, h('label', {}, 'Metric'), metric),
    h('div', { className: 'ep-meta' }, 'Epochs 0 = automatic (500 up to 10,000 points, else 200).'),
    h('div', { className: 'ep-row' }, run, stop), status);
  const show = () => { root.style.display = store.state.method === 'umap' ? '' : 'none'; };
  store.subscribe((_s, ch) => { if (ch.has('method')) show(); });
  show();
  return root;
}
