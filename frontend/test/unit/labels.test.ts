// The label helpers shared by the point labels (render/labels.ts) and the density overlay's cluster
// labels (ui/density-overlay.ts): which labels are skipped for overlapping, how long text is cut,
// and the order a haloed label is painted in.
import { describe, expect, it } from 'vitest';
import { haloText, LabelBoxes, shortened } from '../../src/render/labels';

describe('label helpers', () => {
  it('takes a box that overlaps none taken before, and refuses one that does', () => {
    const boxes = new LabelBoxes();
    expect(boxes.take({ x0: 0, y0: 0, x1: 10, y1: 10 })).toBe(true);
    expect(boxes.take({ x0: 9, y0: 9, x1: 20, y1: 20 })).toBe(false);    // corner overlap
    expect(boxes.take({ x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(true);    // touching edges do not overlap
    expect(boxes.take({ x0: -5, y0: 3, x1: 25, y1: 4 })).toBe(false);    // crosses both
    expect(boxes.take({ x0: 0, y0: 10, x1: 20, y1: 12 })).toBe(true);
    // A refused box is not kept: the same place is still free for the next label.
    const fresh = new LabelBoxes();
    fresh.take({ x0: 0, y0: 0, x1: 10, y1: 10 });
    expect(fresh.take({ x0: 5, y0: 20, x1: 30, y1: 30 })).toBe(true);
    expect(fresh.take({ x0: 5, y0: 5, x1: 8, y1: 8 })).toBe(false);
    expect(fresh.take({ x0: 12, y0: 0, x1: 14, y1: 10 })).toBe(true);
  });

  it('cuts text to at most max characters, the last one an ellipsis', () => {
    expect(shortened('abc', 3)).toBe('abc');
    expect(shortened('abcd', 3)).toBe('ab…');
    expect(shortened('x'.repeat(60), 40)).toHaveLength(40);
    expect(shortened('x'.repeat(60), 40).endsWith('…')).toBe(true);
  });

  it('paints the halo first, then the text over it, with the given styles', () => {
    const calls: string[] = [];
    const ctx = {
      lineWidth: 0, lineJoin: '', strokeStyle: '', fillStyle: '',
      strokeText(text: string, x: number, y: number) { calls.push(`stroke ${text} ${x},${y} ${this.lineWidth} ${this.strokeStyle} ${this.lineJoin}`); },
      fillText(text: string, x: number, y: number) { calls.push(`fill ${text} ${x},${y} ${this.fillStyle}`); },
    };
    haloText(ctx as unknown as CanvasRenderingContext2D, 'dog', 5, 7, 4, 'white', 'black');
    expect(calls).toEqual(['stroke dog 5,7 4 white round', 'fill dog 5,7 black']);
  });
});
