import { describe, expect, it } from 'vitest';
import { analyzeColumn } from '../../src/data/columns';
import { CATEGORICAL, categoricalLegend, colorize, hexToRgb, MISSING_COLOR, MISSING_LABEL, OTHER_COLOR, OTHER_LABEL, viridis } from '../../src/render/colors';

describe('categoricalLegend', () => {
  it('counts per category, sorted by count then label', () => {
    const { entries } = categoricalLegend(['b', 'a', 'b', 'c', 'a', 'b']);
    expect(entries.map((e) => [e.label, e.count])).toEqual([['b', 3], ['a', 2], ['c', 1]]);
    expect(entries[0].color).toBe(CATEGORICAL[0]);
  });

  it('puts categories past the palette into "other" and empty cells into missing', () => {
    const values: string[] = [];
    for (let k = 0; k < 14; k++) for (let r = 0; r < 20 - k; r++) values.push(`c${k}`);
    values.push('', '');
    const { entries, colorOf } = categoricalLegend(values);
    expect(entries.length).toBe(CATEGORICAL.length + 2);
    const other = entries[CATEGORICAL.length];
    expect(other.label).toBe(OTHER_LABEL);
    expect(other.count).toBe(10 + 9 + 8 + 7);   // c10..c13 (20 - k each)
    expect(other.color).toBe(OTHER_COLOR);
    expect(entries[entries.length - 1]).toEqual({ label: MISSING_LABEL, count: 2, color: MISSING_COLOR });
    expect(colorOf.get('c12')).toBe(OTHER_COLOR);
    expect(entries.reduce((a, e) => a + e.count, 0)).toBe(values.length);
  });
});

describe('colorize', () => {
  it('numeric: viridis from min to max, missing grey', () => {
    const col = analyzeColumn('x', Array.from({ length: 30 }, (_, i) => (i === 3 ? '' : String(i * 1.5))));
    const rgb = new Float32Array(90);
    const lg = colorize(col, 30, rgb, false);
    expect(lg).toMatchObject({ kind: 'numeric', min: 0, max: 43.5, missing: 1 });
    expect(Array.from(rgb.slice(0, 3))).toEqual(viridis(0).map((v) => Math.fround(v)));
    expect(Array.from(rgb.slice(87, 90))).toEqual(viridis(1).map((v) => Math.fround(v)));
    expect(Array.from(rgb.slice(9, 12))).toEqual(hexToRgb(MISSING_COLOR).map((v) => Math.fround(v)));
  });

  it('categorical colours follow the legend', () => {
    const col = analyzeColumn('pos', ['n', 'v', 'n', '']);
    const rgb = new Float32Array(12);
    const lg = colorize(col, 4, rgb, true);
    expect(lg.kind).toBe('categorical');
    expect(Array.from(rgb.slice(0, 3))).toEqual(hexToRgb(CATEGORICAL[0]).map((v) => Math.fround(v)));
    expect(Array.from(rgb.slice(3, 6))).toEqual(hexToRgb(CATEGORICAL[1]).map((v) => Math.fround(v)));
    expect(Array.from(rgb.slice(9, 12))).toEqual(hexToRgb(MISSING_COLOR).map((v) => Math.fround(v)));
  });
});

describe('legend focus', () => {
  it('fades every point outside the focused category, including "other" and missing', async () => {
    const { fadeExcept, legendLabelOf } = await import('../../src/render/colors');
    const values = ['a', 'b', '', 'a'];
    const { entries } = categoricalLegend(values);
    expect(legendLabelOf('a', entries)).toBe('a');
    expect(legendLabelOf('', entries)).toBe(MISSING_LABEL);
    expect(legendLabelOf('zzz', entries)).toBe(OTHER_LABEL);
    const rgb = new Float32Array(12).fill(0);
    const kept = fadeExcept(values, entries, 'a', rgb, [1, 1, 1], 0.5);
    expect(kept).toBe(2);
    expect(Array.from(rgb)).toEqual([0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0, 0, 0]);
    const rgb2 = new Float32Array(12).fill(0);
    expect(fadeExcept(values, entries, MISSING_LABEL, rgb2, [1, 1, 1], 0.5)).toBe(1);
  });
});
