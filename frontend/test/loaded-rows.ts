// A loaded tensor for tests of the page's analyses: its rows held by a LocalProjector (the page-side
// RowSource the app uses without workers).
import { LocalProjector, type LoadedRows } from '../src/state/projection';

export function loadedRows(data: Float32Array, n: number, d: number): LoadedRows {
  const source = new LocalProjector();
  void source.load(data, n, d);   // synchronous in effect: LocalProjector.load only keeps the array
  return { source, n, d };
}
