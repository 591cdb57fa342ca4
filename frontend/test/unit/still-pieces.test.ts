import { describe, expect, it } from 'vitest';
import { LOD_FRAME_BUDGET_MS, LOD_MIN_POINTS, LOD_STILL_PIECE, SUBSAMPLE_COST_FACTOR, stillPiece } from '../../src/render/lod';

describe('stillPiece', () => {
  it('fits a piece of a still frame to the frame budget from the measured cost', () => {
    expect(stillPiece({ moving: null, still: null })).toBe(LOD_STILL_PIECE);
    expect(stillPiece({ moving: null, still: 0.001 })).toBe(Math.floor(LOD_FRAME_BUDGET_MS / 0.001));
    // Only moving frames timed: they cost SUBSAMPLE_COST_FACTOR times more per point.
    expect(stillPiece({ moving: 0.002, still: null })).toBe(Math.floor(LOD_FRAME_BUDGET_MS / (0.002 / SUBSAMPLE_COST_FACTOR)));
    // A slow machine still draws a useful piece; a fast GPU draws a million points in one frame.
    expect(stillPiece({ moving: null, still: 1 })).toBe(LOD_MIN_POINTS);
    expect(stillPiece({ moving: null, still: 1e-6 })).toBeGreaterThan(1_000_000);
  });
});
