// The colour legend of a column: what the plot's colours mean (drawn by ui/, computed by render/colors.ts).
export interface LegendEntry { label: string; count: number; color: string }

export type Legend =
  | { kind: 'none' }
  | { kind: 'categorical'; column: string; entries: LegendEntry[] }
  | { kind: 'numeric'; column: string; min: number; max: number; missing: number };
