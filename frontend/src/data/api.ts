// Client for the plugin's HTTP API. Only relative URLs, so --path_prefix keeps working.
import { errorFromResponse, fetchWithProgress, ApiErrorBody, IncompleteDownload, ProgressFn } from './fetch-progress';
import { CutOff, readRows, type RowSinkFactory } from './tensor-stream';

/** How a tensor crosses the network: float32 as stored, or float16 (half the bytes, ~3 significant digits). */
export type TensorEncoding = 'float32' | 'float16';

export interface SpriteInfo { imagePath: string; singleImageDim: number[] }

/** A layout computed outside the tab (t-SNE / UMAP in Python), stored beside the tensor: /info lists it. */
export interface ImportedLayoutInfo { name: string; dims: number | null; file: string; version?: string; error: ApiErrorBody | null }

export interface EmbeddingInfo {
  tensorName: string;
  tensorShape?: number[];
  tensorPath?: string;
  shape?: number[];
  dtype?: string;
  source?: string;
  metadataPath?: string;
  bookmarksPath?: string;
  sprite?: SpriteInfo;
  hasMetadata?: boolean;
  hasSprite?: boolean;
  hasBookmarks?: boolean;
  metadataColumns?: number;
  error?: ApiErrorBody | null;
  warnings?: ApiErrorBody[];
  tag?: string;
  step?: number | null;
  checkpointSteps?: number[] | null;
  projections?: ImportedLayoutInfo[];
}

export interface RunInfo {
  modelCheckpointPath?: string;
  embeddings: EmbeddingInfo[];
  errors?: ApiErrorBody[];
  writable?: boolean;
}

export function shapeOf(e: EmbeddingInfo): [number, number] | null {
  const s = e.shape ?? e.tensorShape;
  return s && s.length === 2 ? [Number(s[0]), Number(s[1])] : null;
}

function q(run: string, name?: string): string {
  let s = `run=${encodeURIComponent(run)}`;
  if (name !== undefined) s += `&name=${encodeURIComponent(name)}`;
  return s;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw await errorFromResponse(res, url);
  return res.json() as Promise<T>;
}

