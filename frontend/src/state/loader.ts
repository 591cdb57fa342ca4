// Loading: runs -> info -> tensor + metadata + sprite (in parallel, one progress bar), then projection.
import { api, shapeOf, type EmbeddingInfo } from '../data/api';
import { ArraySink, type RowSinkFactory } from '../data/tensor-stream';
import { parseMetadata } from '../data/tsv';
import { analyzeColumn, type ColumnInfo, MAX_INTEGER_CATEGORIES } from '../data/columns';
import { noticeFrom, type AppState, type Notice, type Store } from './store';

export interface Loaded<Atlas = unknown> {
  /** The rows, when they were gathered on the page (no sink given); else the sink has them. */
  data: Float32Array | null;
  n: number; d: number; etag: string | null;
  columns: ColumnInfo[]; atlas: Atlas | null; notices: Notice[];
}

/** Turns the sprite image into what the plot draws thumbnails from (render/sprites.ts's loadAtlas). */
export type SpriteDecoder<Atlas> = (image: Blob, singleImageDim: number[]) => Promise<Atlas>;

export function runNotices(store: Store): Notice[] {
  return (store.state.info?.errors ?? []).map((e) => noticeFrom('error', e));
}

export function currentEmbedding(store: Store): EmbeddingInfo | null {
  const s = store.state;
  return s.info?.embeddings.find((e) => e.tensorName === s.tensorName) ?? null;
}

/** Picks the default colour column: the first categorical one with 2..20 categories. */
export function defaultColorColumn(cols: ColumnInfo[]): number {
  const i = cols.findIndex((c) => c.kind === 'categorical' && c.distinct >= 2 && c.distinct <= MAX_INTEGER_CATEGORIES);
  return i;
}

/**
 * Downloads the tensor (streamed into the sink `sinkFor` makes: the compute workers; by default an
 * array on the page), its metadata and sprite in parallel, with one progress bar.
 */
export async function loadEmbedding<Atlas>(
  store: Store, e: EmbeddingInfo, signal: AbortSignal, decodeSprite: SpriteDecoder<Atlas>, sinkFor?: RowSinkFactory,
): Promise<Loaded<Atlas>> {
  const run = store.state.run!;
  const shape = shapeOf(e);
  const bytesPerValue = store.state.transfer === 'float16' ? 2 : 4;
  const parts = { tensor: { loaded: 0, total: shape ? shape[0] * shape[1] * bytesPerValue : null as number | null },
    metadata: { loaded: 0, total: null as number | null }, sprite: { loaded: 0, total: null as number | null } };
  const active = new Set<keyof typeof parts>(['tensor']);
  if (e.hasMetadata !== false && (e.hasMetadata || e.metadataPath)) active.add('metadata');
  if (e.hasSprite !== false && (e.hasSprite || e.sprite?.imagePath)) active.add('sprite');
  let lastReport = 0;
  const report = (force = false) => {
    if (signal.aborted) return;
    const now = performance.now();
    if (!force && now - lastReport < 40) return;   // at most ~25 progress updates a second
    lastReport = now;
    let loaded = 0, total: number | null = 0;
    for (const k of active) {
      loaded += parts[k].loaded;
      total = total !== null && parts[k].total !== null ? total + parts[k].total! : null;
    }
    const label = `Loading ${[...active].join(', ')}`;
    store.set({ loading: { label, loaded, total } });
  };
  const track = (k: keyof typeof parts) => (loaded: number, total: number | null) => {
    parts[k].loaded = loaded;
    if (total !== null) parts[k].total = total;
    report(total !== null && loaded === total);
  };
  report(true);
  const notices: Notice[] = [];
  const step = store.state.step !== null && (e.checkpointSteps ?? []).includes(store.state.step) ? store.state.step : null;
  let onPage: ArraySink | null = null;
  const sink: RowSinkFactory = sinkFor ?? (async (n, d) => (onPage = new ArraySink(n, d)));
  const tensorP = api.tensor(run, e.tensorName, shape, sink, track('tensor'), signal, step, store.state.transfer);
  const metaP = active.has('metadata')
    ? api.metadata(run, e.tensorName, track('metadata'), signal).catch((err) => {
      if (signal.aborted) throw err;
      notices.push(noticeFrom('warning', err)); active.delete('metadata'); return null;
    })
    : Promise.resolve(null);
  const spriteP = active.has('sprite')
    ? api.sprite(run, e.tensorName, track('sprite'), signal).then((b) => decodeSprite(b, e.sprite?.singleImageDim ?? []))
      .catch((err) => {
        if (signal.aborted) throw err;
        notices.push(noticeFrom('warning', err)); active.delete('sprite'); return null;
      })
    : Promise.resolve(null);
  const [t, metaText, atlas] = await Promise.all([tensorP, metaP, spriteP]);
  if (store.state.transfer === 'float16') {
    notices.push({ level: 'info', message: 'Downloaded as float16: values rounded to about 3 significant digits.',
      file: null, hint: 'PCA and neighbours change little (bench/RESULTS.md measures it); untick float16 for exact values.' });
  }
  const bad = t.nonFinite;
  if (bad > 0) {
    notices.push({ level: 'warning', message: `${bad.toLocaleString('en-US')} NaN or infinite values were drawn as 0.`,
      file: e.tensorPath ?? null, hint: 'Projections treat them as 0; fix the source tensor to remove this warning.' });
  }
  const columns: ColumnInfo[] = [];
  if (metaText !== null) {
    const md = parseMetadata(metaText, t.n);
    md.names.forEach((name, c) => columns.push(analyzeColumn(name, md.columns[c])));
    const backendWarned = (e.warnings ?? []).length > 0;
    if (md.rowCount !== t.n && !backendWarned) {
      notices.push({ level: 'warning', message: `Metadata has ${md.rowCount} rows but the tensor has ${t.n}.`,
        file: e.metadataPath ?? null, hint: 'Row i of the metadata (after the header) must describe tensor row i.' });
    }
  }
  return { data: (onPage as ArraySink | null)?.data ?? null, n: t.n, d: t.d, etag: t.etag, columns, atlas, notices };
}

/**
 * The view settings for freshly loaded data: kept when `keep` (the same shape again, e.g. another
 * training step of the tensor), otherwise this data's defaults.
 */
export function viewSettings(s: AppState, got: Loaded, keep: boolean): Partial<AppState> {
  const cols = got.columns.length;
  return {
    labelColumn: keep && s.labelColumn < cols ? s.labelColumn : cols ? 0 : -1,
    colorColumn: keep && s.colorColumn < cols ? s.colorColumn : defaultColorColumn(got.columns),
    showSprites: keep ? s.showSprites : !!got.atlas,
    spherize: keep ? s.spherize : got.d >= 50,
    method: keep ? s.method : got.d <= 3 ? 'identity' : 'pca',
    dims: keep ? s.dims : [0, 1, 2],
    is3d: keep ? s.is3d : false,
  };
}
