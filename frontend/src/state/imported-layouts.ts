// Layouts computed outside the tab (t-SNE / UMAP run in Python, stored beside the tensor; /info lists
// them): their method names in the store, the URL and bookmarks ('imported:<name>'), and their
// coordinates, fetched once per tensor and kept while it is shown (drawn at once, nothing computed).
import { api, type ImportedLayoutInfo, type LayoutData } from '../data/api';
import type { LayoutOfB } from './compare-session';
import type { AppState } from './store';

export type ImportedMethod = `imported:${string}`;
const PREFIX = 'imported:';

export const isImportedMethod = (m: string): m is ImportedMethod => m.startsWith(PREFIX) && m.length > PREFIX.length;
/** The store's method for layout `name`. */
export const importedMethod = (name: string): ImportedMethod => `imported:${name}`;
export const importedName = (m: ImportedMethod): string => m.slice(PREFIX.length);

/** The current tensor's imported layouts, usable or not, as /info lists them. They belong to the
 *  checkpoint /info describes: none while another step of a checkpoint series is shown. */
export function importedLayoutsOf(s: Pick<AppState, 'info' | 'tensorName'> & { step?: number | null }): ImportedLayoutInfo[] {
  const e = s.info?.embeddings.find((x) => x.tensorName === s.tensorName);
  if (!e || (s.step != null && (e.checkpointSteps ?? []).includes(s.step) && s.step !== e.step)) return [];
  return e.projections ?? [];
}

/** The listed, usable layout a method names (null: not an imported method, or not usable here). */
export function usableImported(s: Pick<AppState, 'info' | 'tensorName'> & { step?: number | null }, method: string): ImportedLayoutInfo | null {
  if (!isImportedMethod(method)) return null;
  const name = importedName(method);
  return importedLayoutsOf(s).find((l) => l.name === name && !l.error && (l.dims === 2 || l.dims === 3)) ?? null;
}

/** The first two columns of an n x 3 layout (its 2-D view). */
export function firstTwoColumns(coords: Float32Array, n: number, k: number): Float32Array {
  if (k === 2) return coords;
  const out = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) { out[2 * i] = coords[i * k]; out[2 * i + 1] = coords[i * k + 1]; }
  return out;
}

/** Coordinates by (run, tensor, layout, file version): each fetched once; a failed fetch is tried again next time. */
export class ImportedLayoutCache {
  private items = new Map<string, Promise<LayoutData>>();

  constructor(private fetchLayout: (run: string, tensor: string, name: string) => Promise<LayoutData> = api.projection) {}

  get(run: string, tensor: string, name: string, version = ''): Promise<LayoutData> {
    const key = JSON.stringify([run, tensor, name, version]);
    let item = this.items.get(key);
    if (!item) {
      item = this.fetchLayout(run, tensor, name);
      this.items.set(key, item);
      item.catch(() => { if (this.items.get(key) === item) this.items.delete(key); });
    }
    return item;
  }

  clear(): void { this.items.clear(); }
}

/** Side B of a comparison laid out by its imported layout `name` (compare-session.ts's LayoutOfB):
 *  the file's coordinates as they are (its first two axes when side A is drawn in 2D). */
export function importedLayoutOfB(name: string, fetchLayout: (run: string, tensor: string, name: string) => Promise<LayoutData> = api.projection): LayoutOfB {
  return async (_projector, b, _a, k) => {
    const layout = await fetchLayout(b.run, b.tensor, name);
    if (layout.n !== b.n) throw new Error(`side B's layout "${name}" has ${layout.n} rows; its tensor has ${b.n}`);
    if (layout.k < k) throw new Error(`side B's layout "${name}" is 2-D and side A is drawn in 3D: switch A to 2D`);
    return { coords: k === layout.k ? layout.coords : firstTwoColumns(layout.coords, layout.n, layout.k),
      note: `from Python: ${name} (as stored)` };
  };
}
