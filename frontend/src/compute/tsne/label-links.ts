// Same-label links for supervised t-SNE: a sparse random regular graph inside every label,
// built as the union of a few random Hamiltonian cycles over the label's points. A union of
// two or more random cycles is an expander (with high probability), so every label becomes
// one connected, short-diameter piece however its points are spread over the k-NN graph,
// using only 2 x cycles links per point. Deterministic: the shuffles are seeded from the
// label value, the label's size and the cycle number (there is no seed parameter).

import { seededRandom } from '../random';

/** The label of unlabeled points and of points with the user's ignored label. */
export const IGNORED_LABEL = -1;

/** Link t joins from[t] and to[t] (stored in one direction only); small labels may draw a pair twice. */
export interface LabelLinks {
  from: Int32Array;
  to: Int32Array;
}

export function labelCycleLinks(labels: Int32Array, cycles: number): LabelLinks {
  const members = membersByLabel(labels);
  let count = 0;
  for (const points of members.values()) count += linksInLabel(points.length, cycles);
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  let used = 0;
  for (const [label, points] of members) {
    if (points.length < 2) continue;
    if (points.length === 2) {
      from[used] = points[0];
      to[used++] = points[1];
      continue;
    }
    const order = Int32Array.from(points);
    for (let cycle = 0; cycle < cycles; cycle++) {
      shuffle(order, seededRandom(hashSeed(label, points.length, cycle)));
      for (let a = 0; a < order.length; a++) {
        from[used] = order[a];
        to[used++] = order[(a + 1) % order.length];
      }
    }
  }
  return { from, to };
}

function linksInLabel(size: number, cycles: number): number {
  if (size < 2) return 0;
  return size === 2 ? 1 : size * cycles;
}

/** Points of each label (ignored label left out), in increasing point order. */
function membersByLabel(labels: Int32Array): Map<number, number[]> {
  const members = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === IGNORED_LABEL) continue;
    let points = members.get(label);
    if (!points) members.set(label, (points = []));
    points.push(i);
  }
  return members;
}

/** Fisher-Yates in place. */
function shuffle(values: Int32Array, random: () => number): void {
  for (let a = values.length - 1; a > 0; a--) {
    const b = Math.floor(random() * (a + 1));
    const t = values[a];
    values[a] = values[b];
    values[b] = t;
  }
}

function hashSeed(label: number, size: number, cycle: number): number {
  let h = 0x9e3779b9 ^ label;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ size;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ cycle;
  return (h ^ (h >>> 16)) >>> 0;
}
