import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, IncompleteDownload, fetchWithProgress } from '../../src/data/fetch-progress';
import { api } from '../../src/data/api';
import { ArraySink } from '../../src/data/tensor-stream';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) { for (const x of chunks) c.enqueue(x); c.close(); },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchWithProgress', () => {
  it('streams the body and reports growing byte counts up to the total', async () => {
    const chunks = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5]), new Uint8Array([6, 7, 8, 9])];
    vi.stubGlobal('fetch', async () => new Response(streamOf(chunks), { headers: { 'Content-Length': '9' } }));
    const seen: [number, number | null][] = [];
    const { buffer } = await fetchWithProgress('./x', (l, t) => seen.push([l, t]));
    expect(Array.from(new Uint8Array(buffer))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seen[0]).toEqual([0, 9]);
    expect(seen[seen.length - 1]).toEqual([9, 9]);
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThanOrEqual(seen[i - 1][0]);
  });

  it('ignores Content-Length of an encoded body (it is the compressed size)', async () => {
    vi.stubGlobal('fetch', async () => new Response(streamOf([new Uint8Array(10)]),
      { headers: { 'Content-Length': '4', 'Content-Encoding': 'gzip' } }));
    const seen: [number, number | null][] = [];
    const { buffer } = await fetchWithProgress('./x', (l, t) => seen.push([l, t]));
    expect(buffer.byteLength).toBe(10);
    expect(seen[0][1]).toBeNull();
    expect(seen[seen.length - 1]).toEqual([10, 10]);
  });

  it('turns a JSON error body into an ApiError naming the file', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: 'bad rows', file: '/l/metadata.tsv', hint: 'fix' }),
      { status: 422, headers: { 'Content-Type': 'application/json' } }));
    const err = await fetchWithProgress('./metadata').catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(422);
    expect(err.body).toEqual({ error: 'bad rows', file: '/l/metadata.tsv', hint: 'fix' });
    expect(err.message).toContain('/l/metadata.tsv');
  });

  it('a body the server cut short (a file changed while sent) is an IncompleteDownload, not data', async () => {
    const cut = new ReadableStream<Uint8Array>({
      start(c) { c.enqueue(new Uint8Array(8)); c.error(new TypeError('network error')); },
    });
    vi.stubGlobal('fetch', async () => new Response(cut, { headers: { 'Content-Length': '24' } }));
    const err = await fetchWithProgress('./tensor').catch((e) => e);
    expect(err).toBeInstanceOf(IncompleteDownload);
    expect(err.status).toBe(409);
    expect(err.message).toMatch(/ended after \d+ of 24 bytes/);
    vi.stubGlobal('fetch', async () => new Response(streamOf([new Uint8Array(8)]), { headers: { 'Content-Length': '24' } }));
    expect(await fetchWithProgress('./tensor').catch((e) => e)).toBeInstanceOf(IncompleteDownload);
  });

  it('a tensor download cut short once is fetched again', async () => {
    let calls = 0;
    vi.stubGlobal('fetch', async () => {
      calls += 1;
      const values = new Uint8Array(new Float32Array([1, 2, 3, 4]).buffer);
      const body = calls === 1 ? streamOf([values.subarray(0, 4)]) : streamOf([values]);
      return new Response(body, { headers: { 'X-Embproj-Shape': '2,2', 'Content-Length': '16' } });
    });
    const sinks: ArraySink[] = [];
    const t = await api.tensor('.', 'v', null, async (n, d) => { sinks.push(new ArraySink(n, d)); return sinks[sinks.length - 1]; });
    expect(calls).toBe(2);
    expect(sinks.length).toBe(2);   // the cut-off download's rows are dropped with its sink
    expect(t).toMatchObject({ n: 2, d: 2, nonFinite: 0 });
    expect(Array.from(sinks[1].data)).toEqual([1, 2, 3, 4]);
  });

  it('a plain-text error keeps its text', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 400 }));
    const err = await fetchWithProgress('./x').catch((e) => e);
    expect(err.body.error).toBe('nope');
  });
});

describe('api', () => {
  it('asks for float16 and decodes it when the server sends it; float32 from a server that ignores it', async () => {
    const urls: string[] = [];
    const halves = new Uint16Array([0x3c00, 0xc000, 0x3800, 0x0000]);   // 1, -2, 0.5, 0
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return new Response(halves.buffer.slice(0), { headers: { 'X-Embproj-Shape': '2,2', 'X-Embproj-Encoding': 'float16' } });
    });
    let sink = new ArraySink(0, 1);
    const sinkFor = async (n: number, d: number) => (sink = new ArraySink(n, d));
    await api.tensor('.', 'v', null, sinkFor, undefined, undefined, null, 'float16');
    expect(urls[0]).toBe('./tensor?run=.&name=v&encoding=float16');
    expect(Array.from(sink.data)).toEqual([1, -2, 0.5, 0]);
    vi.stubGlobal('fetch', async () => new Response(new Float32Array([1, 2, 3, 4]).buffer, { headers: { 'X-Embproj-Shape': '2,2' } }));
    await api.tensor('.', 'v', null, sinkFor, undefined, undefined, null, 'float16');
    expect(Array.from(sink.data)).toEqual([1, 2, 3, 4]);
  });

  it('decodes metadata with the charset the server names (Latin-1 for a file that is not UTF-8)', async () => {
    vi.stubGlobal('fetch', async () => new Response(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      { headers: { 'Content-Type': 'text/plain; charset=iso-8859-1' } }));
    expect(await api.metadata('.', 't')).toBe('café\n');
    vi.stubGlobal('fetch', async () => new Response(new TextEncoder().encode('café\n'),
      { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
    expect(await api.metadata('.', 't')).toBe('café\n');
  });

  it('uses relative URLs and encodes run and tensor names', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      const body = new Float32Array([1, 2, 3, 4, 5, 6]).buffer;
      return new Response(body, { headers: { 'X-Embproj-Shape': '3,2', 'Content-Length': '24', ETag: '"e1"' } });
    });
    let sink = new ArraySink(0, 1);
    const t = await api.tensor('multi_run/run_a', 'emb/.ATTRIBUTES/VARIABLE_VALUE:0', null, async (n, d) => (sink = new ArraySink(n, d)));
    expect(urls[0]).toBe('./tensor?run=multi_run%2Frun_a&name=emb%2F.ATTRIBUTES%2FVARIABLE_VALUE%3A0');
    expect([t.n, t.d, t.etag]).toEqual([3, 2, '"e1"']);
    expect(Array.from(sink.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rejects a body that does not match the shape (short: cut off, after one more try; long: refused)', async () => {
    let calls = 0;
    vi.stubGlobal('fetch', async () => { calls++; return new Response(new Float32Array(5).buffer, { headers: { 'X-Embproj-Shape': '3,2' } }); });
    const sinkFor = async (n: number, d: number) => new ArraySink(n, d);
    await expect(api.tensor('r', 't', null, sinkFor)).rejects.toThrow(/ended after 20 bytes/);
    expect(calls).toBe(2);
    vi.stubGlobal('fetch', async () => new Response(new Float32Array(7).buffer, { headers: { 'X-Embproj-Shape': '3,2' } }));
    await expect(api.tensor('r', 't', null, sinkFor)).rejects.toThrow(/more than the 3 x 2 values/);
  });
});
