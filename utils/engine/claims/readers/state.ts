/**
 * The figure being read: what the steps of `figureAt` (../read-figure.ts) read and fill in, in
 * token positions of one sentence. Each step reads from the tokens around the number and
 * either refines these fields or ends the reading (a label, a time, a year is no figure).
 */
import type { Reading } from '../draft';
import type { HedgeEntry, LanguageTable } from '../lang/types';
import type { NumberCore } from '../numbers';
import type { Token } from '../tokens';
import type { Direction, Qualifier } from '../types';
import type { UnitDef } from '../units';

export interface Figure {
  tokens: Token[];
  /** The whole text: token offsets index into it. */
  text: string;
  lang: LanguageTable;
  /** The first token no earlier figure took. */
  floor: number;
  /** The number as written, from ../numbers.ts. */
  core: NumberCore;
  /** -1 for "-1.3%" or "minus 5"; `signStart` is the sign's token, or -1. */
  sign: number;
  signStart: number;
  /** A slash or word fraction ("1/2", "a third"). */
  fractional: boolean;
  value: number;
  low: number;
  high: number;
  /** The first token after what is read so far. */
  j: number;
  /** Where the quote starts so far (a currency sign or a sign before the number). */
  qStart: number;
  currency: { def: UnitDef; start: number } | null;
  unit: UnitDef | null;
  /** The canonical unit, with its rate ("dollar per barrel") or the counted noun. */
  unitName: string;
  /** Korean: the counted noun before the number ("컨테이너 1천여 개"). */
  nounBefore: { start: number; unit: string; measure: string } | null;
  hedge: { entry: HedgeEntry; start: number } | null;
  /** The first token of the hedge or, without one, of the quote. */
  hedgeStart: number;
  /** "between" or "from" before the figure, opening a range. */
  opener: string | null;
  direction: Direction;
  qualifier: Qualifier;
  rangeEnd: number;
  hedgeText: string | null;
  factors: [number, number];
  measure: string | null;
  /** The token after the counted noun (or after `j` when there is none). */
  end: number;
  pluralNoun: boolean;
  /** A bare count of people ("the 12 who died"). */
  people: boolean;
  /** A bare figure's rate ("20 per week"). */
  rate?: string;
}

/** One step of reading a figure: refines `f`, or returns the reading that ends it. */
export type Step = (f: Figure) => Reading | null;
