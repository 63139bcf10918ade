/**
 * Dates and date ranges as news writes them ("Oct. 13", "13 September 2023", "Sept. 7-8",
 * "between Sept. 7 and Oct. 1", "from 5 to 9 August", "in August", "late August",
 * "last September", "from September to December", "in 2018", "mid-2022", "on the 13th",
 * "June 2018", "2023-10-14"), resolved to ISO dates. A date without a year takes the report's
 * year; one more than two months after the report's date is read as the year before.
 *
 * A report's own date may be as coarse as its metadata: "2025", "2023-10" or "2023-10-14"
 * (iso-dates.ts reads, orders and shows such dates).
 */
import { markedDateAt } from './dates-marked';
import { daysIn, isoDay, pad, resolveYear, type IsoDate } from '../../model/dates';
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

function isYear(t: Token | undefined): boolean {
  return !!t && t.kind === 'num' && /^\d{4}$/.test(t.text) && +t.text >= 1000 && +t.text <= 2200;
}

function isDay(t: Token | undefined): boolean {
  return !!t && t.kind === 'num' && /^\d{1,2}$/.test(t.text) && +t.text >= 1 && +t.text <= 31;
}

/** "Sept" for September; not "July" or "May", the months' full names. */
function isAbbreviation(word: string, month: number, lang: LanguageTable): boolean {
  for (const [name, m] of Object.entries(lang.months)) if (m === month && name.length > word.length) return true;
  return false;
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
  if (tokens[next]?.text === '.' && !tokens[next].space && t.text.length <= 4 && isAbbreviation(t.lower, month, lang)) next++;
  return { month, next };
}

function ordinalSuffix(tokens: Token[], i: number, lang: LanguageTable): number {
  const t = tokens[i];
  return t && !t.space && lang.figure.ordinalSuffixes.has(t.lower) ? i + 1 : i;
}

