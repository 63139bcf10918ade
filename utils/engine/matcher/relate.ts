/**
 * How two statements of a figure relate: same, hedge, attribution, conflict or update, with
 * a short human reason. Pure; knows nothing of indexes.
 */
import { formatIsoDate } from '../../model/dates';
import type { Relation } from '../../model/relation';
import type { Claim, Qualifier } from '../claims/types';

/** The relations a note can state (docs/matching.md): one registry, utils/model/relation.ts. */
export type { Relation };

/** A vague quantity: an order of magnitude ("millions of", "hundreds of", "dozens of", "several hundred"). */
export function isVague(c: Pick<Claim, 'qualifier'>): boolean {
  return c.qualifier === 'magnitude';
}

/** Units whose figure does not move over time: two distances of one thing disagree, whenever stated. */
const FIXED_UNITS = new Set(['kilometre', 'kilometer', 'metre', 'meter', 'mile', 'foot', 'feet', 'yard', 'nautical mile']);

/** True when two statements of a unit cannot be an earlier and a later figure (a distance). */
export function isFixedUnit(unit: string): boolean {
  return FIXED_UNITS.has(unit);
}

/** How far apart two writings of one number may be: a conversion is rounded by whoever wrote it ("850 hectares" for 2,100 acres). */
const SAME_NUMBER = 0.005;
const SAME_CONVERTED = 0.05;

/**
 * Do two statements write the same number ("1K" and "1,000"; "about 125 miles" and "200 km",
 * where one was converted)? 114 and 115 are two numbers. A range agrees with a number at either end.
 */
export function sameNumber(a: Claim, b: Claim): boolean {
  const tolerance = a.asWritten || b.asWritten ? SAME_CONVERTED : SAME_NUMBER;
  const near = (x: unknown, y: unknown) => finite(x) && finite(y) && Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
  if (near(a.value, b.value)) return true;
  const ends = (c: Claim) => (c.qualifier === 'range' ? [c.low, c.high] : [c.value]);
  return ends(a).some((x) => ends(b).some((y) => near(x, y)));
}

/**
 * Is one statement the other one hedged another way? A figure and a hedge that rounds it
 * ("2,207 structures", "more than 2,200 structures"; "a minimum of 15,800", "some 16,000") are
 * one figure told two ways: within 5%, and a bound on an exact figure rounder than it. Two
 * figures hedged alike with different numbers ("at least 114", "at least 115") are two figures,
 * and so are "more than 114" and 115, or "about 6,100" and 6,500.
 */
export function restates(a: Claim, b: Claim): boolean {
  if (sameNumber(a, b)) return true;
  if (HEDGE_CLASS[a.qualifier] === HEDGE_CLASS[b.qualifier]) return false;
  const [x, y] = [a.value as number, b.value as number];
  if (!(Math.abs(x - y) <= 0.05 * Math.max(Math.abs(x), Math.abs(y)))) return false;
  if (a.qualifier === 'exact') return roundness(y) > roundness(x);
  if (b.qualifier === 'exact') return roundness(x) > roundness(y);
  return true;
}

