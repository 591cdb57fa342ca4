// "Compare two embeddings" wired into the tab: the Compare panel, the comparison (state/compare-session.ts)
// started whenever the store's `compare` names one and side A is drawn, and its display:
//  - side by side: a second plot of B's layout (aligned onto A's, fitted with A's fit, drawn in A's
//    row numbering so hover, selection, search and colours are the same rows), cameras linked;
//  - overlay: lines from each point's A position to its aligned B position, under A's points;
//  - colour by neighbourhood change (a numeric legend), the ranked list, the mean overlap.
// app.ts calls attachCompare() once, passes colours through pointColors() and calls placed() after
// each layout is drawn.
import { api, type RunInfo } from './data/api';
import type { ColumnInfo } from './data/columns';
import { HIDDEN_Z, unitCubeFit } from './compute/placement';
import { hexToRgb } from './render/colors';
import { pointColors as basePointColors } from './render/point-colors';
import { Scatter } from './render/scatter';
import type { SpriteAtlas } from './render/sprites';
import { MOVING_SEGMENTS } from './render/segments';
import { CompareSession, type CompareSideA } from './state/compare-session';
import type { AppState, CompareSpec, Store } from './state/store';
import { createComparePanel } from './ui/compare-panel';
import { COMPARE_CSS } from './ui/compare-styles';
import { h } from './ui/dom';
import { importedLayoutOfB } from './state/imported-layouts';
import type { LoadedRows } from './state/projection';

export interface CompareHost {
  store: Store;
  scatter: Scatter;
  plot: HTMLElement;
  main: HTMLElement;
  side: HTMLElement;
  getData(): LoadedRows | null;
  lastLayout(): { coords: Float32Array; k: number; axes: string[] } | null;
  labelOf(row: number): string;
  /** Re-colours the plot (app.ts recolor()). */
  recolor(): void;
  pointSize(): number;
  /** The plot's tooltip (label and thumbnail), shown for a point hovered in B's plot too. */
  tooltip?: { show(x: number, y: number, text: string, atlas: SpriteAtlas | null, i: number): void; hide(): void };
  atlas?(): SpriteAtlas | null;
}

/** The name of the neighbourhood-change colour scale (a numeric legend). */
export const CHANGE_COLUMN = 'neighbourhood change (1 − Jaccard)';
/** Overlay lines drawn at most (the rows that moved most): more is a grey fog. */
export const MAX_LINES = 200_000;

const dataKeys: (keyof CompareSpec)[] = ['run', 'tensor', 'step', 'key', 'k', 'metric', 'layout'];
const sameData = (a: CompareSpec | null, b: CompareSpec | null) => !!a && !!b && dataKeys.every((k) => a[k] === b[k]);

