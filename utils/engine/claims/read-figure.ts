/**
 * One figure, read at the token where its number starts: the pipeline of readers.
 *
 * The order matters, because each step reads what the steps before it left:
 *  1. Before the number: a sign, then the digits that are no figure at all (labels, times,
 *     phone numbers, codes) — these need the raw tokens before anything claims them.
 *  2. The number (../numbers.ts), and number words that count nothing ("one of the").
 *  3. The unit, nearest first: a currency before it, "3m" as metres, a unit after it, a
 *     multiple, a slash fraction, a Korean counter, an age. Later steps ask "has it a unit?".
 *  4. The unit's rate ("per barrel"), and a proportion ("1 in 5 adults"), which is complete.
 *  5. Backward: the hedge, a range opener ("between"), the direction ("rose by"). The range
 *     (6) needs the opener and the direction ("rose by 300 to 7,000" is a change and a level).
 *  6. The range, then the hedges' bounds: a range keeps its own bounds, so it goes first.
 *  7. Forward: what is counted (a noun, a share, people), a hedge after the noun, a bare rate.
 *  8. Last, the rejections that need the whole reading: a bare year, a code, an address.
 * Each step is a small function in readers/; a step either refines the figure or returns the
 * reading that ends it (usually "no figure here, go on at token n").
 */
import { isCapitalised, skipTo, type Draft, type Reading } from './draft';
import type { LanguageTable } from './lang/types';
import { numberAt } from './numbers';
import { readAge } from './readers/age';
import { applyHedges, afterTally, readHedgeBefore, readLateHedge } from './readers/hedge';
import { readAdjectiveTime, readCountedNoun, readPeople, readShare, readSizedNoun } from './readers/counted';
import { readCounter } from './readers/counter';
import { readDirection } from './readers/direction';
import { notAFigure } from './readers/not-a-figure';
import { notACode, notAnAddress, notAYear } from './readers/not-a-quantity';
import { readProportion } from './readers/proportion';
import { pronounOrRank } from './readers/pronoun';
import { readRange } from './readers/range';
import { readBareRate, readUnitRate } from './readers/rate';
import { notASignedStart, readSign } from './readers/sign';
import type { Figure, Step } from './readers/state';
import { readCurrency, readMetres, readMultiple, readSlashFraction, readUnitAfter } from './readers/unit';
import type { Token } from './tokens';

/** The steps after the number is read, in order (see above). */
const STEPS: Step[] = [
  readCurrency, readMetres, readUnitAfter, readMultiple, readSlashFraction, readCounter, readAge,
  readUnitRate, readProportion,
  readHedgeBefore, readDirection,
  readRange, applyHedges,
  readAdjectiveTime, readCountedNoun, readLateHedge, readShare, readSizedNoun, readPeople, readBareRate,
  notAYear, notACode, notAnAddress,
];

/** Reads the figure whose number starts at token `i`, if any. `floor` is the first free token. */
export function figureAt(tokens: Token[], i: number, floor: number, sentenceStartTok: number, text: string, lang: LanguageTable): Reading | null {
  const t = tokens[i];
  const { sign, signStart } = readSign(tokens, i, floor, lang);
  const joined = notASignedStart(tokens, i, signStart);
  if (joined) return joined;
  if (t.kind === 'num' && signStart < 0) {
    const skip = notAFigure(tokens, i, sentenceStartTok, lang);
    if (skip >= 0) return skipTo(skip);
  }
  const core = numberAt(tokens, i, lang);
  if (!core) return null;
  const notACount = pronounOrRank(tokens, i, core, lang);
  if (notACount) return notACount;
  const f: Figure = {
    tokens, text, lang, floor, core, sign, signStart,
    fractional: core.kind === 'fraction' || !!core.slash,
    value: core.value * sign, low: core.low * sign, high: core.high * sign,
    j: core.end, qStart: signStart >= 0 ? signStart : core.start, currency: null, unit: null, unitName: '', nounBefore: null,
    hedge: null, hedgeStart: -1, opener: null, direction: null, qualifier: 'exact', rangeEnd: -1, hedgeText: null, factors: [1, 1],
    measure: null, end: -1, pluralNoun: false, people: false,
  };
  for (const step of STEPS) {
    const ended = step(f);
    if (ended) return ended;
  }
  return { drafts: [toDraft(f)], next: endOf(f) };
}

/** The token after everything the figure took. */
const endOf = (f: Figure): number => Math.max(f.end, f.j, f.rangeEnd, f.core.end);

/** The figure as a draft for the refiners. */
function toDraft(f: Figure): Draft {
  const { tokens, lang, unit, measure, people, nounBefore, opener, qualifier, hedgeStart: s } = f;
  const startTok = nounBefore ? Math.min(nounBefore.start, s) : opener && qualifier === 'range' ? s - 1 : s;
  const endTok = endOf(f);
  // A signed percentage is a change: "FTSE -0.6%", "+1.2%".
  if (!f.direction && f.signStart >= 0 && unit?.kind === 'percent' && tokens[f.signStart].lower !== lang.figure.minus) f.direction = f.sign < 0 ? 'down' : 'up';
  const factor = unit?.factor ?? 1;
  return {
    startTok,
    endTok,
    raw: f.value,
    rawLow: f.low,
    rawHigh: f.high,
    factor,
    written: factor !== 1 && unit ? unit.written : null,
    unit: f.unitName,
    measure,
    qualifier,
    hedge: f.hedgeText,
    direction: f.direction,
    date: null,
    hasUnit: !!unit,
    unitKind: unit?.kind ?? null,
    inParens: tokens[startTok - 1]?.text === '(',
    bareWords: f.core.kind === 'words' && f.core.scale === 1 && !unit && !measure && !people && !afterTally(tokens, s, lang),
    rate: f.rate,
    beforeWord: beforeWord(f, endTok),
  };
}

/** A bare figure before an unread word ("the 5 speed manual version"): it counts that, and borrows no neighbour's unit. */
function beforeWord(f: Figure, endTok: number): boolean {
  const { tokens, lang, unit, measure, people } = f;
  return !unit && !measure && !people && tokens[endTok]?.kind === 'word' && tokens[endTok].space &&
    // ("63,000 Model 3 sedans": a name it counts is no licence to borrow a neighbour's dollars either.)
    (/^\p{Ll}/u.test(tokens[endTok].text) || (isCapitalised(tokens[endTok]) && lang.months[tokens[endTok].lower] === undefined)) &&
    !lang.figure.nounStop.has(tokens[endTok].lower) && !lang.directionWords[tokens[endTok].lower] && !lang.speechVerbs.includes(tokens[endTok].lower);
}
