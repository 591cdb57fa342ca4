import { describe, expect, it } from 'vitest';
import { LOD_FRAME_BUDGET_MS, LOD_MIN_POINTS, LOD_STILL_PIECE, sampleNotDrawn, SUBSAMPLE_COST_FACTOR, stillPiece } from '../../src/render/lod';

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

describe('sampleNotDrawn', () => {
  it('finds the first subsample row a still frame in pieces has not drawn yet', () => {
    const sample = Uint32Array.from([2, 5, 9, 14]);
    expect(sampleNotDrawn(sample, null, 0)).toBe(0);
    expect(sampleNotDrawn(sample, null, 5)).toBe(1);    // rows 0-4 drawn: 5 is not
    expect(sampleNotDrawn(sample, null, 6)).toBe(2);
    expect(sampleNotDrawn(sample, null, 15)).toBe(4);   // every row drawn: nothing left
    // With isolation the still frame draws the visible rows: 3 drawn of [1, 5, 6, 9, 14] -> from row 9 on.
    const visible = Uint32Array.from([1, 5, 6, 9, 14]);
    expect(sampleNotDrawn(Uint32Array.from([5, 9, 14]), visible, 3)).toBe(1);
    expect(sampleNotDrawn(Uint32Array.from([5, 9, 14]), visible, 5)).toBe(3);
  });
});
