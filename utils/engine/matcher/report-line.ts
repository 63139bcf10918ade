/**
 * The lines a check returns: one other report's statement of a page claim, and the choice of
 * one line per report (a report that states a figure three times is one report).
 */
import type { Claim } from '../claims/types';
import { compareRank } from './rank';
import { RELATIONS, type Relation } from '../../model/relation';
import type { ClaimCheck, ReportLine } from '../../model/report';

/** One other report's statement of a claim, and a page claim with its reports: the model's shapes (utils/model/report.ts). */
export type { ClaimCheck, ReportLine } from '../../model/report';

/** Whether a relation is a report of the page's own figure (hedged or credited otherwise, or not). */
export function statesSameFigure(relation: Relation): boolean {
  return RELATIONS[relation].sameFigure;
}

const PRIORITY: Record<Relation, number> = { same: 3, hedge: 2, attribution: 1, vaguer: 0, conflict: 0, update: 0 };
const ORDER: Record<Relation, number> = { same: 0, hedge: 1, attribution: 2, vaguer: 3, conflict: 4, update: 5 };

/**
 * One line per report for the same figure, one for a vaguer one and one for a different figure. Its line is the
 * statement that credits the most specific source (a named person over a ministry), then the
 * closest. Sorted by relation, then date, then score.
 */
export function onePerReport(lines: Map<number, ReportLine>, creditSpecificity: (i: number) => number): ReportLine[] {
  const best = new Map<string, { line: ReportLine; rank: number[] }>();
  for (const [i, line] of lines) {
    const key = `${line.articleId}\u0001${statesSameFigure(line.relation) ? 'same' : line.relation === 'vaguer' ? 'vaguer' : 'different'}`;
    const rank = [PRIORITY[line.relation], creditSpecificity(i), line.score];
    const prev = best.get(key);
    if (!prev || compareRank(rank, prev.rank) > 0 || (compareRank(rank, prev.rank) === 0 && line.claimId < prev.line.claimId)) best.set(key, { line, rank });
  }
  return [...best.values()].map((b) => b.line).sort(
    (a, b) => ORDER[a.relation] - ORDER[b.relation] || (a.published ?? '').localeCompare(b.published ?? '') || b.score - a.score || (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0),
  );
}
