// Streaming fetch with byte progress. Errors with a JSON body {error, file, hint} become ApiError.

export interface ApiErrorBody { error: string; file?: string | null; hint?: string | null }

export class ApiError extends Error {
  constructor(public status: number, public body: ApiErrorBody, public url: string) {
    super(body.error + (body.file ? ` (${body.file})` : ''));
  }
}

/** The server cut a body short: the file changed, or failed its checksum, while it was being sent
 * (the server holds the last piece back until it has checked both). */
export class IncompleteDownload extends ApiError {
  constructor(url: string, loaded: number, total: number | null) {
    super(409, {
      error: `the download ended after ${loaded}${total === null ? '' : ` of ${total}`} bytes: the file changed ` +
        'or failed its checksum while it was being read',
      file: null,
      hint: 'It is probably being written (a trainer saving); reload once it is complete.',
    }, url);
  }
}

export type ProgressFn = (loaded: number, total: number | null) => void;

export async function errorFromResponse(res: Response, url: string): Promise<ApiError> {
  let body: ApiErrorBody;
  const text = await res.text().catch(() => '');
  try {
    const parsed = JSON.parse(text);
    body = typeof parsed?.error === 'string' ? parsed : { error: text || res.statusText };
  } catch {
    body = { error: text.trim() || `HTTP ${res.status} ${res.statusText}` };
  }
  return new ApiError(res.status, body, url);
}

export interface Fetched { buffer: ArrayBuffer; headers: Headers }

/** Fetches url fully, reporting (loaded, total) while the body streams in. */
export async function fetchWithProgress(url: string, onProgress?: ProgressFn, signal?: AbortSignal): Promise<Fetched> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw await errorFromResponse(res, url);
  const lenHeader = res.headers.get('Content-Length');
  // With Content-Encoding (TensorBoard gzips text) the length is of the compressed body, not of what we read.
  const encoding = (res.headers.get('Content-Encoding') ?? 'identity').toLowerCase();
  const total = lenHeader !== null && lenHeader !== '' && encoding === 'identity' ? Number(lenHeader) : null;
  if (!res.body) {
    const buffer = await res.arrayBuffer();
    onProgress?.(buffer.byteLength, total ?? buffer.byteLength);
    return { buffer, headers: res.headers };
  }
  const reader = res.body.getReader();
  let out: Uint8Array | null = total !== null && total > 0 ? new Uint8Array(total) : null;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress?.(0, total);
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (e) {
      if (signal?.aborted) throw e;
      throw new IncompleteDownload(url, loaded, total);
    }
    const { done, value } = chunk;
    if (done) break;
    if (out && loaded + value.length <= out.length) out.set(value, loaded);
    else {
      if (out) { chunks.push(out.subarray(0, loaded)); out = null; }
      chunks.push(value);
    }
    loaded += value.length;
    onProgress?.(loaded, total);
  }
  if (total !== null && loaded !== total) throw new IncompleteDownload(url, loaded, total);
  onProgress?.(loaded, loaded);
  let buffer: ArrayBuffer;
  if (out) buffer = loaded === out.length ? out.buffer as ArrayBuffer : out.slice(0, loaded).buffer as ArrayBuffer;
  else {
    const all = new Uint8Array(loaded);
    let off = 0;
    for (const c of chunks) { all.set(c, off); off += c.length; }
    buffer = all.buffer as ArrayBuffer;
  }
  return { buffer, headers: res.headers };
}
