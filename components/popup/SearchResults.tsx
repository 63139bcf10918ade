import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { FigureGroupView, ReportView } from '../../utils/model/view-models';
import { figureLabel, formatDate, plural } from '../../utils/model/format';
import { safeHttpUrl } from '../../utils/model/safe-url';

/** One report under a figure: outlet, date, quote, who is credited, and its source link. */
function ReportItem({ report }: { report: ReportView }) {
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
      <q class="quote">{report.quote}</q>
      {report.attribution && <div class="credit">credited: {report.attribution}</div>}
    </li>
  );
}

/** Reports shown before "show all": enough to compare, short enough to scan a popup. */
const FIRST_REPORTS = 4;

/** One figure: its reports (the first few, then all on request) and its timeline. */
function FigureGroup({ group }: { group: FigureGroupView }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? group.reports : group.reports.slice(0, FIRST_REPORTS);
  return (
    <li class="figure" data-testid="figure-group">
      <h3 class="figure-label">
        {figureLabel(group.label, group.unit)} <span class="muted count">{plural(group.reportCount, 'report')}</span>
      </h3>
      {group.measure && <p class="measure muted">{group.measure}</p>}
      <ul class="reports">
        {shown.map((report, index) => (
          <ReportItem key={`${report.articleId}-${index}`} report={report} />
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
      {group.timeline.length > 1 && (
        <details class="timeline">
          <summary>How the figure changed</summary>
          <ol>
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
        </details>
      )}
    </li>
  );
}

/** Figures matching a search, each with the reports stating it and its timeline. */
export function SearchResults({ groups, query }: { groups: FigureGroupView[]; query: string }) {
  if (groups.length === 0) {
    return <p class="empty" role="status">No figure in the corpus matches “{query}”.</p>;
  }
  return (
    <ol class="figures" aria-label={`Figures matching ${query}`}>
      {groups.map((group) => (
        <FigureGroup key={group.id} group={group} />
      ))}
    </ol>
  );
}
