// t-SNE's iterations on every core: the attraction split by row blocks of P's upper triangle
// across helper workers. Message passing, not shared memory (TensorBoard's page is not
// cross-origin isolated): each helper keeps a copy of a contiguous block of rows, and per
// iteration is sent the layout (a copy, n x dim float64) and answers its block's forces on all
// points. Meanwhile the t-SNE worker computes the repulsion and the first rows. The forces are
// the same terms one worker adds, summed in another order (equal to rounding).
//
// Balance: the repulsion's cost changes as the layout grows (the FFT grid) while the
// attraction's stays, so the share of rows kept here is re-chosen from measured times every
// REBALANCE_ITERATIONS when the two sides differ by more than a fifth (a new split re-sends the
// blocks). The helpers' copies are capped at maxHelperBytes, 192 MB: at 1M points P's upper triangle
// is ~0.5 GB, and with 256 MB (half of it) the browser held 2.51 GB while t-SNE iterated (target 2.5).

import { addAttractiveForces, type RowRange } from './gradient';
import type { AttractionAnswer, AttractionRows } from './attraction-protocol';
import type { SparseMatrix, SparseValues } from '../sparse-matrix';

export interface AttractionHelper {
  setRows(rows: AttractionRows): Promise<unknown>;
  /** y and forces are moved to the helper (the answer brings both back). */
  attract(y: Float64Array, exaggeration: number, forces: Float64Array | null): Promise<AttractionAnswer>;
  dispose(): void;
}

/** One iteration's split: the rows the caller computes itself, and the helpers' forces to add. */
export interface AttractionShare {
  own: RowRange;
  /** Adds the helpers' forces to grad (a helper that failed has its rows computed here instead, and is dropped). */
  finish(grad: Float64Array): Promise<void>;
}

export interface AttractionPoolOptions {
  /** The share of P's entries the caller starts with (it also computes the repulsion). */
  ownShare?: number;
  maxHelperBytes?: number;
  now?: () => number;
}

const REBALANCE_ITERATIONS = 20;
const IMBALANCE = 0.2;

export class AttractionPool {
  /** The matrix the helpers hold blocks of, and the blocks: rows bounds[h + 1] .. bounds[h + 2] are helper h's. */
  private sent: { upper: SparseMatrix<SparseValues>; dim: 2 | 3; bounds: Int32Array } | null = null;
  private readonly helpers: (AttractionHelper | null)[];
  /** Each helper's last answer and the layout copy it gave back, moved to it again next iteration. */
  private readonly spare: (Float64Array | null)[];
  private readonly layouts: (Float64Array | null)[];
  private ownShare: number;
  private readonly maxHelperBytes: number;
  private readonly now: () => number;
  /** Times summed since the split was last chosen: this side's (repulsion + own rows) and the slowest helper's. */
  private timed = { iterations: 0, own: 0, helper: 0 };

  constructor(helpers: AttractionHelper[], options: AttractionPoolOptions = {}) {
    this.helpers = [...helpers];
    this.spare = helpers.map(() => null);
    this.layouts = helpers.map(() => null);
    this.ownShare = options.ownShare ?? 0.3;
    this.maxHelperBytes = options.maxHelperBytes ?? 192 * 2 ** 20;
    this.now = options.now ?? (() => performance.now());
  }

  get size(): number {
    return this.helpers.filter((helper) => helper !== null).length;
  }

  /** The share of P's entries the caller computes now. */
  get share(): number {
    return this.ownShare;
  }

  /** Sends the layout to the helpers (upper's blocks first, when it or the split is new) and answers the split. */
  start(upper: SparseMatrix<SparseValues>, y: Float64Array, dim: 2 | 3, exaggeration: number): AttractionShare {
    if (this.sent?.upper !== upper || this.sent.dim !== dim) this.send(upper, dim);
    const { bounds } = this.sent!;
    const started = this.now();
    const pending = this.helpers.map((helper, h) => {
      if (!helper) return null;
      const copy = this.layouts[h]?.length === y.length ? this.layouts[h]! : new Float64Array(y.length);
      copy.set(y);
      const answer = helper.attract(copy, exaggeration, this.spare[h]);
      this.spare[h] = null;
      this.layouts[h] = null;
      return answer;
    });
    return {
      own: { first: 0, count: bounds[1], fromRow: 0 },
      finish: async (grad) => {
        const ownMilliseconds = this.now() - started;
        let helperMilliseconds = 0;
        for (let h = 0; h < pending.length; h++) {
          try {
            if (!pending[h]) throw new Error('no helper');
            const { forces, y: given, milliseconds } = await pending[h]!;
            for (let s = 0; s < grad.length; s++) grad[s] += forces[s];
            this.spare[h] = forces;
            this.layouts[h] = given;
            helperMilliseconds = Math.max(helperMilliseconds, milliseconds);
          } catch {
            this.drop(h);
            const rows = { first: bounds[h + 1], count: bounds[h + 2] - bounds[h + 1], fromRow: bounds[h + 1] };
            addAttractiveForces(upper, y, dim, exaggeration, grad, rows);
          }
        }
        this.rebalance(upper, ownMilliseconds, helperMilliseconds);
      },
    };
  }

