/**
 * How another report's figure relates to the page's: the one registry of relation kinds. Every
 * consumer keys off `RELATIONS` (a `Record<Relation, …>`), so a new kind fails to compile until
 * each one says what it does with it: the matcher decides it (utils/engine/matcher/classify.ts),
 * the page marks it, the note groups it, the CLI heads it.
 * Adding a relation: docs/architecture.md.
 */

/** same: the same figure; hedge / attribution: the same figure, hedged or credited otherwise;
 * vaguer: consistent but less precise; conflict: a different figure; update: a later or earlier count. */
export type Relation = 'same' | 'hedge' | 'attribution' | 'vaguer' | 'conflict' | 'update';

/** How a figure's mark is underlined: the strongest relation among its reports decides. */
export type RelationMark = 'same' | 'update' | 'conflict';

export interface RelationInfo {
  /** A report of the page's own figure (hedged or credited otherwise, or not). */
  sameFigure: boolean;
  /** The underline a report of this kind asks for, and how strongly (highest rank wins). */
  mark: RelationMark;
  markRank: number;
}

export const RELATIONS: Readonly<Record<Relation, RelationInfo>> = {
  same: { sameFigure: true, mark: 'same', markRank: 0 },
  hedge: { sameFigure: true, mark: 'same', markRank: 0 },
  attribution: { sameFigure: true, mark: 'same', markRank: 0 },
  vaguer: { sameFigure: false, mark: 'same', markRank: 0 },
  update: { sameFigure: false, mark: 'update', markRank: 1 },
  conflict: { sameFigure: false, mark: 'conflict', markRank: 2 },
};

/** The underline of a figure that other reports state (the strongest of their relations); null for none. */
export function markOfRelations(relations: Iterable<Relation>): RelationMark | null {
  let best: RelationInfo | null = null;
  for (const r of relations) if (!best || RELATIONS[r].markRank > best.markRank) best = RELATIONS[r];
  return best?.mark ?? null;
}

/** Relations a list leaves out: `never` when it names every kind (a compile-time coverage check). */
export type MissingRelations<Listed extends Relation> = Exclude<Relation, Listed>;
