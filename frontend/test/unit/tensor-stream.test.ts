// Reading a tensor's body into a sink while it downloads (data/tensor-stream.ts): whole rows per
// piece whatever the chunk boundaries, float16 decoded, NaN and infinities put as 0 and counted, a
// body of the wrong length refused.
import { describe, expect, it } from 'vitest';
import { CutOff, readRows, type RowSink } from '../../src/data/tensor-stream';

function streamOf(chunks: Uint8Array[]): ReadableStreamDefaultReader<Uint8Array> {
  return new ReadableStream<Uint8Array>({ start(c) { chunks.forEach((x) => c.enqueue(x)); c.close(); } }).getReader();
}

/** The bytes cut at the given offsets. */
function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [0, ...cuts, bytes.length];
  return at.slice(1).map((end, i) => bytes.slice(at[i], end));
}

class RecordingSink implements RowSink {
  pieces: { first: number; rows: number[] }[] = [];
  ended = false;
  put(rows: Float32Array, first: number): void { this.pieces.push({ first, rows: Array.from(rows) }); }
  async end(): Promise<void> { this.ended = true; }
  abort(): void {}
}

describe('readRows', () => {
  const n = 7, d = 3;
  const values = Float32Array.from({ length: n * d }, (_, i) => i * 1.5 - 4);

  it('puts whole rows in order, in pieces, whatever the chunks', async () => {
    for (const cuts of [[], [1], [5, 6, 7, 30], [12, 24, 36, 48, 60, 72]]) {
      const sink = new RecordingSink();
      const r = await readRows(streamOf(chunked(new Uint8Array(values.buffer), cuts)), { n, d, encoding: 'float32', sink, piece: 3 });
      expect(r).toEqual({ nonFinite: 0, bytes: n * d * 4 });
      expect(sink.pieces.map((p) => p.first)).toEqual([0, 3, 6]);
      expect(sink.pieces.flatMap((p) => p.rows)).toEqual(Array.from(values));
    }
  });

  it('decodes float16 and counts non-finite values, put as 0', async () => {
    const halves = Uint16Array.from([0x3c00, 0xc000, 0x7e00, 0x3800, 0x7c00, 0x0000]);   // 1, -2, NaN, 0.5, +Inf, 0
    const sink = new RecordingSink();
    const r = await readRows(streamOf(chunked(new Uint8Array(halves.buffer), [3, 7])), { n: 2, d: 3, encoding: 'float16', sink, piece: 1 });
    expect(r.nonFinite).toBe(2);
    expect(sink.pieces).toEqual([{ first: 0, rows: [1, -2, 0] }, { first: 1, rows: [0.5, 0, 0] }]);
  });

  it('refuses a body shorter or longer than its shape', async () => {
    const bytes = new Uint8Array(values.buffer);
    const short = await readRows(streamOf([bytes.slice(0, 40)]), { n, d, encoding: 'float32', sink: new RecordingSink() }).catch((e) => e);
    expect(short).toBeInstanceOf(CutOff);
    expect(short.loaded).toBe(40);
    const long = readRows(streamOf([bytes, new Uint8Array(4)]), { n, d, encoding: 'float32', sink: new RecordingSink() });
    await expect(long).rejects.toThrow(/more than the 7 x 3 values/);
  });
});
