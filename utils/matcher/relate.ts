/**
 * How two statements of a figure relate: same, hedge, attribution, conflict or update, with
 * a short human reason. Pure; knows nothing of indexes.
 */
import type { Claim, Qualifier } from '../claims/types';

/** The relations a note can state (DESIGN.md "The claim model"). */
export type Relation = 'same' | 'hedge' | 'conflict' | 'update' | 'attribution';

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

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

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

const hedgeWords = (c: Claim) => (c.hedge?.trim() || QUALIFIER_WORDS[c.qualifier]).toLowerCase();

/** The hedge difference between the page's claim and another report's, or null when alike. */
export function hedgeDifference(page: Claim, other: Claim): string | null {
  const a = HEDGE_CLASS[page.qualifier];
  const b = HEDGE_CLASS[other.qualifier];
  if (a === b) return null;
  if (b === 'exact') return `drops '${hedgeWords(page)}'`;
  if (a === 'exact') return `adds '${hedgeWords(other)}'`;
  return `says '${hedgeWords(other)}' for '${hedgeWords(page)}'`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 2024" from an ISO date. */
export function monthYear(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const [y, m] = iso.slice(0, 7).split('-').map(Number);
  return `${MONTHS[m - 1] ?? '?'} ${y}`;
}

/** Two reports further apart than this state figures at different times. */
export const SAME_TIME_MS = 7 * 24 * 3600 * 1000;

/** 1234567.891 → "1,234,567.89" (toLocaleString is slow in a hot loop). */
export function formatNumber(n: number): string {
  const [int, frac] = (Math.round(n * 100) / 100).toString().split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

/** A figure as a note quotes it: "about 7,000". */
export function figureWords(c: Claim): string {
  const hedge = c.qualifier === 'exact' ? '' : hedgeWords(c) + ' ';
  const n = typeof c.value === 'number' ? formatNumber(c.value) : c.value;
  return c.qualifier === 'magnitude' || c.qualifier === 'range' ? c.quote : `${hedge}${n}`;
}

/**
 * The relation of a different figure for the same thing: a conflict when stated at about the
 * same time, otherwise an update (the later one supersedes), with "later and larger: Mar 2024".
 */
export function differentFigure(page: Claim, pageTime: number | null, other: Claim, otherTime: number | null, otherPublished: string | null): { relation: Relation; reason: string } {
  const larger = (other.value as number) > (page.value as number);
  if (pageTime === null || otherTime === null || Math.abs(otherTime - pageTime) <= SAME_TIME_MS) {
    return { relation: 'conflict', reason: `different figure: ${figureWords(other)} against ${figureWords(page)}` };
  }
  const later = otherTime > pageTime;
  return { relation: 'update', reason: `${later ? 'later' : 'earlier'} and ${larger ? 'larger' : 'smaller'}: ${monthYear(otherPublished)}` };
}
