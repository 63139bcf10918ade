/**
 * Checks for option values several commands share: a publication date and a text's language.
 * A bad value is one line naming what is accepted, exit 2 (a usage error).
 */
import { isIsoDate } from '../utils/engine/pack/schema';
import { CliError } from './cli-error';
import { TABLE_LANGUAGES } from '../utils/engine/claims/index';

/** Whether S is an ISO date that exists, at any precision (the pack format's rule). */
export { isIsoDate };

/** The languages the claims engine has tables for (utils/engine/claims/lang/), by BCP-47 primary subtag. */
export const KNOWN_LANGUAGES = TABLE_LANGUAGES;

/** The value of --published, checked. */
export function publishedOption(value: string, flag = '--published'): string {
  if (!isIsoDate(value)) throw new CliError(`${flag}: "${value}" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`, 2);
  return value;
}

/** Whether TAG is a language tag whose language Tally reads ("en", "en-GB", "ko"). */
export function isKnownLanguage(tag: string): boolean {
  const [primary, ...rest] = tag.toLowerCase().split('-');
  return KNOWN_LANGUAGES.includes(primary) && rest.every((sub) => /^[a-z0-9]{1,8}$/.test(sub));
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
