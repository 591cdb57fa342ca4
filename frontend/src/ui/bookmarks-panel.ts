// Bookmarks: add (the whole view), rename, load, delete, reorder, previous / next; download and
// upload in TensorBoard's State format; the config's bookmarks_path file loads automatically; save
// into the logdir (needs --embproj_allow_writes). Plus "Copy link".
import { api } from '../data/api';
import { parseBookmarksFile, serializeBookmarks, toState, viewExtrasOf, viewExtrasPatch, type BookmarkView } from '../state/bookmarks';
import { seriesOf } from '../state/series';
import { noticeFrom } from '../state/store';
import { applyView, captureView, waitReady, type ViewBridge } from '../state/view-bridge';
import { currentLink } from '../state/url-sync';
import { h } from './dom';

const CSS = `
.ep-bm-list { list-style: none; margin: 4px 0; padding: 0; max-height: 220px; overflow-y: auto; font-size: 12px; }
.ep-bm-list li { display: flex; align-items: center; gap: 2px; padding: 1px 2px; border-radius: 3px; }
.ep-bm-list li.ep-bm-active { background: var(--ep-border); font-weight: 600; }
.ep-bm-list .ep-bm-name { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; cursor: pointer; }
.ep-bm-list .ep-bm-name:hover { color: var(--ep-accent); }
.ep-bm-list input { flex: 1; min-width: 0; font: inherit; }
.ep-bm-list button, .ep-bm-bar button { padding: 1px 5px; font-size: 12px; }
.ep-bm-bar { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0; }
.ep-bm-msg { font-size: 11px; color: var(--ep-muted); word-break: break-all; }
.ep-bm-msg.ep-bm-err { color: var(--ep-error-fg); }
.ep-bm-link { width: 100%; box-sizing: border-box; font-size: 11px; margin-top: 2px; }
`;

interface Entry { view: BookmarkView }

