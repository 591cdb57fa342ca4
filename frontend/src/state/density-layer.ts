// Density & clusters on the page: every 2-D layout placed (PCA, t-SNE and UMAP frames, custom) goes to
// the density worker while the toggle is on, throttled so a running t-SNE updates the contours a few
// times a second on its newest frame; the answer's clusters are labelled from the chosen metadata
// column here (the worker never sees metadata) and handed to the overlay. 3-D layouts are not analysed.
import { createDensityClient, type DensityAnalysis, type DensityClient, type DensityOptions } from '../compute/density-client';
import { ThrottleLatest } from '../compute/density/throttle-latest';
import { HIDDEN_Z } from '../compute/placement';
import { clusterTerms, columnCodes, labelColumnOf, labelText, type ClusterTerm } from './cluster-labels';
import type { Store } from './store';

export interface OverlayCluster { x: number; y: number; size: number; label: string }

export interface OverlayContent {
  /** Polylines in world x, y; `rank` 0 is the outermost level. */
  lines: { points: Float32Array; closed: boolean; rank: number }[];
  levels: number;
  /** Largest first: a label that would overlap a bigger cluster's is left out. */
  clusters: OverlayCluster[];
}

/** What the layer needs of the overlay that draws it (ui/density-overlay.ts). */
export interface DensityOverlaySink {
  set(content: OverlayContent | null): void;
  readonly drawnLabels: { text: string; x: number; y: number }[];
  paintedPixels(): number;
}

/** Milliseconds between the starts of two passes while layouts keep coming (t-SNE, UMAP). */
export const DENSITY_INTERVAL_MS = 400;

/** x, y of the drawn points that are shown (hidden rows, far beyond the clip volume, left out), and their rows. */
export function visiblePoints(positions: Float32Array, n: number): { xy: Float32Array; rows: Int32Array | null; m: number } {
  let m = 0;
  for (let i = 0; i < n; i++) if (positions[3 * i + 2] !== HIDDEN_Z) m++;
  const xy = new Float32Array(2 * m);
  const rows = m === n ? null : new Int32Array(m);
  for (let i = 0, p = 0; i < n; i++) {
    if (positions[3 * i + 2] === HIDDEN_Z) continue;
    xy[2 * p] = positions[3 * i];
    xy[2 * p + 1] = positions[3 * i + 1];
    if (rows) rows[p] = i;
    p++;
  }
  return { xy, rows, m };
}

type Status = 'off' | 'unavailable' | 'computing' | 'ready' | 'error';

interface Analysed { analysis: DensityAnalysis; rows: Int32Array | null; m: number; unassigned: number; terms: ClusterTerm[][] }

export class DensityLayer {
  private layout: { positions: Float32Array; n: number; k: number } | null = null;
  private client: DensityClient | null = null;
  private readonly throttle = new ThrottleLatest(DENSITY_INTERVAL_MS);
  private generation = 0;
  private result: Analysed | null = null;
  private status: Status = 'off';
  private error: string | null = null;
  private stats = { layouts: 0, passes: 0, labelMs: 0, latencyMs: 0, firstDrawnMs: 0, onAt: 0, phases: { waitMs: 0, extractMs: 0, roundTripMs: 0, applyMs: 0 } };
  options: DensityOptions = {};

  constructor(
    private readonly store: Store,
    private readonly overlay: DensityOverlaySink,
    private readonly draw: () => void,
    private readonly startClient: () => DensityClient = createDensityClient,
  ) {
    store.subscribe((s, ch) => {
      if (ch.has('run') || ch.has('tensorName') || ch.has('n')) { this.layout = null; this.clear(s.showDensity ? 'computing' : 'off'); }
      if (ch.has('is3d') && s.is3d && s.showDensity) this.clear('unavailable');   // until the 3-D layout is placed
      if (ch.has('showDensity')) {
        if (s.showDensity) { this.stats.onAt = performance.now(); this.stats.firstDrawnMs = 0; this.schedule(); } else this.clear('off');
      } else if (ch.has('clusterLabelColumn') || ch.has('columns') || ch.has('colorColumn')) this.relabel();
    });
  }

  /** A layout was placed: n x 3 drawn positions, from an n x k layout. */
  setLayout(positions: Float32Array, n: number, k: number): void {
    this.layout = { positions, n, k };
    if (this.store.state.showDensity) this.schedule();
  }

