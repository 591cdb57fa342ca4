// One small store: state + shallow set + subscribers (called with the keys that changed).
import type { RunInfo, TensorEncoding } from '../data/api';
import type { ApiErrorBody } from '../data/fetch-progress';
import type { ColumnInfo } from '../data/columns';
import type { Legend } from '../data/legend';

export type ProjectionMethod = 'pca' | 'identity' | 'tsne' | 'umap' | 'custom' | `imported:${string}`;  // imported: state/imported-layouts.ts

export interface Notice { level: 'error' | 'warning' | 'info'; message: string; file?: string | null; hint?: string | null }

export interface AppState {
  runs: string[];
  run: string | null;
  info: RunInfo | null;
  tensorName: string | null;
  loading: { label: string; loaded: number; total: number | null } | null;
  notices: Notice[];
  n: number;
  d: number;
  columns: ColumnInfo[];
  labelColumn: number;     // -1: point index
  colorColumn: number;     // -1: single colour
  focusCategory: string | null;   // legend entry clicked: other points fade
  searchMatches: Int32Array | null;  // rows matching the search: other points fade
  neighbors: { index: number; distance: number }[] | null;  // of the selected point
  neighborMetric: 'cosine' | 'euclidean';
  legend: Legend;
  spherize: boolean;
  method: ProjectionMethod;
  is3d: boolean;
  dims: [number, number, number];   // components (PCA) or input dimensions (identity) for x, y, z
  variance: number[] | null;        // fraction per PCA component
  isolatedVariance: number[] | null; // fraction per component of the isolated rows' own PCA (while isolated)
  computing: string | null;
  showSprites: boolean;
  hasSprite: boolean;
  pointSize: number;
  hovered: number;
  selected: number;
  dark: boolean;
  selection: Int32Array;            // sorted rows selected by click / box / lasso / search (state/selection.ts)
  isolated: Int32Array | null;      // only these rows drawn and fitted; null: all
  selectMode: 'pan' | 'box' | 'lasso';
  step: number | null;              // checkpoint step fetched (&step=) for a variable saved several times; null: default
  movedPoints: Int32Array | null;   // rows that moved most in the last step switch (others fade); null: off
  transfer: TensorEncoding;         // how the tensor is downloaded (float16: half the bytes)
  showDensity: boolean;             // density contours and cluster labels over 2-D layouts
  clusterLabelColumn: number | null; // column labelling the clusters; null: the default (state/density-layer.ts), -1: none
  compare: CompareSpec | null;      // the embedding compared with the one shown (compare.ts); null: none
}

/** A comparison of the shown embedding (side A) with another (run, tensor, step): part of links and bookmarks. */
export interface CompareSpec {
  run: string;
  tensor: string;
  step: number | null;
  /** Metadata column pairing the rows (equal values); null: by order (same row count). */
  key: string | null;
  /** Neighbours compared per row. */
  k: number;
  metric: 'euclidean' | 'cosine';
  /** Two linked plots, or B's layout aligned over A's with a line from each point of A to its B position. */
  mode: 'side' | 'overlay';
  /** Points coloured by their neighbourhood change. */
  color: boolean;
  /** Side B drawn by its layout computed in Python of this name (state/imported-layouts.ts); absent or null: PCA like A's. */
  layout?: string | null;
}

export const COMPARE_DEFAULTS = { k: 10, metric: 'euclidean', mode: 'side', color: true } as const;

export const initialState: AppState = {
  runs: [], run: null, info: null, tensorName: null, loading: null, notices: [], n: 0, d: 0, columns: [],
  labelColumn: -1, colorColumn: -1, focusCategory: null, searchMatches: null, neighbors: null, neighborMetric: 'euclidean', legend: { kind: 'none' }, spherize: false, method: 'pca', is3d: false,
  dims: [0, 1, 2], variance: null, isolatedVariance: null, computing: null, showSprites: false, hasSprite: false, pointSize: 1,
  hovered: -1, selected: -1, dark: false, selection: new Int32Array(0), isolated: null, selectMode: 'pan',
  step: null, movedPoints: null, transfer: 'float32', showDensity: false, clusterLabelColumn: null,
  compare: null,
};

/**
 * Who made a change: the user (through the panels, the URL, the plot) or the session itself (a load's
 * view settings, a PCA's components, a bookmark being applied: its own code then does what follows).
 * A change made by a listener while another is dispatched has that change's cause.
 */
export type Cause = 'user' | 'session';

export type Listener = (s: AppState, changed: Set<keyof AppState>, cause: Cause) => void;

export class Store {
  state: AppState;
  private listeners: Listener[] = [];
  constructor(init: AppState = initialState) { this.state = { ...init }; }

  private dispatching: Cause | null = null;

  set(patch: Partial<AppState>, cause: Cause = this.dispatching ?? 'user'): void {
    const changed = new Set<keyof AppState>();
    for (const k of Object.keys(patch) as (keyof AppState)[]) {
      if (this.state[k] !== patch[k]) changed.add(k);
    }
    if (changed.size === 0) return;
    this.state = { ...this.state, ...patch };
    const outer = this.dispatching;
    this.dispatching = cause;
    try {
      for (const l of this.listeners) l(this.state, changed, cause);
    } finally {
      this.dispatching = outer;
    }
  }

  subscribe(l: Listener): () => void {
    this.listeners.push(l);
    return () => { this.listeners = this.listeners.filter((x) => x !== l); };
  }
}

export function noticeFrom(level: Notice['level'], e: ApiErrorBody | Error | unknown): Notice {
  if (e && typeof e === 'object' && 'body' in e && (e as { body: ApiErrorBody }).body?.error) {
    const b = (e as { body: ApiErrorBody }).body;
    return { level, message: b.error, file: b.file, hint: b.hint };
  }
  if (e && typeof e === 'object' && 'error' in e && typeof (e as ApiErrorBody).error === 'string') {
    const b = e as ApiErrorBody;
    return { level, message: b.error, file: b.file, hint: b.hint };
  }
  return { level, message: e instanceof Error ? e.message : String(e) };
}
