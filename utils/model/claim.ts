/**
 * The claim model (docs/contracts.md, "The claim model"): a figure as one report states it.
 * Shared by the engine, the matcher, the corpus, the CLI and the extension. Pure data, JSON-safe.
 */

/** How a figure is hedged. `magnitude` is an order of magnitude ("hundreds of thousands"). */
export type Qualifier =
  | 'exact'
  | 'about'
  | 'more-than'
  | 'at-least'
  | 'less-than'
  | 'up-to'
  | 'range'
  | 'magnitude';

/** The direction of a change ("rose by 300" is up), or null for a plain figure. */
export type Direction = 'up' | 'down' | null;

/** A figure as one report states it. Offsets are UTF-16 indices into the extracted text. */
export interface Claim {
  /** The words as written, exactly `text.slice(start, end)`. */
  quote: string;
  start: number;
  end: number;
  /** The figure in canonical units; for a date claim, the ISO date of `low`. */
  value: number | string;
  /** Bounds implied by the qualifier, in canonical units; ISO dates for a date claim. */
  low: number | string;
  high: number | string;
  qualifier: Qualifier;
  /** The hedge words as written ("more than", "roughly"), or null when there is none. */
  hedge: string | null;
  direction: Direction;
  /** Canonical singular unit: container, artillery shell, kilometre, percent, dollar, date, ... */
  unit: string;
  /** What is counted, as written ("containers of military equipment and munitions"), or null. */
  measure: string | null;
  /** Who is credited ("John Kirby", "South Korea's defence ministry"), or null. */
  attribution: string | null;
  /**
   * The sentence the figure stands in. A sentence longer than 600 characters
   * (MAX_CLAIM_SENTENCE_CHARS) is cut to a window of about that size around the quote, at white
   * space, with "…" where it was cut; it always contains the quote.
   */
  sentence: string;
  /**
   * Optional: the figure in the unit the text wrote, when the engine converted it
   * ("180 miles" gives value 289.68 kilometre and asWritten 180 mile).
   */
  asWritten?: { value: number; low: number; high: number; unit: string };
}
