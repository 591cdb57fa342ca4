// Bookmarks in TensorBoard's projector State format (field names exactly as its bookmark files),
// converted to and from our view. Older files that lack newer fields still load (defaults); fields
// we do not use are kept on the object, so a file round-trips through us unchanged.
import { COMPARE_DEFAULTS, type AppState, type CompareSpec } from './store';
import { isImportedMethod, type ImportedMethod } from './imported-layouts';

export type TbProjection = 'pca' | 'tsne' | 'umap' | 'custom';

export interface CameraDef { orthographic: boolean; position: number[]; target: number[]; zoom: number }

/** TensorBoard's State (vz_projector/data.ts). `embproj*` fields are ours; TensorBoard ignores them. */
export interface TbState {
  label: string;
  isSelected: boolean;
  selectedProjection: TbProjection;
  dataSetDimensions: [number, number];
  tSNEIteration: number;
  tSNEPerplexity: number;
  tSNELearningRate: number;
  tSNEis3d: boolean;
  umapIs3d: boolean;
  umapNeighbors: number;
  umapMinDist: number;
  pcaComponentDimensions: number[];
  customSelectedSearchByMetadataOption: string;
  customXLeftText: string; customXLeftRegex: boolean;
  customXRightText: string; customXRightRegex: boolean;
  customYUpText: string; customYUpRegex: boolean;
  customYDownText: string; customYDownRegex: boolean;
  projections: Array<Record<string, number>>;
  filteredPoints: number[];
  selectedPoints: number[];
  shuffledDataIndices: number[];
  cameraDef: CameraDef;
  selectedColorOptionName: string;
  forceCategoricalColoring: boolean;
  selectedLabelOption: string;
  [extra: string]: unknown;
}

/** Our side: everything a bookmark restores. */
export interface BookmarkView {
  label: string;
  /** 'identity' is ours (raw dimensions, D <= 3); TensorBoard sees it as 'custom'. */
  method: 'pca' | 'tsne' | 'umap' | 'custom' | 'identity' | ImportedMethod;
  n: number; d: number;
  is3d: boolean;
  dims: number[];              // PCA components (or raw dimensions) on x, y(, z)
  spherize: boolean | null;    // null: not recorded (TensorBoard's files)
  coords: Float32Array | Float64Array | null; // n x k, exactly as drawn before fitting to the screen
  k: number;
  camera: CameraDef | null;
  selected: number[];
  filtered: number[] | null;   // isolated rows; null: all
  colorBy: string | null;      // metadata column name; null: none chosen
  labelBy: string | null;
  /** learningRate: TensorBoard's slider exponent (rate = 10^v); auto: our automatic rate (TensorBoard sees 10^1). */
  tsne: { perplexity: number; learningRate: number; iteration: number; is3d: boolean; auto?: boolean };
  umap: { neighbors: number; minDist: number; is3d: boolean };
  step: number | null;         // our training step, when the view came from a series
  /** The State this view came from, for fields we do not interpret (custom axes, shuffle). */
  source: Partial<TbState> | null;
  /** Density & clusters: on/off and the column labelling the clusters (name; '' : none; null: the default). Absent: not recorded. */
  density?: { on: boolean; clusterBy: string | null } | null;
  /** The comparison shown with this view (null: none; absent: not recorded, left as it is). */
  compare?: CompareSpec | null;
}

export const DEFAULTS = {
  tSNEIteration: 0, tSNEPerplexity: 30, tSNELearningRate: 1, tSNEis3d: true, umapIs3d: true,
  umapNeighbors: 15, umapMinDist: 0.1,
};

const num = (x: unknown, d: number): number => (typeof x === 'number' && Number.isFinite(x) ? x : d);
const bool = (x: unknown, d: boolean): boolean => (typeof x === 'boolean' ? x : d);
const str = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);
const ints = (x: unknown): number[] => (Array.isArray(x) ? x.filter((v) => Number.isInteger(v) && v >= 0) as number[] : []);

function keysFor(method: BookmarkView['method'], dims: number[], k: number): string[] {
  if (method === 'pca') return dims.slice(0, k).map((c) => `pca-${c}`);
  if (method === 'tsne') return Array.from({ length: k }, (_, a) => `tsne-${a}`);
  if (method === 'umap') return Array.from({ length: k }, (_, a) => `umap-${a}`);
  if (method === 'identity') return Array.from({ length: k }, (_, a) => `embproj-identity-${a}`);
  if (isImportedMethod(method)) return Array.from({ length: k }, (_, a) => `embproj-${method}-${a}`);
  return ['linear-x', 'linear-y', 'linear-z'].slice(0, k);
}

