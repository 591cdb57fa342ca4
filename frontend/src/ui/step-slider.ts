// Training steps: a slider over the steps of the shown tensor's series (same tag at several steps,
// or one variable in several checkpoints). Switching keeps the camera, aligns the new layout onto
// the current one (Procrustes), animates, and can highlight the points that moved most.
import { currentIndex, seriesOf, type Series } from '../state/series';
import type { ViewBridge } from '../state/view-bridge';
import { h } from './dom';

export function createStepSlider(b: ViewBridge): HTMLElement {
  const store = b.store;
  const slider = h('input', { type: 'range', min: '0', max: '0', step: '1', 'data-testid': 'step-slider', 'aria-label': 'Step' });
  const label = h('span', { className: 'ep-meta', 'data-testid': 'step-label' });
  const prev = h('button', { 'data-testid': 'step-prev', title: 'Previous step' }, '◀');
  const next = h('button', { 'data-testid': 'step-next', title: 'Next step' }, '▶');
  const play = h('button', { 'data-testid': 'step-play', title: 'Play through the steps' }, 'Play');
  const align = h('input', { type: 'checkbox', 'data-testid': 'step-align', checked: true });
  const animate = h('input', { type: 'checkbox', 'data-testid': 'step-animate', checked: true });
  const highlight = h('input', { type: 'checkbox', 'data-testid': 'step-highlight' });
  const pct = h('input', { type: 'number', min: '1', max: '100', value: '10', 'data-testid': 'step-highlight-pct',
    'aria-label': 'Percent of points', style: 'width:4em' });
  const moved = h('div', { className: 'ep-meta', 'data-testid': 'step-moved' });
  const root = h('section', { 'data-testid': 'steps-panel' }, h('h2', {}, 'Training steps'),
    h('div', { className: 'ep-row' }, prev, slider, next),
    h('div', { className: 'ep-row' }, label, play),
    h('div', { className: 'ep-row' }, h('label', {}, 'Align'), align, h('span', { className: 'ep-meta' }, 'Procrustes onto the previous step')),
    h('div', { className: 'ep-row' }, h('label', {}, 'Animate'), animate),
    h('div', { className: 'ep-row' }, h('label', {}, 'Moved'), highlight, h('span', { className: 'ep-meta' }, 'top'), pct,
      h('span', { className: 'ep-meta' }, '%')),
    moved);
  root.style.display = 'none';
  let series: Series | null = null;
  let playing = 0;

  const fetchStepOf = () => store.state.step;
  const index = () => {
    if (!series) return -1;
    const e = store.state.info?.embeddings.find((x) => x.tensorName === store.state.tensorName);
    return currentIndex(series, store.state.tensorName, fetchStepOf(), e?.step ?? null);
  };
  const go = (i: number) => {
    if (!series || i < 0 || i >= series.entries.length || i === index()) return;
    b.steps.align = align.checked;
    b.steps.animate = animate.checked;
    b.stepTo(series.entries[i]);
    update();
  };
  const updateMoved = () => {
    const frac = Math.min(100, Math.max(1, Number(pct.value) || 10)) / 100;
    const rows = highlight.checked ? b.steps.topMoved(frac) : null;
    store.set({ movedPoints: rows });
    const disp = b.steps.displacement;
    if (!disp) { moved.textContent = ''; return; }
    let mean = 0, max = 0;
    for (const x of disp) { mean += x; if (x > max) max = x; }
    mean /= disp.length || 1;
    moved.textContent = `Since the previous step: mean move ${(mean * 100).toFixed(1)}%, max ${(max * 100).toFixed(1)}% of the view${rows ? ` · ${rows.length} highlighted` : ''}`;
  };
  const update = () => {
    const s = store.state;
    series = s.info ? seriesOf(s.info.embeddings, s.tensorName) : null;
    root.style.display = series ? '' : 'none';
    if (!series) { stopPlay(); return; }
    const i = index();
    slider.max = String(series.entries.length - 1);
    slider.value = String(i);
    label.textContent = `Step ${series.entries[i]?.step ?? '?'} (${i + 1} of ${series.entries.length}) · ${series.kind === 'checkpoints' ? 'checkpoints' : `tag ${series.tag}`}`;
    label.dataset.step = String(series.entries[i]?.step ?? '');
    prev.disabled = i <= 0;
    next.disabled = i >= series.entries.length - 1;
  };
  const stopPlay = () => { if (playing) clearInterval(playing); playing = 0; play.textContent = 'Play'; };

  slider.addEventListener('input', () => go(Number(slider.value)));
  prev.addEventListener('click', () => go(index() - 1));
  next.addEventListener('click', () => go(index() + 1));
  play.addEventListener('click', () => {
    if (playing) { stopPlay(); return; }
    play.textContent = 'Stop';
    if (series && index() >= series.entries.length - 1) go(0);
    playing = window.setInterval(() => {
      const s = store.state;
      if (s.loading || s.computing || b.steps.animating) return;
      if (!series || index() >= series.entries.length - 1) { stopPlay(); return; }
      go(index() + 1);
    }, 600);
  });
  align.addEventListener('change', () => { b.steps.align = align.checked; });
  animate.addEventListener('change', () => { b.steps.animate = animate.checked; });
  highlight.addEventListener('change', updateMoved);
  pct.addEventListener('change', updateMoved);
  b.steps.onDisplacement = () => updateMoved();
  store.subscribe((_s, ch) => {
    if (ch.has('info') || ch.has('tensorName') || ch.has('step')) update();
  });
  update();
  return root;
}
