/**
 * The underline of each kind of mark: drawn by the content script on the page, and shown in the
 * side panel's legend, so the two can never disagree. Chosen to read on light and dark pages.
 */
import type { RelationMark } from '../utils/model/relation';

/** What a mark's underline signals: agreement, a later figure, a conflict, an entity, or no other report. */
export type MarkKind = RelationMark | 'entity' | 'unmatched';

export const UNDERLINE: Record<MarkKind, string> = {
  same: 'rgba(37, 99, 235, 0.85)',
  update: 'rgba(202, 138, 4, 0.95)',
  conflict: 'rgba(220, 38, 38, 0.9)',
  entity: 'rgba(107, 114, 128, 0.9)',
  unmatched: 'rgba(107, 114, 128, 0.6)',
};

/** Marks underlined with dots, not a line: a name, and a figure no other report states. */
export const DOTTED_MARKS: readonly MarkKind[] = ['entity', 'unmatched'];

/** What each underline means, as the legend says it. */
export const MARK_LEGEND: readonly { kind: MarkKind; text: string }[] = [
  { kind: 'conflict', text: 'Red: another report gives a conflicting figure for the same thing.' },
  { kind: 'update', text: 'Amber: a later (or earlier) report gives another figure for the same thing.' },
  { kind: 'same', text: 'Blue: other reports give the same figure.' },
  { kind: 'entity', text: 'Grey dots: a name other reports spell differently.' },
  { kind: 'unmatched', text: 'Light grey dots: no other report states this figure (shown when turned on in the options).' },
];

/** A figure the page states again is underlined thinly, dashed, in its colour: its first statement carries the full line. */
export const REPEAT_LEGEND = 'A thin dashed line: the same figure stated again on the page.';
