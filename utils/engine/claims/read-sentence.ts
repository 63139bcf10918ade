/**
 * One sentence: its figures and dates read left to right (read-figure.ts, dates.ts), refined
 * against each other (refiners/), then made claims with their sentence and attribution.
 */
import { openingName, type Credit } from './attribution';
import { startWords } from './candidates';
import { attributionFor } from './credits';
import { dateAt } from './dates';
import type { Draft } from './draft';
import type { IsoDate } from '../../model/dates';
import { figureAt } from './read-figure';
import type { LanguageTable } from './lang/types';
import { dropCutFragments } from './refiners/cut-fragments';
import { refine } from './refiners/index';
import { sentenceAround, type SentenceSpan } from './sentences';
import { tokenize, type Token } from './tokens';
import { splitGluedCounters } from './readers/counter';
import type { Claim } from './types';

/** The sentences of the text, and the credits of each, computed once when a figure asks. */
export interface TextContext {
  text: string;
  spans: SentenceSpan[];
  lang: LanguageTable;
  published: IsoDate | null;
  creditsFor: (index: number, tokens?: Token[]) => Credit[];
}

// Rounded to 9 decimals: float noise (0.1 × 3) would otherwise leak into the output.
// Tiny figures ("1.99×10−30 kilograms") keep nine significant digits instead.
const round = (n: number): number => (Number.isInteger(n) ? n : Math.abs(n) < 1e-3 ? Number(n.toPrecision(9)) : Math.round(n * 1e9) / 1e9);

/** The figures and dates of a sentence's tokens, left to right, before refining. */
function readDrafts(tokens: Token[], ctx: TextContext): Draft[] {
  const { text, lang, published } = ctx;
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
  return drafts;
}

/** Reads sentence `spanIndex` and appends its claims to `out`. */
export function readSentence(ctx: TextContext, spanIndex: number, out: Claim[]): void {
  const { text, spans, creditsFor } = ctx;
  const span = spans[spanIndex];
  const sentence = text.slice(span.start, span.end);
  const tokens = splitGluedCounters(tokenize(sentence, span.start), ctx.lang);
  const drafts = readDrafts(tokens, ctx);
  dropCutFragments(drafts, tokens, text, span);
  if (!drafts.length) return;
  refine(drafts, tokens, ctx.lang);
  if (!drafts.length) return;
  // Once per sentence, not per figure: a run-on sentence of "he said" figures would tokenize it again for each.
  const openings = new Map<number, string | null>();
  const openingFor = (k: number): string | null => {
    if (openings.has(k)) return openings.get(k)!;
    const sp = spans[k];
    const sentenceK = text.slice(sp.start, sp.end);
    const name = openingName(sentenceK, sp.start, k === spanIndex ? tokens : tokenize(sentenceK, sp.start), ctx.lang);
    openings.set(k, name);
    return name;
  };
  const credits = creditsFor(spanIndex, tokens);
  const strong = credits.filter((c) => !c.weak);
  for (const d of drafts) {
    const claim = claimOf(d, tokens, text, span);
    if (!claim) continue;
    claim.attribution = attributionFor(claim.start, credits, strong, spanIndex, creditsFor, openingFor, ctx.lang);
    out.push(claim);
  }
}

/** The claim a draft makes, without attribution; null for a figure no double holds. */
function claimOf(d: Draft, tokens: Token[], text: string, span: SentenceSpan): Claim | null {
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
  if (!d.date && ![claim.value, claim.low, claim.high].every((n) => Number.isFinite(n))) return null;
  if (d.written && !d.date) claim.asWritten = { value: round(d.raw), low: round(d.rawLow), high: round(d.rawHigh), unit: d.written };
  return claim;
}