/** The charset a Content-Type names, if TextDecoder knows it; else UTF-8. */
export function charsetOf(contentType: string | null): string {
  const named = /charset=([^;\s]+)/i.exec(contentType ?? '')?.[1]?.replace(/"/g, '') ?? 'utf-8';
  try {
    return new TextDecoder(named).encoding;
  } catch {
    return 'utf-8';
  }
}

/** An imported layout: n x k coordinates (k = 2 or 3), float32 as stored. */
export interface LayoutData { coords: Float32Array; n: number; k: 2 | 3 }

/** A tensor downloaded into a sink: its shape, ETag and how many values were NaN or infinite (now 0). */
export interface TensorData { n: number; d: number; etag: string | null; nonFinite: number }

export const api = {
  runs: () => getJson<string[]>('./runs'),
  info: (run: string) => getJson<RunInfo>(`./info?${q(run)}`),
  tensorUrl: (run: string, name: string, step: number | null = null, encoding: TensorEncoding = 'float32') =>
    `./tensor?${q(run, name)}${step === null ? '' : `&step=${step}`}${encoding === 'float32' ? '' : `&encoding=${encoding}`}`,
  metadataUrl: (run: string, name: string) => `./metadata?${q(run, name)}`,
  spriteUrl: (run: string, name: string) => `./sprite_image?${q(run, name)}`,

  /**
   * Streams a tensor into the sink `sinkFor` makes once the response says its shape (rows in
   * pieces, NaN and infinities put as 0 and counted). A file rewritten during the download (a
   * trainer saving) ends it early: the sink is dropped and the download runs once more.
   */
  async tensor(run: string, name: string, expected: [number, number] | null, sinkFor: RowSinkFactory,
    onProgress?: ProgressFn, signal?: AbortSignal, step: number | null = null, encoding: TensorEncoding = 'float32'): Promise<TensorData> {
    const url = api.tensorUrl(run, name, step, encoding);
    const attempt = async (): Promise<TensorData> => {
      const res = await fetch(url, { signal });
      if (!res.ok) throw await errorFromResponse(res, url);
      let [n, d] = expected ?? [0, 0];
      const parts = (res.headers.get('X-Embproj-Shape') ?? '').split(',').map((x) => Number(x.trim()));
      if (parts.length === 2 && parts.every((x) => Number.isInteger(x) && x >= 0)) [n, d] = parts;
      if (!(d > 0)) throw new Error(`tensor ${name}: the server did not say its shape`);
      // The server says which encoding it sent (one that predates float16 sends float32).
      const sent = res.headers.get('X-Embproj-Encoding') === 'float16' ? 'float16' : 'float32';
      const length = res.headers.get('Content-Length');
      const total = length ? Number(length) : null;
      const sink = await sinkFor(n, d);
      try {
        onProgress?.(0, total);
        let loaded = 0;
        const onBytes = (bytes: number) => { loaded = bytes; onProgress?.(bytes, total); };
        const { nonFinite, bytes } = await readRows(res.body!.getReader(), { n, d, encoding: sent, sink, onBytes })
          .catch((e: unknown) => {
            // Ended early, or a read failed (not our abort): the body was cut off.
            if (!signal?.aborted && (e instanceof CutOff || e instanceof TypeError)) throw new IncompleteDownload(url, loaded, total);
            throw e;
          });
        onProgress?.(bytes, bytes);
        await sink.end();
        return { n, d, etag: res.headers.get('ETag'), nonFinite };
      } catch (e) {
        sink.abort();
        throw e;
      }
    };
    return attempt().catch((e) => {
      if (e instanceof IncompleteDownload) return attempt();
      throw e;
    });
  },

  async tensorEtag(run: string, name: string): Promise<string | null> {
    const res = await fetch(api.tensorUrl(run, name), { method: 'HEAD', cache: 'no-store' });
    return res.ok ? res.headers.get('ETag') : null;
  },

  projectionUrl: (run: string, name: string, projection: string) =>
    `./projection?${q(run, name)}&projection=${encodeURIComponent(projection)}`,

  /** An imported layout's coordinates; the server says n and k (X-Embproj-Shape). */
  async projection(run: string, name: string, projection: string, signal?: AbortSignal): Promise<LayoutData> {
    const url = api.projectionUrl(run, name, projection);
    const { buffer, headers } = await fetchWithProgress(url, undefined, signal).catch((e) => {
      if (e instanceof IncompleteDownload) return fetchWithProgress(url, undefined, signal);   // rewritten meanwhile
      throw e;
    });
    const [n, k] = (headers.get('X-Embproj-Shape') ?? '').split(',').map(Number);
    if (!(k === 2 || k === 3) || !Number.isInteger(n) || buffer.byteLength !== n * k * 4) {
      throw new Error(`layout ${projection}: got ${buffer.byteLength} bytes for shape ${headers.get('X-Embproj-Shape')}`);
    }
    return { coords: new Float32Array(buffer), n, k };
  },

  bookmarks: (run: string, name: string) => getJson<unknown>(`./bookmarks?${q(run, name)}`),

  /** Saves a bookmarks file beside the config (needs --embproj_allow_writes); returns its path. */
  async saveBookmarks(run: string, name: string, states: unknown[]): Promise<string> {
    const url = `./bookmarks?${q(run, name)}`;
    const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(states) });
    if (!res.ok) throw await errorFromResponse(res, url);
    return ((await res.json()) as { saved: string }).saved;
  },

  async metadata(run: string, name: string, onProgress?: ProgressFn, signal?: AbortSignal): Promise<string> {
    const { buffer, headers } = await fetchWithProgress(api.metadataUrl(run, name), onProgress, signal);
    // The file's own bytes, with their charset (UTF-8, or Latin-1 for a file that is not UTF-8).
    return new TextDecoder(charsetOf(headers.get('Content-Type'))).decode(buffer);
  },

  async sprite(run: string, name: string, onProgress?: ProgressFn, signal?: AbortSignal): Promise<Blob> {
    const { buffer, headers } = await fetchWithProgress(api.spriteUrl(run, name), onProgress, signal);
    return new Blob([buffer], { type: headers.get('Content-Type') || 'image/png' });
  },
};
