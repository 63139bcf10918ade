/**
 * What the readers hand the refiners: a figure of one sentence before attribution, in token
 * positions, with its raw value kept apart from its unit's factor so a neighbour's unit can
 * still be shared (refiners/). Also the token tests every reader uses.
 */
import type { Token } from './tokens';
import type { Direction, Qualifier } from './types';
import type { UnitDef } from './units';

/** A claim before attribution, with raw figures kept for later unit sharing. */
export interface Draft {
  startTok: number;
  endTok: number;
  raw: number;
  rawLow: number;
  rawHigh: number;
  factor: number;
  written: string | null;
  unit: string;
  measure: string | null;
  qualifier: Qualifier;
  hedge: string | null;
  direction: Direction;
  date: { low: string; high: string } | null;
  hasUnit: boolean;
  unitKind?: UnitDef['kind'] | null;
  inParens?: boolean;
  /** A number word with nothing counted ("the two", "one"): dropped unless it borrows a unit. */
  bareWords?: boolean;
  /** A bare figure's rate ("20 per week"): added to a unit it borrows. */
  rate?: string;
  /** A bare figure before an unread lower-case word ("the 5 speed manual version"): it counts that, not a neighbour's unit. */
  beforeWord?: boolean;
}

/** What reading at a token gave: the figures found (none for a label, a time, a year...) and where to go on. */
export interface Reading {
  drafts: Draft[];
  next: number;
}

/** Nothing to claim here; reading goes on at `next`. */
export const skipTo = (next: number): Reading => ({ drafts: [], next });

export const HYPHENS = new Set(['-', '–', '—', '‑']);
export const isHyphen = (t: Token | undefined): boolean => !!t && HYPHENS.has(t.text);
export const isCapitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
/** A hyphen glued to what follows it ("-fold", "-a-day"). */
export const gluedHyphen = (t: Token | undefined): boolean => isHyphen(t) && !t!.space;
