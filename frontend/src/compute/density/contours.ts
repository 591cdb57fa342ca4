// Contour lines of a grid by marching squares, joined into polylines. The grid is surrounded by a
// ring of zeros, so every line at a positive level closes. Saddle cells are split by the value at the
// cell's centre (the mean of its corners).

export interface GridFrame { x0: number; y0: number; cell: number; columns: number; rows: number }

export interface ContourLine {
  level: number;
  /** World coordinates x0, y0, x1, y1, ...; a closed line does not repeat its first point. */
  points: Float32Array;
  closed: boolean;
}

// Corners of a cell: v0 (i, j), v1 (i+1, j), v2 (i+1, j+1), v3 (i, j+1); bit b of the case is set when
// corner b is at or above the level. Edges: 0 = v0-v1, 1 = v1-v2, 2 = v3-v2, 3 = v0-v3.
// Pairs of edges each case's line segments join; cases 5 and 10 (saddles) are resolved below.
const SEGMENTS: number[][] = [
  [], [3, 0], [0, 1], [3, 1], [1, 2], [], [0, 2], [3, 2],
  [2, 3], [0, 2], [], [1, 2], [1, 3], [0, 1], [3, 0], [],
];

/**
 * Lines where the grid (values row-major, columns x rows, node (i, j) at x0 + i cell, y0 + j cell)
 * crosses `level`, with line points interpolated linearly along the cell edges.
 */
export function contourLines(values: Float32Array, frame: GridFrame, level: number): ContourLine[] {
  const { columns, rows } = frame;
  // The grid padded by one node of zeros on each side: node (i, j) is padded[(j + 1) width + i + 1].
  const width = columns + 2, height = rows + 2;
  const padded = new Float32Array(width * height);
  for (let j = 0; j < rows; j++) padded.set(values.subarray(j * columns, (j + 1) * columns), (j + 1) * width + 1);
  // Edge ids: the horizontal edge from padded node q to q + 1 is 2q, the vertical one from q to q + width is 2q + 1.
  const segA: number[] = [], segB: number[] = [];
  const edges = [0, 0, 0, 0];
  for (let b = 0; b < height - 1; b++) {
    for (let a = 0; a < width - 1; a++) {
      const q = b * width + a;
      const v0 = padded[q], v1 = padded[q + 1], v2 = padded[q + width + 1], v3 = padded[q + width];
      const c = (v0 >= level ? 1 : 0) | (v1 >= level ? 2 : 0) | (v2 >= level ? 4 : 0) | (v3 >= level ? 8 : 0);
      if (c === 0 || c === 15) continue;
      edges[0] = 2 * q; edges[1] = 2 * (q + 1) + 1; edges[2] = 2 * (q + width); edges[3] = 2 * q + 1;
      let pairs = SEGMENTS[c];
      if (c === 5 || c === 10) {
        const centreAbove = (v0 + v1 + v2 + v3) / 4 >= level;
        // 5 (v0, v2 above): a joined centre cuts off v1 and v3; else v0 and v2 are cut off. 10 is the reverse.
        pairs = (c === 5) === centreAbove ? SADDLE_JOINED : SADDLE_APART;
      }
      for (let s = 0; s < pairs.length; s += 2) { segA.push(edges[pairs[s]]); segB.push(edges[pairs[s + 1]]); }
    }
  }
  /** Where `level` crosses an edge, in world coordinates. */
  const point = (edge: number, out: Float32Array, k: number) => {
    const q = edge >> 1, vertical = edge & 1;
    const a = q % width, b = (q - a) / width;
    const p = padded[q], r = padded[vertical ? q + width : q + 1];
    const t = r === p ? 0.5 : (level - p) / (r - p);
    out[k] = frame.x0 + (a - 1 + (vertical ? 0 : t)) * frame.cell;
    out[k + 1] = frame.y0 + (b - 1 + (vertical ? t : 0)) * frame.cell;
  };
  return joinSegments(segA, segB, 2 * width * height).map(({ edges: line, closed }) => {
    const points = new Float32Array(line.length * 2);
    line.forEach((e, k) => point(e, points, 2 * k));
    return { level, points, closed };
  });
}

const SADDLE_JOINED = [0, 1, 2, 3];
const SADDLE_APART = [3, 0, 1, 2];

/** Chains segments (pairs of edge ids; each edge is shared by at most two segments) into polylines of edges. */
function joinSegments(segA: number[], segB: number[], edgeCount: number): { edges: number[]; closed: boolean }[] {
  const n = segA.length;
  // The (up to) two segments touching each edge.
  const touching = new Int32Array(2 * edgeCount).fill(-1);
  for (let s = 0; s < n; s++) {
    for (const e of [segA[s], segB[s]]) touching[2 * e + (touching[2 * e] < 0 ? 0 : 1)] = s;
  }
  const used = new Uint8Array(n);
  const other = (e: number, s: number) => (touching[2 * e] === s ? touching[2 * e + 1] : touching[2 * e]);
  /** Follows segments from segment s leaving through edge e until the chain ends or returns. */
  const walk = (s: number, e: number, out: number[]) => {
    for (;;) {
      const next = other(e, s);
      if (next < 0 || used[next]) return;
      used[next] = 1;
      e = segA[next] === e ? segB[next] : segA[next];
      s = next;
      out.push(e);
    }
  };
  const lines: { edges: number[]; closed: boolean }[] = [];
  for (let s = 0; s < n; s++) {
    if (used[s]) continue;
    used[s] = 1;
    const forward = [segA[s], segB[s]];
    walk(s, segB[s], forward);
    const closed = forward.length > 2 && forward[forward.length - 1] === forward[0];
    if (closed) { forward.pop(); lines.push({ edges: forward, closed }); continue; }
    const backward: number[] = [];
    walk(s, segA[s], backward);
    lines.push({ edges: [...backward.reverse(), ...forward], closed: false });
  }
  return lines;
}
