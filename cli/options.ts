/**
 * Checks for option values several commands share: a publication date and a text's language.
 * A bad value is one line naming what is accepted, exit 2 (a usage error).
 */
import { CliError } from './cli-error';

/** The languages the claims engine has tables for (utils/claims/lang/), by BCP-47 primary subtag. */
export const KNOWN_LANGUAGES = ['en', 'ru', 'ko'] as const;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?)?)?$/;

/** Whether S is an ISO date that exists: "2023", "2023-10", "2023-10-14" or a date and time ("2023-10-14T03:17:00+09:00"). */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] = m.map((x) => (x === undefined ? undefined : Number(x)));
  if (year! < 1000) return false;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > daysIn(year!, month!))) return false;
  if (hour !== undefined && (hour > 23 || minute! > 59 || (second ?? 0) > 59)) return false;
  return offsetHours === undefined || (offsetHours <= 14 && offsetMinutes! <= 59);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The value of --published, checked. */
export function publishedOption(value: string, flag = '--published'): string {
  if (!isIsoDate(value)) throw new CliError(`${flag}: "${value}" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`, 2);
  return value;
}

/** Whether TAG is a language tag whose language Tally reads ("en", "en-GB", "ko"). */
export function isKnownLanguage(tag: string): boolean {
  const [primary, ...rest] = tag.toLowerCase().split('-');
  return (KNOWN_LANGUAGES as readonly string[]).includes(primary) && rest.every((sub) => /^[a-z0-9]{1,8}$/.test(sub));
}

/** The value of --language, checked against the languages Tally reads. */
export function languageOption(value: string, flag = '--language'): string {
  if (!isKnownLanguage(value)) throw new CliError(`${flag}: "${value}" is not a language Tally reads (known: ${KNOWN_LANGUAGES.join(', ')})`, 2);
  return value;
}

/** Whether TAG has the shape of a BCP-47 language tag ("en", "fr-CA"), whether or not Tally has its tables. */
export function isLanguageTag(tag: string): boolean {
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag);
}
