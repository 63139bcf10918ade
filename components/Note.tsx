/**
 * The inline note: how other reports state a figure of this page, or the other spellings of an
 * entity. Props in, callbacks out; every string is rendered as a Preact text node (never HTML),
 * and only http(s) links are made clickable. Styles: `NOTE_CSS` (components/note-styles.ts).
 */
import type { ClaimCheck, ReportLine } from '../utils/model/report';
import { useState } from 'preact/hooks';
import { formatDate } from '../utils/model/format';
import { citationText } from '../utils/model/citation';
import { QuoteInSentence } from './QuoteInSentence';

import { safeHttpUrl } from '../utils/model/safe-url';
import { alsoCarriedBy, countOutlets } from '../utils/model/reprints';
import { groupReports, outletName } from '../utils/model/report-groups';


/** What a note lets a reader do with what it shows: copy a report's citation, save the figure's reports. */
export interface NoteActions {
  copy(text: string): Promise<void>;
  save(format: 'md' | 'csv'): void;
}

function ReportItem({ report, copies, actions }: { report: ReportLine; copies: readonly ReportLine[]; actions?: NoteActions }) {
  const href = safeHttpUrl(report.url ?? null);
  const [copied, setCopied] = useState('');
  return (
    <li class="report">
      <div class="meta">
        <span class="outlet">{outletName(report)}</span>
        <span class="date">{formatDate(report.published)}</span>
      </div>
      <QuoteInSentence sentence={report.sentence} quote={report.quote} />
      {report.attribution ? <p class="credit">Credited to {report.attribution}</p> : null}
      {report.reason && report.reason.toLowerCase() !== 'same figure' ? <p class="reason">{report.reason}</p> : null}
      {copies.length ? <p class="credit">{alsoCarriedBy(copies)}</p> : null}
      <CopyLinks copies={copies} />
      {href || actions ? (
        <p class="credit actions">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              Open report
            </a>
          ) : null}
          {actions ? (
            <button
              type="button"
              class="text-button"
              onClick={() => actions.copy(citationText(report)).then(() => setCopied('Copied.'), (e) => setCopied(`Could not copy (${e?.message ?? e}).`))}
            >
              Copy citation<span class="visually-hidden"> of {outletName(report)}</span>
            </button>
          ) : null}
          <span role="status">{copied}</span>
        </p>
      ) : null}
    </li>
  );
}

/** Links to the folded copies that have a web address of their own (a folded reprint keeps its source link). */
function CopyLinks({ copies }: { copies: readonly ReportLine[] }) {
  const linked = copies.flatMap((copy) => {
    const href = safeHttpUrl(copy.url ?? null);
    return href ? [{ href, outlet: copy.outlet }] : [];
  });
  if (!linked.length) return null;
  return (
    <p class="credit">
      {linked.map(({ href, outlet }, i) => (
        <>
          {i > 0 ? ' · ' : ''}
          <a href={href} target="_blank" rel="noopener noreferrer">
            Open {outlet}'s copy
          </a>
        </>
      ))}
    </p>
  );
}

/** Props of a figure's note. */
export interface ClaimNoteProps {
  check: ClaimCheck;
  /** Id of the element labelling the note (its heading), for `aria-labelledby`. */
  headingId: string;
  onClose(): void;
  /** Copy and save, where the note can offer them. */
  actions?: NoteActions;
}

/** A figure's note: this page's wording, then the other reports grouped by relation. */
export function ClaimNote({ check, headingId, onClose, actions }: ClaimNoteProps) {
  const { claim, reports } = check;
  // Outlets, not mentions: a reprint is its original's outlet.
  const count = countOutlets(reports);
  return (
    <>
      <div class="head">
        <div style="flex:1">
          <div class="brand">Tally</div>
          <h2 class="title" id={headingId}>
            {count ? `${count} other ${count === 1 ? 'outlet' : 'outlets'} on` : 'No other report of'} “{claim.quote}”
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
        <section class={`group ${group.relation}`} key={group.key}>
          <h3>
            {group.heading} ({countOutlets(group.reports)})
          </h3>
          <ul>
            {group.folded.map(({ line: report, copies }, i) => (
              <ReportItem report={report} copies={copies} actions={actions} key={`${report.articleId}-${i}`} />
            ))}
          </ul>
        </section>
      ))}
      {actions && count > 0 ? (
        <p class="foot actions">
          Save these reports:{' '}
          <button type="button" class="text-button" onClick={() => actions.save('md')}>
            Markdown<span class="visually-hidden"> file of these reports</span>
          </button>{' '}
          <button type="button" class="text-button" onClick={() => actions.save('csv')}>
            CSV<span class="visually-hidden"> file of these reports</span>
          </button>
        </p>
      ) : null}
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
