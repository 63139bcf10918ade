/**
 * Digits that are not a figure, known before the number is read: labels ("Resolution 1874",
 * "Game 2"), times ("9:35", "11 a.m."), phone numbers, codes glued to letters ("S23", "5G"),
 * a name with a number ("Apple Watch 5"), a shirt number ("Dak Prescott (4)").
 */
import { isCapitalised, isHyphen } from '../draft';
import type { LanguageTable } from '../lang/types';
import type { Token } from '../tokens';
import { currencyBeforeIndex, singular, unitAfter } from '../units';
import { afterTally, matchHedgeBefore } from './hedge';
import { isCounter } from './counter';

const LABEL_SETS = new Map<LanguageTable, Set<string>>();
/** Nouns that name things by number in this language ("Resolution 1874", "Flight 17"). */
function labelWords(lang: LanguageTable): Set<string> {
  let set = LABEL_SETS.get(lang);
  if (!set) LABEL_SETS.set(lang, (set = new Set(lang.labelWords ?? [])));
  return set;
}

/**
 * "handed Moscow 500 containers", "visited Rajin Port 64 times": a name that is the object of a
 * verb, then a count of a plural noun. (A name after an article or preposition, "the Boeing 737
 * jets", "with Windows 11 laptops", stays a name with a number.)
 */
function nameThenCount(tokens: Token[], i: number, sentenceStartTok: number, lang: LanguageTable): boolean {
  const { nounStop, invariantCounts } = lang.figure;
  let k = i - 1;
  while (k > sentenceStartTok && isCapitalised(tokens[k])) k--;
  const before = tokens[k];
  if (k === i - 1 || !before || before.kind !== 'word' || !/^\p{Ll}/u.test(before.text) || nounStop.has(before.lower)) return false;
  const noun = tokens[i + 1];
  if (!noun || noun.kind !== 'word' || !noun.space || !/^\p{Ll}/u.test(noun.text) || nounStop.has(noun.lower)) return false;
  return singular(noun.lower) !== noun.lower || invariantCounts.has(noun.lower);
}

/** "called at Nakhodka Bay 31 times": how often, after any name. */
function nameThenFrequency(tokens: Token[], i: number, lang: LanguageTable): boolean {
  const next = tokens[i + 1];
  return !!next && next.space && !!lang.frequencyWords?.includes(next.text);
}

/** The index after a label number and a score or code glued to it ("2-1", "3888-2"). */
function skipScore(tokens: Token[], i: number): number {
  let e = i + 1;
  while (isHyphen(tokens[e]) && !tokens[e].space && tokens[e + 1]?.kind === 'num' && !tokens[e + 1].space) e += 2;
  return e;
}

function isLabelException(prev: Token, lang: LanguageTable): boolean {
  const lower = prev.lower;
  if (lang.months[lower] !== undefined) return true;
  if (lang.directionWords[lower] || lang.speechVerbs.includes(lower)) return true;
  if (lang.hedgesBefore.some((h) => h.words.length === 1 && h.words[0] === lower)) return true;
  return lang.figure.labelExceptions.has(lower);
}

/** Times: "9:35", "11 a.m.", "10pm"; phone numbers: "555-1234", "202-555-0100", "+44 20 7946". The index after, or -1. */
function timeOrPhoneEnd(tokens: Token[], i: number, lang: LanguageTable): number {
  const { timeSuffixes, meridiem, meridiemEnd } = lang.figure;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.text === ':' && !next.space && tokens[i + 2]?.kind === 'num' && !tokens[i + 2].space) {
    let e = i + 3;
    while (tokens[e]?.text === ':' && tokens[e + 1]?.kind === 'num') e += 2;
    return e;
  }
  if (next && timeSuffixes.has(next.lower)) return i + 2;
  if (next && meridiem.has(next.lower) && tokens[i + 2]?.text === '.' && tokens[i + 3]?.lower === meridiemEnd) return i + 4;
  if (/^\d{3}$/.test(t.text) && isHyphen(next) && !next.space && /^\d{3,4}$/.test(tokens[i + 2]?.text ?? '') && !tokens[i + 2].space) {
    if (/^\d{4}$/.test(tokens[i + 2].text)) return i + 3;
    if (isHyphen(tokens[i + 3]) && /^\d{4}$/.test(tokens[i + 4]?.text ?? '')) return i + 5;
  }
  if (prev?.text === '+' && !t.space && /^\d{1,3}$/.test(t.text) && tokens[i + 1]?.kind === 'num') {
    let e = i + 1;
    while (tokens[e]?.kind === 'num' || (isHyphen(tokens[e]) && tokens[e + 1]?.kind === 'num')) e++;
    return e;
  }
  return -1;
}

