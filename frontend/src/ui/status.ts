// Progress bar (bytes loaded) and notices (API errors and warnings, naming the file).
import type { Notice, Store } from '../state/store';
import { formatBytes, h } from './dom';

export function renderNotice(n: Notice): HTMLElement {
  return h('div', { className: `ep-notice ep-${n.level}`, role: n.level === 'error' ? 'alert' : 'status',
    'data-testid': `notice-${n.level}` },
  h('div', {}, n.message),
  n.file ? h('div', { className: 'ep-file' }, n.file) : null,
  n.hint ? h('div', { className: 'ep-hint' }, n.hint) : null);
}

export function createStatus(store: Store): HTMLElement {
  const label = h('div', { className: 'ep-meta', 'data-testid': 'progress-label' });
  const fill = h('div', { className: 'ep-fill' });
  const progress = h('div', { className: 'ep-progress', 'data-testid': 'progress' }, label,
    h('div', { className: 'ep-bar' }, fill));
  const notices = h('div', { 'data-testid': 'notices' });
  const root = h('section', {}, progress, notices);
  const update = (ch?: Set<string>) => {
    const s = store.state;
    if (!ch || ch.has('loading') || ch.has('computing')) {
      const l = s.loading;
      progress.style.display = l || s.computing ? '' : 'none';
      if (l) {
        const pct = l.total ? Math.min(100, (100 * l.loaded) / l.total) : null;
        label.textContent = `${l.label}: ${formatBytes(l.loaded)}${l.total ? ` of ${formatBytes(l.total)}` : ''}`;
        fill.classList.toggle('ep-indet', pct === null);
        fill.style.width = pct === null ? '' : `${pct}%`;
      } else if (s.computing) {
        label.textContent = s.computing;
        fill.classList.add('ep-indet');
      }
    }
    if (!ch || ch.has('notices')) notices.replaceChildren(...s.notices.map(renderNotice));
  };
  store.subscribe((_s, ch) => update(ch as Set<string>));
  update();
  return root;
}
