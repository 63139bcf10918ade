/**
 * How the other reports of a figure are grouped and named wherever they are shown (the note, the
 * side panel, the CLI): one order, one heading per group, one name per outlet. Pure.
 */
import { compareIsoDates, compareIsoDatesNewestFirst } from './dates';
import type { MissingRelations, Relation } from './relation';
import type { ReportLine } from './report';
import { foldReprints, type FoldedLine } from './reprints';

interface RelationGroup {
  key: string;
  relation: Relation;
  heading: string;
  earlier?: boolean;
}

/**
 * Group order and headings: the later figure first (it may make this page's figure stale); an
 * update is later or earlier than this page, and its heading says which (docs/matching.md).
 */
const GROUPS = [
  { key: 'later', relation: 'update', heading: 'Later figure for the same count', earlier: false },
  { key: 'conflict', relation: 'conflict', heading: 'Conflicting figure, no way to order them' },
  { key: 'same', relation: 'same', heading: 'Same figure' },
  { key: 'hedge', relation: 'hedge', heading: 'Same figure, different hedge' },
  { key: 'attribution', relation: 'attribution', heading: 'Same figure, credited to someone else' },
  { key: 'vaguer', relation: 'vaguer', heading: 'Consistent but vaguer, not the same figure' },
  { key: 'earlier', relation: 'update', heading: 'Earlier figure for the same count', earlier: true },
] as const satisfies readonly RelationGroup[];
export const RELATION_GROUPS: readonly RelationGroup[] = GROUPS;

// Every relation has a group: a new kind in utils/model/relation.ts does not compile until it has a heading here.
const everyRelationGrouped: MissingRelations<(typeof GROUPS)[number]['relation']> extends never ? true : never = true;
void everyRelationGrouped;

// A coarse date ("2023-10") orders by its first day, undated last; Array.sort is stable, so ties keep their order.
const oldestFirst = (a: ReportLine, b: ReportLine): number => compareIsoDates(a.published, b.published);
const newestFirst = (a: ReportLine, b: ReportLine): number => compareIsoDatesNewestFirst(a.published, b.published);

const isEarlier = (r: ReportLine) => r.reason.startsWith('earlier');

/** The reports of a check, grouped in `RELATION_GROUPS` order, reprints folded into their original; updates newest first. */
export function groupReports(reports: readonly ReportLine[]): { key: string; relation: Relation; heading: string; reports: ReportLine[]; folded: FoldedLine<ReportLine>[] }[] {
  return RELATION_GROUPS.map(({ key, relation, heading, earlier }) => {
    const lines = reports.filter((r) => r.relation === relation && (earlier === undefined || isEarlier(r) === earlier)).sort(relation === 'update' ? newestFirst : oldestFirst);
    return { key, relation, heading, reports: lines, folded: foldReprints(lines) };
  }).filter((g) => g.reports.length > 0);
}

/**
 * A report's outlet as every view names it: a site that declares it reprints a wire is named by
 * the wire ("Agence France-Presse (reprint)"), or as a reprint of it.
 */
export function outletName(r: Pick<ReportLine, 'outlet' | 'wireCopyOf'>): string {
  if (!r.wireCopyOf) return r.outlet;
  return r.outlet.includes(r.wireCopyOf) ? `${r.wireCopyOf} (reprint)` : `${r.outlet} (reprint of ${r.wireCopyOf})`;
}
