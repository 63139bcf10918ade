/** Display helpers shared by the popup and options views. Pure. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-10-14T03:17:00+09:00" → "14 Oct 2023"; reads the calendar date as written, not in local time. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "1 claim" / "12 claims". */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? word : many}`;
}

/** The YYYY-MM-DD part of an ISO date, for a date input; empty when there is none. */
export function isoDay(value: string | null | undefined): string {
  const match = value ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
  return match ? match[0] : '';
}
