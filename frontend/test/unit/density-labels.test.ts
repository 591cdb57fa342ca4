// Cluster labels (state/cluster-labels.ts): the distinctive value, not the most frequent overall.
import { describe, expect, it } from 'vitest';
import { analyzeColumn } from '../../src/data/columns';
import { clusterTerms, columnCodes, defaultLabelColumn, labelText } from '../../src/state/cluster-labels';

describe('clusterTerms', () => {
  it('labels a cluster by the value that sets it apart, not by the value common everywhere', () => {
    // 1,000 points: "common" on 70% of all; cluster 0 (200 points) is 50% common, 45% dog, 5% cat;
    // dog occurs only there. Cluster 1 (300 points) is all common.
    const values: string[] = [];
    const assignment: number[] = [];
    for (let k = 0; k < 200; k++) { values.push(k < 100 ? 'common' : k < 190 ? 'dog' : 'cat'); assignment.push(0); }
    for (let k = 0; k < 300; k++) { values.push('common'); assignment.push(1); }
    for (let k = 0; k < 500; k++) { values.push(k < 300 ? 'common' : 'cat'); assignment.push(-1); }
    const codes = columnCodes(analyzeColumn('animal', values));
    const terms = clusterTerms(Int32Array.from(assignment), null, 2, codes);
    expect(terms[0][0].value).toBe('dog');
    expect(terms[0][0].share).toBeCloseTo(0.45);
    expect(terms[0][0].score).toBeCloseTo(0.45 * Math.log(1000 / 90));
    expect(terms[0].map((t) => t.value)).toEqual(['dog', 'common', 'cat']);
    expect(labelText(terms[0])).toBe('dog (45%)');
    expect(terms[1]).toEqual([{ value: 'common', share: 1, score: Math.log(1000 / 700) }]);
    expect(labelText(terms[1])).toBe('common (100%)');
  });

  it('reads rows through the point-to-row map, skips missing values and shows a close second', () => {
    const column = analyzeColumn('kind', ['a', 'b', '', 'c', 'b', 'a', 'c', 'c']);
    const codes = columnCodes(column);
    expect(codes.codes[2]).toBe(-1);
    expect(columnCodes(column)).toBe(codes);   // cached
    // Points 0..3 are rows 1, 4, 3, 6 (b, b, c, c): one cluster of four, half b and half c.
    const terms = clusterTerms(Int32Array.of(0, 0, 0, 0), Int32Array.of(1, 4, 3, 6), 1, codes);
    expect(labelText(terms[0])).toBe('b (50%), c (50%)');
  });

  it('bins numeric columns by quantile', () => {
    const column = analyzeColumn('score', Array.from({ length: 100 }, (_, k) => String(k / 10 + 0.05)));
    expect(column.kind).toBe('numeric');
    const codes = columnCodes(column, 4);
    expect(codes.names).toHaveLength(4);
    expect(codes.codes[0]).toBe(0);
    expect(codes.codes[99]).toBe(3);
    const assignment = Int32Array.from({ length: 100 }, (_, k) => (k >= 75 ? 0 : -1));
    expect(clusterTerms(assignment, null, 1, codes)[0][0]).toMatchObject({ value: codes.names[3], share: 1 });
  });

  it('defaults to the colour column when categorical, else the first categorical one', () => {
    const num = analyzeColumn('x', ['0.5', '1.5', '2.25']);
    const cat = analyzeColumn('c', ['a', 'b', 'a']);
    const cat2 = analyzeColumn('d', ['u', 'v', 'u']);
    expect(defaultLabelColumn([num, cat, cat2], 2)).toBe(2);
    expect(defaultLabelColumn([num, cat, cat2], 0)).toBe(1);
    expect(defaultLabelColumn([num, cat, cat2], -1)).toBe(1);
    expect(defaultLabelColumn([num], -1)).toBe(-1);
  });
});
