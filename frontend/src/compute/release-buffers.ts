// Frees large buffers at once instead of at some later collection. A worker that iterates
// allocates little, so hundreds of MB of garbage (a graph turned into P) can stay for minutes.
// ArrayBuffer.prototype.transfer(0) detaches a buffer and frees its memory where the engine has
// it (Chromium 114+, node 21+); elsewhere the buffers wait for the GC as before.

type Transferable = ArrayBufferLike & { transfer?: (length: number) => ArrayBuffer; detached?: boolean };

/** Detaches and frees each buffer (views on them read as empty afterwards). */
export function releaseBuffers(buffers: readonly ArrayBufferLike[]): void {
  for (const buffer of buffers as readonly Transferable[]) {
    if (buffer.detached || typeof SharedArrayBuffer !== 'undefined' && buffer instanceof SharedArrayBuffer) continue;
    buffer.transfer?.(0);
  }
}
