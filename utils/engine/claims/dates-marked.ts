/**
 * Dates written with a marker after each part ("2023년 9월 13일", "9월 7~8일", "7일부터 9일까지",
 * "8월에", "2022년"), for languages whose table names the markers (lang/ko.ts: `dateMarkers`).
 */
import type { DateMatch } from './dates';
import { daysIn, isoDay, resolveYear, type IsoDate } from '../../model/dates';
import type { LanguageTable } from './lang/types';
import type { Token } from './tokens';

/** A number glued to a date marker ("2023년", "9월에", "13일"), with anything after the marker (a particle). */
function markedAt(tokens: Token[], i: number, marker: string): { value: number; rest: string } | null {
  const n = tokens[i];
  const w = tokens[i + 1];
  if (!n || n.kind !== 'num' || !/^\d{1,4}$/.test(n.text) || !w || w.space || w.kind !== 'word' || !w.text.startsWith(marker)) return null;
  return { value: +n.text, rest: w.text.slice(marker.length) };
}

/**
 * Dates written with markers after each part ("2023년 9월 13일", "9월 7~8일", "7일부터 9일까지",
 * "8월에", "2022년"), for languages whose table names the markers.
 */
export function markedDateAt(tokens: Token[], i: number, markers: NonNullable<LanguageTable['dateMarkers']>, published: IsoDate | null): DateMatch | null {
  let k = i;
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  let rest = '';
  const y = markedAt(tokens, k, markers.year);
  if (y && y.value >= 1000) {
    year = y.value;
    rest = y.rest;
    k += 2;
  }
  const m = !rest ? markedAt(tokens, k, markers.month) : null;
  if (m && m.value >= 1 && m.value <= 12) {
    month = m.value;
    rest = m.rest;
    k += 2;
  }
  let dayEnd = -1;
  let dayTo: number | null = null;
  if (month !== null && !rest) {
    const dRange = tokens[k]?.kind === 'num' && (tokens[k + 1]?.text === '~' || tokens[k + 1]?.text === '-' || tokens[k + 1]?.text === '–') ? markedAt(tokens, k + 2, markers.day) : null;
    const d = dRange ? { value: +tokens[k].text, rest: dRange.rest } : markedAt(tokens, k, markers.day);
    if (d && d.value >= 1 && d.value <= 31) {
      day = d.value;
      if (dRange) dayTo = dRange.value;
      dayEnd = dRange ? k + 4 : k + 2;
      // "7일부터 9일까지": from one day to another.
      if (!dRange && d.rest.startsWith(markers.from)) {
        const to = markedAt(tokens, dayEnd, markers.day);
        if (to && to.value > d.value && to.value <= 31) {
          dayTo = to.value;
          dayEnd += 2;
        }
      }
      k = dayEnd;
    }
  }
  if (year === null && month === null) return null;
  if (month === null) return { start: i, end: k, low: `${year}-01-01`, high: `${year}-12-31`, range: true };
  const resolved = year ?? resolveYear({ year: null, month, day }, published);
  if (day === null) return { start: i, end: k, low: isoDay(resolved, month, 1), high: isoDay(resolved, month, resolved === null ? 31 : daysIn(resolved, month)), range: true };
  const last = dayTo ?? day;
  if (day > daysIn(resolved ?? 2000, month) || last > daysIn(resolved ?? 2000, month) || last < day) return null;
  return { start: i, end: k, low: isoDay(resolved, month, day), high: isoDay(resolved, month, last), range: last !== day };
}
