import { describe, expect, it } from 'vitest';
import { analyzeColumn } from '../../src/data/columns';

describe('analyzeColumn', () => {
  it('detects numeric columns and their range, ignoring empty cells', () => {
    const c = analyzeColumn('score', ['0.5', '-1.25', '', '3e2']);
    expect(c.kind).toBe('numeric');
    expect(c.min).toBe(-1.25);
    expect(c.max).toBe(300);
    expect(c.missing).toBe(1);
    expect(Number.isNaN(c.numbers![2])).toBe(true);
  });

  it('strings are categorical', () => {
    expect(analyzeColumn('w', ['a', '1', '2']).kind).toBe('categorical');
  });

  it('few distinct integers are categories (class ids)', () => {
    const c = analyzeColumn('label', Array.from({ length: 100 }, (_, i) => String(i % 10)));
    expect(c.kind).toBe('categorical');
    expect(c.distinct).toBe(10);
  });

  it('many distinct integers are numeric', () => {
    expect(analyzeColumn('freq', Array.from({ length: 100 }, (_, i) => String(i * 7))).kind).toBe('numeric');
  });

  it('an all-empty column is categorical', () => {
    expect(analyzeColumn('x', ['', '']).kind).toBe('categorical');
  });

  it('NaN / Infinity text is not numeric', () => {
    expect(analyzeColumn('x', ['1.5', 'NaN']).kind).toBe('categorical');
  });
});
