import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { EntityMatchView, FigureGroupView, ReportView } from '../../utils/model/view-models';
import { answerFigure, formatDate, plural, sinceFirst } from '../../utils/model/format';
import { QuoteInSentence } from '../QuoteInSentence';
import { citationText, searchCsv, searchFileName, searchMarkdown } from '../../utils/model/citation';
import { FigureChart } from './FigureChart';
import { safeHttpUrl } from '../../utils/model/safe-url';

/** Copy a citation (resolves when it is on the clipboard); save an export. */
interface ResultActions {
  onCopy?: (text: string) => Promise<void>;
  onExport?: (fileName: string, mime: string, content: string) => void;
}

/** One report under a figure: outlet, date, quote, who is credited, its source link, and its citation to copy. */
function ReportItem({ report, onCopy }: { report: ReportView } & Pick<ResultActions, 'onCopy'>) {
  const [copied, setCopied] = useState('');
  const href = safeHttpUrl(report.url);
  return (
    <li class="report">
      <div class="report-head">
        <span class="outlet">{report.outlet}</span>
        <span class="muted"> · {formatDate(report.published)}</span>
        {href && (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">
              source<span class="visually-hidden"> ({report.outlet}, opens in a new tab)</span>
            </a>
          </>
        )}
      </div>
      <QuoteInSentence sentence={report.sentence} quote={report.quote} window={70} />
      {report.direction && <div class="credit">{report.direction === 'up' ? 'an increase, not a total' : 'a fall, not a total'}</div>}
      {report.attribution && <div class="credit">credited: {report.attribution}</div>}
      {onCopy && (
        <div class="copy">
          <button type="button" class="link-button small" onClick={() => onCopy(citationText(report)).then(() => setCopied('Copied.'), (e) => setCopied(`Could not copy: ${e?.message ?? e}`))}>
            Copy citation<span class="visually-hidden"> of {report.outlet}</span>
          </button>{' '}
          <span role="status" class="muted small">
            {copied}
          </span>
        </div>
      )}
    </li>
  );
}

/** Under the answer: who stated it last and when, how many outlets, and where it started ("Up from more than 1,000, Oct 2023"). */
function Answer({ group }: { group: FigureGroupView }) {
  const latest = group.timeline.at(-1);
  const first = group.timeline[0];
  if (!latest) return null;
  const changed = group.timeline.length > 1;
  return (
    <p class="answer">
      <span class="muted">
        {changed ? 'Latest' : 'Stated by'}: {latest.outlet}, {formatDate(latest.published)} · {plural(group.outletCount, 'outlet')}.
      </span>
      {changed && (
        <span class="from">
          {' '}
          {sinceFirst(group.trend)} {first.figure} ({first.outlet}, {formatDate(first.published)}).
        </span>
      )}
    </p>
  );
}

/** Reports shown before "show all": enough to compare, short enough to scan a popup. */
const FIRST_REPORTS = 4;

/** One figure: its reports (the first few, then all on request) and its timeline. */
function FigureGroup({ group, onCopy }: { group: FigureGroupView } & Pick<ResultActions, 'onCopy'>) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? group.reports : group.reports.slice(0, FIRST_REPORTS);
  return (
    <li class="figure" data-testid="figure-group">
      <h3 class="figure-label">
        {answerFigure(group)} <span class="muted count">{plural(group.reportCount, 'report')}</span>
      </h3>
      <Answer group={group} />
      {group.measure && <p class="measure muted">{group.measure}</p>}
      {group.timeline.length > 1 && (
        <div class="how-it-changed">
          <FigureChart points={group.points} label={answerFigure(group)} />
          <ol class="timeline" aria-label="How the figure changed">
            {group.timeline.map((step, index) => (
              <Fragment key={index}>
                <li>
                  <span class="muted">{formatDate(step.published)}</span> {step.outlet}: <strong>{step.figure}</strong>
                  {step.note && <span class="muted"> ({step.note})</span>}
                </li>
                {index === 0 && group.timelineOmitted > 0 && <li class="muted">… {plural(group.timelineOmitted, 'step')} in between …</li>}
              </Fragment>
            ))}
          </ol>
        </div>
      )}
      <ul class="reports">
        {shown.map((report, index) => (
          <ReportItem key={`${report.articleId}-${index}`} report={report} onCopy={onCopy} />
        ))}
      </ul>
      {group.reports.length > FIRST_REPORTS && (
        <button type="button" class="link-button small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show ${group.reports.length === group.reportCount ? 'all ' : ''}${group.reports.length} reports`}
        </button>
      )}
      {expanded && group.reportCount > group.reports.length && (
        <p class="muted small">The first {group.reports.length} of {group.reportCount.toLocaleString('en')}; search more precisely to narrow them.</p>
      )}
    </li>
  );
}

/** "Rajin = Najin, also Rason": which entity a spelling in the query named. */
function EntitiesNamed({ entities }: { entities: EntityMatchView[] }) {
  if (!entities.length) return null;
  return (
    <ul class="entities-named">
      {entities.map((e) => {
        const others = [e.name, ...e.aliases].filter((s) => s.toLowerCase() !== e.spelling.toLowerCase());
        const [main, ...also] = e.name.toLowerCase() === e.spelling.toLowerCase() ? [e.name, ...others] : others;
        return (
          <li key={e.name}>
            <strong>{e.spelling}</strong>
            {main.toLowerCase() !== e.spelling.toLowerCase() ? <> = {main}</> : null}
            {also.length ? <span class="muted">, also {also.join(', ')}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Figures matching a search, the answer to each first, then its chart, timeline and reports. */
export function SearchResults({ groups, query, entities = [], onCopy, onExport }: { groups: FigureGroupView[]; query: string; entities?: EntityMatchView[] } & ResultActions) {
  if (groups.length === 0) {
    return (
      <>
        <EntitiesNamed entities={entities} />
        <p class="empty" role="status">No figure in the corpus matches “{query}”.</p>
      </>
    );
  }
  return (
    <>
      <EntitiesNamed entities={entities} />
      <ol class="figures" aria-label={`Figures matching ${query}`}>
        {groups.map((group) => (
          <FigureGroup key={group.id} group={group} onCopy={onCopy} />
        ))}
      </ol>
      {onExport && (
        <div class="exports" role="group" aria-label="Export these results">
          <button type="button" onClick={() => onExport(searchFileName(query, 'md'), 'text/markdown', searchMarkdown(query, groups))}>
            Export Markdown
          </button>
          <button type="button" onClick={() => onExport(searchFileName(query, 'csv'), 'text/csv', searchCsv(groups))}>
            Export CSV
          </button>
        </div>
      )}
    </>
  );
}
