/**
 * What surrounds a figure in its clause: the event it counts ("were killed", "shot down"), the
 * words near it ("from the Ukrainian border": what a distance is measured to), whether the
 * report calls it a revision ("raising an earlier toll of 23"), and qualifying numbers after it
 * ("of 152 mm shells"). The words are the per-language tables of utils/claims/lang/events.ts.
 */
import type { Claim } from '../claims/types';
import { CLAUSE_BREAKS, EVENT_WORDS, NOT_A_NOUN_AFTER, PRIOR_WORDS, QUALIFYING_UNITS, REVISION_WORDS } from '../claims/lang/events';
import { contentTokens, type Vocabulary } from './text';

export interface FigureContext {
  /** The event the figure counts, or null when its clause names none. */
  event: string | null;
  /** Content tokens of the words near the figure in its clause (entities as "@id"). */
  near: string[];
  /** The report calls this figure a revision of an earlier one. */
  revised: boolean;
  /** The figure is the earlier one a revision names ("up from 23"). */
  prior: boolean;
  /** Numbers with a qualifying unit right after the figure ("152" of "152 mm shells"). */
  qualifiers: string[];
  /** The figure itself qualifies a noun ("152 mm shells": a calibre, not a figure of the story). */
  qualifiesNoun: boolean;
}

const LANGS = ['en', 'ru', 'ko'] as const;
/** Canonical units a figure qualifying a noun is written in (a calibre). */
const CALIBRE_UNITS = new Set(['millimetre']);
const BEFORE = 5;
const AFTER = 6;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()!?"“”—–]/gu;
const PUNCT = /^[,;:()!?"“”—–]$/;

const breaks = new Set(LANGS.flatMap((l) => CLAUSE_BREAKS[l]));
const NOT_A_NOUN = new Set(LANGS.flatMap((l) => NOT_A_NOUN_AFTER[l]));
const qualifyingUnits = new Set(LANGS.flatMap((l) => QUALIFYING_UNITS[l]));
/** [event, phrase as words, match as a word start (Korean)] */
const eventPhrases: [string, string[], boolean][] = LANGS.flatMap((l) => Object.entries(EVENT_WORDS[l]).flatMap(([event, words]) => words.map((w) => [event, w.split(' '), l === 'ko'] as [string, string[], boolean])));
const revisionPhrases = LANGS.flatMap((l) => REVISION_WORDS[l].map((w) => [w.split(' '), l === 'ko'] as [string[], boolean]));
const priorPhrases = LANGS.flatMap((l) => PRIOR_WORDS[l].map((w) => w.split(' ')));

/** Words and punctuation of a text, as written (a trailing full stop dropped). */
const tokensOf = (text: string) => (text.match(TOKEN) ?? []).map((t) => t.replace(/[.]+$/, ''));
const lower = (words: string[]) => words.map((w) => w.toLowerCase());

/** Words of a clause side, nearest the figure first, up to `limit`, stopping at punctuation or a clause break. */
function clauseSide(tokens: string[], limit: number): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (PUNCT.test(t) || breaks.has(t.toLowerCase()) || out.length >= limit) break;
    out.push(t);
  }
  return out;
}

/** Does `phrase` occur in `words` (in order, consecutive)? Word starts match for Korean. */
function occursIn(words: string[], phrase: string[], prefix: boolean): number {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((p, k) => (prefix ? words[i + k].startsWith(p) : words[i + k] === p))) return i;
  }
  return -1;
}

/** The event named in `words` (lower case, in reading order) and how many words from `from` it starts (first ones nearest; with `last`, the last ones). */
function eventIn(words: string[], last = false): [string, number] | null {
  let best: [string, number] | null = null;
  for (const [event, phrase, prefix] of eventPhrases) {
    const at = occursIn(words, phrase, prefix);
    if (at < 0) continue;
    const distance = last ? words.length - at - phrase.length : at;
    if (!best || distance < best[1]) best = [event, distance];
  }
  return best;
}

/** The event nearest the figure: in its own words, else the nearer side of its clause ("shot down 19 of the drones launched"). */
function nearestEvent(quote: string[], after: string[], before: string[]): string | null {
  const own = eventIn(quote);
  if (own) return own[0];
  const a = eventIn(after);
  const b = eventIn(before, true);
  if (a && b) return b[1] < a[1] ? b[0] : a[0];
  return (a ?? b)?.[0] ?? null;
}

export function figureContext(c: Claim, vocab: Vocabulary, unitWords?: string): FigureContext {
  const sentence = c.sentence ?? '';
  let at = sentence.indexOf(c.quote);
  if (at < 0) at = 0;
  const after = clauseSide(tokensOf(sentence.slice(at + c.quote.length)), AFTER);
  // Reading order, the words nearest the figure last.
  const before = clauseSide(tokensOf(sentence.slice(0, at)).reverse(), BEFORE).reverse();
  const [quoteLow, afterLow, beforeLow] = [lower(tokensOf(c.quote)), lower(after), lower(before)];
  const event = nearestEvent(quoteLow, afterLow, beforeLow);
  const prior = priorPhrases.some((p) => p.length <= beforeLow.length && occursIn(beforeLow.slice(-p.length), p, false) === 0);
  const revised = !prior && revisionPhrases.some(([p, prefix]) => occursIn(lower(tokensOf(sentence)), p, prefix) >= 0);
  const qualifiers: string[] = [];
  for (let i = 0; i + 1 < afterLow.length; i++) if (/^\d+$/.test(afterLow[i]) && qualifyingUnits.has(afterLow[i + 1])) qualifiers.push(afterLow[i]);
  for (const t of afterLow) {
    const glued = t.match(/^(\d+)-?mm$/);
    if (glued) qualifiers.push(glued[1]);
  }
  // "152 mm shells", "152 mm and 122 mm ammunition": a calibre names a kind of thing, it counts nothing.
  const rawAfter = lower(tokensOf(sentence.slice(at + c.quote.length)));
  const qualifiesNoun = CALIBRE_UNITS.has(c.unit) && rawAfter.length > 0 && !PUNCT.test(rawAfter[0]) && (rawAfter[0] === 'and' ? /^\d/.test(rawAfter[1] ?? '') : !NOT_A_NOUN.has(rawAfter[0]));
  const near = [...contentTokens(`${before.join(' ')} ${after.join(' ')}`, vocab, unitWords)];
  return { event, near, revised, prior, qualifiers, qualifiesNoun };
}
