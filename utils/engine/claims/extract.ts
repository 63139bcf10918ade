/**
 * The claims engine: every figure in a news text, with its hedge, unit, counted thing, direction,
 * attribution and sentence. Pure TypeScript, linear in the text: sentences with no digit and no
 * number word are skipped after one regular-expression scan, and each remaining sentence is
 * tokenized once and read left to right.
 *
 * The path of a text: candidates.ts (which sentences to read) → read-sentence.ts (one sentence) →
 * read-figure.ts (one figure: the readers in readers/, in order) → refiners/ (figures of one
 * sentence lend each other units, hedges, rates, directions) → credits.ts (attribution).
 * Every word the engine looks for is in the language's table (lang/).
 */
import { creditsOf, type Credit } from './attribution';
import { candidatesFor } from './candidates';
import { reportDate } from '../../model/dates';
import { english } from './lang/en';
import { korean } from './lang/ko';
import { russian } from './lang/ru';
import { SPANISH_MARKERS, spanish } from './lang/es';
import { GERMAN_MARKERS, german } from './lang/de';
import type { LanguageTable } from './lang/types';
import { readSentence, type TextContext } from './read-sentence';
import { splitSentences } from './sentences';
import { tokenize, type Token } from './tokens';
import type { Claim } from './types';

/** Options for `extractClaims`. */
export interface ExtractOptions {
  /** The report's publication date (ISO); dates without a year take its year. */
  published?: string;
  /** BCP-47 language of the text; English tables are used for any language without its own. */
  language?: string;
}

// Tables by language; the Russian and Korean ones are built on first use. A Map: the language
// comes from outside ("--language constructor", <html lang="__proto__">).
const TABLES = new Map<string, () => LanguageTable>([['en', () => english], ['ru', russian], ['ko', korean], ['es', spanish], ['de', german]]);

/** The languages the engine has tables for, by BCP-47 primary subtag. */
export const TABLE_LANGUAGES: readonly string[] = [...TABLES.keys()];

/** The letters each table's language is written in, for a text whose language is not given. */
const SCRIPTS: [language: string, letters: RegExp][] = [
  ['ru', /\p{Script=Cyrillic}/gu],
  ['ko', /\p{Script=Hangul}/gu],
];
/** Languages in Latin letters with their own table, told from English by their commonest words. */
const LATIN_MARKERS: [language: string, markers: Set<string>][] = [
  ['es', SPANISH_MARKERS],
  ['de', GERMAN_MARKERS],
];
/** Of the words of a text's opening, the share one language's markers must make to read it in that language. */
const MARKER_SHARE = 0.12;

/** How much of a text's opening is read to tell its language by its letters. */
const SCRIPT_SAMPLE = 2_000;

/**
 * The language a text is written in, told by its letters: the table whose script holds most of
 * the letters of its opening; for Latin letters, by its commonest words (Spanish, German), else 'en'.
 */
export function languageOfText(text: string): string {
  const sample = text.slice(0, SCRIPT_SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  let best = 'en';
  let most = letters / 2;
  for (const [language, script] of SCRIPTS) {
    const count = sample.match(script)?.length ?? 0;
    if (count > most) [best, most] = [language, count];
  }
  return best === 'en' ? latinLanguageOf(sample) : best;
}

/** A Latin-letter text's language: the one whose common words make most of it, English unless one makes `MARKER_SHARE`. */
function latinLanguageOf(sample: string): string {
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!tokens.length) return 'en';
  let best = 'en';
  let most = tokens.length * MARKER_SHARE;
  for (const [language, markers] of LATIN_MARKERS) {
    const count = tokens.filter((w) => markers.has(w)).length;
    if (count > most) [best, most] = [language, count];
  }
  return best;
}

/**
 * The table for a BCP-47 tag that has its own (not English); otherwise the text's letters
 * decide, since many sites declare lang="en" in a template whatever the article's language.
 * Any language without its own table reads as English.
 */
function tableFor(language: string | undefined, text: string): LanguageTable {
  const primary = typeof language === 'string' ? language.toLowerCase().split('-')[0] : '';
  const own = primary !== 'en' ? TABLES.get(primary) : undefined;
  return own?.() ?? tableForText(text);
}

/** The table of the language a text's letters are written in (English for Latin text). */
export function tableForText(text: string): LanguageTable {
  return TABLES.get(languageOfText(text))?.() ?? english;
}


/**
 * The most claims one text gives: the first this many, in text order. A text of tens of
 * thousands of figures is a table or a flood, not an article; the cap bounds the work, the
 * memory and the output (a 10 MB run of "1 1 1" would be five million claims).
 */
export const MAX_CLAIMS_PER_TEXT = 100_000;

/**
 * Every figure in a news text, sorted by `start`: numbers, hedges, ranges, orders of magnitude,
 * units, counted nouns, dates, direction and attribution (the claim model: ./types.ts).
 * `quote === text.slice(start, end)` for every claim. At most MAX_CLAIMS_PER_TEXT claims.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  const lang = tableFor(options.language, text);
  const candidates = candidatesFor(lang);
  const spans = splitSentences(text, lang);
  const claims: Claim[] = [];
  const creditCache = new Map<number, Credit[]>();
  const creditsFor = (index: number, tokens?: Token[]): Credit[] => {
    let c = creditCache.get(index);
    if (!c) {
      const span = spans[index];
      const sentence = text.slice(span.start, span.end);
      c = creditsOf(sentence, span.start, tokens ?? tokenize(sentence, span.start), lang);
      creditCache.set(index, c);
    }
    return c;
  };
  const ctx: TextContext = { text, spans, lang, published: reportDate(options.published), creditsFor };
  candidates.lastIndex = 0;
  let spanIndex = 0;
  for (let m = candidates.exec(text); m && spanIndex < spans.length; m = candidates.exec(text)) {
    if (!m[0]) candidates.lastIndex++; // (never empty; a loop must not hang if it ever were)
    while (spanIndex < spans.length && spans[spanIndex].end <= m.index) spanIndex++;
    if (spanIndex >= spans.length) break;
    const span = spans[spanIndex];
    if (m.index < span.start) continue;
    readSentence(ctx, spanIndex, claims);
    if (claims.length >= MAX_CLAIMS_PER_TEXT) break;
    candidates.lastIndex = span.end;
    spanIndex++;
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return claims.length > MAX_CLAIMS_PER_TEXT ? claims.slice(0, MAX_CLAIMS_PER_TEXT) : claims;
}
