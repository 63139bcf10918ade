/**
 * The claims engine: every figure in a news text, with its hedge, unit, counted thing, direction,
 * attribution and sentence. Pure TypeScript, linear in the text: sentences with no digit and no
 * number word are skipped after one regular-expression scan, and each remaining sentence is
 * tokenized once and read left to right.
 */
import { creditsOf, isPersonLike, openingName, type Credit } from './attribution';
import { dateAt, reportDate, type IsoDate } from './dates';
import { english } from './lang/en';
import { korean } from './lang/ko';
import { russian } from './lang/ru';
import type { HedgeEntry, LanguageTable } from './lang/types';
import { numberAt, type NumberCore } from './numbers';
import { sentenceAround, splitSentences, type SentenceSpan } from './sentences';
import { tokenize, type Token } from './tokens';
import type { Claim, Direction, Qualifier } from './types';
import { canonicalUnit, currencyBeforeIndex, singular, unitAfter, type UnitDef } from './units';

/** Options for `extractClaims`. */
export interface ExtractOptions {
  /** The report's publication date (ISO); dates without a year take its year. */
  published?: string;
  /** BCP-47 language of the text; English tables are used for any language without its own. */
  language?: string;
}

// Tables by language; the Russian and Korean ones are built on first use. A Map: the language
// comes from outside ("--language constructor", <html lang="__proto__">).
const TABLES = new Map<string, () => LanguageTable>([['en', () => english], ['ru', russian], ['ko', korean]]);

/** The table for a BCP-47 tag; any language without its own table reads as English. */
function tableFor(language: string | undefined): LanguageTable {
  const primary = typeof language === 'string' ? language.toLowerCase().split('-')[0] : 'en';
  return TABLES.get(primary)?.() ?? english;
}

