import { describe, expect, it } from 'vitest';
import { firstTwoColumns, ImportedLayoutCache, importedLayoutOfB, importedLayoutsOf, importedMethod, importedName, isImportedMethod, usableImported } from '../../src/state/imported-layouts';
import type { RunInfo } from '../../src/data/api';
import { compareOf, parseBookmarksFile, serializeBookmarks, type BookmarkView } from '../../src/state/bookmarks';
import { decodeView, encodeView } from '../../src/state/url-hash';
import { COMPARE_DEFAULTS, type CompareSpec } from '../../src/state/store';

const info: RunInfo = {
  embeddings: [{
    tensorName: 'words:00003',
    projections: [
      { name: 'umap', dims: 2, file: '/l/tensors.layout.umap.npy', error: null },
      { name: 'tsne-3d', dims: 3, file: '/l/tensors.layout.tsne-3d.npy', error: null },
      { name: 'short', dims: null, file: '/l/tensors.layout.short.npy', error: { error: 'layout "short": has 4 rows but the tensor has 5', file: '/l/tensors.layout.short.npy', hint: 'x' } },
    ],
  }, { tensorName: 'other' }],
};

describe('imported layouts', () => {
  it('names methods imported:<name> and back', () => {
    expect(importedMethod('umap')).toBe('imported:umap');
    expect(isImportedMethod('imported:umap')).toBe(true);
    expect(isImportedMethod('imported:')).toBe(false);
    expect(isImportedMethod('umap')).toBe(false);
    expect(importedName('imported:tsne-3d')).toBe('tsne-3d');
  });

  it('finds the usable layouts of the current tensor only', () => {
    const s = { info, tensorName: 'words:00003' };
    expect(importedLayoutsOf(s).map((l) => l.name)).toEqual(['umap', 'tsne-3d', 'short']);
    expect(usableImported(s, 'imported:tsne-3d')?.dims).toBe(3);
    expect(usableImported(s, 'imported:short')).toBeNull();      // listed with its error
    expect(usableImported(s, 'imported:missing')).toBeNull();
    expect(usableImported(s, 'umap')).toBeNull();                 // the in-browser method
    expect(importedLayoutsOf({ info, tensorName: 'other' })).toEqual([]);
    expect(usableImported({ info, tensorName: 'other' }, 'imported:umap')).toBeNull();
  });

  it('shows the first two columns of a 3-D layout in 2D', () => {
    const xyz = Float32Array.from([1, 2, 3, 4, 5, 6]);
    expect(Array.from(firstTwoColumns(xyz, 2, 3))).toEqual([1, 2, 4, 5]);
    const xy = Float32Array.from([1, 2]);
    expect(firstTwoColumns(xy, 1, 2)).toBe(xy);
  });

  it('fetches each layout once, and again after a failure or a clear', async () => {
    const calls: string[] = [];
    let fail = true;
    const cache = new ImportedLayoutCache(async (run, tensor, name) => {
      calls.push(`${run}/${tensor}/${name}`);
      if (fail) throw new Error('HTTP 409');
      return { coords: new Float32Array(4), n: 2, k: 2 };
    });
    await expect(cache.get('r', 't', 'umap')).rejects.toThrow('409');
    fail = false;
    const a = await cache.get('r', 't', 'umap');
    expect(await cache.get('r', 't', 'umap')).toBe(a);
    cache.clear();
    await cache.get('r', 't', 'umap');
    expect(calls).toEqual(['r/t/umap', 'r/t/umap', 'r/t/umap']);
  });
});

describe('imported layouts in bookmarks', () => {
  it('round-trip as their method with their coordinates; TensorBoard sees a custom projection', () => {
    const coords = Float32Array.from({ length: 12 }, (_, i) => i - 5.5);
    const v: BookmarkView = {
      label: 'offline UMAP', method: 'imported:umap-3d', n: 4, d: 16, is3d: true, dims: [0, 1, 2], spherize: false,
      coords, k: 3, camera: null, selected: [], filtered: null, colorBy: null, labelBy: null,
      tsne: { perplexity: 30, learningRate: 1, iteration: 0, is3d: true }, umap: { neighbors: 15, minDist: 0.1, is3d: true },
      step: null, source: null,
    };
    const state = JSON.parse(serializeBookmarks([v]))[0];
    expect(state.selectedProjection).toBe('custom');
    expect(state.embprojMethod).toBe('imported:umap-3d');
    const back = parseBookmarksFile(JSON.parse(JSON.stringify([state])))[0];
    expect([back.method, back.is3d, back.k]).toEqual(['imported:umap-3d', true, 3]);
    expect(Array.from(back.coords!)).toEqual(Array.from(coords));
  });
});

describe('imported layouts of a checkpoint series', () => {
  it('belong to the checkpoint /info describes, not to the other steps', () => {
    const series: RunInfo = { embeddings: [{ tensorName: 'emb', step: 3, checkpointSteps: [1, 2, 3],
      projections: [{ name: 'umap', dims: 2, file: '/l/ckpt-3.emb.layout.umap.npy', error: null }] }] };
    expect(usableImported({ info: series, tensorName: 'emb', step: null }, 'imported:umap')).not.toBeNull();
    expect(usableImported({ info: series, tensorName: 'emb', step: 3 }, 'imported:umap')).not.toBeNull();
    expect(usableImported({ info: series, tensorName: 'emb', step: 1 }, 'imported:umap')).toBeNull();
    expect(importedLayoutsOf({ info: series, tensorName: 'emb', step: 2 })).toEqual([]);
  });
});

describe('an imported layout as side B of a comparison', () => {
  const xyz = Float32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  const fetchLayout = async (run: string, tensor: string, name: string) => {
    expect([run, tensor, name]).toEqual(['r', 't', 'umap']);
    return { coords: xyz, n: 3, k: 3 as const };
  };
  const b = { run: 'r', tensor: 't', step: null, n: 3, d: 8 };
  const never = null as never;

  it("gives the file's coordinates, its first two axes when A is in 2D", async () => {
    const layout = importedLayoutOfB('umap', fetchLayout);
    expect(Array.from((await layout(never, b, never, 3)).coords)).toEqual(Array.from(xyz));
    const flat = await layout(never, b, never, 2);
    expect(Array.from(flat.coords)).toEqual([0, 1, 3, 4, 6, 7]);
    expect(flat.note).toContain('from Python: umap');
  });

  it('refuses a layout of another row count, or a 2-D one for a 3-D side A', async () => {
    await expect(importedLayoutOfB('umap', fetchLayout)(never, { ...b, n: 4 }, never, 2)).rejects.toThrow('has 3 rows; its tensor has 4');
    const flatOnly = async () => ({ coords: new Float32Array(6), n: 3, k: 2 as const });
    await expect(importedLayoutOfB('umap', flatOnly)(never, b, never, 3)).rejects.toThrow('is 2-D and side A is drawn in 3D');
  });

  it('is part of the comparison in links and bookmarks', () => {
    const spec: CompareSpec = { run: 'r', tensor: 't', step: null, key: null, k: COMPARE_DEFAULTS.k, metric: 'euclidean', mode: 'overlay', color: true, layout: 'umap' };
    expect(decodeView(encodeView({ run: 'r', compare: spec })).compare).toEqual(spec);
    expect(compareOf(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
    const { layout: _, ...pca } = spec;
    expect(decodeView(encodeView({ run: 'r', compare: pca })).compare).toEqual(pca);
  });
});