  private schedule(): void {
    const layout = this.layout;
    if (!layout) { this.status = this.store.state.showDensity ? 'computing' : 'off'; return; }
    if (layout.k !== 2) { this.clear('unavailable'); return; }
    this.stats.layouts++;
    if (this.status !== 'ready') this.status = 'computing';
    const generation = this.generation;
    const submitted = performance.now();
    // The job reads the layout when it starts, so it always analyses the newest one.
    this.throttle.submit(async () => {
      const current = this.layout;
      if (!current || current.k !== 2 || generation !== this.generation) return;
      const started = performance.now();
      const { xy, rows, m } = visiblePoints(current.positions, current.n);
      this.client ??= this.startClient();
      try {
        const sent = performance.now();
        const analysis = await this.client.analyze(xy, m, this.options);
        if (generation !== this.generation) return;
        const answered = performance.now();
        let unassigned = 0;
        for (let p = 0; p < m; p++) if (analysis.assignment[p] < 0) unassigned++;
        this.result = { analysis, rows, m, unassigned, terms: [] };
        this.stats.passes++;
        this.relabel();
        const now = performance.now();
        this.stats.latencyMs = now - submitted;
        this.stats.phases = { waitMs: started - submitted, extractMs: sent - started, roundTripMs: answered - sent, applyMs: now - answered };
        if (!this.stats.firstDrawnMs) this.stats.firstDrawnMs = now - this.stats.onAt;
        this.status = 'ready';
        this.error = null;
      } catch (err) {
        if ((err as Error)?.name === 'CancelledError' || generation !== this.generation) return;
        this.status = 'error';
        this.error = err instanceof Error ? err.message : String(err);
        console.warn('embproj: density', err);
      }
    });
  }

  /** Labels the clusters from the label column and shows the result. */
  private relabel(): void {
    const r = this.result;
    if (!r) return;
    const t0 = performance.now();
    const s = this.store.state;
    const index = labelColumnOf(s);
    const column = s.columns[index];
    const clusters = r.analysis.clusters;
    r.terms = column ? clusterTerms(r.analysis.assignment, r.rows, clusters.length, columnCodes(column)) : clusters.map(() => []);
    this.stats.labelMs = performance.now() - t0;
    const levels = r.analysis.levels;
    const content: OverlayContent = {
      lines: r.analysis.contours.map((c) => ({ points: c.points, closed: c.closed, rank: Math.max(0, levels.indexOf(c.level)) })),
      levels: levels.length,
      clusters: clusters.map((c, k) => ({ x: c.peakX, y: c.peakY, size: c.size, label: labelText(r.terms[k]) })),
    };
    this.overlay.set(content);
    this.draw();
  }

  /** Drops what is shown and any pass in progress. */
  private clear(status: Status): void {
    this.generation++;
    this.throttle.clear();
    this.client?.cancel();
    this.result = null;
    this.status = status;
    this.overlay.set(null);
    this.draw();
  }

  /** What the test hook shows: state, contours, clusters with their labels, timings. */
  summary() {
    const r = this.result, s = this.store.state;
    const index = labelColumnOf(s);
    return {
      on: s.showDensity, status: this.status, error: this.error,
      layouts: this.stats.layouts, passes: this.stats.passes, busy: this.throttle.busy,
      points: r?.m ?? 0,
      labelColumn: s.columns[index]?.name ?? null,
      bandwidth: r?.analysis.grid.bandwidth ?? 0,
      levels: r?.analysis.levels.length ?? 0,
      contours: r?.analysis.contours.length ?? 0,
      vertices: r ? r.analysis.contours.reduce((a, c) => a + c.points.length / 2, 0) : 0,
      clusters: r ? r.analysis.clusters.map((c, k) => ({
        id: c.id, size: c.size, x: c.peakX, y: c.peakY, label: labelText(r.terms[k]),
        terms: r.terms[k].map((t) => ({ value: t.value, share: t.share })),
      })) : [],
      unassigned: r?.unassigned ?? 0,
      drawnLabels: this.overlay.drawnLabels,
      timings: { worker: r?.analysis.timings ?? null, labelMs: this.stats.labelMs, latencyMs: this.stats.latencyMs, firstDrawnMs: this.stats.firstDrawnMs,
        phases: this.stats.phases },
    };
  }

  /** Cluster id per shown point of the last pass (tests), with each point's row. */
  assignment(): { clusters: number[]; rows: number[] | null } | null {
    const r = this.result;
    return r ? { clusters: Array.from(r.analysis.assignment), rows: r.rows ? Array.from(r.rows) : null } : null;
  }
}
