/**
 * An undated page cannot order a different figure against its own: every one would read as a
 * conflict. If other reports state the page's figure, the page is taken as of their (median)
 * date, so a figure from months later is a later figure, and the note says why.
 */
import { parseTime } from './features';
import { monthYear } from './relate';
import { statesSameFigure, type ReportLine } from './report-line';

/** The median date of the lines that state the page's own figure, or null when none is dated. */
export function dateOfAgreeing(lines: Iterable<ReportLine>): number | null {
  const agreeing = [...lines]
    .filter((l) => statesSameFigure(l.relation))
    .map((l) => parseTime(l.published))
    .filter((t): t is number => t !== null)
    .sort((a, b) => a - b);
  return agreeing.length ? agreeing[(agreeing.length - 1) >> 1] : null;
}

/** The words an update line adds when the page's date was taken from the agreeing reports. */
export function undatedNote(asOf: number): string {
  return `; this page has no date: taken as of ${monthYear(new Date(asOf).toISOString().slice(0, 10))}, when other reports gave its figure`;
}