/** A State (parsed JSON) -> our view. Throws with a readable message when it is not a State. */
export function fromState(raw: unknown): BookmarkView {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('a bookmark must be a JSON object');
  const s = raw as Partial<TbState>;
  const sel = s.selectedProjection;
  let method: BookmarkView['method'] = sel === 'tsne' || sel === 'umap' || sel === 'custom' ? sel : 'pca';
  if (s.embprojMethod === 'identity') method = 'identity';
  if (typeof s.embprojMethod === 'string' && isImportedMethod(s.embprojMethod)) method = s.embprojMethod;
  const pcaDims = ints(s.pcaComponentDimensions);
  const tsne3d = bool(s.tSNEis3d, DEFAULTS.tSNEis3d), umap3d = bool(s.umapIs3d, DEFAULTS.umapIs3d);
  const ourDims = ints(s.embprojDims);
  let is3d: boolean;
  let dims: number[];
  if (method === 'pca') { dims = pcaDims.length >= 2 ? pcaDims : [0, 1, 2]; is3d = pcaDims.length >= 3 || (pcaDims.length < 2 && !!s.projections?.[0]?.['pca-2']); }
  else if (method === 'tsne') { dims = [0, 1, 2]; is3d = tsne3d; }
  else if (method === 'umap') { dims = [0, 1, 2]; is3d = umap3d; }
  else { dims = ourDims.length >= 2 ? ourDims : [0, 1, 2]; is3d = typeof s.embprojIs3d === 'boolean' ? s.embprojIs3d : false; }
  if (typeof s.embprojIs3d === 'boolean') is3d = s.embprojIs3d;
  if (ourDims.length >= 2 && method === 'pca') dims = ourDims;
  while (dims.length < 3) dims.push(dims.length);
  const dsd = Array.isArray(s.dataSetDimensions) ? s.dataSetDimensions : [];
  const projections = Array.isArray(s.projections) ? s.projections : [];
  let k = is3d ? 3 : 2;
  let keys = keysFor(method, dims, k);
  // Files may hold only two coordinates although their "3D" flag is set (e.g. 2D t-SNE saved in 3D mode).
  if (k === 3 && projections.length && typeof projections[0]?.[keys[2]] !== 'number') { k = 2; is3d = false; keys = keys.slice(0, 2); }
  let coords: Float64Array | null = null;
  if (projections.length && keys.every((key) => typeof projections[0]?.[key] === 'number')) {
    coords = new Float64Array(projections.length * k);
    projections.forEach((p, i) => keys.forEach((key, a) => { coords![i * k + a] = num(p?.[key], NaN); }));
  }
  const cam = s.cameraDef;
  const camera: CameraDef | null = cam && Array.isArray(cam.position) && Array.isArray(cam.target)
    ? { orthographic: !!cam.orthographic, position: cam.position.map(Number), target: cam.target.map(Number), zoom: num(cam.zoom, 1) }
    : null;
  const filtered = ints(s.filteredPoints);
  return {
    label: typeof s.label === 'string' ? s.label : '',
    method, n: num(dsd[0], projections.length), d: num(dsd[1], 0), is3d, dims: dims.slice(0, 3),
    spherize: typeof s.embprojSpherize === 'boolean' ? s.embprojSpherize : null,
    coords, k, camera,
    selected: ints(s.selectedPoints),
    filtered: filtered.length ? filtered : null,
    colorBy: str(s.selectedColorOptionName),
    labelBy: str(s.selectedLabelOption),
    tsne: { perplexity: num(s.tSNEPerplexity, DEFAULTS.tSNEPerplexity), learningRate: num(s.tSNELearningRate, DEFAULTS.tSNELearningRate),
      iteration: num(s.tSNEIteration, DEFAULTS.tSNEIteration), is3d: tsne3d, auto: s.embprojTsneAutoRate === true },
    umap: { neighbors: num(s.umapNeighbors, DEFAULTS.umapNeighbors), minDist: num(s.umapMinDist, DEFAULTS.umapMinDist), is3d: umap3d },
    step: typeof s.embprojStep === 'number' ? s.embprojStep : null,
    source: s,
    ...(s.embprojDensity !== undefined ? { density: densityOf(s.embprojDensity) } : {}),
    ...(s.embprojCompare !== undefined ? { compare: compareOf(s.embprojCompare) } : {}),
  };
}

function densityOf(x: unknown): BookmarkView['density'] {
  if (!x || typeof x !== 'object') return null;
  const d = x as { on?: unknown; clusterBy?: unknown };
  return { on: d.on === true, clusterBy: typeof d.clusterBy === 'string' ? d.clusterBy : null };
}

/** A stored comparison -> CompareSpec (null when it is not one). */
export function compareOf(x: unknown): CompareSpec | null {
  if (!x || typeof x !== 'object') return null;
  const c = x as Record<string, unknown>;
  if (typeof c.run !== 'string' || typeof c.tensor !== 'string') return null;
  const k = typeof c.k === 'number' && Number.isFinite(c.k) && c.k >= 1 ? Math.min(100, Math.round(c.k)) : COMPARE_DEFAULTS.k;
  return {
    run: c.run, tensor: c.tensor, step: Number.isInteger(c.step) ? c.step as number : null,
    key: typeof c.key === 'string' ? c.key : null, k, metric: c.metric === 'cosine' ? 'cosine' : 'euclidean',
    mode: c.mode === 'overlay' ? 'overlay' : 'side', color: c.color !== false,
    ...(typeof c.layout === 'string' && c.layout ? { layout: c.layout } : {}),
  };
}