// Words that end a counted-noun phrase after a figure.
const NOUN_STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but',
  'that', 'which', 'who', 'whom', 'whose', 'were', 'was', 'is', 'are', 'be', 'been', 'being', 'has',
  'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'it',
  'its', 'this', 'these', 'those', 'than', 'as', 'per', 'each', 'up', 'down', 'since', 'over',
  'under', 'into', 'onto', 'about', 'after', 'before', 'during', 'while', 'when', 'where', 'not',
  'no', 'so', 'also', 'just', 'only', 'all', 'last', 'next', 'ago', 'earlier', 'later', 'said',
  'says', 'say', 'told', 'their', 'his', 'her', 'our', 'your', 'my', 'they', 'he', 'she', 'we',
  'you', 'i', 'them', 'him', 'us', 'there', 'here', 'if', 'then', 'through', 'across', 'against',
  'between', 'among', 'including', 'like', 'such', 'because', 'until', 'via', 'within', 'without',
  'out', 'off', 'again', 'both', 'either', 'neither', 'very', 'too', 'do', 'does', 'did', 'get',
  'got', 'what', 'how', 'why', 'now', 'still', 'already', 'even', 'around', 'near', 'toward',
  'towards', 'upon', 'whether', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'yesterday', 'today', 'tomorrow', 'year', 'years', 'respectively', 'apiece', 'each',
  'total', 'overall', 'annually', 'daily', 'apart', 'away', 'ahead', 'behind', 'more', 'less',
  'fewer', 'most', 'least', 'other', 'another', 'some', 'any', 'many', 'much', 'few', 'several',
]);
// Nouns whose plural is the singular: "36,000 staff", "40 aircraft".
const INVARIANT_COUNTS = new Set(['staff', 'personnel', 'aircraft', 'sheep', 'fish', 'deer', 'series', 'species', 'police', 'crew', 'cattle', 'livestock', 'offspring', 'swine', 'moose', 'bison', 'salmon', 'trout', 'spacecraft', 'hovercraft', 'watercraft']);
// Modifiers that do not change what is counted ("eight more picks" counts picks).
const MODIFIER_DROP = new Set(['more', 'other', 'additional', 'extra', 'further', 'such']);
// "who was 10", "she turns 40": a person's age after these.
const COPULAS = new Set(['is', 'was', 'be', 'turns', 'turned', 'turning', 'turn', 'becomes', 'became']);
const PERSON_PRONOUNS = new Set(['who', 'he', 'she', 'i', 'you', 'we', 'they']);
// Participles without "-ed" that modify a counted noun ("newly built homes").
const IRREGULAR_PARTICIPLES = new Set(['built', 'made', 'grown', 'known', 'held', 'sold', 'born', 'bought', 'brought', 'sent', 'spent']);
// Nouns that count something else: "rounds of artillery shells" counts shells.
const CLASSIFIERS = new Set(['round', 'piece', 'item', 'unit', 'batch', 'load', 'shipment', 'consignment', 'kind', 'type', 'sort', 'lot']);
// "The X" before a number: prepositions that make a bare four-digit number a year.
const YEAR_PREPOSITIONS = new Set([
  'in', 'since', 'from', 'between', 'until', 'till', 'by', 'during', 'circa', 'before', 'after',
  'early', 'late', 'mid', 'the', 'this', 'of', 'and', 'to', 'through', 'spring', 'summer', 'autumn',
  'fall', 'winter', 'season', 'year', 'fy', 'class', 'a.d.', 'ad', 'bc', 'ce',
]);
// "a 3m wall", "100m sprint": metres, not millions.
const METRE_CONTEXT = new Set([
  'tall', 'high', 'long', 'wide', 'deep', 'away', 'sprint', 'hurdles', 'freestyle', 'backstroke',
  'breaststroke', 'butterfly', 'race', 'dash', 'relay', 'above', 'below', 'underground', 'underwater',
  'in', 'depth', 'height', 'length',
]);
const TIME_SUFFIXES = new Set(['am', 'pm', 'gmt', 'utc', 'bst', 'est', 'edt', 'cst', 'pst', 'pdt', 'et', 'pt', 'kst', 'cet', 'cest', 'jst', 'hrs', 'o’clock', "o'clock"]);
// Verbs that take "up"/"down" as a particle: "gave up 517 yards" is not a rise.
const PHRASAL_HOSTS = new Set([
  'gave', 'give', 'gives', 'giving', 'given', 'picked', 'pick', 'picks', 'signed', 'sign', 'set', 'put', 'shut',
  'turned', 'turn', 'broke', 'break', 'took', 'take', 'takes', 'came', 'come', 'brought', 'bring', 'ramped',
  'stepped', 'scaled', 'wound', 'backed', 'tied', 'made', 'make', 'built', 'build', 'paid', 'pay', 'opened',
  'split', 'lined', 'locked', 'used', 'summed', 'racked', 'rack', 'chalked', 'shored', 'wrote', 'write',
  'marked', 'mark', 'knocked', 'wrote', 'stood', 'sat', 'looked', 'slowed', 'calmed', 'cooled', 'shot',
  'went', 'go', 'goes', 'held', 'hold', 'move', 'moved', 'showed', 'show', 'ended', 'end', 'washed', 'round',
  'rounded', 'added', 'add', 'boiled', 'boiling', 'boil', 'boils', 'narrowed', 'cut', 'burned', 'handed', 'hand', 'bottomed', 'topped',
]);
// "ended down 1%", "closed down 0.4%": no phrasal verb "end down"; a market closing lower.
const CLOSING_DOWN = new Set(['ended', 'end', 'ends', 'closed', 'close', 'closes', 'finished', 'finish', 'finishes']);
// "the lead-up to 3G", "adds up to 5%": "up to" after these is not a cap.
const UP_TO_HOSTS = new Set(['lead', 'leads', 'leading', 'led', 'run', 'build', 'add', 'adds', 'added', 'adding', 'sum', 'sums', 'summed', 'live', 'lives', 'lived', 'living', 'measure', 'measures', 'measured']);
const HYPHENS = new Set(['-', '–', '—', '‑']);
const isHyphen = (t: Token | undefined): boolean => !!t && HYPHENS.has(t.text);
const isCapitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** A claim before attribution, with raw figures kept for later unit sharing. */
interface Draft {
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

interface NounPhrase {
  unit: string;
  measure: string;
  headEnd: number;
  /** The counted noun is plural ("containers"), not a singular modifier ("a 12 page report"). */
  plural: boolean;
}

/** A counted noun in a language with a lemmatiser: its first one or two words, by stem. */
function inflectedNounAt(tokens: Token[], j: number, text: string, lang: LanguageTable): NounPhrase | null {
  const stop = lang.nounStop ?? NOUN_STOP;
  const words: number[] = [];
  for (let k = j; k < tokens.length && words.length < 2 && tokens[k].kind === 'word' && !stop.has(tokens[k].lower); k++) words.push(k);
  if (!words.length) return null;
  const stems = words.map((k) => lang.lemmatise!(tokens[k].lower));
  const lexicon = lang.lexicon;
  let used = words.length;
  let unit = lexicon?.[stems.join(' ')];
  if (!unit) {
    used = 1;
    unit = lexicon?.[stems[0]] ?? stems[0];
  }
  const headEnd = words[used - 1] + 1;
  return { unit, measure: text.slice(tokens[j].start, tokens[headEnd - 1].end), headEnd, plural: true };
}

function nounAt(tokens: Token[], j: number, text: string, value: number, lang: LanguageTable, depth = 0, hyphenated = false): NounPhrase | null {
  if (lang.lemmatise) return inflectedNounAt(tokens, j, text, lang);
  // Segments: words, with hyphenated compounds kept whole ("first-team").
  const segments: Array<{ from: number; to: number; lower: string }> = [];
  let k = j;
  while (k < tokens.length && segments.length < 5) {
    const t = tokens[k];
    if (t.kind !== 'word' || NOUN_STOP.has(t.lower) || lang.directionWords[t.lower] || lang.speechVerbs.includes(t.lower) || lang.months[t.lower] !== undefined && isCapitalised(t)) {
      // "more" and "other" as modifiers: "eight more picks", "eight other employees".
      if (!((t.lower === 'more' || t.lower === 'other') && segments.length === 0 && tokens[k + 1]?.kind === 'word' && !NOUN_STOP.has(tokens[k + 1].lower))) break;
    }
    let to = k + 1;
    while (isHyphen(tokens[to]) && !tokens[to].space && tokens[to + 1]?.kind === 'word' && !tokens[to + 1].space) to += 2;
    segments.push({ from: k, to, lower: text.slice(tokens[k].start, tokens[to - 1].end).toLowerCase() });
    k = to;
  }
  if (!segments.length) return null;
  // "four-cylinder engine options": the word glued to the number is what is counted.
  // A count of one names a singular noun ("one arms dealer", "one proposal asks"): no plural search.
  let head = hyphenated ? 0 : value === 1 ? -1 : segments.findIndex((s) => singular(s.lower.split('-').pop()!) !== s.lower.split('-').pop() || INVARIANT_COUNTS.has(s.lower));
  if (head < 0) {
    if (value === 1) {
      // A singular count ("one solution"), up to the first verb-like word.
      head = 0;
      // ("one proposal asks": a word that looks plural after a count of one is a verb.)
      while (head + 1 < segments.length && head < 1 && !/(?:ed|ing|ly)$/.test(segments[head + 1].lower) &&
        singular(segments[head + 1].lower) === segments[head + 1].lower) head++;
    } else if (hyphenated || (segments.length >= 2 && !/(?:ed|ing|ly)$/.test(segments[0].lower) && !/(?:ed|ly)$/.test(segments[1].lower) &&
      !isCapitalised(tokens[segments[0].from]))) {
      // A singular noun as a modifier counts: "four-cylinder engine", "a 12 page document".
      head = 0;
    } else return null;
  }
  const plural = singular(segments[head].lower.split('-').pop()!) !== segments[head].lower.split('-').pop() || INVARIANT_COUNTS.has(segments[head].lower);
  // Modifiers that do not change what is counted: "more", "other", and participles
  // ("shipping containers", "recorded songs", "armored vehicles" count containers, songs, vehicles).
  // An adverb before a participle goes with it ("decently sized plants", "newly built homes").
  const participle = (s: { lower: string } | undefined): boolean => !!s && (/^[a-z]{3,}(?:ing|ed)$/.test(s.lower) || IRREGULAR_PARTICIPLES.has(s.lower));
  const kept = segments.slice(0, head + 1).filter((s, n) => n === head || (!MODIFIER_DROP.has(s.lower) && !participle(s) &&
    !(/^[a-z]{3,}ly$/.test(s.lower) && n + 1 < head && participle(segments[n + 1]))));
  const headSeg = segments[head];
  let unit = canonicalUnit(kept.map((s) => s.lower).join(' '));
  let measureEnd = headSeg.to;
  let headEnd = headSeg.to;
  const after = tokens[headSeg.to];
  let ofAt = -1;
  if (after?.lower === 'of') ofAt = headSeg.to;
  else if ((after?.lower === 'full' || after?.lower === 'worth') && tokens[headSeg.to + 1]?.lower === 'of') ofAt = headSeg.to + 1;
  if (ofAt >= 0) {
    const inner = depth === 0 && CLASSIFIERS.has(singular(headSeg.lower)) ? nounAt(tokens, ofAt + 1, text, 2, lang, depth + 1) : null;
    if (inner) {
      unit = inner.unit;
      measureEnd = headEnd = inner.headEnd;
    }
    // Extend the measure over the of-phrase: "containers of military equipment and munitions".
    let e = ofAt + 1;
    let words = 0;
    let usedAnd = false;
    let last = measureEnd;
    while (e < tokens.length && words < 8) {
      const t = tokens[e];
      if (t.kind === 'word' && (t.lower === 'and' || t.lower === 'or') && !usedAnd && tokens[e + 1]?.kind === 'word' && !NOUN_STOP.has(tokens[e + 1].lower)) {
        usedAnd = true;
        e++;
        continue;
      }
      if (t.kind === 'word' && (!NOUN_STOP.has(t.lower) || (words === 0 && /^(?:the|a|an|its|their)$/.test(t.lower))) && !lang.directionWords[t.lower] && !lang.speechVerbs.includes(t.lower)) {
        words++;
        e++;
        last = e;
        continue;
      }
      if (isHyphen(t) && !t.space && tokens[e + 1] && !tokens[e + 1].space) {
        e++;
        continue;
      }
      break;
    }
    if (last > measureEnd) measureEnd = last;
  }
  return {
    unit,
    measure: text.slice(tokens[segments[0].from].start, tokens[measureEnd - 1].end),
    headEnd,
    plural,
  };
}

/** After a count, "of whom" or "of the victims": the group it is a part of, or null. */
function partitiveAt(tokens: Token[], j: number, text: string, lang: LanguageTable): NounPhrase | null {
  const det = tokens[j + 1];
  if (tokens[j]?.lower !== 'of' || !det || !lang.partitiveWords?.includes(det.lower)) return null;
  if (lang.partitivePeople?.includes(det.lower)) return { unit: 'person', measure: '', headEnd: j + 2, plural: true };
  // ("two of the three ships": a part of a counted whole, which is a figure of its own.)
  if (numberAt(tokens, j + 2, lang)) return null;
  const noun = nounAt(tokens, j + 2, text, 2, lang);
  return noun?.plural ? noun : null;
}

function matchHedgeBefore(tokens: Token[], s: number, floor: number, lang: LanguageTable): { entry: HedgeEntry; start: number } | null {
  // "sub-7 nanometre", "~25".
  if (isHyphen(tokens[s - 1]) && !tokens[s].space && tokens[s - 2]?.lower === 'sub' && s - 2 >= floor) {
    const entry = lang.hedgesBefore.find((h) => h.words.length === 1 && h.words[0] === 'sub');
    if (entry) return { entry, start: s - 2 };
  }
  for (const entry of lang.hedgesBefore) {
    const len = entry.words.length;
    const from = s - len;
    if (from < floor) continue;
    let ok = true;
    for (let k = 0; k < len; k++) {
      if (tokens[from + k].lower !== entry.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok && entry.words[0] === 'sub') ok = false; // only as a prefix, handled above
    if (ok && entry.words[0] === 'up' && entry.words[1] === 'to') {
      const host = tokens[from - 1];
      if (host && (UP_TO_HOSTS.has(host.lower) || (isHyphen(host) && UP_TO_HOSTS.has(tokens[from - 2]?.lower ?? '')))) ok = false;
    }
    if (ok) return { entry, start: from };
  }
  return null;
}

/** "put the death toll at six", "the tally rose to seven": a count named by the noun before it. */
function afterTally(tokens: Token[], s: number, lang: LanguageTable): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 4; k--) {
    if (tokens[k].kind !== 'word') return false;
    if (lang.tallyNouns?.includes(tokens[k].lower)) return true;
  }
  return false;
}

/** "up to approximately 3 million": a bound around an approximation is the hedge that counts. */
function outerBound(tokens: Token[], inner: { entry: HedgeEntry; start: number } | null, floor: number, lang: LanguageTable): { entry: HedgeEntry; start: number } | null {
  if (!inner || inner.entry.qualifier !== 'about') return inner;
  const outer = matchHedgeBefore(tokens, inner.start, floor, lang);
  if (!outer || outer.entry.qualifier === 'about') return inner;
  return { entry: { ...outer.entry, words: [...outer.entry.words, ...inner.entry.words] }, start: outer.start };
}

/** A word without its grammatical ending ("컨테이너를" → "컨테이너"), for languages that list them. */
function stripParticle(word: string, lang: LanguageTable): string {
  for (const particle of lang.particles ?? []) if (word.length > particle.length && word.endsWith(particle)) return word.slice(0, -particle.length);
  return word;
}

