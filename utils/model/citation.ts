/**
 * Citations and exports a journalist can paste: one report as text or Markdown (its sentence with
 * the figure, outlet, date, whom it credits, link), and a page's figures (or a search's) with
 * their reports as Markdown or CSV. Every field is the corpus's or a page's text, so Markdown is escaped and a CSV
 * cell that a spreadsheet would run as a formula is defused. Pure.
 */
import { answerFigure, formatDate, nestedQuotes, sinceFirst } from './format';
import type { ReportLine } from './report';
import { groupReports, outletName } from './report-groups';
import { safeHttpUrl } from './safe-url';
import { distinctFigures } from './page-figures';
import type { FigureGroupView, PageClaimView, PageSourceView } from './view-models';

/** What a citation names. */
export type Citable = Pick<ReportLine, 'outlet' | 'published' | 'quote' | 'sentence' | 'attribution' | 'wireCopyOf'> & { url?: string | null };

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The words cited: the sentence the figure stands in, or the figure alone. */
const citedWords = (r: Citable) => nestedQuotes(oneLine(r.sentence || r.quote));

/** "Yonhap News Agency, 14 Oct 2023, citing John Kirby" */
function source(r: Citable, outlet: string): string {
  return [outlet, formatDate(r.published), r.attribution ? `citing ${oneLine(r.attribution)}` : ''].filter(Boolean).join(', ');
}

/** "tally-yonhap-news-agency-2023-10-14.md": an export named for the page's outlet and date. */
export function exportFileName(page: Pick<PageSourceView, 'outlet' | 'published'>, ext: string): string {
  const base = (page.outlet || 'page').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'page';
  return `tally-${base}-${page.published ?? 'undated'}.${ext}`;
}

/** "tally-search-how-many-containers.md": a search's export, named for its query (any script's letters kept). */
export function searchFileName(query: string, ext: string): string {
  return `tally-search-${query.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'results'}.${ext}`;
}

/** A report as plain text: “sentence” — outlet, date, citing whom. URL */
export function citationText(r: Citable): string {
  const url = safeHttpUrl(r.url ?? null);
  return `“${citedWords(r)}” — ${source(r, outletName(r))}.${url ? ` ${url}` : ''}`;
}

/** Escapes what Markdown would read as markup (links, emphasis, code, HTML, headings, quotes). */
export function escapeMarkdown(s: string): string {
  return oneLine(s).replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}

/** A report as Markdown: the sentence quoted with the figure in bold, then its source, linked. */
export function citationMarkdown(r: Citable): string {
  const words = citedWords(r);
  const at = words.indexOf(r.quote);
  const quoted = at < 0 || !r.quote ? escapeMarkdown(words) : `${escapeMarkdown(words.slice(0, at))}**${escapeMarkdown(r.quote)}**${escapeMarkdown(words.slice(at + r.quote.length))}`;
  const url = safeHttpUrl(r.url ?? null);
  const outlet = url ? `[${escapeMarkdown(outletName(r))}](<${url.replace(/[<>]/g, encodeURIComponent)}>)` : escapeMarkdown(outletName(r));
  const rest = source(r, '').replace(/^, /, '');
  return `> ${quoted}\n>\n> — ${outlet}${rest ? `, ${escapeMarkdown(rest)}` : ''}`;
}

