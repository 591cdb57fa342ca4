// Which row of side B each row of side A is: by order (both sides have the same row count) or by a
// metadata key column (equal values). Rows without a partner, and keys held by several rows of one
// side (ambiguous: none of them is paired), are counted so the panel can report them; nothing is
// dropped silently.

export interface RowPairing {
  /** Per row of A: its row in B, or -1. */
  bOfA: Int32Array;
  /** Rows of A that have a partner, ascending. */
  matched: Int32Array;
  /** A rows without a partner in B, and B rows without one in A. */
  unmatchedA: number;
  unmatchedB: number;
  /** Rows (both sides) left unpaired because their key is not unique on their side. */
  duplicates: number;
  by: 'order' | 'key';
}

export function pairByOrder(nA: number, nB: number): RowPairing {
  const m = Math.min(nA, nB);
  const bOfA = new Int32Array(nA).fill(-1);
  for (let i = 0; i < m; i++) bOfA[i] = i;
  return { bOfA, matched: Int32Array.from({ length: m }, (_, i) => i), unmatchedA: nA - m, unmatchedB: nB - m, duplicates: 0, by: 'order' };
}

/** Pairs rows whose key values are equal; an empty key never pairs. */
export function pairByKey(keysA: readonly string[], nA: number, keysB: readonly string[], nB: number): RowPairing {
  const rowOfB = new Map<string, number>();   // -2: seen more than once
  let duplicates = 0;
  for (let j = 0; j < nB; j++) {
    const key = keysB[j] ?? '';
    if (key === '') continue;
    const seen = rowOfB.get(key);
    rowOfB.set(key, seen === undefined ? j : -2);
  }
  const countA = new Map<string, number>();
  for (let i = 0; i < nA; i++) { const key = keysA[i] ?? ''; if (key !== '') countA.set(key, (countA.get(key) ?? 0) + 1); }
  const bOfA = new Int32Array(nA).fill(-1);
  const matched: number[] = [];
  for (let i = 0; i < nA; i++) {
    const key = keysA[i] ?? '';
    const j = rowOfB.get(key);
    if (key === '' || j === undefined) continue;
    if (j === -2 || countA.get(key)! > 1) continue;
    bOfA[i] = j;
    matched.push(i);
  }
  for (const c of countA.values()) if (c > 1) duplicates += c;
  const countB = new Map<string, number>();
  for (let j = 0; j < nB; j++) { const key = keysB[j] ?? ''; if (key !== '') countB.set(key, (countB.get(key) ?? 0) + 1); }
  for (const c of countB.values()) if (c > 1) duplicates += c;
  return { bOfA, matched: Int32Array.from(matched), unmatchedA: nA - matched.length, unmatchedB: nB - matched.length, duplicates, by: 'key' };
}

/** Whether the pairing is row i -> row i for every row of both sides (B's data can be used as is). */
export function isIdentity(p: RowPairing, nA: number, nB: number): boolean {
  if (nA !== nB || p.matched.length !== nA) return false;
  for (let i = 0; i < nA; i++) if (p.bOfA[i] !== i) return false;
  return true;
}
