// Points numbered breadth-first over a graph's edges (Cuthill-McKee's idea): neighbours get nearby
// numbers, and a graph's pieces come one after another. t-SNE renumbers its points so (memory
// locality); UMAP cuts its blocks of heads from it (most edges inside one block).

/**
 * order[a] = a point, breadth-first: point i's edges go to targets[from(i) .. to(i)) (negative
 * targets: no edge), in that order; each piece starts at its lowest-numbered point.
 */
export function breadthFirstOrder(n: number, targets: Int32Array, from: (i: number) => number, to: (i: number) => number): Int32Array {
  const order = new Int32Array(n);
  const seen = new Uint8Array(n);
  let next = 0, end = 0;
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    order[end++] = start;
    while (next < end) {
      const i = order[next++];
      for (let e = from(i), last = to(i); e < last; e++) {
        const j = targets[e];
        if (j >= 0 && !seen[j]) {
          seen[j] = 1;
          order[end++] = j;
        }
      }
    }
  }
  return order;
}
