/**
 * What is worth reading: a sentence with a digit or a number word (one regular-expression scan
 * of the text), and in it the tokens that may start a figure or a date.
 */
import type { LanguageTable } from './lang/types';

// Cheap pre-filter: a sentence is read only if it has a digit or a number word.
function candidatePattern(lang: LanguageTable): RegExp {
  const words = [
    ...Object.keys(lang.smallNumbers), ...Object.keys(lang.scaleWords), ...Object.keys(lang.magnitudeWords),
    ...Object.keys(lang.fractionWords), ...multipleWords(lang), ...Object.keys(lang.periodWords ?? {}),
  ];
  // A month named alone ("in August") is a date; capitalised, unless the language writes months lower case
  // (so that "may" and "march" do not send every sentence to the reader).
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  const monthWords = Object.keys(lang.months).flatMap((w) => (lang.lowerCaseMonths ? [w, cap(w), w.toUpperCase()] : [cap(w), w.toUpperCase()]));
  const cased = [...words.flatMap((w) => [w, cap(w), w.toUpperCase()]), ...monthWords];
  const alternation = [...new Set(cased)].sort((a, b) => b.length - a.length).join('|');
  // ASCII word boundaries are fastest; other scripts need letter look-arounds.
  if (/^[\x00-\x7f]*$/.test(alternation)) return new RegExp(`\\d|\\b(?:${alternation})\\b`, 'g');
  return new RegExp(`\\d|(?<!\\p{L})(?:${alternation})(?!\\p{L})`, 'gu');
}
const STARTS = new Map<LanguageTable, Set<string>>();

/** "sixfold", "tenfold": number words with the language's multiple suffix. */
function multipleWords(lang: LanguageTable): string[] {
  const suffix = lang.multipleSuffix;
  if (!suffix) return [];
  return [...Object.keys(lang.smallNumbers), ...Object.keys(lang.scaleWords)].map((w) => w + suffix);
}

/** Lower-case words that may start a figure or a date in this language. */
export function startWords(lang: LanguageTable): Set<string> {
  let set = STARTS.get(lang);
  if (!set) {
    set = new Set([
      ...Object.keys(lang.smallNumbers), ...Object.keys(lang.magnitudeWords), ...Object.keys(lang.scaleWords),
      ...lang.articleOne, ...Object.keys(lang.months), ...multipleWords(lang), ...(lang.periodOpeners ?? []), ...Object.keys(lang.rangeOpeners ?? {}), ...lang.figure.startWords,
    ]);
    STARTS.set(lang, set);
  }
  return set;
}

const CANDIDATES = new Map<LanguageTable, RegExp>();

/** The language's candidate pattern (global: the caller sets `lastIndex`), built once. */
export function candidatesFor(lang: LanguageTable): RegExp {
  let candidates = CANDIDATES.get(lang);
  if (!candidates) {
    candidates = candidatePattern(lang);
    CANDIDATES.set(lang, candidates);
  }
  return candidates;
}
