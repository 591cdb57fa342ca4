import { describe, expect, it } from 'vitest';
import { coordinatesCsv } from '../../src/data/csv';

describe('coordinatesCsv', () => {
  it('writes index, axes and quoted metadata', () => {
    const csv = coordinatesCsv(new Float32Array([0.5, -1, 2, 3]), 2, 2, ['PC1', 'PC2'],
      [{ name: 'word', values: ['a,b', 'say "hi"'] }, { name: 'pos', values: ['', 'noun'] }]);
    expect(csv).toBe('index,PC1,PC2,word,pos\n0,0.5,-1,"a,b",\n1,2,3,"say ""hi""",noun\n');
  });
});
