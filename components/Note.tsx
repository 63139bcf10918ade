/**
 * The inline note: how other reports state a figure of this page, or the other spellings of an
 * entity. Props in, callbacks out; every string is rendered as a Preact text node (never HTML),
 * and only http(s) links are made clickable. Styles: `NOTE_CSS` (components/note-styles.ts).
 */
import type { ClaimCheck, ReportLine } from '../utils/messages';
import { formatDate } from '../utils/ui/format';
import { safeHttpUrl } from '../utils/ui/safe-url';

type Relation = ReportLine['relation'];

/** Group order and headings: the later figure first (it may make this page's figure stale). */
export const RELATION_GROUPS: readonly { relation: Relation; heading: string }[] = [
  { relation: 'update', heading: 'Later figure for the same count' },
  { relation: 'conflict', heading: 'Different figure, same time' },
  { relation: 'same', heading: 'Same figure' },
  { relation: 'hedge', heading: 'Same figure, different hedge' },
  { relation: 'attribution', heading: 'Same figure, credited to someone else' },
];

function byDate(a: ReportLine, b: ReportLine): number {
  return (a.published ?? '').localeCompare(b.published ?? '');
}

/** The reports of a check, grouped by relation in `RELATION_GROUPS` order; updates newest first. */
export function groupReports(reports: readonly ReportLine[]): { relation: Relation; heading: string; reports: ReportLine[] }[] {
  return RELATION_GROUPS.map(({ relation, heading }) => {
    const lines = reports.filter((r) => r.relation === relation).sort(byDate);
    if (relation === 'update') lines.reverse();
    return { relation, heading, reports: lines };
  }).filter((g) => g.reports.length > 0);
}

/** Splits a sentence around its quote, trimmed to a readable window: [before, quote, after]. */
export function quoteInContext(sentence: string, quote: string, window = 90): [string, string, string] {
  const at = sentence.indexOf(quote);
  if (!quote || at < 0) return ['', quote || sentence, ''];
  let before = sentence.slice(0, at);
  let after = sentence.slice(at + quote.length);
  if (before.length > window) before = '…' + before.slice(before.length - window).replace(/^\S*\s/, '');
  if (after.length > window) after = after.slice(0, window).replace(/\s\S*$/, '') + '…';
  return [before, quote, after];
}

function Quote({ sentence, quote }: { sentence: string; quote: string }) {
  const [before, figure, after] = quoteInContext(sentence, quote);
  return (
    <p class="quote">
      “{before}
      <mark>{figure}</mark>
      {after}”
    </p>
  );
}

function ReportItem({ report }: { report: ReportLine }) {
  const href = safeHttpUrl(report.url ?? null);
  return (
    <li class="report">
      <div class="meta">
        <span class="outlet">{report.outlet}</span>
        <span class="date">{formatDate(report.published)}</span>
        {report.wireCopyOf ? <span class="tag">wire copy of {report.wireCopyOf}</span> : null}
      </div>
      <Quote sentence={report.sentence || report.quote} quote={report.quote} />
      {report.attribution ? <p class="credit">Credited to {report.attribution}</p> : null}
      {report.reason && report.reason.toLowerCase() !== 'same figure' ? <p class="reason">{report.reason}</p> : null}
      {href ? (
        <p class="credit">
          <a href={href} target="_blank" rel="noopener noreferrer">
            Open report
          </a>
        </p>
      ) : null}
    </li>
  );
}

/** Props of a figure's note. */
export interface ClaimNoteProps {
  check: ClaimCheck;
  /** Id of the element labelling the note (its heading), for `aria-labelledby`. */
  headingId: string;
  onClose(): void;
}

/** A figure's note: this page's wording, then the other reports grouped by relation. */
export function ClaimNote({ check, headingId, onClose }: ClaimNoteProps) {
  const { claim, reports } = check;
  const count = reports.length;
  return (
    <>
      <div class="head">
        <div style="flex:1">
          <div class="brand">Tally</div>
          <h2 class="title" id={headingId}>
            {count ? `${count} other ${count === 1 ? 'report' : 'reports'}` : 'No other report'} of “{claim.quote}”
          </h2>
        </div>
        <button type="button" class="close" aria-label="Close note" onClick={onClose}>
          ×
        </button>
      </div>
      <div class="page">
        <b>This page:</b> “{claim.quote}”{claim.attribution ? `, credited to ${claim.attribution}` : ''}
      </div>
      {count === 0 ? <p class="aliases">No other article in your Tally corpus states this figure yet.</p> : null}
      {groupReports(reports).map((group) => (
        <section class={`group ${group.relation}`} key={group.relation}>
          <h3>
            {group.heading} ({group.reports.length})
          </h3>
          <ul>
            {group.reports.map((report, i) => (
              <ReportItem report={report} key={`${report.articleId}-${i}`} />
            ))}
          </ul>
        </section>
      ))}
      <p class="foot">From your local Tally corpus. Nothing left this device.</p>
    </>
  );
}

/** Props of an entity spelling's note. */
export interface EntityNoteProps {
  spelling: string;
  aliases: readonly string[];
  headingId: string;
  onClose(): void;
}

/** An entity's note: the other spellings reports use ("Rason" → also Najin, Rajin). */
export function EntityNote({ spelling, aliases, headingId, onClose }: EntityNoteProps) {
  return (
    <>
      <div class="head">
        <div style="flex:1">
          <div class="brand">Tally</div>
          <h2 class="title" id={headingId}>
            {spelling}
          </h2>
        </div>
        <button type="button" class="close" aria-label="Close note" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="aliases">Also reported as {aliases.join(', ')}.</p>
    </>
  );
}
