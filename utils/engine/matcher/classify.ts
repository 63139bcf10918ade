/**
 * Which relation a candidate bears to a page claim, or null for silence. docs/matching.md
 * states the rules with an example each; in short:
 * - the same thing: same unit, direction and event, what is counted not disjoint, enough in common;
 * - compatible values: same (or hedge, or attribution), or vaguer when one side is an order of
 *   magnitude; a different number from the same source at a later date is an update, and from
 *   another source it is another estimate (silence);
 * - incompatible values: an update when the two can be ordered in time, else a conflict.
 */
import type { Claim } from '../claims/types';
import { UPDATE_RATIO } from './candidates';
import type { EntityContext } from './entities';
import type { Features } from './features';
import type { Evidence } from './rank';
import { compatibleValues, DAY_MS, differentFigure, figureWords, hedgeDifference, isSpecificUnit, isVague, restated, restates, sameDay, type Relation, type WhenStated } from './relate';
import { isTimeSpan, PEOPLE } from './units';

export interface Classified {
  relation: Relation;
  reason: string;
}

/** The relation of candidate `c` (features `g`, published `otherPublished`) to page claim `q`, or null. */
export function classify(q: Claim, f: Features, pageTime: number | null, c: Claim, g: Features, otherPublished: string | null, e: Evidence, ctx: EntityContext): Classified | null {
  if (f.unit !== g.unit || f.change !== g.change || !sameYears(f, g)) return null;
  // Both say what they count, and it is not the same thing ("shipping containers" vs "containers of munitions").
  // (People are told apart by their event instead: "61 fatalities" and "killed 61 people" name them two ways.)
  if (f.unit !== PEOPLE && f.measure.length && g.measure.length && !e.sharedMeasure) return null;
  if (f.qualifiesNoun || g.qualifiesNoun || differentEvents(f, g) || differentQualifiers(f, g)) return null;
  // People are counted by what befell them: a count of the dead is not one of the missing, and a count that names no event is a guess.
  if (f.unit === PEOPLE && f.event !== g.event) return null;
  const specific = isSpecificUnit(f.unit);
  const pageWhen: WhenStated = { time: pageTime, published: null, revised: f.revised, prior: f.prior, settled: f.pastYear !== null };
  const otherWhen: WhenStated = { time: g.time, published: otherPublished, revised: g.revised, prior: g.prior, settled: g.pastYear !== null };
  if (compatibleValues(q, c)) {
    const sameThing =
      e.sharedMeasure > 0 ||
      (specific && (e.sharedEntityWeight >= 0.5 || e.fuzzy >= 0.6)) ||
      (e.sharedEntityWeight >= 2 && e.fuzzy >= 0.5) ||
      (restates(q, c) && (sameSurroundings(f, g, ctx) || sameRecord(f, g))) ||
      samePeopleCount(f, g, ctx);
    if (!sameThing) return null;
    if (isVague(q) !== isVague(c)) return vaguer(q, c);
    // Two vague amounts months apart are two statements, not one reported twice ("millions of shells").
    if (isVague(q) && monthsApart(pageTime, g.time)) return null;
    const agree = ctx.anyCreditAgrees(f.credits, g.credits);
    if (!isVague(q) && !restates(q, c)) {
      // Another number that both may be true of: from another source, another estimate (silence);
      // from the same source (or unnamed), a later figure or, the same day, a conflict.
      if (agree === false) return null;
      return differentFigure(q, pageWhen, c, otherWhen);
    }
    if (!isVague(q) && freshEstimate(q, c, f, pageTime, g.time)) return restated(pageWhen, c, otherWhen);
    // The earlier figure a revision names ("down from estimates of about 1,000") is not the one stated that day.
    if (f.prior !== g.prior && sameDay(pageTime, g.time)) return null;
    const hedge = hedgeDifference(q, c);
    if (agree === false) return { relation: 'attribution', reason: `credited to ${g.attribution}, not ${f.attribution}` };
    if (hedge) return { relation: 'hedge', reason: hedge };
    return { relation: 'same', reason: 'same figure' };
  }
  const ratio = Math.abs((c.value as number) / (q.value as number));
  if (!(ratio <= UPDATE_RATIO && ratio >= 1 / UPDATE_RATIO)) return null;
  const sameThing =
    e.sharedMeasure > 0 || (specific && (!f.measure.length || !g.measure.length) && e.sharedEntityWeight >= 1 && e.fuzzy >= 0.5) || sameSurroundings(f, g, ctx) || samePeopleCount(f, g, ctx);
  if (!sameThing) return null;
  return differentFigure(q, pageWhen, c, otherWhen);
}

