// Embeddings across training steps. Two shapes come from /info:
//  (a) several embeddings share a `tag` with different `step`s (log_embedding per epoch, PyTorch's
//      `tag:00003` names): each step is its own tensor name;
//  (b) one embedding whose variable is saved in several checkpoints (`checkpointSteps`): one tensor
//      name, fetched with `&step=S`.
import type { EmbeddingInfo } from '../data/api';

export interface StepEntry { step: number; tensorName: string; fetchStep: number | null }

export interface Series { tag: string; kind: 'tags' | 'checkpoints'; entries: StepEntry[] }

/** The series the given tensor belongs to (null when it is a single step). */
export function seriesOf(embeddings: EmbeddingInfo[], tensorName: string | null): Series | null {
  const cur = embeddings.find((e) => e.tensorName === tensorName);
  if (!cur) return null;
  const ckpt = (cur.checkpointSteps ?? []).filter((s) => Number.isInteger(s));
  if (ckpt.length >= 2) {
    return { tag: cur.tag ?? cur.tensorName, kind: 'checkpoints',
      entries: [...new Set(ckpt)].sort((a, b) => a - b).map((step) => ({ step, tensorName: cur.tensorName, fetchStep: step })) };
  }
  if (cur.tag == null || cur.step == null) return null;
  const same = embeddings.filter((e) => e.tag === cur.tag && typeof e.step === 'number' && !e.error);
  if (same.length < 2) return null;
  const bySteps = new Map<number, EmbeddingInfo>();
  for (const e of same) if (!bySteps.has(e.step!)) bySteps.set(e.step!, e);
  const entries = [...bySteps.entries()].sort((a, b) => a[0] - b[0])
    .map(([step, e]) => ({ step, tensorName: e.tensorName, fetchStep: null }));
  return entries.length >= 2 ? { tag: cur.tag, kind: 'tags', entries } : null;
}

/** Index of the entry shown: by fetched checkpoint step, else by tensor name. */
export function currentIndex(series: Series, tensorName: string | null, fetchStep: number | null, defaultStep: number | null): number {
  if (series.kind === 'checkpoints') {
    const want = fetchStep ?? defaultStep;
    const i = series.entries.findIndex((e) => e.step === want);
    return i >= 0 ? i : series.entries.length - 1;
  }
  return Math.max(0, series.entries.findIndex((e) => e.tensorName === tensorName));
}
