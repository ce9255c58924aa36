import { describe, expect, it } from 'vitest';
import { nipProblem, normalizeNip } from './nip';

describe('nipProblem', () => {
  it('accepts 18 digits with a real birth date, a later appointment and a gender digit, spaces allowed', () => {
    expect(nipProblem('199001012015011001')).toBe(null);
    expect(nipProblem('19900101 201501 2 001')).toBe(null);
    expect(normalizeNip('19900101 201501 2 001')).toBe('199001012015012001');
  });

  it('names what is wrong', () => {
    expect(nipProblem('')).toBe('length');
    expect(nipProblem('19900101201501100')).toBe('length');
    expect(nipProblem('1990010120150110011')).toBe('length');
    expect(nipProblem('19900101-201501-1-001')).toBe('length');
    expect(nipProblem('199002302015011001')).toBe('birth-date');
    expect(nipProblem('189912312015011001')).toBe('birth-date');
    expect(nipProblem('199001012015131001')).toBe('appointment');
    expect(nipProblem('199001011989011001')).toBe('appointment');
    expect(nipProblem('199001012015013001')).toBe('gender');
  });
});
