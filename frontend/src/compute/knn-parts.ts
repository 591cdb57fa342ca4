// How a k-NN graph is split between parts (one per compute worker): part w owns the rows
// bounds[w] .. bounds[w+1] - 1 of a shared numbering, keeps their neighbour lists, and sends
// what it finds for rows it does not own to their owners in batches (an Outbox per exchange).
// No SharedArrayBuffer here: the batches travel as transferred ArrayBuffers.

/** `parts` contiguous, nearly equal ranges of 0..n-1. */
export class Partition {
  readonly bounds: Int32Array;

  constructor(
    readonly n: number,
    readonly parts: number,
  ) {
    if (!(Number.isInteger(parts) && parts >= 1)) throw new RangeError(`partition: ${parts} parts`);
    this.bounds = Int32Array.from({ length: parts + 1 }, (_, w) => Math.floor((n * w) / parts));
  }

  /** The part that owns row p. */
  ownerOf(p: number): number {
    const { bounds, parts, n } = this;
    let w = Math.min(parts - 1, Math.floor((p * parts) / n));
    while (p < bounds[w]) w--;
    while (p >= bounds[w + 1]) w++;
    return w;
  }

  lo(part: number): number {
    return this.bounds[part];
  }

  hi(part: number): number {
    return this.bounds[part + 1];
  }
}

/**
 * Entries for rows another part owns: row `rows[e]` is offered `others[e]` with `values[e]` (a
 * distance key, or a sampling priority) and `flags[e]` (1 = new). Owned by the receiver once sent.
 */
export interface PartMessage {
  rows: Int32Array;
  others: Int32Array;
  values: Float32Array;
  flags: Uint8Array;
}

/** One growing batch per destination part. */
export class Outbox {
  private readonly batches: Batch[];

  constructor(private readonly partition: Partition) {
    this.batches = Array.from({ length: partition.parts }, () => new Batch());
  }

  push(row: number, other: number, value: number, flag: number): void {
    this.batches[this.partition.ownerOf(row)].push(row, other, value, flag);
  }

  /** Entries queued so far. */
  get size(): number {
    return this.batches.reduce((sum, batch) => sum + batch.length, 0);
  }

  /** The batch for each part (null where there is none), and a fresh start. */
  take(): (PartMessage | null)[] {
    return this.batches.map((batch) => batch.take());
  }
}

class Batch {
  length = 0;
  private rows = new Int32Array(1024);
  private others = new Int32Array(1024);
  private values = new Float32Array(1024);
  private flags = new Uint8Array(1024);

  push(row: number, other: number, value: number, flag: number): void {
    if (this.length === this.rows.length) this.grow();
    const e = this.length++;
    this.rows[e] = row;
    this.others[e] = other;
    this.values[e] = value;
    this.flags[e] = flag;
  }

  take(): PartMessage | null {
    if (this.length === 0) return null;
    const count = this.length;
    const message = {
      rows: this.rows.slice(0, count), others: this.others.slice(0, count),
      values: this.values.slice(0, count), flags: this.flags.slice(0, count),
    };
    this.length = 0;
    return message;
  }

  private grow(): void {
    const size = this.rows.length * 2;
    const grown = <T extends Int32Array | Float32Array | Uint8Array>(array: T, make: new (size: number) => T): T => {
      const next = new make(size);
      next.set(array);
      return next;
    };
    this.rows = grown(this.rows, Int32Array);
    this.others = grown(this.others, Int32Array);
    this.values = grown(this.values, Float32Array);
    this.flags = grown(this.flags, Uint8Array);
  }
}

/** The buffers of some messages, to move them instead of copying. */
export function messageBuffers(messages: readonly (PartMessage | null | undefined)[]): ArrayBuffer[] {
  return messages.flatMap((m) => (m ? [m.rows.buffer, m.others.buffer, m.values.buffer, m.flags.buffer] as ArrayBuffer[] : []));
}
