/**
 * Dates and date ranges as news writes them ("Oct. 13", "13 September 2023", "Sept. 7-8",
 * "between Sept. 7 and Oct. 1", "June 2018", "2023-10-14"), resolved to ISO dates. A date
 * without a year takes the report's year; one more than two months after publication is read
 * as the year before.
 */
import type { LanguageTable } from './lang/types';
import type { Token } from './tokens';

/** A date or date range read from tokens. */
export interface DateMatch {
  /** Index of the first token (the range opener "between"/"from" included). */
  start: number;
  /** Index just past the last token. */
  end: number;
  low: string;
  high: string;
  range: boolean;
}

interface DayDate {
  year: number | null;
  month: number;
  day: number | null;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isYear(t: Token | undefined): boolean {
  return !!t && t.kind === 'num' && /^\d{4}$/.test(t.text) && +t.text >= 1000 && +t.text <= 2200;
}

function isDay(t: Token | undefined): boolean {
  return !!t && t.kind === 'num' && /^\d{1,2}$/.test(t.text) && +t.text >= 1 && +t.text <= 31;
}

/** A month name at `i`: capitalised, optionally abbreviated with a period. Returns month and next index. */
function monthAt(tokens: Token[], i: number, lang: LanguageTable): { month: number; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const month = lang.months[t.lower];
  if (month === undefined) return null;
  // Lower-case "may" or "march" is a verb; require the capital.
  if (!lang.lowerCaseMonths && t.text[0] !== t.text[0].toUpperCase()) return null;
  let next = i + 1;
  // "Sept." and "Oct." keep their period; a full name before a full stop does not take it.
  if (tokens[next]?.text === '.' && !tokens[next].space && t.text.length <= 4) next++;
  return { month, next };
}

function ordinalSuffix(tokens: Token[], i: number): number {
  const t = tokens[i];
  return t && !t.space && /^(?:st|nd|rd|th)$/i.test(t.text) ? i + 1 : i;
}

/** "Oct. 13", "Oct. 13, 2023", "13 October 2023", "October 2023", "June of 2018". */
function dayDateAt(tokens: Token[], i: number, lang: LanguageTable): DayDate | null {
  const m = monthAt(tokens, i, lang);
  if (m) {
    const d = tokens[m.next];
    if (isDay(d) && !(tokens[m.next + 1]?.text === ':' && !tokens[m.next + 1].space)) {
      let end = ordinalSuffix(tokens, m.next + 1);
      let year: number | null = null;
      let k = end;
      if (tokens[k]?.text === ',') k++;
      if (isYear(tokens[k]) && !(tokens[k + 1]?.text === ':')) {
        year = +tokens[k].text;
        end = k + 1;
      }
      return { year, month: m.month, day: +d.text, end };
    }
    let k = m.next;
    if (tokens[k]?.lower === 'of') k++;
    if (isYear(tokens[k])) return { year: +tokens[k].text, month: m.month, day: null, end: k + 1 };
    return null;
  }
  const d = tokens[i];
  if (isDay(d)) {
    const afterDay = ordinalSuffix(tokens, i + 1);
    let k = afterDay;
    if (tokens[k]?.lower === 'of') k++;
    const m2 = monthAt(tokens, k, lang);
    if (m2) {
      let year: number | null = null;
      let end = m2.next;
      if (tokens[end]?.text === ',') end++;
      if (isYear(tokens[end])) {
        year = +tokens[end].text;
        end++;
      } else end = m2.next;
      return { year, month: m2.month, day: +d.text, end };
    }
  }
  return null;
}

/** ISO "2023-10-14" at `i`. */
function isoAt(tokens: Token[], i: number): DayDate | null {
  const y = tokens[i];
  const h1 = tokens[i + 1];
  const mo = tokens[i + 2];
  const h2 = tokens[i + 3];
  const d = tokens[i + 4];
  if (!isYear(y) || h1?.text !== '-' || h2?.text !== '-' || !mo || !d) return null;
  if (h1.space || mo.space || h2.space || d.space) return null;
  if (!/^\d{2}$/.test(mo.text) || !/^\d{2}$/.test(d.text)) return null;
  const month = +mo.text;
  const day = +d.text;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year: +y.text, month, day, end: i + 5 };
}

function resolveYear(date: DayDate, published: Date | null): number | null {
  if (date.year !== null) return date.year;
  if (!published) return null;
  const year = published.getUTCFullYear();
  const candidate = Date.UTC(year, date.month - 1, date.day ?? 1);
  // A date well after publication belongs to the previous year ("Dec. 28" in a January report).
  return candidate > published.getTime() + 61 * 86400000 ? year - 1 : year;
}

function iso(year: number | null, month: number, day: number): string {
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function bounds(date: DayDate, year: number | null): [string, string] {
  if (date.day !== null) return [iso(year, date.month, date.day), iso(year, date.month, date.day)];
  const last = year === null ? 31 : daysIn(year, date.month);
  return [iso(year, date.month, 1), iso(year, date.month, last)];
}

/** The date or date range starting at token `i`, or null. */
export function dateAt(tokens: Token[], i: number, lang: LanguageTable, published: Date | null): DateMatch | null {
  let start = i;
  let opener: 'between' | 'from' | null = null;
  const first = tokens[i];
  if (first && (first.lower === 'between' || first.lower === 'from')) {
    opener = first.lower as 'between' | 'from';
    i++;
  }
  const a = isoAt(tokens, i) ?? dayDateAt(tokens, i, lang);
  if (!a) return null;
  if (a.day !== null && a.day > daysIn(a.year ?? 2000, a.month)) return null;
  let end = a.end;
  let b: DayDate | null = null;
  const sep = tokens[end];
  if (sep && a.day !== null) {
    const joiner = sep.text === '-' || sep.text === '–' || sep.text === '—' || sep.lower === 'to' ||
      sep.lower === 'through' || sep.lower === 'until' || (opener === 'between' && sep.lower === 'and');
    if (joiner) {
      const bDate = isoAt(tokens, end + 1) ?? dayDateAt(tokens, end + 1, lang);
      if (bDate && bDate.day !== null) b = bDate;
      else if (isDay(tokens[end + 1]) && a.year === null) {
        // "Sept. 7-8": the second day shares the month.
        const dayEnd = ordinalSuffix(tokens, end + 2);
        let yearEnd = dayEnd;
        let year: number | null = null;
        let k = dayEnd;
        if (tokens[k]?.text === ',') k++;
        if (isYear(tokens[k])) {
          year = +tokens[k].text;
          yearEnd = k + 1;
        }
        b = { year, month: a.month, day: +tokens[end + 1].text, end: yearEnd };
      }
      if (b) end = b.end;
    }
  }
  if (opener && !b) start = i; // "from Oct. 1" alone: the opener is not part of the date
  // A year written on the second date applies to the first ("Sept. 7-8, 2023").
  const yearA = resolveYear(a.year === null && b?.year != null ? { ...a, year: b.year } : a, published);
  const [low, highA] = bounds(a, yearA);
  let high = highA;
  if (b) {
    let yearB = resolveYear(b.year === null && yearA !== null ? { ...b, year: yearA } : b, published);
    if (yearB !== null && yearA !== null && (b.month < a.month) && b.year === null) yearB = yearA + 1;
    high = bounds(b, yearB)[1];
    if (high < low) return null;
  }
  return { start, end, low, high, range: !!b || a.day === null };
}