/** "Oct. 13", "Oct. 13, 2023", "13 October 2023", "October 2023", "June of 2018". */
function dayDateAt(tokens: Token[], i: number, lang: LanguageTable): DayDate | null {
  const m = monthAt(tokens, i, lang);
  if (m) {
    const d = tokens[m.next];
    if (isDay(d) && !(tokens[m.next + 1]?.text === ':' && !tokens[m.next + 1].space)) {
      let end = ordinalSuffix(tokens, m.next + 1, lang);
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
    if (tokens[k]?.lower === lang.figure.of) k++;
    if (isYear(tokens[k])) return { year: +tokens[k].text, month: m.month, day: null, end: k + 1 };
    return null;
  }
  const d = tokens[i];
  if (isDay(d)) {
    const afterDay = ordinalSuffix(tokens, i + 1, lang);
    let k = afterDay;
    if (tokens[k]?.lower === lang.figure.of || has(lang.dayMonthJoiners, tokens[k]?.lower)) k++;
    const m2 = monthAt(tokens, k, lang);
    if (m2) {
      let year: number | null = null;
      let end = m2.next;
      if (tokens[end]?.text === ',' || (has(lang.dayMonthJoiners, tokens[end]?.lower) && isYear(tokens[end + 1]))) end++;
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

function bounds(date: DayDate, year: number | null): [string, string] {
  if (date.day !== null) return [isoDay(year, date.month, date.day), isoDay(year, date.month, date.day)];
  const last = year === null ? 31 : daysIn(year, date.month);
  return [isoDay(year, date.month, 1), isoDay(year, date.month, last)];
}

/** The date or date range starting at token `i`, or null. */
export function dateAt(tokens: Token[], i: number, lang: LanguageTable, published: IsoDate | null): DateMatch | null {
  const marked = lang.dateMarkers ? markedDateAt(tokens, i, lang.dateMarkers, published) : null;
  return marked ?? dayDateRangeAt(tokens, i, lang, published) ?? dayFirstRangeAt(tokens, i, lang, published) ??
    monthAloneAt(tokens, i, lang, published) ?? yearAloneAt(tokens, i, lang) ?? ordinalDayAt(tokens, i, lang, published);
}

const DASHES = new Set(['-', '–', '—']);
const isJoiner = (t: Token | undefined, opener: string | null, lang: LanguageTable): boolean =>
  !!t && (DASHES.has(t.text) || has(lang.rangeJoiners, t.lower) || (opener === 'between' && t.lower === lang.andWord));
const has = (list: string[] | undefined, word: string | undefined): boolean => !!word && !!list?.includes(word);

/** "between"/"from" opening a range at `i`. */
function openerAt(tokens: Token[], i: number, lang: LanguageTable): 'between' | 'from' | null {
  const t = tokens[i];
  return (t && lang.rangeOpeners?.[t.lower]) ?? null;
}

/** "5-9 August", "from 5 to 9 August 2023", "between 7 and 8 September": a day range written day first. */
function dayFirstRangeAt(tokens: Token[], i: number, lang: LanguageTable, published: IsoDate | null): DateMatch | null {
  const opener = openerAt(tokens, i, lang);
  const first = opener ? i + 1 : i;
  if (!isDay(tokens[first])) return null;
  const sep = ordinalSuffix(tokens, first + 1, lang);
  // ("7 and 8 September": two days of one month, from the first to the last.)
  if (!isJoiner(tokens[sep], opener, lang) && tokens[sep]?.lower !== lang.andWord) return null;
  const b = dayDateAt(tokens, sep + 1, lang);
  if (!b || b.day === null || !tokens[sep + 1] || tokens[sep + 1].kind !== 'num') return null;
  const dayA = +tokens[first].text;
  if (dayA >= b.day) return null;
  const year = resolveYear(b, published);
  return { start: i, end: b.end, low: isoDay(year, b.month, dayA), high: isoDay(year, b.month, b.day), range: true };
}

/** Early, mid or late in a month: days 1-10, 11-20, 21 to the end. */
const PART_OF_MONTH: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

/** The part of month named by a prefix before token `i` ("late August", "mid-August"), and where it starts. */
function monthPartBefore(tokens: Token[], i: number, lang: LanguageTable): { part: [number, number]; start: number } | null {
  const p = tokens[i - 1];
  const glued = p && (p.text === '-' || p.text === '‑') && !p.space && !tokens[i].space;
  const word = glued ? tokens[i - 2] : p;
  const index = glued ? i - 2 : i - 1;
  const role = word ? lang.periodPrefixes?.[word.lower] : undefined;
  return role ? { part: PART_OF_MONTH[role], start: index } : null;
}

/**
 * A month named alone after a word that makes it a date ("in August", "since July",
 * "late August", "last September", "September of last year"), or a month range
 * ("from September to December"). Alone and without such a word, "August" may be a name.
 */
function monthAloneAt(tokens: Token[], i: number, lang: LanguageTable, published: IsoDate | null): DateMatch | null {
  const opener = openerAt(tokens, i, lang);
  const at = opener ? i + 1 : i;
  const m = monthAt(tokens, at, lang);
  if (!m || isDay(tokens[m.next]) || isYear(tokens[m.next])) return null;
  // "for April Ryan", "to August Wilson": a first name.
  const after = tokens[m.next];
  if (after && after.kind === 'word' && after.space && /^\p{Lu}/u.test(after.text) && !monthAt(tokens, m.next, lang) && !lang.lowerCaseMonths) return null;
  const prev = tokens[at - 1];
  const part = opener ? null : monthPartBefore(tokens, at, lang);
  const previous = !opener && has(lang.previousWords, prev?.lower);
  const next = !opener && has(lang.nextWords, prev?.lower);
  let end = m.next;
  let yearsBack = 0;
  const phrase = lang.lastYear ?? [];
  // "September of last year", "September last year".
  for (const skip of [0, 1]) {
    const words = phrase.slice(skip);
    if (words.length && words.every((w, k) => tokens[end + k]?.lower === w)) {
      yearsBack = 1;
      end += words.length;
      break;
    }
  }
  if (!opener && !part && !yearsBack && !has(lang.monthCues, prev?.lower)) return null;
  // A range to a second month: "from September to December", "September to December 2023".
  let b: { month: number; year: number | null; end: number } | null = null;
  if (!yearsBack && isJoiner(tokens[end], opener, lang)) {
    const m2 = monthAt(tokens, end + 1, lang);
    if (m2 && !isDay(tokens[m2.next])) {
      const withYear = isYear(tokens[m2.next]);
      b = { month: m2.month, year: withYear ? +tokens[m2.next].text : null, end: withYear ? m2.next + 1 : m2.next };
    }
  }
  if (opener && !b) return null;
  let year: number | null;
  if (b?.year != null) year = m.month <= b.month ? b.year : b.year - 1;
  else if (!published) year = null;
  else if (yearsBack) year = published.year - 1;
  else if (previous) year = published.month === null || m.month >= published.month ? published.year - 1 : published.year;
  else if (next) year = published.month !== null && m.month <= published.month ? published.year + 1 : published.year;
  else year = resolveYear({ year: null, month: m.month, day: null }, published);
  const [firstDay, lastDay] = part ? part.part : [1, 31];
  const last = (y: number | null, month: number, day: number): number => Math.min(day, y === null ? 31 : daysIn(y, month));
  const low = isoDay(year, m.month, firstDay);
  if (b) {
    const yearB = year === null ? null : b.month < m.month ? year + 1 : year;
    return { start: i, end: b.end, low, high: isoDay(yearB, b.month, last(yearB, b.month, 31)), range: true };
  }
  return { start: part ? part.start : i, end, low, high: isoDay(year, m.month, last(year, m.month, lastDay)), range: true };
}

/** What may follow a date: the end, punctuation, a year, a capital, or a word that opens a date phrase ("in"). */
function closesDate(t: Token | undefined, lang: LanguageTable): boolean {
  return !t || t.kind === 'punct' || isYear(t) || (t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || has(lang.monthCues, t.lower)));
}

/** A year after a plural noun-like word is a count ("the 1500 containers"), not a year. */
function countsSomething(t: Token | undefined, lang: LanguageTable): boolean {
  return !!t && t.kind === 'word' && lang.figure.pluralLike.test(t.text) && !lang.figure.notPlural.test(t.text);
}

// Cues that make a four-digit number a year whatever follows: "in 2018 officials said".

/**
 * A year named alone ("in 2018", "a 2018 fire", "mid-2022", "early 2024") or a range of years
 * ("from 2019 to 2021", "between 2019 and 2021", "2019-2021").
 */
function yearAloneAt(tokens: Token[], i: number, lang: LanguageTable): DateMatch | null {
  const opener = openerAt(tokens, i, lang);
  const at = opener ? i + 1 : i;
  const y = tokens[at];
  if (!isYear(y) || +y.text < 1800 || +y.text > 2100) return null;
  const part = opener ? null : monthPartBefore(tokens, at, lang);
  const cue = tokens[at - 1]?.lower;
  const strong = !!opener || !!part || has(lang.strongYearCues, cue);
  if (!strong && !has(lang.yearCues, cue)) return null;
  let end = at + 1;
  let last = +y.text;
  // "the 1990s": a decade.
  const glued = tokens[end];
  if (glued && !glued.space && glued.kind === 'word') {
    if (!lang.decadeSuffix || glued.lower !== lang.decadeSuffix || last % 10 !== 0) return null;
    return { start: part ? part.start : i, end: end + 1, low: `${last}-01-01`, high: `${last + 9}-12-31`, range: true };
  }
  const sep = tokens[end];
  const short = tokens[end + 1];
  if (isJoiner(sep, opener, lang) && isYear(tokens[end + 1]) && +tokens[end + 1].text > last && +tokens[end + 1].text <= 2100) {
    last = +tokens[end + 1].text;
    end += 2;
  } else if (sep && (sep.text === '-' || sep.text === '–') && !sep.space && short && !short.space && /^\d{2}$/.test(short.text) &&
    +short.text > last % 100) {
    // "the 2022-23 season": the second year by its last two digits.
    last = last - (last % 100) + +short.text;
    end += 2;
  } else if (opener) return null;
  if (countsSomething(tokens[end], lang) && !strong) return null;
  if (tokens[end]?.text === '%' || (tokens[end]?.text === ',' && tokens[end + 1]?.kind === 'num' && !tokens[end + 1].space)) return null;
  const start = part ? part.start : i;
  return { start, end, low: `${y.text}-01-01`, high: `${last}-12-31`, range: true };
}

/** "on the 13th": a day of the report's month (or the month before, for a day well after the report's). */
function ordinalDayAt(tokens: Token[], i: number, lang: LanguageTable, published: IsoDate | null): DateMatch | null {
  const t = tokens[i];
  const suffixEnd = ordinalSuffix(tokens, i + 1, lang);
  if (!isDay(t) || suffixEnd === i + 1) return null;
  const cue = lang.ordinalDayCue ?? [];
  if (!cue.length || !cue.every((w, k) => tokens[i - cue.length + k]?.lower === w)) return null;
  // ("on the 28th floor", "on the 3rd of May": an ordinal of something else, or a date read elsewhere.)
  if (!closesDate(tokens[suffixEnd], lang) || tokens[suffixEnd]?.lower === lang.figure.of || monthAt(tokens, suffixEnd, lang)) return null;
  if (!published || published.month === null) {
    // The day of a month the report does not give: ISO 8601's truncated "---DD".
    const dayOnly = `---${pad(+t.text)}`;
    return { start: i, end: suffixEnd, low: dayOnly, high: dayOnly, range: false };
  }
  let year = published.year;
  let month = published.month;
  if (published.day !== null && +t.text > published.day + 2) {
    month--;
    if (month === 0) {
      month = 12;
      year--;
    }
  }
  if (+t.text > daysIn(year, month)) return null;
  const day = isoDay(year, month, +t.text);
  return { start: i, end: suffixEnd, low: day, high: day, range: false };
}

function dayDateRangeAt(tokens: Token[], i: number, lang: LanguageTable, published: IsoDate | null): DateMatch | null {
  let start = i;
  const opener = openerAt(tokens, i, lang);
  if (opener) i++;
  const a = isoAt(tokens, i) ?? dayDateAt(tokens, i, lang);
  if (!a) return null;
  if (a.day !== null && a.day > daysIn(a.year ?? 2000, a.month)) return null;
  let end = a.end;
  let b: DayDate | null = null;
  const sep = tokens[end];
  if (sep && a.day !== null) {
    const joiner = isJoiner(sep, opener, lang);
    // "Sept. 7 and 8": two days of one month ("Sept. 7 and 8 people" is a date and a count).
    const dayPair = !joiner && !!lang.andWord && sep.lower === lang.andWord && isDay(tokens[end + 1]) &&
      !dayDateAt(tokens, end + 1, lang) && closesDate(tokens[ordinalSuffix(tokens, end + 2, lang)], lang);
    if (joiner || dayPair) {
      const bDate = dayPair ? null : isoAt(tokens, end + 1) ?? dayDateAt(tokens, end + 1, lang);
      if (bDate && bDate.day !== null) b = bDate;
      else if (isDay(tokens[end + 1]) && a.year === null) {
        // "Sept. 7-8": the second day shares the month.
        const dayEnd = ordinalSuffix(tokens, end + 2, lang);
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
