// Input affinities P from the k-nearest-neighbour graph, as openTSNE does it:
// per point a Gaussian over its k neighbours' squared distances whose bandwidth is found (Newton
// steps kept inside a bisection bracket) so the conditional distribution's perplexity matches;
// then P = (P + P^T) / 2n.

import type { KnnGraph } from '../knn';
import { normalizeValues, type SparseMatrix, type SparseValues } from '../sparse-matrix';
import { releaseBuffers } from '../release-buffers';

const SEARCH_STEPS = 200;
const ENTROPY_TOLERANCE = 1e-8;
/**
 * Newton's start: beta = START_SCALE x k / (sum of the row's shifted squared distances). Measured
 * (perplexity 30, k = 90): 3.5 steps per row on clustered, spread and sklearn's digits rows, where
 * beta = 1 took 6.5 and scales 1, 2, 6, 8, 12 took 5-7.
 */
const START_SCALE = 4;
/** Rows between the steps' yields: a fraction of a second at k = 90, so Stop acts and progress moves at 1M rows. */
const ROWS_PER_STEP = 16_384;

/** Neighbours t-SNE needs for a perplexity (3 x perplexity, at most n - 1). */
export function neighborCount(n: number, perplexity: number): number {
  return Math.max(1, Math.min(n - 1, Math.floor(3 * perplexity)));
}

/**
 * Row-stochastic conditional affinities p(j|i), n x k like the graph's indices. A perplexity
 * above k is clamped to k (it cannot be reached with k neighbours).
 */
export function conditionalAffinities(graph: KnnGraph, perplexity: number): Float64Array {
  return completed(conditionalAffinitySteps(graph, perplexity, new Float64Array(graph.n * graph.k)));
}

/**
 * conditionalAffinities() into `result` (n x k) in steps of ROWS_PER_STEP rows, yielding the
 * fraction of rows done. Each row is calibrated in float64; t-SNE's start stores them in float32
 * (n x k float64 was 360 MB more at 1M rows, k = 90).
 */
export function* conditionalAffinitySteps<V extends Float32Array | Float64Array>(
  graph: KnnGraph, perplexity: number, result: V,
): Generator<number, V, void> {
  const { n, k, distances } = graph;
  const targetEntropy = Math.log(Math.max(1, Math.min(perplexity, k)));
  const squared = new Float64Array(k);
  const row = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const base = i * k;
    // Shifting by the nearest distance leaves the normalised row unchanged and avoids underflow.
    const nearest = distances[base] * distances[base];
    for (let s = 0; s < k; s++) squared[s] = distances[base + s] * distances[base + s] - nearest;
    calibrateRow(squared, k, targetEntropy, row);
    for (let s = 0; s < k; s++) result[base + s] = row[s];
    if ((i + 1) % ROWS_PER_STEP === 0) yield (i + 1) / n;
  }
  return result;
}

/**
 * Finds the precision beta at which the row's Shannon entropy (nats) matches: Newton steps on
 * H(beta), whose slope is -beta Var_p(d^2), kept inside a bracket that shrinks as the binary
 * search's would (a step out of it bisects instead). About 5 steps where the binary search took
 * ~40 (1M rows at k = 90: the calibration was ~50 s of t-SNE's start).
 */
function calibrateRow(squared: Float64Array, k: number, targetEntropy: number, out: Float64Array): void {
  let spread = 0;
  for (let s = 0; s < k; s++) spread += squared[s];
  let beta = spread > 0 ? START_SCALE * k / spread : 1;
  let lower = 0;
  let upper = Infinity;
  for (let step = 0; step < SEARCH_STEPS; step++) {
    let sum = 0;
    let weighted = 0;
    let weightedSquares = 0;
    for (let s = 0; s < k; s++) {
      const p = Math.exp(-squared[s] * beta);
      out[s] = p;
      sum += p;
      weighted += squared[s] * p;
      weightedSquares += squared[s] * squared[s] * p;
    }
    const mean = weighted / sum;
    const entropy = Math.log(sum) + beta * mean;
    for (let s = 0; s < k; s++) out[s] /= sum;
    const difference = entropy - targetEntropy;
    if (Math.abs(difference) < ENTROPY_TOLERANCE) return;
    // Too flat (difference > 0): sharpen, beta up; too peaked: beta down.
    if (difference > 0) lower = beta;
    else upper = beta;
    const slope = -beta * (weightedSquares / sum - mean * mean);
    const newton = slope < 0 ? beta - difference / slope : NaN;
    if (newton > lower && newton < upper) beta = newton;
    else if (difference > 0) beta = upper === Infinity ? beta * 2 : (beta + upper) / 2;
    else beta = (beta + lower) / 2;
  }
}

/** Joint affinities: symmetrised (p(j|i) + p(i|j)) / 2n in CSR form, summing to 1. */
export function jointAffinities(graph: KnnGraph, perplexity: number): SparseMatrix {
  return completed(jointAffinitySteps(graph, perplexity));
}

/**
 * jointAffinities() in steps, yielding the fraction done: the calibration (most of the time, 1M
 * rows: ~20 s) then the merge, each a row block at a time, so a run can be stopped in between.
 */
export function* jointAffinitySteps(graph: KnnGraph, perplexity: number): Generator<number, SparseMatrix, void> {
  const conditional = yield* scaledSteps(conditionalAffinitySteps(graph, perplexity, new Float32Array(graph.n * graph.k)), 0, 0.75);
  return yield* scaledSteps(symmetrizeSteps(graph, conditional, 'full', float64Values), 0.75, 0.25);
}

