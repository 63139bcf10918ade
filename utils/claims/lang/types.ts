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
  /** Words for a group of a fixed size that "several" or "a few" may count: "dozen" → 12. */
  groupWords?: Record<string, number>;
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
  /** Glued to a number word, a multiple: "fold" in "sixfold", "tenfold". */
  multipleSuffix?: string;
  /** Month names and abbreviations → month number 1..12. */
  months: Record<string, number>;
  /** "1,5" is one and a half (Russian, most of Europe). */
  decimalComma?: boolean;
  /** Month names are written lower case (Russian "7 сентября"). */
  lowerCaseMonths?: boolean;
  /** Words that end a counted-noun phrase; English's list when absent. */
  nounStop?: Set<string>;
  /** Dictionary form of an inflected noun ("контейнеров" → "контейнер"); English plurals when absent. */
  lemmatise?: (word: string) => string;
  /** Counted nouns in their canonical (English) unit, so a figure is the same in any language. */
  lexicon?: Record<string, string>;
  /** The counted noun stands before the number ("컨테이너 1천여 개"). */
  nounBefore?: boolean;
  /** Scales glued to digits as the first letter of a word ("1천" = 1,000, "3만" = 30,000). */
  attachedScales?: Record<string, number>;
  /** Hedges glued after the number or its scale ("1천여": more than 1,000). */
  hedgeSuffixes?: Record<string, HedgeEntry>;
  /** Counter words after a number that name no unit of their own ("개" items). */
  counters?: Record<string, string>;
  /** Grammatical endings to strip from a noun before the number ("컨테이너를" → "컨테이너"). */
  particles?: string[];
  /** Nouns that name things by number ("Resolution 1874", "Flight 17", "Route 66"): the number is a label. */
  labelWords?: string[];
  /** Words before a month named alone that make it a date ("in August", "since July", "late August"). */
  monthCues?: string[];
  /** Words before a year named alone that make it a date ("in 2018", "since 2022", "a 2018 fire"). */
  yearCues?: string[];
  /** Before a month or year, or glued by a hyphen: "mid-August", "late August", "early 2024". */
  periodPrefixes?: Record<string, 'early' | 'mid' | 'late'>;
  /** "last September": the month's most recent occurrence before the report. */
  previousWords?: string[];
  /** "next March": the month's first occurrence after the report. */
  nextWords?: string[];
  /** After a month: "September of last year", "September last year" (words in order, "of" optional). */
  lastYear?: string[];
  /** Lengths of time named by one noun after "a"/"one"/"the past": "a century" is 100 years. */
  periodWords?: Record<string, { value: number; unit: string }>;
  /** Words between "the" and a period word: "the past century", "the last decade". */
  periodOpeners?: string[];
  /** After "three of": words that make it a part of a counted group ("three of whom", "two of the victims"). */
  partitiveWords?: string[];
  /** A partitive word that stands for people ("of whom"). */
  partitivePeople?: string[];
  /** Glued to a year ending in 0, a decade ("1990s"). */
  decadeSuffix?: string;
  /** Words before a day's ordinal that make it a day of the report's month ("on the 13th"). */
  ordinalDayCue?: string[];
  /** Nouns that name a count written after them ("the death toll at six", "the tally rose to seven"). */
  tallyNouns?: string[];
  /** Dates written with a marker after each part ("2023년 9월 13일"); `from` glued after a day opens a range ("7일부터 9일까지"). */
  dateMarkers?: { year: string; month: string; day: string; from: string };
  /** Words that open a range of dates: "between" (closed by `andWord`) and "from". */
  rangeOpeners?: Record<string, 'between' | 'from'>;
  /** Words that join the two ends of a range of dates besides a dash: "to", "through", "until". */
  rangeJoiners?: string[];
  /** Of the year cues, those that make a four-digit number a year whatever follows ("in 2018 officials said"). */
  strongYearCues?: string[];
  /** "and" joining two days of a month ("7 and 8 September"). */
  andWord?: string;
  /** How often, after a count ("31 times"): a count even right after a name. */
  frequencyWords?: string[];
  /** Short month names for display, January first ("Oct 2023"). */
  monthsShort?: string[];
}

/**
 * The table with every word list copied into an object without a prototype. The engine looks
 * words of the page up in these lists (`scaleWords[token]`), and on a plain object "constructor"
 * or "__proto__" would find Object's own members instead of nothing. Every language's table is
 * built through this.
 */
export function withoutPrototypes(table: LanguageTable): LanguageTable {
  const out = { ...table } as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(table)) {
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      out[field] = Object.assign(Object.create(null) as object, value);
    }
  }
  return out as unknown as LanguageTable;
}
