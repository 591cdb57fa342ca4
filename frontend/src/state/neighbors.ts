// The neighbour panel's list for the selected row: exact, over all rows and dimensions, computed
// where the rows are (each compute worker scans its shard, compute/row-query.ts; the page merges).

import { measureSince } from '../compute/timeline';
import type { RowMatches } from '../compute/row-query';

export interface Neighbor { index: number; distance: number }

/** A neighbour list and the row it is of: while a newly selected row's list is computed, the store still holds
 *  the previous row's, and what shows it can tell (the plot keeps that neighbourhood, the panel waits). */
export type NeighborList = Neighbor[] & { readonly row: number };

/** The row `neighbors` is of (a list without one: the selected row's). */
export function neighborsRow(neighbors: readonly Neighbor[], selected: number): number {
  const row = (neighbors as Partial<NeighborList>).row;
  return typeof row === 'number' ? row : selected;
}

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
export async function neighborsOfRow(source: NeighborSource, row: number, query: NeighborQuery): Promise<NeighborList> {
  const asked = performance.now();
  const matches = await source.nearestRows(row, query.k, query.metric, query.spherized);
  // The benchmarks' click timeline: the query's round trip, and each shard's scan in it (page clock).
  const scans = (matches.scans ?? []).map((x) => ({ at: x.at - performance.timeOrigin, ms: x.ms }));
  measureSince('nn-query', asked, scans);
  const euclideanOfUnitRows = query.spherized && query.metric === 'euclidean';
  const list = Array.from(matches.indices, (index, e) => {
    const distance = matches.distances[e];
    return { index, distance: euclideanOfUnitRows ? Math.sqrt(Math.max(0, 2 * distance)) : distance };
  });
  return Object.assign(list, { row });
}
