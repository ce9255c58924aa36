import { describe, expect, it } from 'vitest';
import { DIRECTIONS, layout, nearest } from './scenario-graph';

describe('nearest node on the scenario map', () => {
  // datang → pilih → baik | kurang, laid out top to bottom.
  const g = layout([
    { type: 'narration', id: 'datang', next: 'pilih' },
    { type: 'choice', id: 'pilih', choices: [{ id: 'a', next: 'baik' }, { id: 'b', next: 'kurang' }] },
    { type: 'ending', id: 'baik' },
    { type: 'ending', id: 'kurang' },
  ]);
  const left = [...g.nodes].filter(([id]) => id === 'baik' || id === 'kurang').sort((a, b) => a[1].x - b[1].x).map(([id]) => id);

  it('goes down the arrows, then sideways along a row, and nowhere past the edge', () => {
    expect(nearest(g, 'datang', DIRECTIONS.ArrowDown)).toBe('pilih');
    expect(nearest(g, 'pilih', DIRECTIONS.ArrowUp)).toBe('datang');
    expect(nearest(g, left[0]!, DIRECTIONS.ArrowRight)).toBe(left[1]);
    expect(nearest(g, left[1]!, DIRECTIONS.ArrowLeft)).toBe(left[0]);
    expect(nearest(g, 'datang', DIRECTIONS.ArrowUp)).toBeUndefined();
    expect(nearest(g, left[1]!, DIRECTIONS.ArrowRight)).toBeUndefined();
    expect(nearest(g, 'nosuch', DIRECTIONS.ArrowDown)).toBeUndefined();
  });
});