/** A capitalised name before the number makes it a label ("Apple Watch 5"), unless the figure shows it counts. */
function nameWithNumber(tokens: Token[], i: number, sentenceStartTok: number, lang: LanguageTable): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // A number followed by a unit is a figure even after a name ("Madness 2.4GHz", "Sunday 5.5%").
  // ("Israel's 9 billion shekels": a possessive is not a name with a number; nor a unit after a scale.)
  const scaled = next && (lang.scaleWords[next.lower] !== undefined || lang.scaleSuffixes[next.lower] !== undefined);
  return !!prev && t.space && prev.kind === 'word' && /\p{Lu}/u.test(prev.text) && i - 1 > sentenceStartTok && !isLabelException(prev, lang) &&
    !/['’]s$/i.test(prev.text) && !unitAfter(tokens, i + 1) && !(scaled && unitAfter(tokens, i + 2)) &&
    !(isHyphen(next) && !next.space && unitAfter(tokens, i + 2)) && !nameThenCount(tokens, i, sentenceStartTok, lang) && !nameThenFrequency(tokens, i, lang) &&
    // ("at Least 53 People": a headline's capitals on a hedge.)
    !matchHedgeBefore(tokens, i, sentenceStartTok, lang) && !afterTally(tokens, i, lang);
}

/** Whether token `i` (a digit run) is part of a label, time, phone number or code rather than a figure: the index to go on at, or -1. */
export function notAFigure(tokens: Token[], i: number, sentenceStartTok: number, lang: LanguageTable): number {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // Glued to letters before: "S23", "CO2", "V10" (but "RM3" and "US$5" are currencies).
  if (prev && !t.space && prev.kind === 'word' && !currencyBeforeIndex(tokens, i)) return i + 1;
  if (prev && !t.space && (prev.text === '#' || prev.text === ':' || prev.text === '/' || prev.text === '.')) return i + 1;
  if (prev && !t.space && isHyphen(prev) && tokens[i - 2]?.kind === 'word' && !prev.space && tokens[i - 2].lower !== lang.figure.prefixHedge) return i + 1;
  const timeOrPhone = timeOrPhoneEnd(tokens, i, lang);
  if (timeOrPhone >= 0) return timeOrPhone;
  // Korean "1천여", "12척": a scale, hedge or counter glued on is part of the number.
  if (next && !next.space && next.kind === 'word' && (lang.attachedScales?.[next.text[0]] || lang.hedgeSuffixes?.[next.text] || isCounter(next.text, lang))) return -1;
  // Glued to letters after: "22nd", "1990s", "5G", "123rf" (units and scales are fine).
  if (next && !next.space && next.kind === 'word' && !unitAfter(tokens, i + 1) && lang.scaleSuffixes[next.lower] === undefined &&
    lang.scaleWords[next.lower] === undefined && next.lower !== lang.figure.dozen) return i + 2;
  // A label: "Section 427", "Resolution 1874", "Game 2", "Apple Watch 5".
  // "category 4", "Game 2", "page 12": a rank or name; "Charlton 2-1": a label and a score.
  if (prev && t.space && labelWords(lang).has(prev.lower) && !unitAfter(tokens, i + 1)) return skipScore(tokens, i);
  if (nameWithNumber(tokens, i, sentenceStartTok, lang)) return skipScore(tokens, i);
  // "Dak Prescott (4)": a shirt number or rank in parentheses after a name.
  if (prev?.text === '(' && next?.text === ')' && /^\d{1,3}$/.test(t.text) && isCapitalised(tokens[i - 2])) return i + 2;
  // "(2-R)", "3-D": a digit glued by a hyphen to a single letter.
  if (isHyphen(next) && !next.space && tokens[i + 2]?.kind === 'word' && tokens[i + 2].text.length === 1 && !tokens[i + 2].space) return i + 3;
  return -1;
}