/** Trailing zeros of a whole number (2,200 → 2; 2,207 → 0): how rounded it is. */
function roundness(v: number): number {
  let n = 0;
  for (let x = Math.round(Math.abs(v)); x >= 10 && x % 10 === 0; x /= 10) n++;
  return n;
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Units that say nothing about what is counted: two "percent" figures need more in common. */
const GENERIC_UNITS = new Set([
  'percent', 'person', 'people', 'dollar', 'won', 'euro', 'rouble', 'ruble', 'yen', 'pound', 'yuan', 'kilometre', 'kilometer',
  'metre', 'meter', 'mile', 'kilogram', 'tonne', 'ton', 'year', 'month', 'week', 'day', 'hour', 'minute', 'time', 'item', 'unit',
  'count', 'number',
]);

/** True when a unit names the thing itself (container, artillery shell), not a scale. */
export function isSpecificUnit(unit: string): boolean {
  return !GENERIC_UNITS.has(unit);
}


/**
 * The interval a statement really commits to. Bounds from "more than" are open-ended, so they
 * cannot tell 1,000 from 7,000; a hedge only widens the figure itself a little.
 */
export function coreInterval(c: Pick<Claim, 'value' | 'low' | 'high' | 'qualifier'>): [number, number] {
  const v = c.value as number;
  let lo: number;
  let hi: number;
  switch (c.qualifier) {
    case 'exact': [lo, hi] = [v * 0.99, v * 1.01]; break;
    case 'about': [lo, hi] = [v * 0.9, v * 1.1]; break;
    case 'more-than':
    case 'at-least': [lo, hi] = [v, v * 1.1]; break;
    case 'less-than':
    case 'up-to': [lo, hi] = [v * 0.9, v]; break;
    case 'magnitude':
      // "hundreds of thousands" stops short of a million: the upper bound is exclusive.
      [lo, hi] = [finite(c.low) ? c.low : v, finite(c.high) ? c.high * (1 - 1e-9) : v];
      break;
    default: [lo, hi] = [finite(c.low) ? c.low : v, finite(c.high) ? c.high : v];
  }
  return lo <= hi ? [lo, hi] : [hi, lo];
}

/** Do two statements allow the same figure? */
export function compatibleValues(a: Claim, b: Claim): boolean {
  const [al, ah] = coreInterval(a);
  const [bl, bh] = coreInterval(b);
  return Math.max(al, bl) <= Math.min(ah, bh);
}

const HEDGE_CLASS: Record<Qualifier, string> = {
  exact: 'exact',
  about: 'about',
  'more-than': 'more',
  'at-least': 'more',
  'less-than': 'less',
  'up-to': 'less',
  range: 'range',
  magnitude: 'range',
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about',
  'more-than': 'more than',
  'at-least': 'at least',
  'less-than': 'less than',
  'up-to': 'up to',
  range: 'a range',
  magnitude: 'an order of magnitude',
};

/**
 * The hedge as a note (in English) names it: as written when it is in Latin letters ("roughly"),
 * else by what it means ("여" in "1천여 개", "более" → "more than"); the quote keeps the original.
 */
const hedgeWords = (c: Claim) => {
  const written = c.hedge?.trim();
  return (written && /\p{Script=Latin}/u.test(written) ? written : QUALIFIER_WORDS[c.qualifier]).toLowerCase();
};

/** The hedge difference between the page's claim and another report's, or null when alike. */
export function hedgeDifference(page: Claim, other: Claim): string | null {
  const a = HEDGE_CLASS[page.qualifier];
  const b = HEDGE_CLASS[other.qualifier];
  if (a === b) return null;
  if (b === 'exact') return `drops '${hedgeWords(page)}'`;
  if (a === 'exact') return `adds '${hedgeWords(other)}'`;
  return `says '${hedgeWords(other)}' for '${hedgeWords(page)}'`;
}

/** "Mar 2024" from an ISO date of any precision ("2025" stays "2025"). */
export function monthYear(iso: string | null | undefined): string {
  return iso ? formatIsoDate(iso.slice(0, 7)) : 'undated';
}

/** 1234567.891 → "1,234,567.89" (toLocaleString is slow in a hot loop). */
export function formatNumber(n: number): string {
  const [int, frac] = (Math.round(n * 100) / 100).toString().split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

/** A figure as a note quotes it: "about 7,000". */
export function figureWords(c: Claim): string {
  const hedge = c.qualifier === 'exact' ? '' : hedgeWords(c) + ' ';
  const n = typeof c.value === 'number' ? formatNumber(c.value) : c.value;
  // A converted figure in the words it was written in: "about 125 miles", not "about 201.17".
  return c.qualifier === 'magnitude' || c.qualifier === 'range' || c.asWritten ? c.quote : `${hedge}${n}`;
}

export const DAY_MS = 24 * 3600 * 1000;

/** Are two times (ms) on the same UTC day? False when either is unknown. */
export function sameDay(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.floor(a / DAY_MS) === Math.floor(b / DAY_MS);
}

/** A statement's place in time: its report's date, and whether it calls itself a revision or names the earlier figure of one. */
export interface WhenStated {
  time: number | null;
  published: string | null;
  revised: boolean;
  prior: boolean;
  /** The figure is about a past year ("the 2018 fire killed 85"): history, which does not move with the story. */
  settled?: boolean;
}


/**
 * Is the other statement later (1), earlier (-1), or not to be ordered (0)? Reports dated
 * different days are ordered by date, at whatever pace the story moves (a toll on 5 Jul and on
 * 6 Jul). On one day, or undated, a report that calls its figure a revision is the later one.
 */
export function orderOf(page: WhenStated, other: WhenStated): number {
  if (page.time !== null && other.time !== null && !sameDay(page.time, other.time)) return other.time > page.time ? 1 : -1;
  const otherLater = (other.revised && !page.revised) || page.prior;
  const pageLater = (page.revised && !other.revised) || other.prior;
  return otherLater === pageLater ? 0 : otherLater ? 1 : -1;
}

/** When the other figure came, in words: the day for a figure days or weeks apart, the month for months. */
function whenWords(page: WhenStated, other: WhenStated): string {
  if (!other.published) return 'undated';
  // Days between are only counted between two full dates ("2023-10" is a month, not its first day).
  if (page.time !== null && other.time !== null && other.published.length >= 10) {
    const days = Math.round(Math.abs(other.time - page.time) / DAY_MS);
    if (days === 0) return `the same day (${other.revised ? 'it calls its figure revised' : 'this page calls its figure revised'})`;
    if (days < 60) return `${formatIsoDate(other.published.slice(0, 10))}, ${days} day${days === 1 ? '' : 's'} ${other.time > page.time ? 'later' : 'earlier'}`;
  }
  return monthYear(other.published);
}

/**
 * The relation of a different figure for the same thing: an update when the two can be ordered
 * (different days, or one calls itself a revision), with "later and larger: 6 Jul 2023, 1 day
 * later"; a conflict when they cannot, or when the figure is one that does not move (a distance).
 */
export function differentFigure(page: Claim, pageWhen: WhenStated, other: Claim, otherWhen: WhenStated): { relation: Relation; reason: string } {
  const larger = (other.value as number) > (page.value as number);
  const order = orderOf(pageWhen, otherWhen);
  const fixed = isFixedUnit(page.unit) || (pageWhen.settled && otherWhen.settled);
  if (order === 0 || (fixed && !pageWhen.revised && !otherWhen.revised)) {
    return { relation: 'conflict', reason: `different figure: ${figureWords(other)} against ${figureWords(page)}` };
  }
  return { relation: 'update', reason: `${order > 0 ? 'later' : 'earlier'} and ${larger ? 'larger' : 'smaller'}: ${whenWords(pageWhen, otherWhen)}` };
}

/** A round estimate of a moving count given again on another day: a later (or earlier) statement, the figure unchanged. */
export function restated(pageWhen: WhenStated, other: Claim, otherWhen: WhenStated): { relation: Relation; reason: string } {
  const order = orderOf(pageWhen, otherWhen);
  return { relation: 'update', reason: `${order > 0 ? 'later' : 'earlier'} estimate, unchanged: ${figureWords(other)}, ${whenWords(pageWhen, otherWhen)}` };
}