function matchHedgeAfter(tokens: Token[], j: number, lang: LanguageTable): { entry: HedgeEntry; end: number } | null {
  let k = j;
  if (lang.particles && tokens[k]) {
    const bare = stripParticle(tokens[k].text, lang);
    const entry = lang.hedgesAfter.find((e) => e.words.length === 1 && e.words[0] === bare);
    if (entry) return { entry, end: k + 1 };
  }
  const hyphened = isHyphen(tokens[k]) && !tokens[k].space;
  if (hyphened) k++;
  for (const entry of lang.hedgesAfter) {
    const len = entry.words.length;
    let ok = k + len <= tokens.length;
    for (let n = 0; ok && n < len; n++) if (tokens[k + n].lower !== entry.words[n]) ok = false;
    if (!ok) continue;
    const single = entry.words[0];
    // "plus" and "odd" only glued on ("1,000-plus", "40-odd"); "+" glued to the digits.
    if ((single === 'plus' || single === 'odd') && len === 1 && !hyphened) continue;
    if (single === '+' && (hyphened || tokens[k].space)) continue;
    if (hyphened && single !== 'plus' && single !== 'odd') continue;
    return { entry, end: k + len };
  }
  return null;
}

// Words that end a street address: "49 Zorro Ranch Road", "9 E 71st St".
const STREET_WORDS = new Set(['st', 'street', 'road', 'rd', 'ave', 'avenue', 'way', 'blvd', 'boulevard', 'lane', 'ln', 'drive', 'dr', 'place', 'pl', 'court', 'ct', 'terrace', 'zip', 'square', 'sq']);
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
function nameThenCount(tokens: Token[], i: number, sentenceStartTok: number): boolean {
  let k = i - 1;
  while (k > sentenceStartTok && isCapitalised(tokens[k])) k--;
  const before = tokens[k];
  if (k === i - 1 || !before || before.kind !== 'word' || !/^\p{Ll}/u.test(before.text) || NOUN_STOP.has(before.lower)) return false;
  const noun = tokens[i + 1];
  if (!noun || noun.kind !== 'word' || !noun.space || !/^\p{Ll}/u.test(noun.text) || NOUN_STOP.has(noun.lower)) return false;
  return singular(noun.lower) !== noun.lower || INVARIANT_COUNTS.has(noun.lower);
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

/** Whether token `i` (a digit run) is part of a label, time, phone number or code rather than a figure. */
function notAFigure(tokens: Token[], i: number, sentenceStartTok: number, lang: LanguageTable): number {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // Glued to letters before: "S23", "CO2", "V10" (but "RM3" and "US$5" are currencies).
  if (prev && !t.space && prev.kind === 'word' && !currencyBeforeIndex(tokens, i)) return i + 1;
  if (prev && !t.space && (prev.text === '#' || prev.text === ':' || prev.text === '/' || prev.text === '.')) return i + 1;
  if (prev && !t.space && isHyphen(prev) && tokens[i - 2]?.kind === 'word' && !prev.space && tokens[i - 2].lower !== 'sub') return i + 1;
  // Times: "9:35", "11 a.m.", "10pm".
  if (next?.text === ':' && !next.space && tokens[i + 2]?.kind === 'num' && !tokens[i + 2].space) {
    let e = i + 3;
    while (tokens[e]?.text === ':' && tokens[e + 1]?.kind === 'num') e += 2;
    return e;
  }
  if (next && TIME_SUFFIXES.has(next.lower)) return i + 2;
  if (next && (next.lower === 'a' || next.lower === 'p') && tokens[i + 2]?.text === '.' && tokens[i + 3]?.lower === 'm') return i + 4;
  // Phone numbers: "555-1234", "202-555-0100", "(02) 123 4567".
  if (/^\d{3}$/.test(t.text) && isHyphen(next) && !next.space && /^\d{3,4}$/.test(tokens[i + 2]?.text ?? '') && !tokens[i + 2].space) {
    if (/^\d{4}$/.test(tokens[i + 2].text)) return i + 3;
    if (isHyphen(tokens[i + 3]) && /^\d{4}$/.test(tokens[i + 4]?.text ?? '')) return i + 5;
  }
  if (prev?.text === '+' && !t.space && /^\d{1,3}$/.test(t.text) && tokens[i + 1]?.kind === 'num') {
    let e = i + 1;
    while (tokens[e]?.kind === 'num' || (isHyphen(tokens[e]) && tokens[e + 1]?.kind === 'num')) e++;
    return e;
  }
  // Korean "1천여": a scale or hedge glued on is part of the number.
  if (next && !next.space && next.kind === 'word' && (lang.attachedScales?.[next.text[0]] || lang.hedgeSuffixes?.[next.text])) return -1;
  // Glued to letters after: "22nd", "1990s", "5G", "123rf" (units and scales are fine).
  if (next && !next.space && next.kind === 'word' && !unitAfter(tokens, i + 1) && lang.scaleSuffixes[next.lower] === undefined &&
    lang.scaleWords[next.lower] === undefined && !(next.lower === 'dozen')) return i + 2;
  // A label: "Section 427", "Resolution 1874", "Game 2", "Apple Watch 5".
  // "category 4", "Game 2", "page 12": a rank or name; "Charlton 2-1": a label and a score.
  if (prev && t.space && labelWords(lang).has(prev.lower) && !unitAfter(tokens, i + 1)) return skipScore(tokens, i);
  // A number followed by a unit is a figure even after a name ("Madness 2.4GHz", "Sunday 5.5%").
  // ("Israel's 9 billion shekels": a possessive is not a name with a number; nor a unit after a scale.)
  const scaled = next && (lang.scaleWords[next.lower] !== undefined || lang.scaleSuffixes[next.lower] !== undefined);
  if (prev && t.space && prev.kind === 'word' && /\p{Lu}/u.test(prev.text) && i - 1 > sentenceStartTok && !isLabelException(prev, lang) &&
    !/['’]s$/i.test(prev.text) && !unitAfter(tokens, i + 1) && !(scaled && unitAfter(tokens, i + 2)) &&
    !(isHyphen(next) && !next.space && unitAfter(tokens, i + 2)) && !nameThenCount(tokens, i, sentenceStartTok) && !nameThenFrequency(tokens, i, lang) &&
    // ("at Least 53 People": a headline's capitals on a hedge.)
    !matchHedgeBefore(tokens, i, sentenceStartTok, lang) && !afterTally(tokens, i, lang)) return skipScore(tokens, i);
  // "Dak Prescott (4)": a shirt number or rank in parentheses after a name.
  if (prev?.text === '(' && next?.text === ')' && /^\d{1,3}$/.test(t.text) && isCapitalised(tokens[i - 2])) return i + 2;
  // "(2-R)", "3-D": a digit glued by a hyphen to a single letter.
  if (isHyphen(next) && !next.space && tokens[i + 2]?.kind === 'word' && tokens[i + 2].text.length === 1 && !tokens[i + 2].space) return i + 3;
  return -1;
}

/** Whether digits stand just before token `i`, with at most a space or a zero-width space between. */
function afterDigits(tokens: Token[], i: number): boolean {
  const zeroWidth = tokens[i - 1]?.text === '\u200b' && !tokens[i].space;
  const prev = tokens[zeroWidth ? i - 2 : i - 1];
  return prev?.kind === 'num' && tokens[i].start - prev.end <= 2;
}

function isLabelException(prev: Token, lang: LanguageTable): boolean {
  const lower = prev.lower;
  if (lang.months[lower] !== undefined) return true;
  if (lang.directionWords[lower] || lang.speechVerbs.includes(lower)) return true;
  if (lang.hedgesBefore.some((h) => h.words.length === 1 && h.words[0] === lower)) return true;
  return /^(?:us|uk|eu|u\.s|and|or|to|of|the|a|an|about|over|some|nearly|almost|only|just|all|by|with|for|in|on|at)$/.test(lower);
}

function isYearLike(core: NumberCore, tokens: Token[]): boolean {
  const t = tokens[core.start];
  return core.kind === 'digits' && core.scale === 1 && /^\d{4}$/.test(t.text) && +t.text >= 1000 && +t.text <= 2100;
}

/** A rate after a figure's unit: "per barrel", "/h", "a year", "a-year", "-a-day". */
function rateAt(tokens: Token[], at: number): { name: string; end: number } | null {
  const p = tokens[at];
  if (!p) return null;
  const next = tokens[at + 1];
  if (p.lower === 'per' || (p.text === '/' && !p.space)) {
    const u2 = unitAfter(tokens, at + 1);
    if (u2) return { name: u2.def.factor === 1 ? u2.def.canonical : u2.def.written, end: u2.end };
    if (next?.kind === 'word' && !NOUN_STOP.has(next.lower)) return { name: singular(next.lower), end: at + 2 };
    return null;
  }
  // "a 52,000 barrel-a-day refinery": the rate glued on with hyphens.
  if (isHyphen(p) && !p.space && next && (next.lower === 'a' || next.lower === 'an') && !next.space && isHyphen(tokens[at + 2]) && !tokens[at + 2].space) return rateAt(tokens, at + 1);
  if ((p.lower === 'a' || p.lower === 'an') && next) {
    // "£24 a-year", "barrel-a-day".
    const w = isHyphen(next) && !next.space && tokens[at + 2] && !tokens[at + 2].space ? at + 2 : at + 1;
    // "a year earlier" is a time reference, not a rate.
    if (/^(?:earlier|ago|later|before|after|prior)$/.test(tokens[w + 1]?.lower ?? '')) return null;
    const u2 = unitAfter(tokens, w);
    if (u2 && (u2.def.kind === 'time' || u2.def.kind === 'measure') && !u2.def.canonical.includes('age')) return { name: u2.def.factor === 1 ? u2.def.canonical : u2.def.written, end: u2.end };
    if (/^(?:share|head|person|piece|ticket|night|unit|pop|month|year|week|day)$/.test(tokens[w].lower)) return { name: singular(tokens[w].lower), end: w + 1 };
  }
  return null;
}

interface Reading {
  drafts: Draft[];
  next: number;
}

/** Reads the figure whose number starts at token `i`, if any. `floor` is the first free token. */
function figureAt(tokens: Token[], i: number, floor: number, sentenceStartTok: number, text: string, lang: LanguageTable): Reading | null {
  const t = tokens[i];
  // A sign: "-1.3%", "$-50.8bn", "minus-5 yards", "minus 387 Fahrenheit", "+0.4%".
  let sign = 1;
  let signStart = -1;
  if (t.kind === 'num') {
    const p = tokens[i - 1];
    const pp = tokens[i - 2];
    if (p && !t.space && (isHyphen(p) || p.text === '−' || p.text === '+') && i - 1 >= floor) {
      if (pp?.lower === 'minus' && !p.space) {
        sign = -1;
        signStart = i - 2;
      } else if ((p.space && !(pp && pp.kind === 'word' && /\p{Lu}/u.test(pp.text) && !unitAfter(tokens, i + 1))) || i - 1 === 0 ||
        (pp && pp.kind === 'punct' && pp.text !== ')' && pp.text !== '%')) {
        // ("COVID -19 tests" is a name; "FTSE -0.6%" is a change.)
        sign = p.text === '+' ? 1 : -1;
        signStart = i - 1;
      }
    } else if (p?.lower === 'minus' && t.space && i - 1 >= floor) {
      sign = -1;
      signStart = i - 1;
    }
  }
  // "COVID -19", "F -35": a name and a number joined by a spaced hyphen.
  if (t.kind === 'num' && signStart < 0 && !t.space && isHyphen(tokens[i - 1]) && tokens[i - 1].space && tokens[i - 2]?.kind === 'word' &&
    /\p{Lu}/u.test(tokens[i - 2].text) && !unitAfter(tokens, i + 1)) return { drafts: [], next: i + 1 };
  // "1 0000", "1 000" with an odd space: a group with a leading zero is part of the number before it.
  if (t.kind === 'num' && /^0\d/.test(t.text) && afterDigits(tokens, i)) return { drafts: [], next: i + 1 };
  if (t.kind === 'num' && signStart < 0) {
    const skip = notAFigure(tokens, i, sentenceStartTok, lang);
    if (skip >= 0) return { drafts: [], next: skip };
  }
  const core = numberAt(tokens, i, lang);
  if (!core) return null;
  if (core.kind === 'words') {
    const first = tokens[i].lower;
    const next = tokens[core.end]?.lower;
    // "one of the", "one another", "no one": pronouns, not counts.
    const before = tokens[i - 1]?.lower;
    if (core.value === 1 && first === 'one' && (next === 'of' || next === 'another' || next === 'by' || next === 'day' ||
      before === 'no' || before === 'the' || before === 'this' || before === 'that' || before === 'by' || before === 'number')) return { drafts: [], next: core.end };
    // "number one", "No. 2": ranks, not counts.
    if (before === 'number') return { drafts: [], next: core.end };
    if (core.value === 0 && first === 'zero' && next === '-') return { drafts: [], next: core.end };
  }
  const fractional = core.kind === 'fraction' || !!core.slash;
  let value = core.value * sign;
  let low = core.low * sign;
  let high = core.high * sign;
  let j = core.end;
  let unit: UnitDef | null = null;
  let unitName = '';
  let qStart = signStart >= 0 ? signStart : core.start;
  const currency = core.kind === 'digits' || core.kind === 'words' ? currencyBeforeIndex(tokens, qStart) : null;
  if (currency && currency.start >= floor) {
    unit = currency.def;
    qStart = currency.start;
  }
  if (core.period) unit = { canonical: core.period, factor: 1, written: core.period, kind: 'time', attachedOnly: false };
  // "3m": million, unless the context says metres.
  if (core.mSuffix && !currency) {
    const before = tokens[core.start - 1]?.lower;
    // "37m (121ft)": a restatement in feet, inches or yards says metres.
    const restated = tokens[j]?.text === '(' && tokens[j + 1]?.kind === 'num' && /^(?:foot|inch|yard)$/.test(unitAfter(tokens, j + 2)?.def.canonical ?? '');
    if (METRE_CONTEXT.has(tokens[j]?.lower ?? '') || before === 'a' || before === 'an' || (isHyphen(tokens[j]) && !tokens[j].space) || restated) {
      value /= 1e6;
      low /= 1e6;
      high /= 1e6;
      unit = { canonical: 'metre', factor: 1, written: 'metre', kind: 'measure', attachedOnly: false };
    }
  }
  const unitFollowing = (at: number): { def: UnitDef; end: number } | null => {
    const direct = unitAfter(tokens, at);
    if (direct && !(direct.def.kind === 'time' && core.kind === 'fraction')) return direct;
    if (isHyphen(tokens[at]) && !tokens[at].space && !tokens[at + 1]?.space) return unitAfter(tokens, at + 1);
    // "one US fluid ounce", "5 imperial gallons": a measure of volume named by its system.
    if (/^(?:us|uk|imperial)$/.test(tokens[at]?.lower ?? '')) {
      const u = unitAfter(tokens, at + 1);
      if (u && /^(?:ounce|pint|quart|gallon)$/.test(u.def.canonical)) return u;
    }
    return null;
  };
  if (!unit || unit.kind === 'currency') {
    const u = unitFollowing(j);
    // "$1.25 sterling": a currency word after the sign names the currency.
    if (u && unit && u.def.kind === 'currency' && u.def.canonical !== 'dollar') unit = u.def;
    if (u && (!unit || u.def.kind === 'currency')) {
      // "a five-year plan", "a 10-day trip": a duration used as a modifier, not a figure.
      // "a five-year $700,000 award" likewise.
      if (!unit && u.def.kind === 'time' && isHyphen(tokens[j]) && !u.def.canonical.includes('age') && ((tokens[u.end]?.kind === 'word' &&
        !NOUN_STOP.has(tokens[u.end].lower)) ||
        currencyBeforeIndex(tokens, u.end + 1)?.start === u.end)) return { drafts: [], next: u.end };
      if (!unit) unit = u.def;
      j = u.end;
    }
  }
  // "sixfold", "a 6-fold rise": a multiple.
  if (!unit && (core.multiple || (isHyphen(tokens[j]) && !tokens[j].space && tokens[j + 1]?.lower === 'fold' && !tokens[j + 1].space))) {
    unit = { canonical: 'time', factor: 1, written: 'time', kind: 'measure', attachedOnly: false };
    if (!core.multiple) j += 2;
  }
  // "1/16 of a US pint": a slash fraction of a unit.
  if (core.slash && !unit && tokens[j]?.lower === 'of') {
    let k = j + 1;
    if (/^(?:a|an|the)$/.test(tokens[k]?.lower ?? '')) k++;
    while (k < j + 4 && /^(?:us|uk|imperial|metric|fluid)$/.test(tokens[k]?.lower ?? '') && !unitAfter(tokens, k)) k++;
    const u = unitAfter(tokens, k);
    if (u && u.def.kind !== 'currency') {
      unit = u.def;
      j = u.end;
    }
  }
  // A slash fraction is a figure only of a unit or of something ("1/2 pound", "2/3 of voters"), not "9/11".
  if (core.slash && !unit && tokens[j]?.lower !== 'of') return { drafts: [], next: j };
  // Korean: a counter after the number ("1천여 개"), the counted noun before it ("컨테이너").
  let nounBefore: { start: number; unit: string; measure: string } | null = null;
  if (lang.nounBefore && !unit) {
    const stripped = tokens[j] ? stripParticle(tokens[j].text, lang) : '';
    const counter = tokens[j] && lang.counters?.[stripped];
    let counterUnit = '';
    let nounAfter = false;
    if (counter !== undefined) {
      counterUnit = counter;
      // "7천 개의 컨테이너": a genitive counter puts the noun after it.
      nounAfter = tokens[j].text.endsWith('의');
      j++;
    }
    const after = nounAfter ? tokens[j] : undefined;
    if (after && after.kind === 'word') {
      const word = stripParticle(after.text, lang);
      nounBefore = { start: qStart, unit: lang.lexicon?.[word] ?? word, measure: word };
      j++;
    }
    let b = qStart - 1;
    while (b >= floor && b >= 0 && lang.hedgesBefore.some((hd) => hd.words.length === 1 && hd.words[0] === tokens[b].lower)) b--;
    const noun = tokens[b];
    // A noun before the number counts only without a topic or subject particle ("국방부는" is who speaks).
    if (nounBefore) {
      // already found after a genitive counter
    } else if (noun && b >= floor && noun.kind === 'word' && !/[은는이가]$/.test(noun.text)) {
      const word = stripParticle(noun.text, lang);
      nounBefore = { start: b, unit: lang.lexicon?.[word] ?? word, measure: word };
    } else if (counterUnit) nounBefore = { start: qStart, unit: counterUnit, measure: '' };
  }
  // Ages: "aged 18 to 34", "Maddon, 66, has ...".
  if (!unit && core.kind === 'digits' && Number.isInteger(value) && value > 0 && value < 130) {
    const p = tokens[qStart - 1];
    const agedBefore = p && (/^(?:aged|age|ages)$/.test(p.lower) || (p.lower === 'of' && tokens[qStart - 2]?.lower === 'age'));
    const appositive = p?.text === ',' && isCapitalised(tokens[qStart - 2]) && tokens[core.end]?.text === ',';
    // "who was 10", "he will be 35 by the end of the year": a person's age, with nothing counted after it.
    const after = tokens[core.end];
    const k = p && COPULAS.has(p.lower) ? (/^(?:will|would|to|'ll)$/.test(tokens[qStart - 2]?.lower ?? '') ? qStart - 3 : qStart - 2) : -1;
    const personIs = k >= 0 && PERSON_PRONOUNS.has(tokens[k]?.lower ?? '') && (!after || after.kind === 'punct' || /^(?:when|by|at|and|but|in|on|this|next|last)$/.test(after.lower));
    if (agedBefore || appositive || personIs) unit = { canonical: 'year of age', factor: 1, written: 'year of age', kind: 'time', attachedOnly: false };
  }
  // "under the age of 5 years": years of age.
  if (unit?.canonical === 'year' && tokens[qStart - 1]?.lower === 'of' && tokens[qStart - 2]?.lower === 'age') {
    unit = { canonical: 'year of age', factor: 1, written: 'year of age', kind: 'time', attachedOnly: false };
  }
  if (unit) unitName = unit.canonical;
  // "$58.24 per barrel", "percent a year", "$52 a barrel" ("km/h" is in the unit table).
  const perAt = (at: number): { name: string; end: number } | null => rateAt(tokens, at);
  if (unit) {
    const per = perAt(j);
    if (per) {
      unitName += ' per ' + per.name;
      j = per.end;
    }
  }
  // "one out of three Germans", "1 in 5 adults": a proportion.
  if (!unit && (core.kind === 'digits' || core.kind === 'words')) {
    const k = tokens[j]?.lower === 'out' && tokens[j + 1]?.lower === 'of' ? j + 2 : tokens[j]?.lower === 'in' ? j + 1 : -1;
    const whole = k > 0 ? numberAt(tokens, k, lang) : null;
    if (whole && (whole.kind === 'digits' || whole.kind === 'words') && whole.value > value && !isYearLike(whole, tokens) &&
      (tokens[whole.end]?.kind === 'word' || tokens[j]?.lower === 'out')) {
      const share = value / whole.value;
      const noun = nounAt(tokens, whole.end, text, whole.value, lang);
      return {
        drafts: [{
          startTok: qStart, endTok: noun ? noun.headEnd : whole.end, raw: share, rawLow: share, rawHigh: share, factor: 1,
          written: null, unit: 'fraction', measure: noun?.measure ?? null, qualifier: 'exact', hedge: null, direction: null,
          date: null, hasUnit: true, unitKind: 'measure',
        }],
        next: noun ? noun.headEnd : whole.end,
      };
    }
  }
  // Backward: hedge, range opener, direction.
  const hedge = outerBound(tokens, matchHedgeBefore(tokens, qStart, floor, lang), floor, lang);
  let s = hedge ? hedge.start : qStart;
  const opener = s - 1 >= floor && (tokens[s - 1]?.lower === 'between' || tokens[s - 1]?.lower === 'from') ? tokens[s - 1].lower : null;
  let direction: Direction = null;
  if (opener !== 'from') {
    let d = opener ? s - 2 : s - 1;
    // "climbed to 6.7%", "fell to 49.55 Hz": a change to a new level carries the direction.
    if (tokens[d]?.lower === 'to' && !hedge && lang.directionWords[tokens[d - 1]?.lower ?? ''] && d - 1 >= floor) d--;
    else if (tokens[d]?.lower === 'by') {
      d--;
      // "grow sales by 35 per cent": the verb may have a one-word object before "by".
      if (tokens[d] && !lang.directionWords[tokens[d].lower] && lang.directionWords[tokens[d - 1]?.lower ?? '']) d--;
    }
    const w = tokens[d];
    if (w && d >= floor - 1 && d >= 0 && lang.directionWords[w.lower] && !(tokens[d - 1]?.lower === 'the' || tokens[d - 1]?.lower === 'a')) {
      // "gave up 517 yards", "signed up 30 members": a phrasal verb, not a change.
      const particle = w.lower === 'up' || w.lower === 'down';
      const host = (isHyphen(tokens[d - 1]) && !tokens[d - 1].space ? tokens[d - 2]?.lower : tokens[d - 1]?.lower) ?? '';
      const phrasal = particle && ((PHRASAL_HOSTS.has(host) && !(w.lower === 'down' && CLOSING_DOWN.has(host))) || (w.lower === 'up' && UP_TO_HOSTS.has(host)));
      if (!phrasal) direction = lang.directionWords[w.lower];
    }
  }
  // Range: "252 to 287 miles", "4.2-5.8 million", "between 2 and 5", "$10 to $20".
  let qualifier: Qualifier = 'exact';
  let rangeEnd = -1;
  const sep = tokens[j];
  if (sep && (core.kind === 'digits' || core.kind === 'words')) {
    const hyphen = isHyphen(sep);
    const isTo = sep.lower === 'to' || sep.lower === 'through';
    const isAnd = sep.lower === 'and' && opener === 'between';
    const ownUnit = !!unit;
    if (hyphen || isTo || isAnd) {
      let k = j + 1;
      // "a 0-to-60-mph time": "to" glued between hyphens.
      // (Only with a unit after it: "a 2-to-1 margin" is a ratio.)
      const gluedTo = hyphen && !sep.space && tokens[k]?.lower === 'to' && !tokens[k].space && isHyphen(tokens[k + 1]) && !tokens[k + 1].space;
      if (gluedTo) k += 2;
      const cur2 = (() => {
        for (let n = k; n <= k + 3 && n < tokens.length; n++) {
          if (tokens[n].kind === 'num') return currencyBeforeIndex(tokens, n) ? n : -1;
        }
        return -1;
      })();
      if (cur2 > k) k = cur2;
      const core2 = tokens[k] && (tokens[k].kind === 'num' || tokens[k].kind === 'word') ? numberAt(tokens, k, lang) : null;
      if (core2 && (core2.kind === 'digits' || core2.kind === 'words') && (core.kind === core2.kind || core2.kind === 'digits')) {
        let e = core2.end;
        let unit2: UnitDef | null = null;
        if (cur2 > j + 1) unit2 = currencyBeforeIndex(tokens, k)!.def;
        const u2 = unit2 ? null : unitFollowing(e);
        if (u2) {
          unit2 = u2.def;
          e = u2.end;
        }
        let v1 = value;
        const v2 = core2.value;
        if (core.scale === 1 && core2.scale > 1 && v1 * core2.scale <= v2) v1 *= core2.scale;
        const compatible = !unit || !unit2 || unit.canonical === unit2.canonical;
        const yearish = (c: NumberCore): boolean => isYearLike(c, tokens) && c.value >= 1500;
        const years = yearish(core) && yearish(core2) && !unit && !unit2;
        if (years) return { drafts: [], next: e };
        // "rose by 300 to 7,000": a change and its new level; "dropped by 1 to 1.5 degrees": a range.
        const changeThenLevel = isTo && !!direction && !opener && (ownUnit || v2 > 3 * v1);
        // "in 2018 to 3.9 million headsets": a year, then a figure of another order.
        const yearThenFigure = isYearLike(core, tokens) && !unit && !isYearLike(core2, tokens) && (core2.scale > 1 || v2 > 10 * v1);
        if (compatible && v1 < v2 && (!gluedTo || unit2) && !changeThenLevel && !yearThenFigure && !(hyphen && core2.kind === 'words' && !sep.space && tokens[k].space)) {
          value = (v1 + v2) / 2;
          low = v1;
          high = v2;
          qualifier = 'range';
          rangeEnd = e;
          j = e;
          if (!unit && unit2) {
            unit = unit2;
            unitName = unit2.canonical;
          }
          const per = unit && !unitName.includes(' per ') ? perAt(j) : null;
          if (per) {
            unitName += ' per ' + per.name;
            j = rangeEnd = per.end;
          }
        } else if (hyphen && !sep.space && core2.kind === 'digits' && !unit && !unit2 && v2 <= v1) {
          return { drafts: [], next: e }; // a score, "2-2" or "3-1"
        }
      }
    }
  }
  let hedgeText: string | null = null;
  let factors: [number, number] = [1, 1];
  if (qualifier !== 'range') {
    if (core.kind === 'magnitude') qualifier = 'magnitude';
    if (hedge) {
      qualifier = hedge.entry.qualifier;
      factors = hedge.entry.bounds;
      const hedgeEndTok = hedge.start + hedge.entry.words.length - 1;
      hedgeText = text.slice(tokens[hedge.start].start, tokens[Math.min(hedgeEndTok, qStart - 1)].end);
    }
  } else if (hedge) {
    hedgeText = text.slice(tokens[hedge.start].start, tokens[hedge.start + hedge.entry.words.length - 1].end);
  }
  if (core.suffixHedge && qualifier === 'exact') {
    qualifier = core.suffixHedge.qualifier;
    factors = core.suffixHedge.bounds;
    hedgeText = core.suffixHedge.words.join(' ');
  }
  const after = matchHedgeAfter(tokens, j, lang);
  if (after && qualifier === 'exact') {
    qualifier = after.entry.qualifier;
    factors = after.entry.bounds;
    hedgeText = text.slice(tokens[j].start, tokens[after.end - 1].end);
    j = after.end;
  } else if (after) j = after.end;
  if (qualifier !== 'range' && qualifier !== 'magnitude') {
    low = Math.min(value * factors[0], value * factors[1]);
    high = Math.max(value * factors[0], value * factors[1]);
  } else if (qualifier === 'magnitude' && hedge) {
    // "more than hundreds of thousands": keep the magnitude's own bounds.
    qualifier = 'magnitude';
  }
  // "three consecutive years", "the 50 previous years": one adjective before a time unit.
  if (!unit && !nounBefore && (core.kind === 'digits' || core.kind === 'words')) {
    const adj = tokens[j];
    const u = adj?.kind === 'word' && adj.space && /^\p{Ll}+$/u.test(adj.text) && !NOUN_STOP.has(adj.lower) && !lang.directionWords[adj.lower]
      ? unitAfter(tokens, j + 1) : null;
    if (u && u.def.kind === 'time' && !u.def.canonical.includes('age') && !u.def.attachedOnly) {
      unit = u.def;
      unitName = u.def.canonical;
      j = u.end;
    }
  }
  // Counted noun.
  let measure: string | null = null;
  let end = j;
  let pluralNoun = false;
  if (nounBefore) {
    unitName = nounBefore.unit;
    measure = nounBefore.measure || null;
    pluralNoun = true;
  } else if (!unit) {
    let k = j;
    let hyphenated = false;
    if (isHyphen(tokens[k]) && !tokens[k].space && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].space) {
      k++;
      hyphenated = true;
    }
    if (tokens[k]?.lower === 'of' && (core.kind === 'magnitude' || fractional || core.scale > 1)) {
      k++;
      // "35m of its Echo devices", "thousands of the tests".
      if (!fractional && /^(?:its|the|their|his|her|our|these|those)$/.test(tokens[k]?.lower ?? '')) k++;
      // "hundreds of miles", "millions of dollars": a unit after "of".
      const u = !fractional ? unitAfter(tokens, k) : null;
      if (u && !u.def.attachedOnly) {
        unit = u.def;
        unitName = u.def.canonical;
        j = end = u.end;
      }
    }
    if (fractional && tokens[k]?.kind === 'word' && /^(?:the|its|their|his|her|our|those|these|all)$/.test(tokens[k].lower) && tokens[j]?.lower === 'of') k++;
    // "three of whom", "two of the victims": a part of a group counts its members.
    const part = !unit && !fractional && core.kind !== 'magnitude' && core.scale === 1 && k === j ? partitiveAt(tokens, j, text, lang) : null;
    const noun = unit ? null : part ?? nounAt(tokens, k, text, value, lang, 0, hyphenated);
    if (noun) {
      unitName = noun.unit;
      measure = noun.measure || null;
      end = noun.headEnd;
      pluralNoun = noun.plural;
      // "78,000 times a minute", "19 tests per day".
      const per = perAt(noun.headEnd);
      if (per) {
        unitName += ' per ' + per.name;
        end = per.end;
      }
    }
  }
  // A hedge after the counted noun: "300 containers or more".
  if (qualifier === 'exact' && measure) {
    const late = matchHedgeAfter(tokens, end, lang);
    if (late) {
      qualifier = late.entry.qualifier;
      hedgeText = text.slice(tokens[end].start, tokens[late.end - 1].end);
      low = Math.min(value * late.entry.bounds[0], value * late.entry.bounds[1]);
      high = Math.max(value * late.entry.bounds[0], value * late.entry.bounds[1]);
      end = late.end;
    }
  }
  if (fractional && !unit) {
    unitName = 'fraction';
    if (!measure && tokens[j]?.lower === 'of') {
      const e = Math.min(tokens.length, j + 4);
      let last = j + 1;
      for (let k = j + 1; k < e && tokens[k].kind === 'word' && (k === j + 1 || !NOUN_STOP.has(tokens[k].lower)); k++) last = k + 1;
      if (last > j + 1) measure = text.slice(tokens[j + 1].start, tokens[last - 1].end);
    }
  }
  // "eight million 250ml bottles": the size comes between the count and what is counted
  // (the size stays a figure of its own).
  if (!unit && !measure && !nounBefore && tokens[end]?.kind === 'num' && tokens[end].space) {
    const size = numberAt(tokens, end, lang);
    const sizeUnit = size && size.kind === 'digits' ? unitAfter(tokens, size.end) : null;
    if (sizeUnit && sizeUnit.def.kind === 'measure' && !tokens[size!.end].space) {
      const noun = nounAt(tokens, sizeUnit.end, text, value, lang);
      if (noun?.plural) {
        unitName = noun.unit;
        measure = text.slice(tokens[end].start, tokens[noun.headEnd - 1].end);
      }
    }
  }
  // "95,800 who have been unemployed", "the 12 who died": a bare count of people.
  let people = unitName === 'person' && !measure && !unit;
  if (!unit && !measure && !nounBefore && value > 1 && (core.kind === 'digits' || core.kind === 'words') && tokens[end]?.lower === 'who' && !isYearLike(core, tokens)) {
    unitName = 'person';
    people = true;
  }
  // "an average of 20 per week": a bare rate; what it counts may come from the figure before.
  let rate: string | undefined;
  if (!unit && !measure && !people && tokens[end]?.lower === 'per') {
    const r = perAt(end);
    if (r) {
      rate = r.name;
      end = r.end;
    }
  }
  // A bare four-digit year is not a quantity ("in 2016", "the 1988 film").
  if (isYearLike(core, tokens) && !unit && !hedge && qualifier === 'exact') {
    const before = tokens[core.start - 1];
    // ("an average of 1500", "a total of 2000": an amount, not a year.)
    const amountOf = before?.lower === 'of' && /^(?:average|total|sum|maximum|minimum|tally|median|mean)$/.test(tokens[core.start - 2]?.lower ?? '');
    if (!amountOf && (!measure || !pluralNoun || (before && YEAR_PREPOSITIONS.has(before.lower)) || isCapitalised(tokens[core.end]))) return { drafts: [], next: core.end };
  }
  // "by 2120", "until 2150": a far-future year after a year preposition.
  if (core.kind === 'digits' && core.scale === 1 && /^2[12]\d\d$/.test(tokens[core.start].text) && !unit && !measure && !hedge && qualifier === 'exact' &&
    /^(?:by|in|until|till|before|after|through)$/.test(tokens[core.start - 1]?.lower ?? '')) return { drafts: [], next: core.end };
  // "Campaign ID: 285217", "Ref: 41567": a labelled bare integer is a code, not a figure.
  if (!unit && !measure && !hedge && qualifier === 'exact' && core.kind === 'digits' && /^\d{4,}$/.test(tokens[core.start].text)) {
    const p1 = tokens[core.start - 1];
    const p2 = tokens[core.start - 2];
    if (p1 && (/^(?:id|no|code|ref|number|#)$/i.test(p1.text) || (p1.text === ':' && p2 && /^(?:id|no|code|ref|number|[A-Z]{2,})$/i.test(p2.text) && isCapitalised(p2)))) {
      return { drafts: [], next: core.end };
    }
  }
  // "49 Zorro Ranch Road", "the 90049 ZIP Code": a bare number before a name is an address or label.
  // "16-18 Industrial Avenue": a range of house numbers too.
  const afterFigure = qualifier === 'range' ? rangeEnd : core.end;
  if (!unit && !measure && !hedge && (qualifier === 'exact' || qualifier === 'range') && isCapitalised(tokens[afterFigure])) {
    // ("9 E 71st St": an ordinal's glued letters continue the address.)
    for (let k = afterFigure; k < afterFigure + 5 && k < tokens.length && (isCapitalised(tokens[k]) || tokens[k].kind === 'num' ||
      (tokens[k - 1]?.kind === 'num' && !tokens[k].space && /^(?:st|nd|rd|th)$/.test(tokens[k].lower))); k++) {
      if (STREET_WORDS.has(tokens[k].lower)) return { drafts: [], next: k + 1 };
    }
  }
  const startTok = nounBefore ? Math.min(nounBefore.start, s) : opener && qualifier === 'range' ? s - 1 : s;
  const endTok = Math.max(end, j, rangeEnd, core.end);
  // A signed percentage is a change: "FTSE -0.6%", "+1.2%".
  if (!direction && signStart >= 0 && unit?.kind === 'percent' && tokens[signStart].lower !== 'minus') direction = sign < 0 ? 'down' : 'up';
  const factor = unit?.factor ?? 1;
  return {
    drafts: [{
      startTok,
      endTok,
      raw: value,
      rawLow: low,
      rawHigh: high,
      factor,
      written: factor !== 1 && unit ? unit.written : null,
      unit: unitName,
      measure,
      qualifier,
      hedge: hedgeText,
      direction,
      date: null,
      hasUnit: !!unit,
      unitKind: unit?.kind ?? null,
      inParens: tokens[startTok - 1]?.text === '(',
      bareWords: core.kind === 'words' && core.scale === 1 && !unit && !measure && !people && !afterTally(tokens, s, lang),
      rate,
      beforeWord: !unit && !measure && !people && tokens[endTok]?.kind === 'word' && tokens[endTok].space &&
        // ("63,000 Model 3 sedans": a name it counts is no licence to borrow a neighbour's dollars either.)
        (/^\p{Ll}/u.test(tokens[endTok].text) || (isCapitalised(tokens[endTok]) && lang.months[tokens[endTok].lower] === undefined)) &&
        !NOUN_STOP.has(tokens[endTok].lower) && !lang.directionWords[tokens[endTok].lower] && !lang.speechVerbs.includes(tokens[endTok].lower),
    }],
    next: endTok,
  };
}

// Rounded to 9 decimals: float noise (0.1 × 3) would otherwise leak into the output.
// Tiny figures ("1.99×10−30 kilograms") keep nine significant digits instead.
const round = (n: number): number => (Number.isInteger(n) ? n : Math.abs(n) < 1e-3 ? Number(n.toPrecision(9)) : Math.round(n * 1e9) / 1e9);

/**
 * Lets a bare figure share the unit of its neighbour: "eight or nine euros", "7- or 8-inch",
 * "300 to 7,000 containers" (leftward), and "rose 64 points to 4,577" (rightward).
 */
function shareUnits(drafts: Draft[], tokens: Token[]): void {
  const joined = (a: Draft, b: Draft, words: RegExp): boolean => {
    const between = tokens.slice(a.endTok, b.startTok).map((t) => t.lower).filter((w) => !HYPHENS.has(w));
    return between.length === 1 && words.test(between[0]);
  };
  const copy = (to: Draft, from: Draft): void => {
    to.unit = from.unit;
    to.measure = from.measure;
    to.factor = from.factor;
    to.written = from.written;
    to.hasUnit = from.hasUnit;
    to.unitKind = from.unitKind;
    to.bareWords = false;
  };
  for (let n = drafts.length - 2; n >= 0; n--) {
    const a = drafts[n];
    const b = drafts[n + 1];
    if (a.date || b.date || a.unit || !b.unit) continue;
    if (joined(a, b, /^(?:or|and|to|nor|,)$/)) copy(a, b);
    // A market quote: "(16,369.03 up 58.06 points)": the level is in the change's unit.
    else if (b.direction && b.unitKind !== 'percent' && joined(a, b, /^(?:up|down)$/)) copy(a, b);
  }
  for (let n = 0; n + 1 < drafts.length; n++) {
    const a = drafts[n];
    const b = drafts[n + 1];
    if (a.date || b.date || !a.unit || b.unit || !a.hasUnit || a.unitKind === 'percent') continue;
    if (joined(a, b, /^(?:to)$/)) copy(b, a);
  }
  // "raised 280 million of the 1.5 billion shekels": a part of a whole in its unit.
  for (let n = drafts.length - 2; n >= 0; n--) {
    const a = drafts[n];
    const b = drafts[n + 1];
    if (a.date || b.date || a.unit || !b.unit || b.unitKind === 'percent') continue;
    const between = tokens.slice(a.endTok, b.startTok).map((t) => t.lower).join(' ');
    if (/^of (?:the|its|their|his|her|our|a|an)$/.test(between)) copy(a, b);
  }
  // "X was down 2.3%, Y by 2.6%": a gapped clause (a name, "by", a figure) shares the change.
  for (let n = 1; n < drafts.length; n++) {
    const b = drafts[n];
    if (b.direction || b.date || tokens[b.startTok - 1]?.lower !== 'by' || !isCapitalised(tokens[b.startTok - 2])) continue;
    let k = b.startTok - 3;
    while (k >= 0 && isCapitalised(tokens[k]) && k > b.startTok - 6) k--;
    if (tokens[k]?.text !== ',' && tokens[k]?.lower !== 'and') continue;
    let m = n - 1;
    while (m >= 0 && drafts[m].date) m--;
    if (m >= 0 && drafts[m].direction && drafts[m].unitKind === b.unitKind) b.direction = drafts[m].direction;
  }
  // "lost 190 points, or 0.6%": the restatement shares the change.
  for (let n = 0; n + 1 < drafts.length; n++) {
    const a = drafts[n];
    const b = drafts[n + 1];
    if (a.direction && !b.direction && !b.date) {
      const between = tokens.slice(a.endTok, b.startTok).map((t) => t.lower).join(' ');
      if (between === ', or' || between === 'or') b.direction = a.direction;
    }
  }
}

/**
 * Ellipsis: "435 homes by open sale and 187 by tender", "84.75 cents, while the lowest is 74.07".
 * A bare figure takes the unit of the nearest figure before it in the sentence, unless that is a
 * percentage (an index level after a percentage change is not a percentage).
 */
function inheritUnits(drafts: Draft[], tokens: Token[]): void {
  // A parenthetical restatement ("2,435,000 yen ($22,480) ... and 2,380,000") and a percentage
  // ("lost 162 points, or 2.1%, to 7,425") lend nothing: the figure before them does.
  const lends = (d: Draft): boolean => !(d.date || d.inParens || d.unitKind === 'percent' || d.beforeWord);
  // The nearest figure that may lend, kept as the loop goes: a walk back from every figure
  // would make a run-on sentence of parenthesised figures quadratic.
  let lender = drafts.length && lends(drafts[0]) ? 0 : -1;
  for (let n = 1; n < drafts.length; n++) {
    const b = drafts[n];
    inheritUnit(b, n, drafts, lender, tokens);
    if (lends(b)) lender = n;
  }
}

/** `b` (figure `n`) takes the unit of the figure before it that lends one (`lender`), if it has none. */
function inheritUnit(b: Draft, n: number, drafts: Draft[], lender: number, tokens: Token[]): void {
  if (b.date || b.unit || b.bareWords || b.beforeWord || b.qualifier === 'magnitude') return;
  // "rose by 2 percent but fell by 1": a change by a bare figure right after a percentage change.
  const parallel = !!b.direction && tokens[b.startTok - 1]?.lower === 'by' && Math.abs(b.raw) <= 100;
  const p = drafts[n - 1];
  const k = !(p.date || p.inParens || p.beforeWord) && (p.unitKind !== 'percent' || (parallel && p.direction)) ? n - 1 : lender;
  const a = drafts[k];
  // A share ("a third of those screened") lends no unit either.
  if (!a || !a.unit || a.unit === 'fraction') return;
  // A percentage lends itself only to a parallel change: "rose by 2 percent but fell by 1".
  if (a.unitKind === 'percent' && !(a.direction && parallel && n - k === 1)) return;
  b.unit = b.rate && !a.unit.includes(' per ') ? `${a.unit} per ${b.rate}` : a.unit;
  b.measure = a.measure;
  b.factor = a.factor;
  b.written = a.written;
  b.hasUnit = a.hasUnit;
  b.unitKind = a.unitKind;
}

/** A figure in parentheses after another restates it in other units: "about 290 km (180 miles)". */
/** "C$6 (US$4.46) per share": a rate after a parenthetical restatement applies to both figures. */
function shareRates(drafts: Draft[], tokens: Token[]): void {
  for (let n = 0; n + 1 < drafts.length; n++) {
    const a = drafts[n];
    const b = drafts[n + 1];
    if (a.date || b.date || !a.hasUnit || !b.hasUnit || a.unitKind !== 'currency' || b.unitKind !== 'currency') continue;
    if (b.startTok !== a.endTok + 1 || tokens[a.endTok]?.text !== '(' || tokens[b.endTok]?.text !== ')') continue;
    if (a.unit.includes(' per ') || b.unit.includes(' per ')) continue;
    const rate = rateAt(tokens, b.endTok + 1);
    if (!rate) continue;
    a.unit += ' per ' + rate.name;
    b.unit += ' per ' + rate.name;
  }
}

function shareHedges(drafts: Draft[], tokens: Token[]): void {
  // "just under 296 hp (224 kW / 300 PS)": every restatement in the parentheses shares the hedge.
  let source: Draft | null = null;
  for (let n = 0; n + 1 < drafts.length; n++) {
    const prev = drafts[n];
    const b = drafts[n + 1];
    let a = prev;
    if (source && b.startTok === prev.endTok + 1 && tokens[prev.endTok]?.text === '/') a = source;
    else source = null;
    if (a.date || b.date || !b.hasUnit || !a.hasUnit) continue;
    if (a === prev) {
      if (b.startTok !== a.endTok + 1 || tokens[a.endTok]?.text !== '(') continue;
      source = a;
    }
    if (b.qualifier === 'exact' && a.qualifier !== 'exact' && a.qualifier !== 'range' && a.qualifier !== 'magnitude') {
      b.qualifier = a.qualifier;
      b.hedge = a.hedge;
      b.rawLow = a.raw ? b.raw * (a.rawLow / a.raw) : b.rawLow;
      b.rawHigh = a.raw ? b.raw * (a.rawHigh / a.raw) : b.rawHigh;
    } else if (b.qualifier === 'range' && !b.hedge && a.hedge) b.hedge = a.hedge;
    if (!b.direction) b.direction = a.direction;
  }
}

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
const CANDIDATES = new Map<LanguageTable, RegExp>();
const STARTS = new Map<LanguageTable, Set<string>>();

/** "sixfold", "tenfold": number words with the language's multiple suffix. */
function multipleWords(lang: LanguageTable): string[] {
  const suffix = lang.multipleSuffix;
  if (!suffix) return [];
  return [...Object.keys(lang.smallNumbers), ...Object.keys(lang.scaleWords)].map((w) => w + suffix);
}

/** Lower-case words that may start a figure or a date in this language. */
function startWords(lang: LanguageTable): Set<string> {
  let set = STARTS.get(lang);
  if (!set) {
    set = new Set([
      ...Object.keys(lang.smallNumbers), ...Object.keys(lang.magnitudeWords), ...Object.keys(lang.scaleWords),
      ...lang.articleOne, ...Object.keys(lang.months), ...multipleWords(lang), ...(lang.periodOpeners ?? []), ...Object.keys(lang.rangeOpeners ?? {}), 'half', 'several', 'between', 'from',
    ]);
    STARTS.set(lang, set);
  }
  return set;
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
  const lang = tableFor(options.language);
  const published = reportDate(options.published);
  let candidates = CANDIDATES.get(lang);
  if (!candidates) {
    candidates = candidatePattern(lang);
    CANDIDATES.set(lang, candidates);
  }
  const spans = splitSentences(text);
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
  candidates.lastIndex = 0;
  let spanIndex = 0;
  for (let m = candidates.exec(text); m && spanIndex < spans.length; m = candidates.exec(text)) {
    if (!m[0]) candidates.lastIndex++; // (never empty; a loop must not hang if it ever were)
    while (spanIndex < spans.length && spans[spanIndex].end <= m.index) spanIndex++;
    if (spanIndex >= spans.length) break;
    const span = spans[spanIndex];
    if (m.index < span.start) continue;
    readSentence(text, spans, spanIndex, span, lang, published, claims, creditsFor);
    if (claims.length >= MAX_CLAIMS_PER_TEXT) break;
    candidates.lastIndex = span.end;
    spanIndex++;
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return claims.length > MAX_CLAIMS_PER_TEXT ? claims.slice(0, MAX_CLAIMS_PER_TEXT) : claims;
}

function readSentence(
  text: string,
  spans: SentenceSpan[],
  spanIndex: number,
  span: SentenceSpan,
  lang: LanguageTable,
  published: IsoDate | null,
  out: Claim[],
  creditsFor: (index: number, tokens?: Token[]) => Credit[],
): void {
  const sentence = text.slice(span.start, span.end);
  const tokens = tokenize(sentence, span.start);
  const drafts: Draft[] = [];
  let floor = 0;
  let i = 0;
  const starts = startWords(lang);
  while (i < tokens.length) {
    const t = tokens[i];
    // Most tokens start nothing: only digits, number words, months and range openers are tried.
    if (t.kind !== 'num' && !starts.has(t.lower)) {
      i++;
      continue;
    }
    const date = t.kind === 'num' || lang.months[t.lower] !== undefined || lang.rangeOpeners?.[t.lower]
      ? dateAt(tokens, i, lang, published) : null;
    if (date) {
      drafts.push({
        startTok: date.start, endTok: date.end, raw: 0, rawLow: 0, rawHigh: 0, factor: 1, written: null,
        unit: 'date', measure: null, qualifier: date.range ? 'range' : 'exact', hedge: null, direction: null,
        date: { low: date.low, high: date.high }, hasUnit: true,
      });
      i = floor = date.end;
      continue;
    }
    if (t.kind === 'num' || t.kind === 'word') {
      const reading = figureAt(tokens, i, floor, 0, text, lang);
      if (reading) {
        drafts.push(...reading.drafts);
        i = floor = Math.max(reading.next, i + 1);
        continue;
      }
    }
    i++;
  }
  dropCutFragments(drafts, tokens, text, span);
  if (!drafts.length) return;
  shareUnits(drafts, tokens);
  shareHedges(drafts, tokens);
  shareRates(drafts, tokens);
  inheritUnits(drafts, tokens);
  for (let n = drafts.length - 1; n >= 0; n--) if (drafts[n].bareWords) drafts.splice(n, 1);
  if (!drafts.length) return;
  // Once per sentence, not per figure: a run-on sentence of "he said" figures would tokenize it again for each.
  const openings = new Map<number, string | null>();
  const openingFor = (k: number): string | null => {
    if (openings.has(k)) return openings.get(k)!;
    const sp = spans[k];
    const sentenceK = text.slice(sp.start, sp.end);
    const name = openingName(sentenceK, sp.start, k === spanIndex ? tokens : tokenize(sentenceK, sp.start));
    openings.set(k, name);
    return name;
  };
  const credits = creditsFor(spanIndex, tokens);
  const strong = credits.filter((c) => !c.weak);
  for (const d of drafts) {
    const start = tokens[d.startTok].start;
    const end = tokens[d.endTok - 1].end;
    const carried = sentenceAround(text, span, start, end);
    const claim: Claim = d.date
      ? {
        quote: text.slice(start, end), start, end, value: d.date.low, low: d.date.low, high: d.date.high,
        qualifier: d.qualifier, hedge: null, direction: null, unit: 'date', measure: null, attribution: null, sentence: carried,
      }
      : {
        quote: text.slice(start, end), start, end, value: round(d.raw * d.factor), low: round(d.rawLow * d.factor),
        high: round(d.rawHigh * d.factor), qualifier: d.qualifier, hedge: d.hedge, direction: d.direction,
        unit: d.unit, measure: d.measure, attribution: null, sentence: carried,
      };
    // "1×10^999 atoms": a figure no double holds is no claim (JSON would write it as null).
    if (!d.date && ![claim.value, claim.low, claim.high].every((n) => Number.isFinite(n))) continue;
    if (d.written && !d.date) claim.asWritten = { value: round(d.raw), low: round(d.rawLow), high: round(d.rawHigh), unit: d.written };
    claim.attribution = attributionFor(start, credits, strong, spanIndex, creditsFor, openingFor);
    out.push(claim);
  }
}

/**
 * A piece of an over-long run that had no white space to cut at (see MAX_SENTENCE_CHARS) may
 * start or end inside a number: a figure touching such a cut is a fragment ("000,000"), not a figure.
 */
function dropCutFragments(drafts: Draft[], tokens: Token[], text: string, span: SentenceSpan): void {
  const cutBefore = span.start > 0 && !/\s/.test(text[span.start - 1]);
  const cutAfter = span.end < text.length && !/\s/.test(text[span.end]);
  if (!cutBefore && !cutAfter) return;
  for (let n = drafts.length - 1; n >= 0; n--) {
    if ((cutBefore && tokens[drafts[n].startTok].start === span.start) || (cutAfter && tokens[drafts[n].endTok - 1].end === span.end)) drafts.splice(n, 1);
  }
}

// Credits are in sentence order: only the nearest one on each side of the figure can win.
function nearestCredit(list: Credit[], at: number): Credit | null {
  if (!list.length) return null;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at <= at) lo = mid + 1;
    else hi = mid;
  }
  const before = list[lo - 1];
  const after = list[lo];
  if (!before) return after ?? null;
  if (!after) return before;
  // Prefer the credit before the figure; one after it counts a little further away.
  return at - before.at <= (after.at - at) * 1.5 ? before : after;
}

function attributionFor(
  at: number,
  credits: Credit[],
  strong: Credit[],
  spanIndex: number,
  creditsFor: (index: number) => Credit[],
  openingFor: (index: number) => string | null,
): string | null {
  const credit = nearestCredit(strong, at) ?? nearestCredit(credits, at);
  if (!credit) return null;
  if (!credit.pronoun) return credit.name;
  // "he said": the person the sentence opens with, else the most recent named source in the
  // sentences before (same or previous paragraphs).
  const wantPerson = credit.name === 'he' || credit.name === 'she';
  if (wantPerson) {
    const opening = openingFor(spanIndex);
    if (opening) return opening;
  }
  for (let k = spanIndex - 1; k >= 0 && k >= spanIndex - 6; k--) {
    const earlier = creditsFor(k).filter((c) => !c.pronoun && (!wantPerson || isPersonLike(c.name)));
    if (earlier.length) return earlier[earlier.length - 1].name;
    const opening = wantPerson ? openingFor(k) : null;
    if (opening) return opening;
  }
  return null;
}
