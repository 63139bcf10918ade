/**
 * A checked figure as it crosses to the page and the views: the claim and the other reports that
 * state it: what the matcher returns (utils/engine/matcher/report-line.ts), the background sends
 * and the views read.
 */
import type { Claim } from './claim';
import type { Relation } from './relation';

/** One other report of a figure. */
export interface ReportLine {
  articleId: string;
  claimId: string;
  file?: string;
  outlet: string;
  published: string | null;
  url?: string;
  relation: Relation;
  quote: string;
  sentence: string;
  /** Who the report credits, as written. */
  attribution: string | null;
  /** Why the relation holds, in words ("later and larger"). */
  reason: string;
  value: number | string;
  low: number | string;
  high: number | string;
  unit: string;
  qualifier: string;
  measure: string | null;
  /** The outlet this report copies word for word: not independent. */
  wireCopyOf?: string;
  /** Ranking score, 0..1 (higher is closer). */
  score: number;
}

/** A figure of the page with the other reports that state it. */
export interface ClaimCheck {
  claim: Claim;
  reports: ReportLine[];
}
