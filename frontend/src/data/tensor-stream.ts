// A tensor's body read as float32 rows in pieces while it downloads. Each piece is a fresh array
// handed to a RowSink (the compute workers, moved there), and the reader keeps nothing: a million
// rows never sit in one buffer on the page, and the workers take them in while the rest arrives.

import { float16Into } from './float16';

/** Where the rows of a download go, piece by piece. */
export interface RowSink {
  /** Rows firstRow .. firstRow + rows.length / d - 1, in order; the sink owns the array. */
  put(rows: Float32Array, firstRow: number): void;
  /** Every row was put: resolves once the sink holds them all. */
  end(): Promise<void>;
  /** The download failed or was superseded: what was put is dropped. */
  abort(): void;
}

/** A sink for an n x d tensor (asked once the response says the shape). */
export type RowSinkFactory = (n: number, d: number) => Promise<RowSink>;

/** Gathers the rows into one n x d array on the page (no compute workers; side B of a comparison). */
export class ArraySink implements RowSink {
  readonly data: Float32Array;

  constructor(n: number, private readonly d: number) { this.data = new Float32Array(n * d); }

  put(rows: Float32Array, firstRow: number): void { this.data.set(rows, firstRow * this.d); }
  async end(): Promise<void> {}
  abort(): void {}
}

/** Rows per piece: about 8 MB of float32 (small next to the tensor, large next to a message's cost). */
export function pieceRows(d: number): number {
  return Math.max(1, Math.floor((8 << 20) / (4 * Math.max(1, d))));
}

/** Replaces NaN / ±Infinity with 0 in place; returns how many there were. */
export function replaceNonFinite(a: Float32Array): number {
  let bad = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v - v !== 0) { a[i] = 0; bad++; }
  }
  return bad;
}

/** The body ended before n x d values (the server cuts a file that changed while it was sent). */
export class CutOff extends Error {
  constructor(readonly loaded: number, readonly expected: number) {
    super(`the tensor ended after ${loaded} of ${expected} bytes`);
  }
}

export interface ReadRowsOptions {
  n: number;
  d: number;
  encoding: 'float32' | 'float16';
  sink: RowSink;
  /** Bytes read so far, after every chunk. */
  onBytes?: (loaded: number) => void;
  /** Rows per piece (default pieceRows(d)). */
  piece?: number;
}

/**
 * Reads n x d values from `reader` into the sink in pieces of whole rows; answers how many values
 * were NaN or infinite (put as 0). Throws if the body is not exactly n x d values; a read that
 * fails is rethrown (the caller tells a cut-off download from an abort).
 */
export async function readRows(reader: ReadableStreamDefaultReader<Uint8Array>, options: ReadRowsOptions): Promise<{ nonFinite: number; bytes: number }> {
  const { n, d, encoding, sink } = options;
  const valueBytes = encoding === 'float16' ? 2 : 4;
  const rowBytes = d * valueBytes;
  const expected = n * rowBytes;
  const rowsPerPiece = Math.max(1, options.piece ?? pieceRows(d));
  let row = 0, loaded = 0, nonFinite = 0, filled = 0;
  const nextStaging = () => new Uint8Array(Math.min(n - row, rowsPerPiece) * rowBytes);
  let staging = nextStaging();
  const flush = () => {
    const rows = staging.length / rowBytes;
    let out: Float32Array;
    if (encoding === 'float32') out = new Float32Array(staging.buffer);   // the staging bytes become the piece
    else float16Into(new Uint16Array(staging.buffer), out = new Float32Array(rows * d));
    nonFinite += replaceNonFinite(out);
    sink.put(out, row);
    row += rows;
    staging = nextStaging();
    filled = 0;
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.length;
    if (loaded > expected) throw new Error(`the tensor has more than the ${n} x ${d} values its shape says`);
    let offset = 0;
    while (offset < value.length) {
      const take = Math.min(value.length - offset, staging.length - filled);
      staging.set(value.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === staging.length) flush();
    }
    options.onBytes?.(loaded);
  }
  if (loaded !== expected) throw new CutOff(loaded, expected);
  return { nonFinite, bytes: loaded };
}