const MONTH_MS = 31 * DAY_MS;
/** Counts that move as a story unfolds: a round estimate of one, given again days later, is a fresh estimate. */
const MOVING_EVENTS = new Set(['death', 'missing', 'injury', 'evacuation']);
const ROUND_ESTIMATE = new Set(['about', 'more-than', 'less-than', 'up-to', 'range']);

/**
 * Is either statement a round estimate of a count that moves ("more than 1,000 missing"), and
 * the other made two days or more away? Then it is the estimate given again, not one fact told
 * twice: the missing on 11 Aug and "still more than 1,000" on 15 Aug are two estimates.
 */
function freshEstimate(q: Claim, c: Claim, f: Features, pageTime: number | null, otherTime: number | null): boolean {
  if (f.unit !== PEOPLE || f.event === null || !MOVING_EVENTS.has(f.event)) return false;
  if (pageTime === null || otherTime === null || Math.abs(pageTime - otherTime) < 2 * DAY_MS) return false;
  const round = (x: Claim) => ROUND_ESTIMATE.has(x.qualifier) && [x.value, x.low].some((v) => typeof v === 'number' && v >= 100 && v % 100 === 0);
  return round(q) || round(c);
}

/**
 * A figure about a past year ("the 1960 tsunami killed 61") is not one of the story's own: the
 * other must be about that year too, or reported within a year of it.
 */
function sameYears(f: Features, g: Features): boolean {
  const yearOf = (x: Features) => x.pastYear ?? (x.time === null ? null : new Date(x.time).getUTCFullYear());
  const [a, b] = [yearOf(f), yearOf(g)];
  if (f.pastYear === null && g.pastYear === null) return true;
  return a === null || b === null || Math.abs(a - b) <= 1;
}

/** The same people counted by the same event ("115 dead", "killed 115 people"), in no places that differ. */
function samePeopleCount(f: Features, g: Features, ctx: EntityContext): boolean {
  return f.unit === PEOPLE && f.event !== null && f.event === g.event && placesAgree(f, g, ctx);
}

/** A time span that makes something a record, in both ("the deadliest in over a century", "the worst in 100 years"). */
function sameRecord(f: Features, g: Features): boolean {
  return f.record && g.record && isTimeSpan(f.unit);
}

function monthsApart(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) > MONTH_MS;
}

/** One figure is an order of magnitude that includes the other: consistent, but not the same figure. */
function vaguer(q: Claim, c: Claim): Classified {
  return isVague(c)
    ? { relation: 'vaguer', reason: `vaguer: '${c.quote}' includes ${figureWords(q)}` }
    : { relation: 'vaguer', reason: `more precise: ${figureWords(c)}, within '${q.quote}'` };
}

/** Events that have not happened: a pledged figure is never the one delivered, whether or not the other names an event. */
const PROMISES = new Set(['pledge']);

/** Both name the event they count, and not the same one ("launched" against "shot down"); or only one is a promise. */
function differentEvents(f: Features, g: Features): boolean {
  if (PROMISES.has(f.event ?? '') !== PROMISES.has(g.event ?? '')) return true;
  return f.event !== null && g.event !== null && f.event !== g.event;
}

/** Both qualify what they count with a number, and not the same ("of 152 mm" against "of 122 mm"). */
function differentQualifiers(f: Features, g: Features): boolean {
  return f.qualifiers.length > 0 && g.qualifiers.length > 0 && !f.qualifiers.some((x) => g.qualifiers.includes(x));
}

/**
 * A figure that does not say what it counts ("290 km from the Ukrainian border") is the same
 * thing as another when the words around them share a plain word, and the places they name,
 * if both name any, are not all different.
 */
function sameSurroundings(f: Features, g: Features, ctx: EntityContext): boolean {
  if (f.measure.length && g.measure.length) return false;
  const shared = f.near.filter((t) => g.near.includes(t)).length;
  return shared > 0 && placesAgree(f, g, ctx);
}

/** The places two figures' clauses name (those that narrow), if both name any, are not all different. */
function placesAgree(f: Features, g: Features, ctx: EntityContext): boolean {
  const [a, b] = [f.places, g.places];
  // A place within another is not a different place (Lahaina is in Maui).
  return !a.length || !b.length || a.some((x) => b.some((y) => ctx.creditsAgree(x, y)));
}
