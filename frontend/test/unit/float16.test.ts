import { describe, expect, it } from 'vitest';
import { float16Into, halfToFloat } from '../../src/data/float16';
import { readRows, type RowSink } from '../../src/data/tensor-stream';

/** The float32 values of float16 bit patterns. */
function decode(halves: Uint16Array): Float32Array {
  const out = new Float32Array(halves.length);
  float16Into(halves, out);
  return out;
}

describe('float16 decoding', () => {
  it('decodes the landmark bit patterns exactly', () => {
    expect(halfToFloat(0x3c00)).toBe(1);
    expect(halfToFloat(0xc000)).toBe(-2);
    expect(halfToFloat(0x7bff)).toBe(65504);           // largest finite half
    expect(halfToFloat(0x0001)).toBe(2 ** -24);        // smallest subnormal
    expect(halfToFloat(0x0400)).toBe(2 ** -14);        // smallest normal
    expect(halfToFloat(0x3555)).toBeCloseTo(1 / 3, 3);
    expect(halfToFloat(0x7c00)).toBe(Infinity);
    expect(halfToFloat(0xfc00)).toBe(-Infinity);
    expect(Number.isNaN(halfToFloat(0x7e00))).toBe(true);
    expect(Object.is(halfToFloat(0x8000), -0)).toBe(true);
  });

  it('decodes every pattern in a buffer as the reference does, little-endian', () => {
    const bits = new Uint16Array(65536).map((_, i) => i);
    const decoded = decode(bits);
    for (let i = 0; i < 65536; i++) {
      const want = halfToFloat(i);
      if (Number.isNaN(want)) expect(Number.isNaN(decoded[i])).toBe(true);
      else expect(decoded[i]).toBe(Math.fround(want));
    }
    const bytes = new Uint8Array([0x00, 0x3c, 0x00, 0xc0]);   // 1, -2 as written by numpy's '<f2'
    expect(Array.from(decode(new Uint16Array(bytes.buffer)))).toEqual([1, -2]);
  });

  it('refuses an odd number of bytes (a float16 body read as rows)', async () => {
    const sink: RowSink = { put: () => {}, end: async () => {}, abort: () => {} };
    const body = new ReadableStream<Uint8Array>({ start(c) { c.enqueue(new Uint8Array(3)); c.close(); } }).getReader();
    await expect(readRows(body, { n: 1, d: 1, encoding: 'float16', sink })).rejects.toThrow(/more than the 1 x 1 values/);
  });
});
