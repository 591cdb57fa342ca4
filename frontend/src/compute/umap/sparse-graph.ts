// A weighted graph in compressed sparse row form: row i's edges are columns/values[rowStart[i] .. rowStart[i+1]).

export class SparseGraph {
  constructor(
    readonly n: number,
    readonly rowStart: Int32Array,
    readonly columns: Int32Array,
    readonly values: Float32Array,
  ) {}

  get edgeCount(): number {
    return this.columns.length;
  }

  /** The weight of edge i -> j, 0 when absent (a linear scan of row i: for tests and checks). */
  weight(i: number, j: number): number {
    for (let e = this.rowStart[i]; e < this.rowStart[i + 1]; e++) if (this.columns[e] === j) return this.values[e];
    return 0;
  }

  maxValue(): number {
    let max = 0;
    for (let e = 0; e < this.values.length; e++) if (this.values[e] > max) max = this.values[e];
    return max;
  }

  /** Sum of each row's weights. */
  degrees(): Float64Array {
    const degrees = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) {
      let sum = 0;
      for (let e = this.rowStart[i]; e < this.rowStart[i + 1]; e++) sum += this.values[e];
      degrees[i] = sum;
    }
    return degrees;
  }

  /** Connected-component label of every vertex (0, 1, ... in order of first vertex), and the count. */
  components(): { labels: Int32Array; count: number } {
    const labels = new Int32Array(this.n).fill(-1);
    const stack = new Int32Array(this.n);
    let count = 0;
    for (let start = 0; start < this.n; start++) {
      if (labels[start] >= 0) continue;
      let top = 0;
      stack[top++] = start;
      labels[start] = count;
      while (top > 0) {
        const i = stack[--top];
        for (let e = this.rowStart[i]; e < this.rowStart[i + 1]; e++) {
          const j = this.columns[e];
          if (labels[j] < 0) {
            labels[j] = count;
            stack[top++] = j;
          }
        }
      }
      count++;
    }
    return { labels, count };
  }

  /** The graph induced on `vertices` (renumbered 0 .. vertices.length-1 in that order). */
  subgraph(vertices: Int32Array): SparseGraph {
    const local = new Int32Array(this.n).fill(-1);
    vertices.forEach((v, i) => (local[v] = i));
    const rowStart = new Int32Array(vertices.length + 1);
    const columns: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < vertices.length; i++) {
      const v = vertices[i];
      for (let e = this.rowStart[v]; e < this.rowStart[v + 1]; e++) {
        const j = local[this.columns[e]];
        if (j < 0) continue;
        columns.push(j);
        values.push(this.values[e]);
      }
      rowStart[i + 1] = columns.length;
    }
    return new SparseGraph(vertices.length, rowStart, Int32Array.from(columns), Float32Array.from(values));
  }

  /** A copy without the edges lighter than `threshold`. */
  pruned(threshold: number): SparseGraph {
    const rowStart = new Int32Array(this.n + 1);
    let count = 0;
    for (let e = 0; e < this.values.length; e++) if (this.values[e] >= threshold) count++;
    const columns = new Int32Array(count);
    const values = new Float32Array(count);
    count = 0;
    for (let i = 0; i < this.n; i++) {
      for (let e = this.rowStart[i]; e < this.rowStart[i + 1]; e++) {
        if (this.values[e] < threshold) continue;
        columns[count] = this.columns[e];
        values[count++] = this.values[e];
      }
      rowStart[i + 1] = count;
    }
    return new SparseGraph(this.n, rowStart, columns, values);
  }
}
