/**
 * Hedges: "more than 300", "up to approximately 3 million", "1,000-plus", "300 or more",
 * "1천여". The words are the language's (lang/); what is here is where they may stand.
 */
import { isHyphen } from '../draft';
import type { HedgeEntry, LanguageTable } from '../lang/types';
import type { Token } from '../tokens';
import type { Figure } from './state';

export interface HedgeBefore {
  entry: HedgeEntry;
  start: number;
}

export function matchHedgeBefore(tokens: Token[], s: number, floor: number, lang: LanguageTable): HedgeBefore | null {
  return matchHedgeRightBefore(tokens, s, floor, lang) ?? matchHedgeAcross(tokens, s, floor, lang);
}

/** A hedge with a bridge between it and its number ("an estimated total of 2,719", "more than a combined 5,000"). */
function matchHedgeAcross(tokens: Token[], s: number, floor: number, lang: LanguageTable): HedgeBefore | null {
  for (const bridge of lang.figure.hedgeBridges) {
    const from = s - bridge.length;
    if (from < floor || !bridge.every((w, k) => tokens[from + k].lower === w)) continue;
    const hedge = matchHedgeRightBefore(tokens, from, floor, lang);
    if (hedge) return hedge;
  }
  return null;
}

function matchHedgeRightBefore(tokens: Token[], s: number, floor: number, lang: LanguageTable): HedgeBefore | null {
  const { prefixHedge, upToHedge, upToHosts } = lang.figure;
  // "sub-7 nanometre", "~25".
  if (isHyphen(tokens[s - 1]) && !tokens[s].space && tokens[s - 2]?.lower === prefixHedge && s - 2 >= floor) {
    const entry = lang.hedgesBefore.find((h) => h.words.length === 1 && h.words[0] === prefixHedge);
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
    if (ok && entry.words[0] === prefixHedge) ok = false; // only as a prefix, handled above
    if (ok && entry.words[0] === upToHedge[0] && entry.words[1] === upToHedge[1]) {
      const host = tokens[from - 1];
      if (host && (upToHosts.has(host.lower) || (isHyphen(host) && upToHosts.has(tokens[from - 2]?.lower ?? '')))) ok = false;
    }
    if (ok) return { entry, start: from };
  }
  return null;
}

/** "put the death toll at six", "the tally rose to seven": a count named by the noun before it. */
export function afterTally(tokens: Token[], s: number, lang: LanguageTable): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 4; k--) {
    if (tokens[k].kind !== 'word') return false;
    if (lang.tallyNouns?.includes(tokens[k].lower)) return true;
  }
  return false;
}

/** "up to approximately 3 million": a bound around an approximation is the hedge that counts. */
function outerBound(tokens: Token[], inner: HedgeBefore | null, floor: number, lang: LanguageTable): HedgeBefore | null {
  if (!inner || inner.entry.qualifier !== 'about') return inner;
  const outer = matchHedgeBefore(tokens, inner.start, floor, lang);
  if (!outer || outer.entry.qualifier === 'about') return inner;
  return { entry: { ...outer.entry, words: [...outer.entry.words, ...inner.entry.words] }, start: outer.start };
}

/** A word without its grammatical ending ("컨테이너를" → "컨테이너"), for languages that list them. */
export function stripParticle(word: string, lang: LanguageTable): string {
  for (const particle of lang.particles ?? []) if (word.length > particle.length && word.endsWith(particle)) return word.slice(0, -particle.length);
  return word;
}

export function matchHedgeAfter(tokens: Token[], j: number, lang: LanguageTable): { entry: HedgeEntry; end: number } | null {
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
    const gluedOnly = lang.figure.gluedOnlyHedges.has(single);
    if (gluedOnly && len === 1 && !hyphened) continue;
    if (single === '+' && (hyphened || tokens[k].space)) continue;
    if (hyphened && !gluedOnly) continue;
    return { entry, end: k + len };
  }
  return null;
}

/** The hedge before the quote, and "between" or "from" before that, opening a range. */
export const readHedgeBefore = (f: Figure): null => {
  const { tokens, floor, lang } = f;
  f.hedge = outerBound(tokens, matchHedgeBefore(tokens, f.qStart, floor, lang), floor, lang);
  f.hedgeStart = f.hedge ? f.hedge.start : f.qStart;
  const s = f.hedgeStart;
  f.opener = s - 1 >= floor && (tokens[s - 1]?.lower === lang.figure.between || tokens[s - 1]?.lower === lang.figure.from) ? tokens[s - 1].lower : null;
  return null;
};

/**
 * The qualifier and bounds: a range keeps its own; else the hedge before, or one glued to the
 * number ("1천여"), or one after it ("or more", "-plus"); an order of magnitude keeps its bounds.
 */
export const applyHedges = (f: Figure): null => {
  const { tokens, text, core, hedge, lang } = f;
  if (f.qualifier !== 'range') {
    if (core.kind === 'magnitude') f.qualifier = 'magnitude';
    if (hedge) {
      f.qualifier = hedge.entry.qualifier;
      f.factors = hedge.entry.bounds;
      const hedgeEndTok = hedge.start + hedge.entry.words.length - 1;
      f.hedgeText = text.slice(tokens[hedge.start].start, tokens[Math.min(hedgeEndTok, f.qStart - 1)].end);
    }
  } else if (hedge) {
    f.hedgeText = text.slice(tokens[hedge.start].start, tokens[hedge.start + hedge.entry.words.length - 1].end);
  }
  if (core.suffixHedge && f.qualifier === 'exact') {
    f.qualifier = core.suffixHedge.qualifier;
    f.factors = core.suffixHedge.bounds;
    f.hedgeText = core.suffixHedge.words.join(' ');
  }
  const after = matchHedgeAfter(tokens, f.j, lang);
  if (after && f.qualifier === 'exact') {
    f.qualifier = after.entry.qualifier;
    f.factors = after.entry.bounds;
    f.hedgeText = text.slice(tokens[f.j].start, tokens[after.end - 1].end);
    f.j = after.end;
  } else if (after) f.j = after.end;
  if (f.qualifier !== 'range' && f.qualifier !== 'magnitude') {
    f.low = Math.min(f.value * f.factors[0], f.value * f.factors[1]);
    f.high = Math.max(f.value * f.factors[0], f.value * f.factors[1]);
  } else if (f.qualifier === 'magnitude' && hedge) {
    // "more than hundreds of thousands": keep the magnitude's own bounds.
    f.qualifier = 'magnitude';
  }
  return null;
};

/** A hedge after the counted noun: "300 containers or more". */
export const readLateHedge = (f: Figure): null => {
  const { tokens, text, lang } = f;
  if (f.qualifier === 'exact' && f.measure) {
    const late = matchHedgeAfter(tokens, f.end, lang);
    if (late) {
      f.qualifier = late.entry.qualifier;
      f.hedgeText = text.slice(tokens[f.end].start, tokens[late.end - 1].end);
      f.low = Math.min(f.value * late.entry.bounds[0], f.value * late.entry.bounds[1]);
      f.high = Math.max(f.value * late.entry.bounds[0], f.value * late.entry.bounds[1]);
      f.end = late.end;
    }
  }
  return null;
};
