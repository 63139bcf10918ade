/**
 * The shapes the popup and options views render. Views take these as props; the background's
 * handlers (utils/background/handlers.ts) and the pages' actions (entrypoints/popup/actions.ts,
 * entrypoints/options/actions.ts) map the corpus's and the content script's answers onto them,
 * so a change in those modules' types is absorbed in one place.
 */
import type { Claim } from './claim';
import type { ClaimCheck } from './report';

/** One report stating a figure, as a search result lists it. */
export interface ReportView {
  articleId: string | null;
  outlet: string;
  /** ISO date (or date-time) of the report, or null when unknown. */
  published: string | null;
  quote: string;
  attribution: string | null;
  /** The source URL; views only link it when it is http(s). */
  url: string | null;
  title: string | null;
  /** The sentence the figure stands in (results show the quote inside it). */
  sentence: string;
  /** An increase ("up") or a fall ("down"), not a total; null for a plain figure. */
  direction: 'up' | 'down' | null;
}

/** One point of a figure's chart: a report's figure and the band its hedge allows, and when. */
export interface ChartPointView {
  published: string | null;
  outlet: string;
  quote: string;
  value: number;
  /** The band its hedge allows; `high` is null when open-ended ("more than 1,000"). */
  low: number | null;
  high: number | null;
}

/** One step of a figure's timeline: what a report said, and when. */
export interface TimelineStepView {
  published: string | null;
  outlet: string;
  /** The figure as that report states it ("more than 1,000", "about 7,000"). */
  figure: string;
  /** How it relates to the step before ("later and larger"), or null. */
  note: string | null;
}

/** A search hit: one figure, the reports stating it, and how it changed over time. */
export interface FigureGroupView {
  id: string;
  /** Short human label: "1,000 containers". */
  label: string;
  unit: string;
  /** What is counted, as the latest report words it, or null. */
  measure: string | null;
  /** The reports, oldest first; at most a few dozen of them (see `reportCount`). */
  reports: ReportView[];
  /** How many reports state the figure in all. */
  reportCount: number;
  /** The first step, then the latest ones (`timelineOmitted` steps in between are left out). */
  timeline: TimelineStepView[];
  timelineOmitted: number;
  /** How many outlets state it, among all its reports (not only those sent). */
  outletCount: number;
  /** The chart's points, from all its reports, oldest first (a few dozen at most). */
  points: ChartPointView[];
  /** From its first statement to its latest, the figure went up or down; null when neither. */
  trend: 'up' | 'down' | null;
}

/** An entity a search named by one of its spellings: "Rajin = Najin, also Rason". */
export interface EntityMatchView {
  /** The spelling searched. */
  spelling: string;
  name: string;
  aliases: string[];
}

/** What a search answers: the figures, and the entities the query names. */
export interface SearchView {
  groups: FigureGroupView[];
  entities: EntityMatchView[];
}

/** A claim the content script found on the current tab. */
export interface PageClaimView {
  id: string;
  quote: string;
  /** How many other reports its note lists. */
  reports: number;
  /** The figure and the other reports its note lists (what the side panel shows). */
  check: ClaimCheck;
}

/** The page the content script is on, as its own tags describe it (the side panel's "this page"). */
export interface PageSourceView {
  url: string;
  outlet: string;
  title: string | null;
  published: string | null;
}

/** What "add this page" stores: read from the page, editable before saving. */
export interface ArticleDraft {
  url: string;
  title: string;
  outlet: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  published: string;
  language: string;
  byline: string;
  text: string;
}

/** One row of the options page's article list. */
export interface ArticleRowView {
  id: string;
  outlet: string;
  title: string | null;
  published: string | null;
  url: string | null;
  claimCount: number;
  /** Added by the user (kept on reset when asked), not from a pack. */
  own: boolean;
}

/** One article opened in the options page. */
export interface ArticleDetailView extends ArticleRowView {
  byline: string | null;
  language: string | null;
  claims: Claim[];
}

/** What a pack would add, shown before it lands. */
export interface PackPreviewView {
  articles: number;
  claims: number;
  newOutlets: number;
  newArticles: number;
  updatedArticles: number;
  /** The user's own articles the pack has the address of: kept unless the user says to replace them. */
  ownArticles: number;
  /** Every article and topic the import would change, named. */
  changes: { articles: ArticleChangeView[]; topics: TopicChangeView[] };
}

/** How an import changes one article. `replaces-own`: it has the address (or id) of one the user added. */
export type ArticleChangeKind = 'new' | 'updated' | 'replaces-own';

/** One article an import would change. */
export interface ArticleChangeView {
  id: string;
  title: string | null;
  outlet: string;
  url: string | null;
  change: ArticleChangeKind;
  /** The stored article it would update or replace, or null for a new one. */
  stored: { title: string | null; outlet: string } | null;
}

/** One topic an import would create, or add entities, spellings or terms to (a stored topic is merged, never replaced). */
export interface TopicChangeView {
  id: string;
  name: string;
  change: 'new' | 'merged';
  newEntities: number;
  newAliases: number;
  newTerms: number;
}

/** What an import did, and the id that undoes it. */
export interface ImportResultView {
  articles: number;
  claims: number;
  keptOwn: number;
  undo: string;
}

/** The tab the popup is acting on. */
export interface TabView {
  tabId: number;
  url: string;
  /** Hostname, the key of the per-site switch. */
  host: string;
}
