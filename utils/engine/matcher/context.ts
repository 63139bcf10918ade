/**
 * What surrounds a figure in its clause: the event it counts ("were killed", "shot down"), the
 * words near it ("from the Ukrainian border": what a distance is measured to), whether the
 * report calls it a revision ("raising an earlier toll of 23"), and qualifying numbers after it
 * ("of 152 mm shells"). The words are the per-language tables of utils/engine/claims/lang/events.ts.
 */
import type { Claim } from '../claims/types';
import { CLAUSE_BREAKS, EVENT_LANGS, EVENT_WORDS, NOT_A_NOUN_AFTER, PARTITIVE_AFTER, PRIOR_WORDS, QUALIFYING_UNITS, LEVEL_WORDS, RECORD_WORDS, REVISION_WORDS, SINCE_WORDS } from '../claims/lang/events';
import { plainWords, stem } from './text';

export interface FigureContext {
  /** The event the figure counts, or null when its clause names none. */
  event: string | null;
  /** Word stems near the figure in its clause (spellings as written: cheap enough for every claim). */
  near: string[];
  /** The report calls this figure a revision of an earlier one. */
  revised: boolean;
  /** The figure is the earlier one a revision names ("up from 23"). */
  prior: boolean;
  /** Numbers with a qualifying unit right after the figure ("152" of "152 mm shells"). */
  qualifiers: string[];
  /** The figure itself qualifies a noun ("152 mm shells": a calibre, not a figure of the story). */
  qualifiesNoun: boolean;
  /** Its clause calls something a record before it ("the deadliest wildfire in more than a century"). */
  record: boolean;
  /** It is the level a count moved to ("rose to 99"), not the size of the move ("rose by 300"). */
  level: boolean;
}

const LANGS = EVENT_LANGS;
/** Canonical units a figure qualifying a noun is written in (a calibre). */
const CALIBRE_UNITS = new Set(['millimetre']);
const BEFORE = 5;
/** Words before a figure read for its event and for a record word ("the deadliest wildfire in the United States in over a century"). */
const RECORD_REACH = 12;
const AFTER = 6;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()!?"“”—–]/gu;
const PUNCT = /^[,;:()!?—–]$/;
/** Quotation marks: a quote inside a clause does not end it ("the number of people "reported missing" is 1,000"). */
const QUOTE = /^["“”]$/;

const breaks = new Set(LANGS.flatMap((l) => CLAUSE_BREAKS[l]));
const NOT_A_NOUN = new Set(LANGS.flatMap((l) => NOT_A_NOUN_AFTER[l]));
const qualifyingUnits = new Set(LANGS.flatMap((l) => QUALIFYING_UNITS[l]));
const recordWords = new Set(LANGS.flatMap((l) => RECORD_WORDS[l]));
const levelWords = new Set(LANGS.flatMap((l) => LEVEL_WORDS[l]));
interface Phrase {
  words: string[];
  /** Match as word starts (Korean endings are glued to the noun). */
  prefix: boolean;
  event: string;
}

/** Phrases by their first word, so a text is scanned once, not once per phrase; Korean ones apart (matched as word starts). */
function phraseIndex(phrases: Phrase[]): { byFirst: Map<string, Phrase[]>; prefixed: Phrase[] } {
  const byFirst = new Map<string, Phrase[]>();
  const prefixed: Phrase[] = [];
  for (const p of phrases) {
    if (p.prefix) prefixed.push(p);
    else {
      const list = byFirst.get(p.words[0]);
      if (list) list.push(p);
      else byFirst.set(p.words[0], [p]);
    }
  }
  return { byFirst, prefixed };
}

const EVENTS = phraseIndex(LANGS.flatMap((l) => Object.entries(EVENT_WORDS[l]).flatMap(([event, words]) => words.map((w) => ({ words: w.split(' '), prefix: l === 'ko', event })))));
const priorPhrases = LANGS.flatMap((l) => PRIOR_WORDS[l].map((w) => w.split(' ')));
const partitivePhrases = LANGS.flatMap((l) => PARTITIVE_AFTER[l].map((w) => w.split(' ')));
const HANGUL = /[\uac00-\ud7a3]/;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Any revision phrase, as one pattern over a lower-cased sentence (Korean ones as word starts). */
const REVISION = new RegExp(
  LANGS.flatMap((l) => REVISION_WORDS[l].map((w) => (l === 'ko' ? `(?<![\\p{L}\\p{N}])${escape(w)}` : `(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`))).join('|'),
  'u',
);

function phraseAt(words: readonly string[], i: number, p: Phrase): boolean {
  if (i + p.words.length > words.length) return false;
  for (let k = 0; k < p.words.length; k++) if (p.prefix ? !words[i + k].startsWith(p.words[k]) : words[i + k] !== p.words[k]) return false;
  return true;
}

/** Every phrase of an index found in `words` (lower case), as [position, phrase]. */
function findPhrases(words: readonly string[], index: ReturnType<typeof phraseIndex>): [number, Phrase][] {
  const out: [number, Phrase][] = [];
  for (let i = 0; i < words.length; i++) {
    const list = index.byFirst.get(words[i]);
    if (list) for (const p of list) if (phraseAt(words, i, p)) out.push([i, p]);
    if (index.prefixed.length && HANGUL.test(words[i])) for (const p of index.prefixed) if (phraseAt(words, i, p)) out.push([i, p]);
  }
  return out;
}

interface Token {
  text: string;
  lower: string;
}

/** Words and punctuation of a text, as written (a trailing full stop dropped). */
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.match(TOKEN) ?? []) {
    const t = m.endsWith('.') ? m.replace(/[.]+$/, '') : m;
    out.push({ text: t, lower: t.toLowerCase() });
  }
  return out;
}

