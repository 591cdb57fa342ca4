import { describe, expect, it } from 'vitest';
import { fromState, parseBookmarksFile, serializeBookmarks, toState, type BookmarkView } from '../../src/state/bookmarks';

import TF2_WORDS_JSON from '../fixtures/tf2_words_bookmarks.json';

// A real bookmarks file written by TensorBoard's projector (copied from ../shared/fixtures/tf2_words).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const TF2_WORDS = TF2_WORDS_JSON as any[];

// Every field of TensorBoard's State (DESIGN.md section 3).
const TB_FIELDS = ['label', 'isSelected', 'selectedProjection', 'dataSetDimensions', 'tSNEIteration', 'tSNEPerplexity',
  'tSNELearningRate', 'tSNEis3d', 'umapIs3d', 'umapNeighbors', 'umapMinDist', 'pcaComponentDimensions',
  'customSelectedSearchByMetadataOption', 'customXLeftText', 'customXLeftRegex', 'customXRightText', 'customXRightRegex',
  'customYUpText', 'customYUpRegex', 'customYDownText', 'customYDownRegex', 'projections', 'filteredPoints',
  'selectedPoints', 'shuffledDataIndices', 'cameraDef', 'selectedColorOptionName', 'forceCategoricalColoring',
  'selectedLabelOption'];

function view(over: Partial<BookmarkView> = {}): BookmarkView {
  const n = 5, k = 3;
  return {
    label: 'epoch 3 — ünïcode', method: 'pca', n, d: 16, is3d: true, dims: [0, 2, 1], spherize: true,
    coords: Float32Array.from({ length: n * k }, (_, i) => i * 0.25 - 1.5), k,
    camera: { orthographic: false, position: [1, 2, 3], target: [0.1, 0, -0.2], zoom: 1 },
    selected: [1, 3], filtered: [0, 1, 3], colorBy: 'pos', labelBy: 'word',
    tsne: { perplexity: 12, learningRate: 1, iteration: 0, is3d: true }, umap: { neighbors: 15, minDist: 0.1, is3d: true },
    step: 7, source: null, ...over,
  };
}

describe('bookmarks: TensorBoard State <-> our view', () => {
  it('round-trips ours -> TensorBoard JSON -> ours', () => {
    const v = view();
    const json = serializeBookmarks([v]);
    const state = JSON.parse(json)[0];
    for (const f of TB_FIELDS) expect(state, f).toHaveProperty(f);
    expect(state.projections[0]).toEqual({ 'pca-0': -1.5, 'pca-2': -1.25, 'pca-1': -1 });
    expect(state.pcaComponentDimensions).toEqual([0, 2, 1]);
    expect(state.cameraDef).toEqual(v.camera);
    const back = parseBookmarksFile(json)[0];
    expect(back.method).toBe('pca');
    expect(back.is3d).toBe(true);
    expect(back.dims).toEqual([0, 2, 1]);
    expect(Array.from(back.coords!)).toEqual(Array.from(v.coords!));
    expect(back.selected).toEqual([1, 3]);
    expect(back.filtered).toEqual([0, 1, 3]);
    expect([back.colorBy, back.labelBy, back.label, back.step, back.spherize]).toEqual(['pos', 'word', v.label, 7, true]);
    expect(back.camera).toEqual(v.camera);
  });

  it('round-trips 2D t-SNE, UMAP and identity coordinates', () => {
    for (const method of ['tsne', 'umap', 'identity'] as const) {
      const v = view({ method, is3d: false, k: 2, coords: Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), dims: [0, 1, 2] });
      const s = toState(v);
      expect(s.selectedProjection).toBe(method === 'identity' ? 'custom' : method);
      const back = fromState(JSON.parse(JSON.stringify(s)));
      expect(back.method).toBe(method);
      expect(back.is3d).toBe(false);
      expect(Array.from(back.coords!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });

  it("loads TensorBoard's own bookmarks file (tf2_words) and writes it back without losing fields", () => {
    const views = parseBookmarksFile(TF2_WORDS);
    expect(views.length).toBe(TF2_WORDS.length);
    const [pca, tsne] = views;
    expect(pca.method).toBe('pca');
    expect(pca.is3d).toBe(true);
    expect(pca.n).toBe(500);
    expect(pca.coords!.length).toBe(500 * 3);
    expect(pca.coords![0]).toBeCloseTo(TF2_WORDS[0].projections[0]['pca-0'], 6);
    expect(pca.coords![4]).toBeCloseTo(TF2_WORDS[0].projections[1]['pca-1'], 6);
    expect(pca.selected).toEqual(TF2_WORDS[0].selectedPoints);
    expect(pca.colorBy).toBe('pos');
    expect(pca.labelBy).toBe('word');
    expect(pca.camera!.orthographic).toBe(false);
    expect(tsne.method).toBe('tsne');
    expect(tsne.is3d).toBe(false);
    expect(tsne.coords![1]).toBeCloseTo(TF2_WORDS[1].projections[0]['tsne-1'], 6);
    expect(tsne.label).toBe(TF2_WORDS[1].label);
    expect(tsne.camera!.zoom).toBe(1.5);
    const again = JSON.parse(serializeBookmarks(views));
    for (let i = 0; i < TF2_WORDS.length; i++) {
      for (const f of Object.keys(TF2_WORDS[i])) {
        if (f === 'projections') continue;
        expect(again[i][f], f).toEqual(TF2_WORDS[i][f]);
      }
      expect(again[i].projections[7]).toEqual(TF2_WORDS[i].projections[7]);
    }
  });

  it('loads an old State that lacks newer fields (no UMAP, no custom axes, no camera, no filter)', () => {
    const old = {
      label: 'old', isSelected: true, selectedProjection: 'pca', dataSetDimensions: [2, 4],
      tSNEIteration: 10, tSNEPerplexity: 5, tSNELearningRate: 1, tSNEis3d: true, pcaComponentDimensions: [1, 0],
      projections: [{ 'pca-0': 1, 'pca-1': 2 }, { 'pca-0': 3, 'pca-1': 4 }], selectedPoints: [1],
      shuffledDataIndices: [1, 0], selectedColorOptionName: 'label',
    };
    const v = fromState(old);
    expect(v.method).toBe('pca');
    expect(v.is3d).toBe(false);
    expect(v.dims.slice(0, 2)).toEqual([1, 0]);
    expect(Array.from(v.coords!)).toEqual([2, 1, 4, 3]);
    expect(v.camera).toBeNull();
    expect(v.filtered).toBeNull();
    expect(v.umap).toEqual({ neighbors: 15, minDist: 0.1, is3d: true });
    expect(v.labelBy).toBeNull();
    const s = toState(v);
    for (const f of TB_FIELDS) expect(s, f).toHaveProperty(f);
    expect(s.shuffledDataIndices).toEqual([1, 0]);
  });

  it('refuses what is not a State', () => {
    expect(() => parseBookmarksFile('[1]')).toThrow(/bookmark 1/);
    expect(() => parseBookmarksFile('{')).toThrow();
  });
});