/**
 * The upper triangle (column > row, each pair once) of jointAffinities(), in steps, built without
 * the full matrix and consuming the graph: p(j|i) are written over its distances (float32, as
 * jointAffinitySteps stores them). At 1M rows, k = 90 this skips the conditional array (360 MB),
 * half the transpose (360 MB) and the full P (~1.8 GB) t-SNE's start held at its peak. Its values
 * are float32 (rounding ~6e-8 relative; the attraction and KL sum them in float64): 360 MB less
 * for the run's whole life at 1M, with 10k layouts as good (RESULTS.md).
 */
export function* upperJointAffinitySteps(graph: KnnGraph, perplexity: number): Generator<number, SparseMatrix<Float32Array>, void> {
  const conditional = yield* scaledSteps(conditionalAffinitySteps(graph, perplexity, graph.distances), 0, 0.75);
  return yield* scaledSteps(symmetrizeSteps(graph, conditional, 'upper', float32Values), 0.75, 0.25);
}

/**
 * upperJointAffinitySteps() for a graph whose distances already hold the rows' p(j|i) (calibrated
 * in the compute workers as they hand the graph out): the symmetrisation only.
 */
export function upperJointFromConditionalSteps(graph: KnnGraph): Generator<number, SparseMatrix<Float32Array>, void> {
  return symmetrizeSteps(graph, graph.distances, 'upper', float32Values);
}

/**
 * (C + C^T) / 2 for the n x k conditional matrix C, merged into one CSR matrix. Sized exactly (a
 * counting pass first): 2 n k slots were 2 GB at 1M points, k = 90, and allocating them cost more
 * than the merge.
 */
export function symmetrize(graph: KnnGraph, conditional: Float32Array | Float64Array): SparseMatrix {
  return completed(symmetrizeSteps(graph, conditional, 'full', float64Values));
}

/**
 * symmetrize() yielding after each ROWS_PER_STEP rows of its three row passes (the fraction done);
 * 'upper' keeps only the entries with column > row, normalised as in the full matrix (the pairs sum
 * to 1/2). A row's entries: its own edges, then the incoming edges not already among them.
 */
function* symmetrizeSteps<V extends SparseValues>(
  graph: KnnGraph, conditional: Float32Array | Float64Array, part: 'full' | 'upper', valuesOf: (length: number) => V,
): Generator<number, SparseMatrix<V>, void> {
  const { n, k, indices } = graph;
  const pause = (pass: number, i: number) => (i + 1) % ROWS_PER_STEP === 0 ? (pass + (i + 1) / n) / 3 : -1;
  // The edges row i stores: all (full), or those to a later row (upper: an edge to an earlier row
  // is stored there, as that row's incoming edge).
  const stored = part === 'full' ? (i: number, j: number) => i >= 0 && j >= 0 : (i: number, j: number) => j > i;
  // Incoming edges per node (the transpose's rows); for the upper triangle only those from later rows.
  const inStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) for (let s = i * k; s < i * k + k; s++) if (stored(indices[s], i)) inStart[indices[s] + 1]++;
  for (let i = 0; i < n; i++) inStart[i + 1] += inStart[i];
  const inSource = new Int32Array(inStart[n]);
  const inValue = new Float32Array(inStart[n]); // as conditional: float32 (the sums below are float64)
  const fill = inStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let s = i * k; s < i * k + k; s++) {
      const j = indices[s];
      if (!stored(j, i)) continue;
      inSource[fill[j]] = i;
      inValue[fill[j]++] = conditional[s];
    }
    const done = pause(0, i);
    if (done >= 0) yield done;
  }
  const markedBy = new Int32Array(n).fill(-1);
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let size = 0;
    for (let s = i * k; s < i * k + k; s++) {
      if (!stored(i, indices[s])) continue;
      markedBy[indices[s]] = i;
      size++;
    }
    for (let t = inStart[i]; t < inStart[i + 1]; t++) if (markedBy[inSource[t]] !== i) size++;
    rowStart[i + 1] = rowStart[i] + size;
    const done = pause(1, i);
    if (done >= 0) yield done;
  }
  const columns = new Int32Array(rowStart[n]);
  const values = valuesOf(rowStart[n]);
  const slotOf = new Int32Array(n);
  markedBy.fill(-1);
  for (let i = 0; i < n; i++) {
    let used = rowStart[i];
    for (let s = i * k; s < i * k + k; s++) {
      const j = indices[s];
      if (!stored(i, j)) continue;
      markedBy[j] = i;
      slotOf[j] = used;
      columns[used] = j;
      values[used++] = conditional[s] / 2;
    }
    for (let t = inStart[i]; t < inStart[i + 1]; t++) {
      const j = inSource[t];
      if (markedBy[j] === i) {
        values[slotOf[j]] += inValue[t] / 2;
      } else {
        columns[used] = j;
        values[used++] = inValue[t] / 2;
      }
    }
    const done = pause(2, i);
    if (done >= 0) yield done;
  }
  // The transpose and the marks are freed now, not at some later collection (an iterating worker
  // allocates little): 1M rows, k = 90, upper triangle: ~370 MB.
  releaseBuffers([inStart.buffer, inSource.buffer, inValue.buffer, fill.buffer, markedBy.buffer, slotOf.buffer]);
  const matrix = { n, rowStart, columns, values };
  normalizeValues(matrix);
  // The upper triangle's pairs are half of the full matrix's entries.
  if (part === 'upper') for (let s = 0; s < values.length; s++) values[s] /= 2;
  return matrix;
}

const float64Values = (length: number) => new Float64Array(length);
const float32Values = (length: number) => new Float32Array(length);

/** A step generator's fractions mapped onto [start, start + share]. */
function* scaledSteps<T>(steps: Generator<number, T, void>, start: number, share: number): Generator<number, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield start + share * step.value;
  }
}

/** The value a step generator returns, its steps run without pause. */
function completed<T>(steps: Generator<number, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
