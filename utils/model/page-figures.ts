/**
 * The figures of one page as the side panel shows them: grouped by what the other reports say of
 * each (conflicts first, then later figures, then confirmed, then none), a repeated figure once
 * with how often the page states it; and the story's outlets, each with what it said, when and
 * whom it credited. Pure.
 */
import { compareIsoDates } from './dates';
import { markOfRelations, type RelationMark } from './relation';
import type { ReportLine } from './report';
import { outletName } from './report-groups';
import { foldReprints } from './reprints';
import type { PageClaimView, PageSourceView } from './view-models';

/** The side panel's groups, in the order it shows them; the key is the figure's mark (or none). */
export const FIGURE_GROUPS: readonly { key: RelationMark | 'none'; heading: string }[] = [
  { key: 'conflict', heading: 'Conflicting figures' },
  { key: 'update', heading: 'Later figures' },
  { key: 'same', heading: 'Confirmed' },
  { key: 'none', heading: 'No other report' },
];

/** One figure however often a page states it: the same words with the same reports (the marks draw a repeat lightly; the panel lists it once). */
export function figureKey(quote: string, reports: readonly Pick<ReportLine, 'claimId'>[]): string {
  return `${quote.toLowerCase()}|${reports.map((r) => r.claimId).join(',')}`;
}

/** A figure of the page, once however often the page repeats it. */
export interface PageFigure {
  claim: PageClaimView;
  /** How many times the page states it (a headline and a lead often repeat a figure). */
  times: number;
  /** Its other reports' outlets, each once, oldest report first. */
  outlets: string[];
}

/** The group a figure belongs to: the strongest relation among its reports. */
export function groupOf(claim: PageClaimView): RelationMark | 'none' {
  return markOfRelations(claim.check.reports.map((r) => r.relation)) ?? 'none';
}

/** The page's figures, each once (the same words with the same reports are one figure stated again), in reading order. */
export function distinctFigures(claims: readonly PageClaimView[]): PageFigure[] {
  const figures = new Map<string, PageFigure>();
  for (const claim of claims) {
    const key = figureKey(claim.quote, claim.check.reports);
    const seen = figures.get(key);
    if (seen) seen.times++;
    // Outlets as the note counts them: a reprint folds into its original.
    else figures.set(key, { claim, times: 1, outlets: [...new Set(foldReprints(byDate(claim.check.reports)).map((f) => outletName(f.line)))] });
  }
  return [...figures.values()];
}

/** The page's figures by group (the empty groups left out), each figure once. */
export function groupPageFigures(claims: readonly PageClaimView[]): { key: RelationMark | 'none'; heading: string; figures: PageFigure[] }[] {
  const figures = distinctFigures(claims);
  return FIGURE_GROUPS.map(({ key, heading }) => ({ key, heading, figures: figures.filter((f) => groupOf(f.claim) === key) })).filter((g) => g.figures.length);
}

/** What one outlet said of the page's figures. */
export interface OutletView {
  outlet: string;
  /** The page itself, not another report. */
  isPage: boolean;
  published: string | null;
  url: string | null;
  /** Each figure it stated, with whom it credited and how it stands to the page's. */
  said: { quote: string; sentence: string; attribution: string | null; pageQuote: string; relation: ReportLine['relation'] | null; reason: string }[];
}

/**
 * The story's outlets: the page first, then every other report its figures' notes list, oldest
 * first (who reported first), each with what it said, when, and whom it credited.
 */
export function outletsOfPage(page: PageSourceView, claims: readonly PageClaimView[]): OutletView[] {
  const own: OutletView = { outlet: page.outlet || 'This page', isPage: true, published: page.published, url: page.url, said: [] };
  const others = new Map<string, OutletView>();
  // The figures as the figures view lists them: a figure stated again with other reports is not dropped.
  for (const { claim } of distinctFigures(claims)) {
    const { claim: mine } = claim.check;
    if (!own.said.some((s) => s.quote === claim.quote && s.sentence === mine.sentence)) {
      own.said.push({ quote: claim.quote, sentence: mine.sentence, attribution: mine.attribution, pageQuote: claim.quote, relation: null, reason: '' });
    }
    for (const r of claim.check.reports) {
      const view = others.get(r.articleId) ?? { outlet: outletName(r), isPage: false, published: r.published, url: r.url ?? null, said: [] };
      others.set(r.articleId, view);
      if (!view.said.some((s) => s.quote === r.quote && s.pageQuote === claim.quote)) {
        view.said.push({ quote: r.quote, sentence: r.sentence, attribution: r.attribution, pageQuote: claim.quote, relation: r.relation, reason: r.reason });
      }
    }
  }
  const rest = [...others.values()].sort((a, b) => compareIsoDates(a.published, b.published) || a.outlet.localeCompare(b.outlet));
  return [own, ...rest];
}

function byDate(reports: readonly ReportLine[]): ReportLine[] {
  return [...reports].sort((a, b) => compareIsoDates(a.published, b.published));
}