/** Whether a sentence calls a figure revised; the last sentence is kept, as a sentence's claims come together. */
let lastSentence: { text: string; revision: boolean } | null = null;
function callsRevised(text: string): boolean {
  if (lastSentence?.text !== text) lastSentence = { text, revision: REVISION.test(text.toLowerCase()) };
  return lastSentence.revision;
}

/** Characters either side of a figure read for its clause: enough for the words the windows take. */
const SPAN = 160;

/** Words of a clause side, nearest the figure first, up to `limit`, stopping at punctuation or a clause break. */
function clauseSide(tokens: readonly Token[], limit: number): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (QUOTE.test(t.text)) continue;
    if (PUNCT.test(t.text) || breaks.has(t.lower) || out.length >= limit) break;
    out.push(t);
  }
  return out;
}

/** The event named in `words` (lower case, reading order) and its distance from the start (from the end with `last`). */
function eventIn(words: readonly string[], last = false): [string, number] | null {
  let best: [string, number] | null = null;
  for (const [at, p] of findPhrases(words, EVENTS)) {
    const distance = last ? words.length - at - p.words.length : at;
    if (!best || distance < best[1]) best = [p.event, distance];
  }
  return best;
}

/** The event nearest the figure: in its own words, else the nearer side of its clause ("shot down 19 of the drones launched"). */
function nearestEvent(quote: readonly string[], after: readonly string[], before: readonly string[]): string | null {
  const own = eventIn(quote);
  if (own) return own[0];
  const a = eventIn(after);
  const b = eventIn(before, true);
  if (a && b) return b[1] < a[1] ? b[0] : a[0];
  return (a ?? b)?.[0] ?? null;
}

/** The words after a figure without the partitive that may open them ("of which"), which is no clause break. */
function withoutPartitive(after: readonly Token[]): readonly Token[] {
  const phrase = partitivePhrases.find((p) => p.every((w, k) => after[k]?.lower === w));
  return phrase ? after.slice(phrase.length) : after;
}

/** Do the last words of `words` spell `phrase`? */
const endsWith = (words: readonly string[], phrase: readonly string[]) => phrase.length <= words.length && phrase.every((w, k) => words[words.length - phrase.length + k] === w);

/**
 * The context of a figure: its event, the words around it, revision words, calibres.
 */
