/**
 * A report's own date, as coarse as its metadata: "2025", "2023-10" or "2023-10-14". These are
 * the one place that reads, orders and shows such dates, and that gives a date written without
 * a year the report's year.
 */

/** Month names as the notes, the popup and the CLI show a date (their language is English). */
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date at the precision it was written: "2025", "2023-10" or "2023-10-14". */
export interface IsoDate {
  year: number;
  month: number | null;
  day: number | null;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?)?)?$/;

/** A time after the day must exist too: "T25:00" or an offset of "+15:00" makes no date. */
function timeExists(m: RegExpExecArray): boolean {
  const [hour, minute, second, offsetHours, offsetMinutes] = m.slice(4).map((x) => (x === undefined ? 0 : +x));
  return hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 14 && offsetMinutes <= 59;
}

/**
 * An ISO date of full or reduced precision ("2023-10-14", "2023-10", "2025"; a time after the
 * day is checked, then ignored: the day as the report wrote it is its date), or null.
 */
export function parseIsoDate(text: string | null | undefined): IsoDate | null {
  const m = ISO_DATE.exec((text ?? '').trim());
  if (!m || !timeExists(m)) return null;
  const year = +m[1];
  const month = m[2] === undefined ? null : +m[2];
  const day = m[3] === undefined ? null : +m[3];
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > daysIn(year, month!))) return null;
  return { year, month, day };
}

/** A report's date for resolving year-less dates: an ISO date of any precision, else any date `Date.parse` reads. */
export function reportDate(text: string | null | undefined): IsoDate | null {
  const iso = parseIsoDate(text);
  if (iso || !text) return iso;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const d = new Date(time);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The first and last day an ISO date of any precision covers: "2023-10" → 2023-10-01 … 2023-10-31. */
export function isoDateBounds(text: string): [string, string] | null {
  const d = parseIsoDate(text);
  if (!d) return null;
  const first = `${d.year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
  const lastMonth = d.month ?? 12;
  return [first, `${d.year}-${pad(lastMonth)}-${pad(d.day ?? daysIn(d.year, lastMonth))}`];
}

/**
 * Orders ISO dates of mixed precision: by their first day, a coarser date before a finer one
 * that starts with it ("2023" < "2023-10" < "2023-10-14" < "2023-11"). Plain string order does
 * exactly this for ISO dates; unreadable dates sort last.
 */
export function compareIsoDates(a: string | null | undefined, b: string | null | undefined): number {
  const okA = !!parseIsoDate(a);
  const okB = !!parseIsoDate(b);
  if (okA !== okB) return okA ? -1 : 1;
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

/** Newest first, as lists show reports: `compareIsoDates` reversed, unreadable dates still last. */
export function compareIsoDatesNewestFirst(a: string | null | undefined, b: string | null | undefined): number {
  return parseIsoDate(a) && parseIsoDate(b) ? compareIsoDates(b, a) : compareIsoDates(a, b);
}

/** An ISO date shown as written, at its precision: "2025", "Oct 2023", "14 Oct 2023"; anything else as given. */
export function formatIsoDate(text: string): string {
  const d = parseIsoDate(text);
  if (!d) return text;
  if (d.month === null) return String(d.year);
  const month = MONTHS_SHORT[d.month - 1];
  return d.day === null ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

export const pad = (n: number): string => String(n).padStart(2, '0');
export const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The last moment of a report's date, in ms: a date up to two months past it still takes its year. */
function referenceEnd(ref: IsoDate): number {
  const month = ref.month ?? 12;
  return Date.UTC(ref.year, month - 1, ref.day ?? daysIn(ref.year, month));
}

/** The year of a date written without one: the report's, or the year before for a date well after the report's. */
export function resolveYear(date: { year: number | null; month: number; day: number | null }, published: IsoDate | null): number | null {
  if (date.year !== null) return date.year;
  if (!published) return null;
  const year = published.year;
  const candidate = Date.UTC(year, date.month - 1, date.day ?? 1);
  // A date well after publication belongs to the previous year ("Dec. 28" in a January report).
  return candidate > referenceEnd(published) + 61 * 86400000 ? year - 1 : year;
}

/** An ISO day; without a year, ISO 8601's truncated "--MM-DD". */
export function isoDay(year: number | null, month: number, day: number): string {
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}
