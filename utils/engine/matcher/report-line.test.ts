import { describe, expect, it } from 'vitest';
import { onePerReport, statesSameFigure, type ReportLine } from './report-line';

const line = (articleId: string, claimId: string, relation: ReportLine['relation'], score: number, published = '2024-01-01') =>
  ({ articleId, claimId, relation, score, published }) as ReportLine;

describe('onePerReport', () => {
  it('one line per report for its figure and one for a different figure; the same relation before a hedge', () => {
    const lines = new Map<number, ReportLine>([
      [0, line('a', 'a#0', 'hedge', 0.9)],
      [1, line('a', 'a#1', 'same', 0.5)],
      [2, line('a', 'a#2', 'conflict', 0.4)],
      [3, line('b', 'b#0', 'same', 0.7, '2023-01-01')],
    ]);
    const out = onePerReport(lines, () => 0);
    expect(out.map((l) => l.claimId)).toEqual(['b#0', 'a#1', 'a#2']);
  });
  it('between statements of one relation, the more specific credit wins over the higher score', () => {
    const lines = new Map<number, ReportLine>([
      [0, line('a', 'a#0', 'same', 0.9)],
      [1, line('a', 'a#1', 'same', 0.5)],
    ]);
    expect(onePerReport(lines, (i) => (i === 1 ? 3 : 0)).map((l) => l.claimId)).toEqual(['a#1']);
  });
  it('statesSameFigure', () => {
    expect(['same', 'hedge', 'attribution', 'conflict', 'update'].map((r) => statesSameFigure(r as ReportLine['relation']))).toEqual([true, true, true, false, false]);
  });
});