/** Our view -> a complete State (every field TensorBoard's projector reads). */
export function toState(v: BookmarkView): TbState {
  const src = v.source ?? {};
  const k = v.coords ? v.k : 0;
  const keys = keysFor(v.method, v.dims, k);
  const projections: Array<Record<string, number>> = [];
  if (v.coords && k) {
    const n = v.coords.length / k;
    for (let i = 0; i < n; i++) {
      const p: Record<string, number> = {};
      keys.forEach((key, a) => { p[key] = v.coords![i * k + a]; });
      projections.push(p);
    }
  }
  const tbProj: TbProjection = v.method === 'identity' || isImportedMethod(v.method) ? 'custom' : v.method;
  const state: TbState = {
    ...DEFAULTS_CUSTOM,
    ...src,
    label: v.label,
    isSelected: false,
    selectedProjection: tbProj,
    dataSetDimensions: [v.n, v.d],
    tSNEIteration: v.tsne.iteration,
    tSNEPerplexity: v.tsne.perplexity,
    tSNELearningRate: v.tsne.learningRate,
    tSNEis3d: v.method === 'tsne' ? v.is3d : v.tsne.is3d,
    umapIs3d: v.method === 'umap' ? v.is3d : v.umap.is3d,
    umapNeighbors: v.umap.neighbors,
    umapMinDist: v.umap.minDist,
    pcaComponentDimensions: v.method === 'pca' ? v.dims.slice(0, v.is3d ? 3 : 2) : (src.pcaComponentDimensions as number[] | undefined) ?? [0, 1, 2],
    projections,
    filteredPoints: v.filtered ? [...v.filtered] : [],
    selectedPoints: [...v.selected],
    shuffledDataIndices: Array.isArray(src.shuffledDataIndices) ? src.shuffledDataIndices : [],
    cameraDef: v.camera ?? { orthographic: !v.is3d, position: v.is3d ? [1.5, 1.5, 1.5] : [0, 0, 4], target: [0, 0, 0], zoom: 1 },
    selectedColorOptionName: v.colorBy ?? 'No color map',
    forceCategoricalColoring: typeof src.forceCategoricalColoring === 'boolean' ? src.forceCategoricalColoring : false,
    selectedLabelOption: v.labelBy ?? '',
    embprojMethod: v.method,
    embprojIs3d: v.is3d,
    embprojDims: v.dims.slice(0, 3),
  };
  if (v.spherize !== null) state.embprojSpherize = v.spherize;
  if (v.tsne.auto) state.embprojTsneAutoRate = true;
  else delete state.embprojTsneAutoRate;
  if (v.step !== null) state.embprojStep = v.step;
  else delete state.embprojStep;
  if (v.density !== undefined) state.embprojDensity = v.density;
  if (v.compare !== undefined) state.embprojCompare = v.compare;
  return state;
}

const DEFAULTS_CUSTOM = {
  customSelectedSearchByMetadataOption: '',
  customXLeftText: '', customXLeftRegex: true, customXRightText: '', customXRightRegex: true,
  customYUpText: '', customYUpRegex: true, customYDownText: '', customYDownRegex: true,
};

/** A bookmarks file (JSON text or parsed) -> views. A single State object is accepted too. */
export function parseBookmarksFile(json: unknown): BookmarkView[] {
  const parsed = typeof json === 'string' ? JSON.parse(json) : json;
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.map((s, i) => {
    try { return fromState(s); } catch (e) { throw new Error(`bookmark ${i + 1}: ${(e as Error).message}`); }
  });
}

export function serializeBookmarks(views: BookmarkView[]): string {
  return JSON.stringify(views.map(toState));
}

/** What a bookmark records besides the view bridge's capture: density & clusters and the comparison. */
export function viewExtrasOf(s: AppState): Pick<BookmarkView, 'density' | 'compare'> {
  const clusterBy = s.clusterLabelColumn === null ? null : s.clusterLabelColumn >= 0 ? s.columns[s.clusterLabelColumn]?.name ?? null : '';
  return { density: { on: s.showDensity, clusterBy }, compare: s.compare ? { ...s.compare } : null };
}

/** The store patch that restores a bookmark's density and comparison (fields it does not record are left alone). */
export function viewExtrasPatch(v: BookmarkView, s: AppState): Partial<AppState> {
  const patch: Partial<AppState> = {};
  if (v.density) {
    patch.showDensity = v.density.on;
    const by = v.density.clusterBy;
    if (by === null) patch.clusterLabelColumn = null;
    else if (by === '') patch.clusterLabelColumn = -1;
    else { const i = s.columns.findIndex((c) => c.name === by); if (i >= 0) patch.clusterLabelColumn = i; }
  }
  if (v.compare !== undefined) patch.compare = v.compare;
  return patch;
}