/** A page's figures, each with its other reports in the note's groups, as a Markdown document. */
export function pageFiguresMarkdown(page: PageSourceView, claims: readonly PageClaimView[]): string {
  const url = safeHttpUrl(page.url);
  const title = escapeMarkdown(page.title || page.outlet || 'This page');
  const out = [`# Figures in ${url ? `[${title}](<${url}>)` : title}`, '', `${escapeMarkdown(page.outlet)}, ${formatDate(page.published)}. Checked by Tally against your corpus.`];
  for (const claim of distinctClaims(claims)) {
    out.push('', `## ${escapeMarkdown(claim.quote)}`);
    if (!claim.check.reports.length) out.push('', 'No other report in the corpus states this figure.');
    for (const group of groupReports(claim.check.reports)) {
      out.push('', `### ${group.heading}`, '');
      for (const r of group.reports) out.push(`- ${escapeMarkdown(source(r, outletName(r)))}: “${escapeMarkdown(r.quote)}”${r.reason ? ` (${escapeMarkdown(r.reason)})` : ''}${safeHttpUrl(r.url ?? null) ? ` <${safeHttpUrl(r.url ?? null)}>` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

/** The CSV's columns, one row per (page figure, other report); a figure no report states has one row of its own. */
export const CSV_COLUMNS = ['page figure', 'relation', 'group', 'outlet', 'date', 'their figure', 'credited to', 'why', 'sentence', 'url'] as const;

/** A page's figures and their reports as CSV (see `csvFile`), one row per report. */
export function pageFiguresCsv(claims: readonly PageClaimView[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const claim of distinctClaims(claims)) {
    if (!claim.check.reports.length) rows.push([claim.quote, '', 'No other report', '', '', '', '', '', claim.check.claim.sentence, '']);
    for (const group of groupReports(claim.check.reports)) {
      for (const r of group.reports) {
        rows.push([claim.quote, r.relation, group.heading, outletName(r), r.published ?? '', r.quote, r.attribution ?? '', r.reason, oneLine(r.sentence), safeHttpUrl(r.url ?? null) ?? '']);
      }
    }
  }
  return csvFile(rows);
}

/** Marks a file as UTF-8 for spreadsheets (Excel reads a CSV without it in the system's code page: Korean and Russian garbled). */
export const UTF8_BOM = '\uFEFF';

/** Rows as a CSV file (RFC 4180, CRLF), starting with the UTF-8 byte order mark. */
function csvFile(rows: readonly string[][]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A CSV cell: quoted when it must be, and never a formula ("=HYPERLINK(…)" from a page runs in a spreadsheet); a plain number ("-12") stays a number. */
export function csvCell(value: string): string {
  const formula = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d[\d,]*(\.\d+)?$/.test(value);
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const distinctClaims = (claims: readonly PageClaimView[]) => distinctFigures(claims).map((f) => f.claim);

/** A search's figures and their reports as Markdown: the answer (latest statement) heads each figure. */
export function searchMarkdown(query: string, groups: readonly FigureGroupView[]): string {
  const out = [`# “${escapeMarkdown(query)}” in the corpus`, '', 'Searched with Tally.'];
  for (const group of groups) {
    const latest = group.timeline.at(-1);
    out.push('', `## ${escapeMarkdown(answerFigure(group))}`, '');
    if (latest && group.timeline.length > 1) out.push(`Latest: ${escapeMarkdown(latest.outlet)}, ${formatDate(latest.published)}. ${sinceFirst(group.trend)} ${escapeMarkdown(group.timeline[0].figure)} (${formatDate(group.timeline[0].published)}).`, '');
    for (const r of group.reports) out.push(`- ${escapeMarkdown(source(r, r.outlet))}: “${escapeMarkdown(r.quote)}”${safeHttpUrl(r.url) ? ` <${safeHttpUrl(r.url)}>` : ''}`);
  }
  return out.join('\n') + '\n';
}

/** The columns of a search's CSV: one row per report of each figure found. */
export const SEARCH_CSV_COLUMNS = ['figure', 'outlet', 'date', 'their figure', 'credited to', 'sentence', 'url'] as const;

/** A search's figures and their reports as CSV (see `csvFile`). */
export function searchCsv(groups: readonly FigureGroupView[]): string {
  const rows: string[][] = [[...SEARCH_CSV_COLUMNS]];
  for (const group of groups) {
    const figure = answerFigure(group);
    for (const r of group.reports) rows.push([figure, r.outlet, r.published ?? '', r.quote, r.attribution ?? '', oneLine(r.sentence), safeHttpUrl(r.url) ?? '']);
  }
  return csvFile(rows);
}
