// "Supervise with label" for t-SNE: labels bend the joint affinities P so that each label
// comes apart as its own cluster, while pairs involving a point with the ignored label (-1)
// keep their affinity exactly, so those points stay beside their input neighbours.
//
// Why not only re-weight the k-NN affinities: TensorBoard's projector (vz_projector
// bh_tsne.ts, supervise / superviseFactor / unlabeledClass) multiplies each k-NN p_ij by a
// label prior - 1/N for pairs with the unlabeled class, max(1/N - f/otherCount, 1e-7) for
// different labels, min(1/N + f/sameCount, 1) for equal labels (f = factor 0..1) - and
// renormalises. UMAP's categorical target (umap_.py fast_intersection) does the same on its
// fuzzy graph: different-label edges x exp(-far_dist), far_dist = 2.5 / (1 - target_weight),
// unknown-label edges x exp(-1). Both only change edges the k-NN graph already has: when a
// label's points lie in several input clusters, nothing links the pieces, so the label never
// comes together (our earlier re-weighting: within-label scatter 0.93 -> 0.88 at weight 1 on
// the browser test's MNIST fixture, whose digits form ~5 separate small clusters each).
// Supervised SNE variants (e.g. cat-SNE, de Bodt et al. 2018; St-SNE, Cheng et al.) instead
// make a labelled point's affinities favour its own class; we do that sparsely, from the
// labels alone (no further distance search), in two steps scaled by the weight w:
//  1. Different-label k-NN affinities x (1 - w)^3 relative to same-label ones (floor 1e-3, so
//     a point whose neighbours all carry other labels keeps some attraction to them).
//  2. Same-label links (label-links.ts: a random regular graph inside each label, 6 links
//     per point) carry w/2 of the labelled pairs' affinity mass: a sparse stand-in for
//     "uniform over my label", which joins a label's scattered pieces into one cluster.
// The labelled block (pairs of two labelled points) keeps its total, so P still sums to 1: its
// k-NN pairs are rescaled to hold the other 1 - w/2. So the absolute factor on different-label
// pairs is (1 - w/2) D / (S + (1 - w)^3 D) x (1 - w)^3 (S, D: same- / different-label k-NN
// mass): (1 - w)^3 (1 - w/2) when S dominates, but only 1 - w/2 when S is near zero (labels
// that share no k-NN pairs, e.g. alternating point by point): then the links alone pull each
// label together, with half the block's mass. Kept so: scaling D down further with nothing
// else to hold the mass would hand it all to the links.
// Weight 0, and labels that change nothing (all ignored, or no two points sharing one), return
// P itself. Works on the full symmetric P or on its upper triangle (each pair once: what t-SNE
// keeps), with the same values. Cost: two passes over P plus O(n) links; 100,000 points x 130
// non-zeros: ~0.38 s of CPU (the old re-weighting: ~0.15 s), measured on a busy 2-core machine.
// Measured (tsne-supervision.test.ts, 600 points; browser test): within-label scatter of
// labels spread over 24 clusters 0.86 -> 0.057 (w 0.5) -> 0.025 (w 1); MNIST fixture in the
// browser 0.93 -> 0.049 -> 0.020; labels interleaved inside clusters: 10-NN label purity
// 0.46 -> 0.90 -> 0.94.

import { IGNORED_LABEL, labelCycleLinks, type LabelLinks } from './label-links';
import type { SparseMatrix, SparseValues } from '../sparse-matrix';

export { IGNORED_LABEL };

interface SupervisionSettings {
  /** Share of the labelled points' affinity mass that the same-label links carry at weight 1. */
  linkShare: number;
  /** Random cycles per label (links per point = 2 x cycles). */
  cycles: number;
  /** Different-label affinities are scaled by max(floor, (1 - w)^differentLabelPower). */
  differentLabelPower: number;
  differentLabelFloor: number;
}

