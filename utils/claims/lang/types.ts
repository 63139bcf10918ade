/**
 * The per-language tables the claims engine reads. Each language fills one `LanguageTable`;
 * the engine itself holds no words, so adding a language means adding a table.
 */
import type { Direction, Qualifier } from '../types';

/** A hedge phrase ("more than") and the qualifier it sets. */
export interface HedgeEntry {
  words: string[];
  qualifier: Qualifier;
  /** Bounds as factors of the value: [low factor, high factor]. */
  bounds: [number, number];
}

/** Everything language-specific the engine needs. Words are lower case. */
export interface LanguageTable {
  /** Cardinal number words: "one" → 1, "twenty" → 20. */
  smallNumbers: Record<string, number>;
  /** Multipliers after a number: "hundred", "thousand", "million" (word forms). */
  scaleWords: Record<string, number>;
  /** Multipliers attached to digits or abbreviated: "m", "bn", "k". */
  scaleSuffixes: Record<string, number>;
  /** Plural scale words that form orders of magnitude: "hundreds", "thousands", "dozens". */
  magnitudeWords: Record<string, number>;
  /** Fractions written as words: "third" → 1/3 (needs an article or a count before it). */
  fractionWords: Record<string, number>;
  /** Words that stand for 1 before a scale word: "a", "an". */
  articleOne: string[];
  /** Hedges written before the figure, longest first. */
  hedgesBefore: HedgeEntry[];
  /** Hedges written after the figure ("or more", "plus"), longest first. */
  hedgesAfter: HedgeEntry[];
  /** Words that mark a change of the figure that follows: "rose", "fell by". */
  directionWords: Record<string, Exclude<Direction, null>>;
  /** Speech verbs for attribution ("said", "told"). */
  speechVerbs: string[];
  /** Month names and abbreviations → month number 1..12. */
  months: Record<string, number>;
  /** Words after which a capitalised word and number are a label, not a figure. */
  stopWords: Set<string>;
}
