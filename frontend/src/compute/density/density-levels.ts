// Density levels by the mass they enclose (highest-density regions): the level for 0.5 is the density
// above which half of the estimated mass lies. Unlike fractions of the highest peak, this keeps a
// sparse cluster inside the outer contour when one dense cluster dominates the maximum.

/**
 * For each fraction f in (0, 1], the largest node value v such that the nodes >= v hold at least
 * f of the grid's total mass. Returned in the order given; 0 for an empty grid.
 */
export function levelsEnclosing(values: Float32Array, fractions: readonly number[]): number[] {
  let total = 0;
  for (let k = 0; k < values.length; k++) total += values[k];
  if (!(total > 0)) return fractions.map(() => 0);
  const sorted = Float32Array.from(values).sort().reverse();
  const order = fractions.map((f, index) => ({ f: Math.min(1, Math.max(0, f)), index })).sort((a, b) => a.f - b.f);
  const out = new Array<number>(fractions.length).fill(0);
  let cumulative = 0, k = 0;
  for (const { f, index } of order) {
    while (k < sorted.length && cumulative < f * total) cumulative += sorted[k++];
    out[index] = sorted[Math.max(0, k - 1)];
  }
  return out;
}