  /** Lets the helpers free their blocks (the run ended); the next start() sends new ones. */
  release(): void {
    if (!this.sent) return;
    const { dim } = this.sent;
    this.sent = null;
    this.spare.fill(null);
    const none = { n: 0, dim, first: 0, rowStart: new Int32Array(1), columns: new Int32Array(0), values: new Float32Array(0) };
    this.helpers.forEach((helper, h) => helper?.setRows(none).catch(() => this.drop(h)));
  }

  dispose(): void {
    for (let h = 0; h < this.helpers.length; h++) this.drop(h);
  }

  private drop(h: number): void {
    this.helpers[h]?.dispose();
    this.helpers[h] = null;
  }

  private send(upper: SparseMatrix<SparseValues>, dim: 2 | 3): void {
    this.ownShare = Math.max(this.ownShare, this.leastOwnShare(upper));
    const bounds = rowBounds(upper.rowStart, this.ownShare, this.helpers.length);
    this.sent = { upper, dim, bounds };
    this.spare.fill(null);
    this.timed = { iterations: 0, own: 0, helper: 0 };
    this.helpers.forEach((helper, h) => {
      helper?.setRows(rowBlock(upper, dim, bounds[h + 1], bounds[h + 2])).catch(() => this.drop(h));
    });
  }

  /** The share kept here so that the helpers' copies stay within maxHelperBytes. */
  private leastOwnShare(upper: SparseMatrix<SparseValues>): number {
    const entries = upper.rowStart[upper.n];
    const bytesPerEntry = 4 + upper.values.BYTES_PER_ELEMENT;
    return entries > 0 ? Math.max(0, 1 - this.maxHelperBytes / (entries * bytesPerEntry)) : 0;
  }

  /**
   * Every REBALANCE_ITERATIONS: when the two sides' times differ by more than IMBALANCE, the share
   * that evens them (this side's time = repulsion + its entries, a helper's = its entries, at the
   * helpers' measured cost per entry), applied at the next start().
   */
  private rebalance(upper: SparseMatrix<SparseValues>, own: number, helper: number): void {
    const timed = this.timed;
    timed.iterations++;
    timed.own += own;
    timed.helper += helper;
    const helpers = this.size;
    if (timed.iterations < REBALANCE_ITERATIONS || helpers === 0 || !this.sent) return;
    this.timed = { iterations: 0, own: 0, helper: 0 };
    if (Math.abs(timed.own - timed.helper) <= IMBALANCE * Math.max(timed.own, timed.helper)) return;
    const entries = upper.rowStart[upper.n];
    const bounds = this.sent.bounds;
    const ownEntries = upper.rowStart[bounds[1]];
    const helperEntries = (entries - ownEntries) / helpers;
    if (helperEntries <= 0) return;
    const perEntry = timed.helper / helperEntries;
    const repulsion = Math.max(0, timed.own - perEntry * ownEntries);
    // repulsion + c x = c (E - x) / h  =>  x = (c E / h - repulsion) / (c (1 + 1 / h))
    const even = (perEntry * entries / helpers - repulsion) / (perEntry * (1 + 1 / helpers));
    const share = Math.min(1, Math.max(this.leastOwnShare(upper), even / entries));
    if (Math.abs(share - this.ownShare) < 0.02) return;
    this.ownShare = share;
    this.sent = null; // re-split (and re-sent) at the next start()
  }
}

/**
 * Row bounds: [0, own end, helper 0's end, ..., n], the caller's block holding about ownShare of
 * the entries and the helpers' blocks equal shares of the rest (blocks are contiguous rows).
 */
export function rowBounds(rowStart: Int32Array, ownShare: number, helpers: number): Int32Array {
  const n = rowStart.length - 1;
  const total = rowStart[n];
  const bounds = new Int32Array(helpers + 2);
  bounds[helpers + 1] = n;
  let row = 0;
  for (let b = 1; b <= helpers; b++) {
    const target = total * (ownShare + ((1 - ownShare) * (b - 1)) / helpers);
    while (row < n && rowStart[row] < target) row++;
    bounds[b] = row;
  }
  return bounds;
}

/** A copy of rows lo .. hi - 1 of `upper` (its rowStart from 0). */
function rowBlock(upper: SparseMatrix<SparseValues>, dim: 2 | 3, lo: number, hi: number): AttractionRows {
  const { rowStart, columns, values } = upper;
  const start = rowStart[lo], end = rowStart[hi];
  const blockStart = new Int32Array(hi - lo + 1);
  for (let r = 0; r <= hi - lo; r++) blockStart[r] = rowStart[lo + r] - start;
  return { n: upper.n, dim, first: lo, rowStart: blockStart, columns: columns.slice(start, end), values: values.slice(start, end) };
}
