// Column type detection: a column is numeric when every non-empty value is a finite number,
// unless it holds only a few distinct integers (class ids like MNIST's 0-9 are categories).

export type ColumnKind = 'numeric' | 'categorical';

export interface ColumnInfo {
  name: string;
  kind: ColumnKind;
  values: string[];
  /** Parsed numbers (NaN for missing) when numeric. */
  numbers?: Float64Array;
  min?: number;
  max?: number;
  distinct: number;
  missing: number;
}

export const MAX_INTEGER_CATEGORIES = 20;

export function parseNumber(s: string): number {
  if (s === '') return NaN;
  const v = Number(s);
  return Number.isFinite(v) ? v : NaN;
}

export function analyzeColumn(name: string, values: string[]): ColumnInfo {
  const seen = new Set<string>();
  let missing = 0;
  let allNumeric = true;
  let allInteger = true;
  let present = 0;
  for (const v of values) {
    if (v === '') { missing++; continue; }
    present++;
    seen.add(v);
    if (allNumeric) {
      const x = parseNumber(v);
      if (Number.isNaN(x)) allNumeric = false;
      else if (!Number.isInteger(x)) allInteger = false;
    }
  }
  const distinct = seen.size;
  const numeric = present > 0 && allNumeric && !(allInteger && distinct <= MAX_INTEGER_CATEGORIES);
  const info: ColumnInfo = { name, kind: numeric ? 'numeric' : 'categorical', values, distinct, missing };
  if (numeric) {
    const nums = new Float64Array(values.length);
    let min = Infinity, max = -Infinity;
    for (let i = 0; i < values.length; i++) {
      const x = parseNumber(values[i]);
      nums[i] = x;
      if (!Number.isNaN(x)) { if (x < min) min = x; if (x > max) max = x; }
    }
    info.numbers = nums;
    info.min = min;
    info.max = max;
  }
  return info;
}