export function attachCompare(host: CompareHost) {
  const { store, scatter, plot, main } = host;
  document.head.appendChild(h('style', {}, COMPARE_CSS));
  const plotB = h('div', { className: 'ep-plot ep-plot-b', 'data-testid': 'compare-plot-b' });
  const captionA = h('div', { className: 'ep-compare-caption', 'data-testid': 'compare-caption-a' });
  const captionB = h('div', { className: 'ep-compare-caption', 'data-testid': 'compare-caption-b' });
  plotB.append(captionB);
  let scatterB: Scatter | null = null;
  let session: CompareSession | null = null;
  let sessionData: unknown = null;        // side A's data the session compares
  let positionsB: Float32Array | null = null;
  let drawnLines = 0;
  let linking = false;
  let colours: Float32Array | null = null;
  const timings = { startedAt: 0, firstFrameMs: 0, readyMs: 0 };
  const infoCache = new Map<string, Promise<RunInfo>>();
  const infoOf = (run: string) => {
    if (run === store.state.run && store.state.info) return Promise.resolve(store.state.info);
    if (!infoCache.has(run)) infoCache.set(run, api.info(run).catch((e) => { infoCache.delete(run); throw e; }));
    return infoCache.get(run)!;
  };

  const panel = createComparePanel({ store, session: () => session, infoOf, labelOf: host.labelOf });
  host.side.append(panel);

  const ensureScatterB = () => {
    if (scatterB) return scatterB;
    const b = (scatterB = new Scatter(plotB));
    b.setTheme(store.state.dark ? '#1b1c1e' : '#ffffff', store.state.dark ? '#ffffff' : '#000000');
    // Cameras linked both ways (same world coordinates: B is fitted with A's fit).
    const copy = (from: Scatter, to: Scatter) => {
      if (linking) return;
      linking = true;
      try {
        // A camera that moves (a drag, not a jump) moves the other plot too: it draws its subsample meanwhile.
        if (from.moving) to.controls.onMotion?.();
        to.controls.is3d = from.controls.is3d;
        to.controls.v2 = { ...from.controls.v2 };
        to.controls.v3 = { ...from.controls.v3, target: from.controls.v3.target.clone() };
        to.controls.update();
      } finally { linking = false; }
    };
    b.addCameraListener(() => copy(b, scatter));
    scatter.addCameraListener(() => { if (scatterB && store.state.compare?.mode === 'side') copy(scatter, scatterB); });
    // Hover and click on B are the same rows as on A.
    const local = (ev: PointerEvent) => { const r = b.canvas.getBoundingClientRect(); return { x: ev.clientX - r.left, y: ev.clientY - r.top }; };
    let downAt: { x: number; y: number } | null = null;
    b.canvas.addEventListener('pointermove', (ev) => {
      if (ev.buttons || !positionsB || b.changing) return;
      const { x, y } = local(ev);
      const i = b.pick(x, y);
      store.set({ hovered: i });
      if (i >= 0) host.tooltip?.show(x + plotB.offsetLeft, y + plotB.offsetTop, host.labelOf(i), host.atlas?.() ?? null, i);
      else host.tooltip?.hide();
    });
    b.canvas.addEventListener('pointerleave', () => { store.set({ hovered: -1 }); host.tooltip?.hide(); });
    b.canvas.addEventListener('pointerdown', (ev) => { downAt = { x: ev.clientX, y: ev.clientY }; });
    b.canvas.addEventListener('pointerup', (ev) => {
      if (!downAt || Math.hypot(ev.clientX - downAt.x, ev.clientY - downAt.y) > 4) { downAt = null; return; }
      downAt = null;
      const { x, y } = local(ev);
      const i = b.pick(x, y);
      store.set({ selected: i, selection: i >= 0 ? Int32Array.of(i) : new Int32Array(0) });
    });
    b.onFrame = () => { if (positionsB && !timings.firstFrameMs && timings.startedAt) timings.firstFrameMs = performance.now() - timings.startedAt; };
    copy(scatter, b);
    return b;
  };

  const setSplit = (on: boolean) => {
    main.classList.toggle('ep-compare-split', on);
    if (on && !plotB.parentElement) { plot.after(plotB); plot.append(captionA); }
    if (!on && plotB.parentElement) { plotB.remove(); captionA.remove(); }
  };

  /** Draws B (side by side) or the lines (overlay) for the current A layout. */
  const draw = () => {
    const cmp = store.state.compare, r = session?.result, data = host.getData(), layout = host.lastLayout();
    if (!cmp || !r || !data || !layout || layout.k !== r.k || r.nA !== data.n) {
      scatter.setSegments(null); drawnLines = 0; positionsB = null; setSplit(false); return;
    }
    const n = data.n, k = r.k;
    // B fitted with A's fit (placeRows' rule: mid-range centre, one scale; only A's shown rows count).
    const keep = store.state.isolated;
    const pos = fitLike(layout.coords, r.alignedB, n, k, keep);
    positionsB = pos;
    captionA.textContent = `A: ${store.state.run} / ${store.state.tensorName}${store.state.step !== null ? ` @ step ${store.state.step}` : ''}`;
    captionB.textContent = `B: ${r.label}`;
    if (cmp.mode === 'side') {
      scatter.setSegments(null); drawnLines = 0;
      setSplit(true);
      const b = ensureScatterB();
      b.set3d(k === 3);
      b.setPointSize(host.pointSize());
      b.setPositions(pos, n);
      if (colours) b.setColors(colours);
      b.setHighlight(store.state.hovered, store.state.selected);
    } else {
      setSplit(false);
      drawLines(scatter.drawnPositions, pos, n);
      if (!timings.firstFrameMs && timings.startedAt) requestAnimationFrame(() => { if (!timings.firstFrameMs) timings.firstFrameMs = performance.now() - timings.startedAt; });
    }
  };

  const drawLines = (from: Float32Array, to: Float32Array, n: number) => {
    if (from.length < 3 * n) { scatter.setSegments(null); drawnLines = 0; return; }
    const len = new Float32Array(n).fill(-1);
    let shown = 0;
    for (let i = 0; i < n; i++) {
      if (to[3 * i + 2] === HIDDEN_Z || from[3 * i + 2] === HIDDEN_Z) continue;
      len[i] = Math.hypot(to[3 * i] - from[3 * i], to[3 * i + 1] - from[3 * i + 1], to[3 * i + 2] - from[3 * i + 2]);
      shown++;
    }
    // Past MAX_LINES, the longest moves (a numeric typed sort finds the threshold).
    const threshold = shown > MAX_LINES ? Float32Array.from(len).sort()[n - MAX_LINES] : 0;
    const rows: number[] = [];
    for (let i = 0; i < n && rows.length < MAX_LINES; i++) if (len[i] >= threshold && len[i] >= 0) rows.push(i);
    // Longest first: while the view moves the scatter draws only the first lines.
    if (rows.length > MOVING_SEGMENTS) rows.sort((x, y) => len[y] - len[x]);
    const m = rows.length;
    const a = new Float32Array(3 * m), b = new Float32Array(3 * m), ca = new Float32Array(3 * m), cb = new Float32Array(3 * m);
    const bg = hexToRgb(store.state.dark ? '#1b1c1e' : '#ffffff');
    rows.forEach((i, r) => {
      a.set(from.subarray(3 * i, 3 * i + 3), 3 * r);
      b.set(to.subarray(3 * i, 3 * i + 3), 3 * r);
      for (let c = 0; c < 3; c++) {
        const v = colours && colours.length >= 3 * n ? colours[3 * i + c] : 0.5;
        ca[3 * r + c] = v + (bg[c] - v) * 0.7;   // faint at A
        cb[3 * r + c] = v * 0.8;                  // full (a little darker) at B
      }
    });
    scatter.setSegments({ from: a, to: b, rgbFrom: ca, rgbTo: cb, m });
    drawnLines = m;
  };

  /** Side A now: the tab's rows and the layout drawn for them. */
  const sideA = (): CompareSideA | null => {
    const data = host.getData(), layout = host.lastLayout(), s = store.state;
    if (!data || !layout) return null;
    return { source: data.source, n: data.n, d: data.d, columns: s.columns,
      layout: { coords: layout.coords, k: layout.k === 3 ? 3 : 2 }, method: s.method, dims: [...s.dims], spherize: s.spherize };
  };
  /** What B's layout follows of A's: its method, components, 2-D/3-D, spherize. */
  const layoutKey = (a: CompareSideA) => `${a.method}|${a.dims.slice(0, a.layout.k).join(',')}|${a.layout.k}|${a.spherize}`;
  let laidOutFor = '';

  const start = () => {
    const cmp = store.state.compare, data = host.getData(), a = sideA();
    if (!cmp || !data || !a) return;
    session?.dispose();
    const s = store.state;
    laidOutFor = layoutKey(a);
    const mine = (session = new CompareSession(cmp, s.transfer));
    if (cmp.layout) mine.layoutOfB = importedLayoutOfB(cmp.layout);   // B as computed in Python
    sessionData = data;
    timings.startedAt = performance.now(); timings.firstFrameMs = 0; timings.readyMs = 0;
    let drewLayout = false;
    mine.onChange = () => {
      if (session !== mine) return;
      if (mine.result && !drewLayout) { drewLayout = true; draw(); }
      if (mine.status === 'ready') { timings.readyMs = performance.now() - timings.startedAt; host.recolor(); draw(); }
      panel.updateResult();
    };
    panel.updateResult();
    void mine.run(a, infoOf);
  };

  const stop = () => {
    session?.dispose();
    session = null; sessionData = null;
    positionsB = null;
    scatter.setSegments(null); drawnLines = 0;
    setSplit(false);
    panel.updateResult();
    host.recolor();
  };

  store.subscribe((s, ch) => {
    if (ch.has('compare')) {
      if (!s.compare) stop();
      else if (!session || !sameData(session.spec, s.compare) || sessionData !== host.getData()) { if (host.getData() && host.lastLayout()) start(); }
      else { host.recolor(); draw(); }
    }
    if (ch.has('tensorName') || ch.has('run') || (ch.has('step'))) {
      // A new side A: the comparison restarts once its layout is drawn (placed()).
      if (session) { session.dispose(); session = null; sessionData = null; positionsB = null; scatter.setSegments(null); setSplit(false); panel.updateResult(); }
    }
    if (scatterB && (ch.has('hovered') || ch.has('selected'))) scatterB.setHighlight(s.hovered, s.selected);
    if (scatterB && ch.has('dark')) scatterB.setTheme(s.dark ? '#1b1c1e' : '#ffffff', s.dark ? '#ffffff' : '#000000');
    if (scatterB && ch.has('pointSize')) scatterB.setPointSize(host.pointSize());
  });

  return {
    /** After app.ts placed a layout of side A: start or re-fit the comparison. */
    placed() {
      if (!store.state.compare) return;
      if (!session || sessionData !== host.getData()) start();
      else if (session.result) {
        const a = sideA();
        if (a && layoutKey(a) !== laidOutFor) {
          // Another method, components or 2-D/3-D: B is laid out again (its neighbour lists stay).
          laidOutFor = layoutKey(a);
          const mine = session;
          void mine.relayout(a).then((ok) => { if (ok && session === mine) draw(); });
        } else if (a && a.layout.k === session.result.k) {
          // The same kind of layout, moved (isolation, a t-SNE frame): B is re-aligned onto it.
          session.realign(a.layout.coords);
        }
        draw();
      }
    },
    /** The colours of every point: the colour column's, or the neighbourhood change while compared. */
    pointColors(s: AppState, n: number) {
      const r = session?.result;
      let out;
      if (s.compare?.color && r?.change && r.nA === n) {
        const column: ColumnInfo = { name: CHANGE_COLUMN, kind: 'numeric', values: [], numbers: Float64Array.from(r.change), min: 0, max: 1,
          distinct: 0, missing: r.pairing.unmatchedA };
        out = basePointColors({ ...s, columns: [...s.columns, column], colorColumn: s.columns.length, focusCategory: null }, n);
      } else out = basePointColors(s, n);
      colours = out.rgb;
      if (scatterB && positionsB) scatterB.setColors(out.rgb);
      if (drawnLines && s.compare?.mode === 'overlay') draw();
      return out;
    },
    hook: {
      get status() { return session ? { status: session.status, message: session.message, progress: session.progress } : null; },
      result() {
        const r = session?.result;
        if (!r) return null;
        return {
          label: r.label, nA: r.nA, nB: r.nB, k: r.k, exact: r.exact, meanOverlap: r.meanOverlap,
          bOfA: Array.from(r.pairing.bOfA), paired: r.pairing.matched.length, unpairedA: r.pairing.unmatchedA, unpairedB: r.pairing.unmatchedB,
          duplicates: r.pairing.duplicates,
          change: r.change ? Array.from(r.change, (x) => (Number.isNaN(x) ? null : x)) : null,
          ranked: r.ranked ? Array.from(r.ranked) : null,
          alignedB: Array.from(r.alignedB, (x) => (Number.isNaN(x) ? null : x)),
          timings: r.timings,
        };
      },
      get lines() { return drawnLines; },
      get timings() { return { ...timings }; },
      get split() { return main.classList.contains('ep-compare-split'); },
      /** Page (iframe) pixel of row i in B's plot, or null. */
      screenPositionOfB(i: number) {
        if (!scatterB || !positionsB) return null;
        const p = scatterB.screenPositionOf(i);
        if (!p) return null;
        const r = scatterB.canvas.getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      },
      get cameraB() { return scatterB ? { v2: { ...scatterB.controls.v2 }, is3d: scatterB.controls.is3d } : null; },
      get frameTimesB() { return scatterB ? scatterB.frameTimes : []; },
      colorOfB: (i: number) => (scatterB ? scatterB.colorAt(i) : null),
      countPointPixelsB() {
        if (!scatterB) return 0;
        scatterB.renderNow();
        const c = document.createElement('canvas');
        c.width = scatterB.canvas.width; c.height = scatterB.canvas.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(scatterB.canvas, 0, 0);
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        let count = 0;
        for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i] - px[0]) + Math.abs(px[i + 1] - px[1]) + Math.abs(px[i + 2] - px[2]) > 30) count++;
        return count;
      },
    },
  };
}

/** `b` (n x k) placed in the unit cube with the fit placeRows gives `a` over the rows `keep` (all when null);
 *  rows of b that are not finite or not kept are hidden. */
export function fitLike(a: Float32Array, b: Float32Array, n: number, k: number, keep: Int32Array | null): Float32Array {
  const { mid, scale } = unitCubeFit(a, n, k, keep);
  const kept = keep ? new Uint8Array(n) : null;
  if (kept) for (const i of keep!) kept[i] = 1;
  const out = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    if ((kept && !kept[i]) || !Number.isFinite(b[i * k])) { out[3 * i + 2] = HIDDEN_Z; continue; }
    for (let c = 0; c < k && c < 3; c++) out[3 * i + c] = (b[i * k + c] - mid[c]) * scale;
  }
  return out;
}
