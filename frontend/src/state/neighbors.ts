// The neighbour panel's list for the selected row: exact, over all rows and dimensions, computed
// where the rows are (each compute worker scans its shard, compute/row-query.ts; the page merges).

import type { RowMatches } from '../compute/row-query';

export interface Neighbor { index: number; distance: number }

/** What the neighbours settings resolve to (ui/neighbors-panel.ts resolveNeighbors). */
export interface NeighborQuery { k: number; metric: 'cosine' | 'euclidean'; spherized: boolean }

/** Whoever holds the rows (the projector: its workers, or the page without them). */
export interface NeighborSource {
  nearestRows(row: number, k: number, metric: 'euclidean' | 'cosine', spherized: boolean): Promise<RowMatches>;
}

/**
 * The k nearest neighbours of `row` as the query asks. Spherized rows are centred on the column
 * mean and compared by cosine; their euclidean distance is sqrt(2 x cosine distance) (unit length).
 */
export async function neighborsOfRow(source: NeighborSource, row: number, query: NeighborQuery): Promise<Neighbor[]> {
  const matches = await source.nearestRows(row, query.k, query.metric, query.spherized);
  const euclideanOfUnitRows = query.spherized && query.metric === 'euclidean';
  return Array.from(matches.indices, (index, e) => {
    const distance = matches.distances[e];
    return { index, distance: euclideanOfUnitRows ? Math.sqrt(Math.max(0, 2 * distance)) : distance };
  });
}