export function createBookmarksPanel(b: ViewBridge): HTMLElement {
  const store = b.store;
  document.head.appendChild(h('style', {}, CSS));
  const lists = new Map<string, Entry[]>();   // per run + tensor
  const fetched = new Set<string>();
  let active = -1;
  // One list per run + tensor; the steps of a series share theirs (a bookmark records its step).
  const key = () => {
    const s = store.state;
    const series = s.info ? seriesOf(s.info.embeddings, s.tensorName) : null;
    return `${s.run}\u0000${series?.kind === 'tags' ? `tag:${series.tag}` : s.tensorName}`;
  };
  const list = (): Entry[] => { const k = key(); if (!lists.has(k)) lists.set(k, []); return lists.get(k)!; };

  const ul = h('ul', { className: 'ep-bm-list', 'data-testid': 'bookmark-list' });
  const msg = h('div', { className: 'ep-bm-msg', 'data-testid': 'bookmark-message', role: 'status' });
  const btn = (id: string, text: string, title: string) => h('button', { 'data-testid': id, title }, text);
  const add = btn('bookmark-add', '+ Add', 'Bookmark the current view (projection, coordinates, camera, selection, colours)');
  const prev = btn('bookmark-prev', '◀', 'Previous bookmark');
  const next = btn('bookmark-next', '▶', 'Next bookmark');
  const down = btn('bookmark-download', 'Download', "Download as JSON (TensorBoard's bookmark format)");
  const up = btn('bookmark-upload', 'Upload', 'Add bookmarks from a JSON file (ours or TensorBoard\'s)');
  const save = btn('bookmark-save', 'Save to logdir', 'Write the bookmarks beside the projector config');
  const copy = btn('copy-link', 'Copy link', 'Copy a link that reopens this run, tensor and projection');
  const linkField = h('input', { className: 'ep-bm-link', 'data-testid': 'link-url', readonly: true, 'aria-label': 'Link' });
  linkField.style.display = 'none';
  const file = h('input', { type: 'file', accept: '.json,application/json', 'data-testid': 'bookmark-file', style: 'display:none' });
  const hint = h('div', { className: 'ep-bm-msg', 'data-testid': 'bookmark-save-hint' });

  const say = (text: string, error = false) => { msg.textContent = text; msg.classList.toggle('ep-bm-err', error); };

  const load = async (i: number) => {
    const l = list();
    if (i < 0 || i >= l.length) return;
    active = i;
    render();
    try {
      await showStep(l[i].view.step);
      await applyView(b, l[i].view);
      store.set(viewExtrasPatch(l[i].view, store.state));
      say(`Loaded “${l[i].view.label}”.`);
    } catch (err) {
      say((err as Error).message, true);
    }
  };

  /** A bookmark made at another step of the series: switch to it first (no alignment). */
  const showStep = async (step: number | null) => {
    const s = store.state;
    const series = step === null || !s.info ? null : seriesOf(s.info.embeddings, s.tensorName);
    const entry = series?.entries.find((e) => e.step === step);
    if (!series || !entry) return;
    const e = s.info!.embeddings.find((x) => x.tensorName === s.tensorName);
    const current = series.kind === 'checkpoints' ? (s.step !== null && (e?.checkpointSteps ?? []).includes(s.step) ? s.step : e?.step) : e?.step;
    if (current === step) return;
    b.steps.alignNext = false;
    b.steps.keepNextView = true;
    if (entry.fetchStep !== null) store.set({ step: entry.fetchStep });
    else store.set({ tensorName: entry.tensorName, step: null });
    await waitReady(b, 120000, () => store.state.tensorName === entry.tensorName);
  };

  const render = () => {
    const l = list();
    ul.replaceChildren(...l.map((e, i) => {
      const name = h('span', { className: 'ep-bm-name', 'data-testid': 'bookmark-name', title: 'Load this view' }, e.view.label || `Bookmark ${i + 1}`);
      name.addEventListener('click', () => void load(i));
      const rename = h('button', { 'data-testid': 'bookmark-rename', title: 'Rename' }, '✎');
      const li = h('li', { 'data-testid': 'bookmark-item', className: i === active ? 'ep-bm-active' : '' }, name, rename,
        h('button', { 'data-testid': 'bookmark-up', title: 'Move up', disabled: i === 0, onclick: () => move(i, -1) }, '↑'),
        h('button', { 'data-testid': 'bookmark-down', title: 'Move down', disabled: i === l.length - 1, onclick: () => move(i, 1) }, '↓'),
        h('button', { 'data-testid': 'bookmark-delete', title: 'Delete', onclick: () => remove(i) }, '×'));
      rename.addEventListener('click', () => {
        const input = h('input', { value: e.view.label, 'data-testid': 'bookmark-rename-input', 'aria-label': 'Bookmark name' });
        const done = (commit: boolean) => {
          if (commit && input.value.trim()) e.view.label = input.value.trim();
          render();
        };
        input.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') done(true); else if (ev.key === 'Escape') done(false); });
        input.addEventListener('blur', () => done(true));
        name.replaceWith(input);
        input.focus(); input.select();
      });
      return li;
    }));
    const s = store.state;
    const ready = s.n > 0 && !!b.lastLayout() && !s.loading;
    add.disabled = !ready;
    prev.disabled = next.disabled = l.length === 0;
    down.disabled = l.length === 0;
    const writable = !!s.info?.writable;
    save.disabled = !writable || l.length === 0 || !s.tensorName;
    hint.textContent = writable ? '' : 'Saving to the logdir is off: start TensorBoard with --embproj_allow_writes.';
    save.title = writable ? 'Write the bookmarks beside the projector config' : hint.textContent;
  };

  const move = (i: number, by: number) => {
    const l = list(), j = i + by;
    if (j < 0 || j >= l.length) return;
    [l[i], l[j]] = [l[j], l[i]];
    if (active === i) active = j; else if (active === j) active = i;
    render();
  };
  const remove = (i: number) => {
    const l = list();
    l.splice(i, 1);
    if (active === i) active = -1; else if (active > i) active--;
    render();
  };

  add.addEventListener('click', () => {
    const l = list();
    const view = { ...captureView(b, ''), ...viewExtrasOf(store.state) };
    const names: Record<string, string> = { pca: 'PCA', tsne: 't-SNE', umap: 'UMAP', custom: 'Custom', identity: 'Raw dims' };
    view.label = `${l.length + 1}. ${names[view.method] ?? view.method} ${view.is3d ? '3D' : '2D'}${view.step !== null ? ` · step ${view.step}` : ''}` +
      `${view.selected.length ? ` · ${view.selected.length} selected` : ''}`;
    l.push({ view });
    active = l.length - 1;
    say(`Added “${view.label}”.`);
    render();
  });
  prev.addEventListener('click', () => { const l = list(); if (l.length) void load(active <= 0 ? l.length - 1 : active - 1); });
  next.addEventListener('click', () => { const l = list(); if (l.length) void load(active < 0 || active >= l.length - 1 ? 0 : active + 1); });

  down.addEventListener('click', () => {
    const s = store.state;
    const blob = new Blob([serializeBookmarks(list().map((e) => e.view))], { type: 'application/json' });
    const a = h('a', { href: URL.createObjectURL(blob), download: `bookmarks_${(s.tensorName ?? 'embedding').replace(/[^\w.-]+/g, '_')}.json` });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  });
  up.addEventListener('click', () => file.click());
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f) return;
    try {
      const views = parseBookmarksFile(await f.text());
      list().push(...views.map((view) => ({ view })));
      say(`Added ${views.length} bookmark${views.length === 1 ? '' : 's'} from ${f.name}.`);
    } catch (err) {
      say(`${f.name}: ${(err as Error).message}`, true);
    }
    render();
  });

  save.addEventListener('click', async () => {
    const s = store.state;
    if (!s.run || !s.tensorName) return;
    try {
      const path = await api.saveBookmarks(s.run, s.tensorName, list().map((e) => toState(e.view)));
      say(`Saved to ${path}`);
    } catch (err) {
      const n = noticeFrom('error', err);
      say([n.message, n.file, n.hint].filter(Boolean).join(' — '), true);
    }
  });

  copy.addEventListener('click', async () => {
    const url = currentLink(store, b);
    linkField.value = url;
    linkField.style.display = '';
    linkField.select();
    try { await navigator.clipboard.writeText(url); say('Link copied.'); } catch {
      try { document.execCommand('copy'); say('Link copied.'); } catch { say('Copy the link above.'); }
    }
  });

  /** The config's bookmarks file, once per tensor, when the list for it is still empty. */
  const autoload = async () => {
    const s = store.state;
    const k = key();
    const e = s.info?.embeddings.find((x) => x.tensorName === s.tensorName);
    if (!s.run || !e || !e.hasBookmarks || fetched.has(k)) return;
    fetched.add(k);
    try {
      const views = parseBookmarksFile(await api.bookmarks(s.run, e.tensorName));
      if (key() !== k) return;
      if (!list().length) { list().push(...views.map((view) => ({ view }))); active = -1; }
      say(`${views.length} bookmark${views.length === 1 ? '' : 's'} from ${e.bookmarksPath ?? 'the config'}.`);
      render();
    } catch (err) {
      say(`Bookmarks file: ${noticeFrom('error', err).message}`, true);
    }
  };

  store.subscribe((_s, ch) => {
    if (ch.has('run') || ch.has('tensorName')) { active = -1; msg.textContent = ''; }
    if (ch.has('info') || ch.has('tensorName') || ch.has('run')) void autoload();
    if (['info', 'tensorName', 'run', 'n', 'loading', 'computing'].some((x) => ch.has(x as never))) render();
  });
  render();

  // Test hook.
  (window as unknown as { __embprojBookmarks: unknown }).__embprojBookmarks = {
    list: () => list().map((e) => toState(e.view)),
    load: (i: number) => load(i),
  };

  return h('section', { 'data-testid': 'bookmarks-panel' }, h('h2', {}, 'Bookmarks'),
    h('div', { className: 'ep-bm-bar' }, add, prev, next),
    ul,
    h('div', { className: 'ep-bm-bar' }, down, up, save, file),
    hint, msg,
    h('div', { className: 'ep-bm-bar' }, copy), linkField);
}
