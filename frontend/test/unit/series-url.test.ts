import { describe, expect, it } from 'vitest';
import type { EmbeddingInfo } from '../../src/data/api';
import { currentIndex, seriesOf } from '../../src/state/series';
import { decodeView, encodeView, hashWithView, viewFromHash } from '../../src/state/url-hash';

const emb = (tensorName: string, tag: string, step: number | null, checkpointSteps: number[] | null = null): EmbeddingInfo =>
  ({ tensorName, tag, step, checkpointSteps });

describe('series', () => {
  it('groups one tag logged at several steps (sorted), ignoring other tags', () => {
    const embs = [emb('hidden:00005', 'hidden', 5), emb('hidden:00001', 'hidden', 1), emb('other', 'other', 3), emb('hidden:00003', 'hidden', 3)];
    const s = seriesOf(embs, 'hidden:00003')!;
    expect(s.kind).toBe('tags');
    expect(s.entries.map((e) => [e.step, e.tensorName])).toEqual([[1, 'hidden:00001'], [3, 'hidden:00003'], [5, 'hidden:00005']]);
    expect(currentIndex(s, 'hidden:00003', null, 3)).toBe(1);
    expect(seriesOf(embs, 'other')).toBeNull();
  });

  it('one variable in several checkpoints is fetched by step', () => {
    const embs = [emb('w', 'w', 3, [3, 1, 2])];
    const s = seriesOf(embs, 'w')!;
    expect(s.kind).toBe('checkpoints');
    expect(s.entries.map((e) => e.fetchStep)).toEqual([1, 2, 3]);
    expect(currentIndex(s, 'w', null, 3)).toBe(2);
    expect(currentIndex(s, 'w', 1, 3)).toBe(0);
  });

  it('a single step is no series', () => {
    expect(seriesOf([emb('a', 'a', 0)], 'a')).toBeNull();
    expect(seriesOf([emb('a', 'a', null, [4])], 'a')).toBeNull();
  });
});

describe('url hash', () => {
  const view = { run: 'multi_run/run a&b', tensor: 'embedding/.ATTRIBUTES/VARIABLE_VALUE', step: 2, method: 'tsne', dims: [0, 2],
    is3d: false, spherize: true, perplexity: 12, learningRate: 10 };

  it('round-trips a view through encode / decode', () => {
    expect(decodeView(encodeView(view))).toEqual(view);
  });

  it("keeps TensorBoard's own hash parts and replaces ours", () => {
    const h1 = hashWithView('#embproj', view);
    expect(h1.startsWith('#embproj&embproj=')).toBe(true);
    expect(viewFromHash(h1)).toEqual(view);
    const h2 = hashWithView(h1, { ...view, step: 3 });
    expect(h2.match(/embproj=/g)!.length).toBe(1);
    expect(viewFromHash(h2)!.step).toBe(3);
    expect(hashWithView('', { run: 'x' })).toBe('#embproj&embproj=run%3Dx');
    expect(viewFromHash('#embproj')).toBeNull();
  });
});
