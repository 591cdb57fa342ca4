// The compute workers' methods for the shared k-NN graph (graph-server.ts), driven by the page's
// graph-builder.ts. Part of ComputeMethods (protocol.ts).
//
// The graph is computed on "graph rows": each shard's rows preprocessed (as loaded, or centred on
// `unitAround` and scaled to unit length: cosine, spherize) and projected onto the top `dims`
// principal axes of all preprocessed rows (all axes when d <= 50: a rotation, distances kept; and
// not projected at all for small inputs, see graph-builder.ts).
// Every worker gets every shard's graph rows (graphProject keeps its own, graphRowsIn brings the
// others'), then computes the neighbour lists of its part of the rows (knn-parts.ts) in phases
// between which the page delivers the offers each part queued for the others.

import type { DescentOptions } from './knn-descent';
import type { Metric } from './knn-distance';
import type { GraphPart } from './knn-graph';
import type { PartMessage } from './knn-parts';

/** The descent settings that cross to the workers (onPhase is a function: not sendable). */
export type SentDescentOptions = Omit<DescentOptions, 'onPhase'>;

/** One shard's first principal coordinates: t-SNE's initial layout, UMAP's component placement. */
export interface LayoutHint {
  /** First input row of the shard. */
  start: number;
  /** Coordinates per row. */
  dims: number;
  /** rows x dims. */
  coordinates: Float32Array;
}

/** What one worker hands over of a finished graph: its rows of it, and its shard's hint. */
export interface GraphExport {
  part: GraphPart;
  hint: LayoutHint;
}

/** A finished graph as a layout's worker takes it (graph-layout-input.ts puts it together). */
export interface LayoutGraph {
  n: number;
  k: number;
  parts: GraphPart[];
  hints: LayoutHint[];
  /** Set when the parts hold t-SNE's conditional affinities p(j|i) at this perplexity instead of distances. */
  conditional?: number;
}

export interface WorstKeys {
  part: number;
  keys: Float32Array;
}

export interface GraphMethods {
  /** Column sums of this shard's preprocessed rows (unitAround as in the header). */
  graphColumnSums: { args: { unitAround: Float64Array | null }; result: Float64Array };
  /** Scatter matrix of this shard's preprocessed rows around `mean`. */
  graphScatter: { args: { unitAround: Float64Array | null; mean: Float64Array }; result: Float64Array; progress: number };
  /**
   * Starts graph job `job` over n rows: this shard's graph rows (rows start.. of the whole): with
   * `rotate`, the preprocessed rows on `components` (dims x d) around `mean`; else the
   * preprocessed rows themselves (dims = d; `components` then only give the hint). Returns a
   * copy of them when `share` (for the other workers) and the rows that are zero after
   * preprocessing (cosine keeps them at distance 1).
   */
  graphProject: {
    args: {
      job: number; n: number; start: number; unitAround: Float64Array | null; rotate: boolean;
      mean: Float32Array; components: Float32Array; dims: number; hintDims: number; share: boolean;
    };
    result: { rows: Float32Array | null; zero: Uint8Array | null };
    progress: number;
  };
  /** Another shard's graph rows (and zero rows) for job `job`. */
  graphRowsIn: { args: { job: number; start: number; rows: Float32Array; zero: Uint8Array | null }; result: null };
  /**
   * This worker's part (`part` of `parts`): brute force when `exact`, else the first tree (shared
   * numbering) and its own forest. Returns offers for the other parts.
   */
  graphForest: {
    args: { job: number; k: number; parts: number; part: number; seed: number; exact: boolean; descent: SentDescentOptions };
    result: { offers: (PartMessage | null)[] };
    progress: number;
  };
  /** Offers from the other parts; answers the rows improved and this part's farthest keys. */
  graphAccept: { args: { job: number; offers: PartMessage[] }; result: { updates: number; worst: Float32Array | null } };
  /** Samples a round's join candidates; answers the reverse edges for other parts. */
  graphSample: { args: { job: number }; result: { reverse: (PartMessage | null)[] } };
  /** The other parts' reverse edges and farthest keys, then this part's local joins. */
  graphJoin: {
    args: { job: number; reverse: PartMessage[]; worst: WorstKeys[] };
    result: { updates: number; offers: (PartMessage | null)[] };
    progress: number;
  };
  /** This part's rows' neighbour lists (internal numbers), for the other parts' graphExtend. */
  graphLists: { args: { job: number }; result: Int32Array };
  /** Longer lists (k neighbours) from the neighbours of neighbours: the other parts' lists come along. */
  graphExtend: {
    args: { job: number; k: number; others: { part: number; indices: Int32Array }[] };
    result: null;
    progress: number;
  };
  /** Ends the job: keeps this part's rows with true distances as the graph `key`. */
  graphFinish: { args: { job: number; key: string; metric: Metric }; result: { rows: number } };
  /** Copies of this part's rows of graph `key` (first k neighbours) and the shard's first hintDims coordinates. */
  /**
   * This worker's part of graph `key`, k neighbours per row (fresh arrays, moved). With `keep`, the
   * worker afterwards holds only the first `keep` neighbours of each row (a big graph's memory; a
   * later request for more rebuilds it).
   */
  /** With `perplexity`: the rows' distances replaced by t-SNE's conditional affinities (each row calibrated here, every worker at once). */
  graphExport: { args: { key: string; k: number; hintDims: number; keep?: number; perplexity?: number }; result: GraphExport };
}