// Chosen by measurement on the tests' data: cycles 2..5 give the same figures; with power 1
// labels interleaved inside clusters barely separate at w = 0.5 (10-NN purity 0.51), with
// power 3 they do (0.89) - TensorBoard is as strong at its factor 0.5. linkShare 0.3 / 0.5 /
// 0.7 all gather scattered labels (scatter 0.012 / 0.008 / 0.009 at w = 1 on the MNIST data).
const SUPERVISION_SETTINGS: Readonly<SupervisionSettings> = {
  linkShare: 0.5, cycles: 3, differentLabelPower: 3, differentLabelFloor: 1e-3,
};

/** How a symmetric matrix is stored: every entry, or only those above the diagonal. */
export type AffinityStorage = 'full' | 'upper';

export function superviseAffinities<V extends SparseValues>(
  matrix: SparseMatrix<V>, labels: Int32Array, weight: number, storage: AffinityStorage = 'full',
): SparseMatrix<V | Float64Array> {
  return superviseAffinitiesWith(matrix, labels, weight, storage, SUPERVISION_SETTINGS);
}

function superviseAffinitiesWith<V extends SparseValues>(
  matrix: SparseMatrix<V>, labels: Int32Array, weight: number, storage: AffinityStorage, settings: Readonly<SupervisionSettings>,
): SparseMatrix<V | Float64Array> {
  if (labels.length !== matrix.n) throw new RangeError(`supervise: ${labels.length} labels for ${matrix.n} points`);
  const w = Math.min(1, Math.max(0, weight));
  if (!(w > 0)) return matrix;
  const differentFactor = Math.max(settings.differentLabelFloor, (1 - w) ** settings.differentLabelPower);
  const kinds = new Uint8Array(matrix.columns.length);
  const mass = classifyPairs(matrix, labels, kinds);
  const before = mass[SAME] + mass[DIFFERENT];
  const links = labelCycleLinks(labels, settings.cycles);
  const linkMass = links.from.length > 0 && before > 0 ? w * settings.linkShare * before : 0;
  // No links and only one kind of labelled pair: the rescaling below would be x 1.
  if (linkMass === 0 && (mass[SAME] === 0 || mass[DIFFERENT] === 0)) return matrix;
  // The k-NN part of the labelled block gets the rest of its former mass.
  const after = mass[SAME] + differentFactor * mass[DIFFERENT];
  const sameScale = after > 0 ? (before - linkMass) / after : 0;
  const factorByKind = new Float64Array(3);
  factorByKind[UNTOUCHED] = 1;
  factorByKind[SAME] = sameScale;
  factorByKind[DIFFERENT] = sameScale * differentFactor;
  // In full storage each link is stored twice, as (i, j) and (j, i); in upper storage once (and
  // the masses above are halves, so the values agree).
  const perLink = linkMass > 0 ? linkMass / ((storage === 'full' ? 2 : 1) * links.from.length) : 0;
  return rescaleAndLink(matrix, kinds, factorByKind, perLink > 0 ? links : NO_LINKS, perLink, storage);
}

/** Kinds of entry: a pair with an ignored point, or two labelled points with equal / different labels. */
const UNTOUCHED = 0;
const SAME = 1;
const DIFFERENT = 2;
const NO_LINKS: LabelLinks = { from: new Int32Array(0), to: new Int32Array(0) };

/**
 * Writes every non-zero's kind into `kinds` (so later passes need no label look-ups) and
 * returns the affinity mass of each kind.
 */
function classifyPairs(matrix: SparseMatrix<SparseValues>, labels: Int32Array, kinds: Uint8Array): Float64Array {
  const { n, rowStart, columns, values } = matrix;
  let same = 0;
  let different = 0;
  let untouched = 0;
  for (let i = 0; i < n; i++) {
    const labelI = labels[i];
    const start = rowStart[i];
    const end = rowStart[i + 1];
    if (labelI === IGNORED_LABEL) {
      for (let s = start; s < end; s++) untouched += values[s];
      continue;
    }
    for (let s = start; s < end; s++) {
      const labelJ = labels[columns[s]];
      if (labelJ === labelI) {
        kinds[s] = SAME;
        same += values[s];
      } else if (labelJ !== IGNORED_LABEL) {
        kinds[s] = DIFFERENT;
        different += values[s];
      } else {
        untouched += values[s];
      }
    }
  }
  return Float64Array.of(untouched, same, different);
}

