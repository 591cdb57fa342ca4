// Keeps the visible URL (TensorBoard's, see url-hash.ts) in step with the view, and opens the view a
// link names: run, tensor, step, projection and its parameters.
import { isImportedMethod } from './imported-layouts';
import { activeTab, readLinkView, writeLinkView, type LinkView } from './url-hash';
import type { AppState, Store } from './store';
import type { MethodParams } from './view-bridge';

interface ParamsHost { supportsMethod(m: string): boolean; params(): MethodParams; setParams(p: Partial<MethodParams>): void }

function stepOf(s: AppState): number | null {
  const e = s.info?.embeddings.find((x) => x.tensorName === s.tensorName);
  return s.step !== null && (e?.checkpointSteps ?? []).includes(s.step) ? s.step : e?.step ?? null;
}

export function linkViewOf(s: AppState, p: MethodParams | null = null): LinkView {
  const v: LinkView = { run: s.run ?? undefined, tensor: s.tensorName ?? undefined, step: stepOf(s),
    method: s.method, dims: s.dims.slice(0, s.is3d ? 3 : 2), is3d: s.is3d, spherize: s.spherize };
  if (p && s.method === 'tsne') { v.perplexity = p.perplexity; if (p.learningRate !== 'auto') v.learningRate = p.learningRate; }
  if (p && s.method === 'umap') { v.neighbors = p.neighbors; v.minDist = p.minDist; }
  if (s.showDensity) v.density = true;
  if (s.clusterLabelColumn !== null) v.clusterBy = s.clusterLabelColumn >= 0 ? s.columns[s.clusterLabelColumn]?.name ?? '' : '';
  if (s.compare) v.compare = s.compare;
  return v;
}

/** Writes the current view into the URL and returns the whole link. */
export function currentLink(store: Store, host: ParamsHost | null = null): string {
  return writeLinkView(linkViewOf(store.state, host?.params() ?? null));
}

const LINK_KEYS = ['run', 'tensorName', 'method', 'dims', 'is3d', 'spherize', 'info', 'step', 'perplexity', 'learningRate', 'neighbors', 'minDist',
  'showDensity', 'clusterLabelColumn', 'compare'];

/** The link's density and comparison settings as a store patch (column names -> indices of `s.columns`). */
export function linkExtras(p: LinkView, s: AppState): Partial<AppState> {
  const patch: Partial<AppState> = {};
  if (p.density != null) patch.showDensity = p.density;
  if (p.clusterBy != null) {
    const i = p.clusterBy === '' ? -1 : s.columns.findIndex((c) => c.name === p.clusterBy);
    if (p.clusterBy === '' || i >= 0) patch.clusterLabelColumn = i;
  }
  if (p.compare) patch.compare = p.compare;
  return patch;
}

/**
 * Opens the linked view (call once the app listens to the store, before it lists runs), then
 * mirrors later changes into the URL. `applyStep` fetches a checkpoint step; the projection
 * settings apply once the tensor's data are in.
 */
export function syncLink(store: Store, applyStep: (step: number) => void, host: ParamsHost): LinkView | null {
  const link = readLinkView();
  let pending: LinkView | null = link;
  let writing = false;
  if (link?.run) {
    store.set({ run: link.run, ...(link.tensor ? { tensorName: link.tensor } : {}), step: link.step ?? null });
  }
  store.subscribe((s, ch) => {
    // A linked tensor that cannot be shown (or a run without it) ends the link's part.
    if (pending && s.info && !s.loading) {
      const cur = s.info.embeddings.find((e) => e.tensorName === s.tensorName);
      if (!cur || cur.error) pending = null;
    }
    if (pending && s.n > 0 && !s.loading && s.tensorName !== null) {
      const p = pending;
      if (p.tensor && s.tensorName !== p.tensor) {
        if (s.info?.embeddings.some((e) => e.tensorName === p.tensor)) { store.set({ tensorName: p.tensor }); return; }
      }
      const e = s.info?.embeddings.find((x) => x.tensorName === s.tensorName);
      if (p.step != null && e?.checkpointSteps?.includes(p.step) && stepOf(s) !== p.step) {
        pending = { ...p, step: null };
        applyStep(p.step);
        return;
      }
      pending = null;
      const patch: Partial<AppState> = {};
      if (p.spherize != null) patch.spherize = p.spherize;
      if (p.method === 'pca' || (p.method === 'identity' && s.d <= 3)) patch.method = p.method;
      else if ((p.method === 'tsne' || p.method === 'umap' || p.method === 'custom' || isImportedMethod(p.method ?? '')) && host.supportsMethod(p.method!)) patch.method = p.method as AppState['method'];
      if (p.is3d != null) patch.is3d = p.is3d;
      if (p.dims) patch.dims = [p.dims[0] ?? 0, p.dims[1] ?? 1, p.dims[2] ?? 2];
      host.setParams({ perplexity: p.perplexity, learningRate: p.learningRate, neighbors: p.neighbors, minDist: p.minDist });
      store.set(patch);
      // After the projection settings: the comparison starts from the layout they draw.
      store.set(linkExtras(p, store.state));
      return;
    }
    // Only while our tab is the one shown: never write into another tab's URL.
    if (pending || writing || !s.run || !['', 'embproj'].includes(activeTab())) return;
    if (LINK_KEYS.some((k) => ch.has(k as never))) {
      writing = true;
      try { writeLinkView(linkViewOf(s, host.params())); } finally { writing = false; }
    }
  });
  return link;
}
