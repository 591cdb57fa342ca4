// The helper's side of t-SNE's attraction split (see attraction-pool.ts): one row block of P's
// upper triangle, its forces on each layout it is sent.

import { addAttractiveForces } from './gradient';
import type { AttractionMethods, AttractionRows } from './attraction-protocol';
import { transfer, type Handlers } from '../worker-rpc';

/** The attraction methods of a layout helper (layout-helper.ts), holding its block between calls. */
export function attractionHandlers(): Handlers<AttractionMethods> {
  let block: AttractionRows | null = null;
  return {
    setRows: (rows) => {
      block = rows;
      return { rows: rows.rowStart.length - 1 };
    },
    attract: ({ y, exaggeration, forces }) => {
      const started = performance.now();
      const result = attractRows(block, y, exaggeration, forces);
      return transfer({ forces: result, y, milliseconds: performance.now() - started }, [result.buffer, y.buffer]);
    },
  };
}

/** The block's forces on layout y (into `forces`, zeroed first, when it has the layout's size). */
export function attractRows(rows: AttractionRows | null, y: Float64Array, exaggeration: number, forces: Float64Array | null): Float64Array {
  if (!rows) throw new Error('t-SNE attraction helper: no rows set');
  const { n, dim, first, rowStart, columns, values } = rows;
  if (y.length !== n * dim) throw new RangeError(`t-SNE attraction helper: a layout of ${y.length} values for ${n} x ${dim}`);
  const out = forces && forces.length === y.length ? forces.fill(0) : new Float64Array(y.length);
  const count = rowStart.length - 1;
  addAttractiveForces({ n: count, rowStart, columns, values }, y, dim, exaggeration, out, { first, count, fromRow: 0 });
  return out;
}