/**
 * The result in CSR: every entry scaled by its kind's factor, then every link added with value
 * perLink to both of its rows (full storage) or to the row of its lower point (upper storage),
 * summed into the entry when the pair is already a k-NN pair or the link was drawn twice.
 */
function rescaleAndLink(
  matrix: SparseMatrix<SparseValues>, kinds: Uint8Array, factorByKind: Float64Array, links: LabelLinks, perLink: number,
  storage: AffinityStorage,
): SparseMatrix {
  const { n, rowStart, columns, values } = matrix;
  const { linkStart, linkColumn } = linksByRow(n, links, storage);
  const capacity = columns.length + linkColumn.length;
  const newStart = new Int32Array(n + 1);
  const newColumns = new Int32Array(capacity);
  const newValues = new Float64Array(capacity);
  // While row i is built: linkOwner[j] === i while link (i, j) is still to be placed;
  // linkCount[j] = how many times it was drawn.
  const linkOwner = new Int32Array(n).fill(-1);
  const linkCount = new Int32Array(n);
  let used = 0;
  for (let i = 0; i < n; i++) {
    newStart[i] = used;
    const start = rowStart[i];
    const end = rowStart[i + 1];
    newColumns.set(columns.subarray(start, end), used);
    for (let s = start; s < end; s++) newValues[used + s - start] = values[s] * factorByKind[kinds[s]];
    const linksFrom = linkStart[i];
    const linksTo = linkStart[i + 1];
    if (linksFrom < linksTo) {
      // A link can only coincide with a same-label entry: add it there, else append it.
      for (let t = linksFrom; t < linksTo; t++) linkCount[linkColumn[t]] = 0;
      for (let t = linksFrom; t < linksTo; t++) {
        linkOwner[linkColumn[t]] = i;
        linkCount[linkColumn[t]]++;
      }
      for (let s = start; s < end; s++) {
        if (kinds[s] !== SAME || linkOwner[columns[s]] !== i) continue;
        newValues[used + s - start] += perLink * linkCount[columns[s]];
        linkOwner[columns[s]] = -1;
      }
    }
    used += end - start;
    for (let t = linksFrom; t < linksTo; t++) {
      const j = linkColumn[t];
      if (linkOwner[j] !== i) continue;
      linkOwner[j] = -1;
      newColumns[used] = j;
      newValues[used++] = perLink * linkCount[j];
    }
  }
  newStart[n] = used;
  // Views, not copies: only links that coincide with k-NN pairs leave unused room.
  return { n, rowStart: newStart, columns: newColumns.subarray(0, used), values: newValues.subarray(0, used) };
}

/** Links grouped by row (a counting sort): each in both of its rows, or (upper storage) in the
 *  row of its lower point only. */
function linksByRow(n: number, links: LabelLinks, storage: AffinityStorage): { linkStart: Int32Array; linkColumn: Int32Array } {
  const both = storage === 'full';
  const { from, to } = links;
  const linkStart = new Int32Array(n + 1);
  for (let t = 0; t < from.length; t++) {
    const low = Math.min(from[t], to[t]), high = Math.max(from[t], to[t]);
    linkStart[low + 1]++;
    if (both) linkStart[high + 1]++;
  }
  for (let i = 0; i < n; i++) linkStart[i + 1] += linkStart[i];
  const linkColumn = new Int32Array(linkStart[n]);
  const fill = linkStart.slice(0, n);
  for (let t = 0; t < from.length; t++) {
    const low = Math.min(from[t], to[t]), high = Math.max(from[t], to[t]);
    linkColumn[fill[low]++] = high;
    if (both) linkColumn[fill[high]++] = low;
  }
  return { linkStart, linkColumn };
}
