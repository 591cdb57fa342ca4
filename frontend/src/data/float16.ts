// IEEE 754 half precision -> float32, for tensors downloaded as float16 (half the bytes).
// A 65,536-entry table (256 KiB, built on first use) makes decoding one lookup per value.

let table: Float32Array | null = null;

/** The float32 value of one float16 bit pattern (the table's reference; exact for every pattern). */
export function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;                 // zero and subnormals
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

function decodingTable(): Float32Array {
  if (!table) {
    table = new Float32Array(65536);
    for (let bits = 0; bits < 65536; bits++) table[bits] = halfToFloat(bits);
  }
  return table;
}

/** Float16 bit patterns (platform order: little-endian everywhere we run) -> their float32 values in `out`. */
export function float16Into(halves: Uint16Array, out: Float32Array): void {
  const lookup = decodingTable();
  for (let i = 0; i < halves.length; i++) out[i] = lookup[halves[i]];
}