export function figureContext(c: Claim, unitWords?: string): FigureContext & { clause: string } {
  const sentence = c.sentence ?? '';
  let at = sentence.indexOf(c.quote);
  if (at < 0) at = 0;
  const end = at + c.quote.length;
  const revision = callsRevised(sentence);
  // A word cut at the window's edge is dropped (it may be half a word).
  const beforeText = sentence.slice(Math.max(0, at - SPAN), at);
  const afterAll = tokensOf(sentence.slice(end, end + SPAN));
  const after = clauseSide(withoutPartitive(afterAll), AFTER);
  const beforeTokens = tokensOf(beforeText);
  if (at > SPAN && beforeTokens.length) beforeTokens.shift();
  // Reading order, the words nearest the figure last.
  const beforeClause = clauseSide(beforeTokens.reverse(), RECORD_REACH);
  const before = beforeClause.slice(0, BEFORE).reverse();
  const quoteLow = tokensOf(c.quote).map((t) => t.lower);
  const [afterLow, beforeLow] = [after.map((t) => t.lower), before.map((t) => t.lower)];
  // The subject of a clause may stand far before its figure ("the death toll from the fire stands at 115").
  const event = nearestEvent(quoteLow, afterLow, beforeClause.map((t) => t.lower).reverse());
  const prior = priorPhrases.some((p) => endsWith(beforeLow, p));
  const revised = !prior && revision;
  const qualifiers: string[] = [];
  for (let i = 0; i + 1 < afterLow.length; i++) if (/^\d+$/.test(afterLow[i]) && qualifyingUnits.has(afterLow[i + 1])) qualifiers.push(afterLow[i]);
  for (const t of afterLow) {
    const glued = t.match(/^(\d+)-?mm$/);
    if (glued) qualifiers.push(glued[1]);
  }
  // "152 mm shells", "152 mm and 122 mm ammunition": a calibre names a kind of thing, it counts nothing.
  const next = afterAll[0]?.lower;
  const qualifiesNoun = CALIBRE_UNITS.has(c.unit) && next !== undefined && !PUNCT.test(next) && (next === 'and' ? /^\d/.test(afterAll[1]?.lower ?? '') : !NOT_A_NOUN.has(next));
  const unit = new Set((unitWords ?? '').split(/\s+/).map(stem));
  const near = [...plainWords(`${before.map((t) => t.text).join(' ')} ${after.map((t) => t.text).join(' ')}`)].filter((w) => !unit.has(w));
  const record = beforeClause.some((t) => recordWords.has(t.lower));
  // The word before the number, in the quote ("rose to 99") or before it.
  const firstDigit = quoteLow.findIndex((w) => /\d/.test(w));
  const lead = [...beforeLow, ...quoteLow.slice(0, Math.max(0, firstDigit))];
  const level = lead.length > 0 && levelWords.has(lead[lead.length - 1]);
  // The figure's own clause, for the places it names (not those of the sentence's other clauses).
  const clause = `${beforeClause.map((t) => t.text).reverse().join(' ')} ${c.quote} ${after.map((t) => t.text).join(' ')}`;
  return { event, near, revised, prior, qualifiers, qualifiesNoun, record, level, clause };
}

const sinceWords = new Set(LANGS.flatMap((l) => SINCE_WORDS[l]));
const YEAR = /(?<![\p{L}\p{N}])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}])/gu;

/**
 * The past year a figure's sentence is about, or null: the earliest year named two or more
 * years before the report ("the tsunami that killed 61 people in 1960", in a 2023 report). A
 * year after "since" starts a span up to now, and is not one.
 */
export function pastYearOf(sentence: string, published: string | null): number | null {
  const now = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isFinite(now)) return null;
  let earliest: number | null = null;
  for (const m of sentence.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year > now - 2 || (earliest !== null && year >= earliest)) continue;
    const before = sentence.slice(Math.max(0, m.index - 12), m.index).toLowerCase().split(/\s+/).filter(Boolean).pop();
    if (before && sinceWords.has(before)) continue;
    earliest = year;
  }
  return earliest;
}
