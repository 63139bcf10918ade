/**
 * The corpus pack format, version 1, as valibot schemas. One format for the default pack, the
 * options page's import/export and the CLI. Cross-record rules (unique ids, known topics)
 * live in `index.ts`, after the shape is known to be right.
 */
import * as v from 'valibot';
import { parseIsoDate } from '../../model/dates';
import { spellingProblem } from '../topics';

/** The `format` tag every pack carries. */
export const PACK_FORMAT = 'tally-pack';
/** The pack version this build writes and reads. */
export const PACK_VERSION = 1;

/**
 * True for a date that exists, in ISO form at any precision: "2025", "2023-10", "2023-10-14" or
 * a timestamp ("2023-10-14T03:17:00+09:00"); refuses "2023-02-30", "2023-10-14 03:17" and "14 Oct 2023". Real
 * metadata is often only a month or a year; `parseIsoDate` is the one reader of such dates.
 */
export function isIsoDate(s: string): boolean {
  // Pack form has no spaces: untrimmed, a date would sort apart from its equals; a time joins with "T".
  return !/\s/.test(s) && parseIsoDate(s) !== null;
}

/** Why S is refused as a date: one wording for the pack schema and `tally pack build`. */
export function notIsoDate(s: string): string {
  return `"${s}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`;
}

/**
 * A claim's date: ISO, or when the report has no date to resolve it ISO 8601's truncated forms:
 * "--MM-DD" (a day without its year), "---DD" ("on the 13th": a day without its month).
 */
export function isClaimDate(s: string): boolean {
  return isIsoDate(s) || (/^--\d{2}-\d{2}$/.test(s) && isIsoDate(`2024${s.slice(1)}`)) || (/^---\d{2}$/.test(s) && isIsoDate(`2024-01${s.slice(2)}`));
}

const nonEmpty = (what: string) => v.pipe(v.string(`${what} must be a string`), v.trim(), v.minLength(1, `${what} must not be empty`));
const id = v.pipe(v.string('id must be a string'), v.regex(/^[A-Za-z0-9][A-Za-z0-9._:#-]*$/, 'id must be letters, digits, ".", "_", ":", "#" or "-"'));
const isoDate = v.pipe(v.string('a date must be a string'), v.check(isIsoDate, (issue) => notIsoDate(String(issue.input))));
/** A number or, for a date claim, an ISO date; JSON has no Infinity, so an open bound is null. */
const numberOrDate = (what: string, nullable: boolean) =>
  v.custom<number | string | (typeof nullable extends true ? null : never)>(
    (x) => (typeof x === 'number' && Number.isFinite(x)) || (typeof x === 'string' && isClaimDate(x)) || (nullable && x === null),
    // (String, not JSON: 1e309 in a pack reads as Infinity, which JSON would print as null.)
    (issue) => `${what} must be a number (or an ISO date for a date claim${nullable ? ', or null when open' : ''}), got ${typeof issue.input === 'number' ? String(issue.input) : JSON.stringify(issue.input)?.slice(0, 40)}`,
  );
const bound = (what: string) => numberOrDate(what, true) as v.GenericSchema<number | string | null>;

/** A name or alias: something the mention finder can match (see `spellingProblem`). */
const spelling = (what: string) => v.pipe(nonEmpty(what), v.check((s) => spellingProblem(s) === null, (issue) => `${what} ${spellingProblem(String(issue.input))}`));

export const EntitySchema = v.strictObject({
  id,
  name: spelling('name'),
  kind: v.picklist(['person', 'place', 'vessel', 'org', 'document'], 'kind must be person, place, vessel, org or document'),
  aliases: v.array(spelling('alias')),
  memberOf: v.optional(v.array(id)),
  weight: v.optional(v.pipe(v.number('weight must be a number'), v.finite(), v.minValue(0))),
});

export const TopicSchema = v.strictObject({
  id,
  name: nonEmpty('name'),
  entities: v.array(EntitySchema),
  requires: v.optional(v.array(v.array(id))),
  terms: v.optional(v.array(v.array(nonEmpty('term')))),
});

/** A finite number, or null for an open bound (JSON has no Infinity). */
const numericBound = v.nullable(v.pipe(v.number('a bound must be a number or null'), v.finite()));

/** The figure in the unit the text wrote, when the engine converted it ("180 miles" as 180 mile). */
const AsWrittenSchema = v.strictObject({
  value: v.pipe(v.number('asWritten.value must be a number'), v.finite()),
  low: numericBound,
  high: numericBound,
  unit: nonEmpty('asWritten.unit'),
});

/**
 * Every field of the engine's `Claim` (utils/engine/claims/types.ts): what the engine emits, a pack must
 * carry, or "Add this page" and an export fail on an article an import accepted.
 */
export const ClaimSchema = v.pipe(v.strictObject({
  quote: v.string(),
  start: v.pipe(v.number('start must be a number'), v.integer(), v.minValue(0)),
  end: v.pipe(v.number('end must be a number'), v.integer(), v.minValue(0)),
  value: numberOrDate('value', false) as v.GenericSchema<number | string>,
  low: bound('low'),
  high: bound('high'),
  qualifier: v.picklist(['exact', 'about', 'more-than', 'at-least', 'less-than', 'up-to', 'range', 'magnitude']),
  hedge: v.nullable(v.string()),
  direction: v.nullable(v.picklist(['up', 'down'])),
  /** Canonical unit; "" for a bare number ("the index rose to 2,400"). */
  unit: v.string('unit must be a string'),
  measure: v.nullable(v.string()),
  attribution: v.nullable(v.string()),
  sentence: v.string(),
  asWritten: v.optional(AsWrittenSchema),
}),
  // A figure's value is a number: "1000" would read as the year 1000 (a date may be a bare year).
  v.forward(
    v.partialCheck(
      [['unit'], ['value']],
      (c) => c.unit === 'date' || typeof c.value === 'number',
      (issue) => `value must be a number (a date only for a date claim), got ${JSON.stringify((issue.input as { value: unknown }).value)?.slice(0, 40)}`,
    ),
    ['value'],
  ),
);

export const ArticleSchema = v.strictObject({
  id,
  file: v.optional(v.nullable(nonEmpty('file'))),
  topic: id,
  outlet: nonEmpty('outlet'),
  title: v.nullable(v.string()),
  url: v.nullable(v.pipe(v.string(), v.url('url must be a URL'))),
  published: v.nullable(isoDate),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'language must be a language tag such as "en"')),
  byline: v.nullable(v.string()),
  dateline: v.nullable(v.string()),
  origin: v.picklist(['default', 'user', 'import'], 'origin must be default, user or import'),
  note: v.optional(v.nullable(v.string())),
  /** The wire service a reprint carries ("Agence France-Presse"): its figures are not independent. */
  wire: v.optional(v.nullable(nonEmpty('wire'))),
  text: nonEmpty('text'),
  claims: v.optional(v.array(ClaimSchema)),
});

export const PackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT, `format must be "${PACK_FORMAT}"`),
  version: v.literal(PACK_VERSION, `version must be ${PACK_VERSION}`),
  name: v.optional(v.string()),
  created: v.optional(isoDate),
  topics: v.array(TopicSchema),
  articles: v.array(ArticleSchema),
});

export type PackEntity = v.InferOutput<typeof EntitySchema>;
export type PackTopic = v.InferOutput<typeof TopicSchema>;
export type PackClaim = v.InferOutput<typeof ClaimSchema>;
export type PackArticle = v.InferOutput<typeof ArticleSchema>;
/** A validated corpus pack. */
export type Pack = v.InferOutput<typeof PackSchema>;
