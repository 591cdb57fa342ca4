// Downloads: the current projection's coordinates + metadata + selected flag (CSV, JSON; all rows
// or the selected rows), a PNG of the plot, and the (edited) metadata TSV. Blob URLs in <a download>.
import type { ColumnInfo } from '../data/columns';
import { toCsv, toJson, toMetadataTsv, type ExportInput } from '../state/export';
import { pointCloud, toGlb, toPly } from '../state/model-export';
import { pointColors } from '../render/point-colors';
import type { Store } from '../state/store';
import { h } from './dom';
import { button } from './fields';

export function download(blob: Blob, filename: string): void {
  const a = h('a', { href: URL.createObjectURL(blob), download: filename.replace(/[^\w.-]+/g, '_') });
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 30000);
}

export interface ExportHost {
  store: Store;
  /** Current projection (n x k, as computed) or null before one is drawn. */
  layout(): { coords: Float32Array; k: number; axes: string[] } | null;
  png(): Promise<Blob | null>;
}

export function baseName(store: Store): string {
  const s = store.state;
  return `${s.run ?? 'run'}_${s.tensorName ?? 'tensor'}_${s.method}`;
}

export function metadataFile(columns: ColumnInfo[], n: number, rows: Int32Array | null = null): Blob {
  return new Blob([toMetadataTsv(columns, n, rows)], { type: 'text/tab-separated-values' });
}

export function createExportMenu(host: ExportHost): HTMLElement {
  const { store } = host;
  const input = (selectedOnly: boolean): ExportInput | null => {
    const l = host.layout();
    const s = store.state;
    if (!l) return null;
    return { coords: l.coords, n: s.n, k: l.k, axisNames: l.axes, columns: s.columns, selection: s.selection,
      rows: selectedOnly ? s.selection : s.isolated };
  };
  const csv = (sel: boolean) => () => {
    const inp = input(sel);
    if (inp) download(new Blob([toCsv(inp)], { type: 'text/csv' }), `${baseName(store)}${sel ? '_selected' : ''}.csv`);
  };
  const json = (sel: boolean) => () => {
    const inp = input(sel);
    const s = store.state;
    if (inp) {
      download(new Blob([toJson(inp, { run: s.run, tensor: s.tensorName, method: s.method })], { type: 'application/json' }),
        `${baseName(store)}${sel ? '_selected' : ''}.json`);
    }
  };
  const png = button('PNG', 'export-png', () => {
    void host.png().then((b) => { if (b) download(b, `${baseName(store)}.png`); });
  }, 'The plot as a PNG image');
  /** The drawn points (isolated ones when isolating) with their current colours, as a 3-D model. */
  const model = (format: 'ply' | 'glb') => () => {
    const l = host.layout();
    const s = store.state;
    if (!l) return;
    const cloud = pointCloud(l.coords, s.n, l.k, pointColors(s, s.n).rgb, s.isolated);
    const what = `${s.run ?? ''} ${s.tensorName ?? ''} ${l.axes.join(' ')}`;
    const bytes = format === 'ply' ? toPly(cloud, `embproj ${what}`) : toGlb(cloud, s.tensorName ?? 'embproj');
    download(new Blob([bytes], { type: format === 'ply' ? 'application/octet-stream' : 'model/gltf-binary' }),
      `${baseName(store)}.${format}`);
  };
  const selCsv = button('Selected CSV', 'export-selected-csv', csv(true));
  const selJson = button('Selected JSON', 'export-selected-json', json(true));
  const selTsv = button('Selected metadata', 'export-selected-tsv', () => {
    const s = store.state;
    download(metadataFile(s.columns, s.n, s.selection), `${s.run ?? 'run'}_${s.tensorName ?? 'tensor'}_selected_metadata.tsv`);
  }, "The selected rows' metadata as TSV (TensorBoard's header rule)");
  const sync = () => {
    const none = store.state.selection.length === 0;
    selCsv.disabled = none; selJson.disabled = none; selTsv.disabled = none || store.state.columns.length === 0;
  };
  store.subscribe((_s, ch) => { if (ch.has('selection') || ch.has('columns')) sync(); });
  sync();
  return h('section', { 'data-testid': 'export-panel' }, h('h2', {}, 'Export'),
    h('div', { className: 'ep-row ep-wrap' },
      button('CSV', 'export-all-csv', csv(false), 'Coordinates, metadata and a selected flag (shown points)'),
      button('JSON', 'export-all-json', json(false)), selCsv, selJson, selTsv, png,
      button('PLY', 'export-ply', model('ply'), 'The drawn points with their colours as a PLY point cloud (MeshLab, Blender, CloudCompare)'),
      button('glTF', 'export-glb', model('glb'), 'The drawn points with their colours as a binary glTF 2.0 model (.glb)')));
}
