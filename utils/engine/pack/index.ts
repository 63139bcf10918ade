/**
 * Reading and writing corpus packs. `parsePack` is the one gate every pack passes through
 * (default pack, options-page import, CLI): it refuses a bad pack whole with a `PackError`
 * naming the problem and where.
 */
import * as v from 'valibot';
import type { Claim } from '../claims/types';
import { boundToJson, reviveBounds } from '../../model/bounds';
import { PACK_FORMAT, PACK_VERSION, PackSchema, TopicSchema, type PackTopic, type Pack, type PackArticle, type PackClaim } from './schema';

export * from './schema';

/** A pack that cannot be read. `where` is a path such as `articles[2].published`, when known. */
export class PackError extends Error {
  constructor(
    message: string,
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'PackError';
  }
}

function pathOf(issue: v.BaseIssue<unknown>): string | undefined {
  if (!issue.path?.length) return undefined;
  let out = '';
  for (const item of issue.path) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  // valibot's default wording ("Invalid type: Expected number but received "12"") is fine;
  // our own messages already say what is wanted.
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined && issue.path?.length) {
    return `unknown field "${String((issue.path.at(-1) as { key: unknown }).key)}"`;
  }
  if (issue.type === 'union' && issue.issues?.length) {
    return `${issue.message}, got ${JSON.stringify(issue.input)?.slice(0, 40)}`;
  }
  if (issue.expected === undefined && issue.input === undefined) return 'missing';
  if (issue.kind === 'schema' && issue.input === undefined) return `missing (expected ${issue.expected})`;
  return issue.message;
}

/**
 * How deep a pack may nest. A real pack is 6 levels deep (pack, articles, article, claims,
 * claim, asWritten); a hostile one 100,000 deep overflowed the stack in the checks that recurse.
 */
export const MAX_PACK_DEPTH = 64;

const tooDeep = () => new PackError(`the pack is nested too deeply (more than ${MAX_PACK_DEPTH} levels of arrays and objects)`);

/** Refuse JSON text nested deeper than MAX_PACK_DEPTH, in one pass and before parsing it. */
function checkTextDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_PACK_DEPTH) throw tooDeep();
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}

/** Refuse a parsed value nested deeper than MAX_PACK_DEPTH, without recursing (a deep value would overflow). */
function checkValueDepth(root: unknown): void {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth + 1 > MAX_PACK_DEPTH) throw tooDeep();
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
}

/** Parse JSON text, naming where it breaks (a truncated file ends early). */
export function parsePackJson(text: string): unknown {
  checkTextDepth(text);
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // A parse error at the very end of the text means the file stops mid-way.
    const at = /at position (\d+)/.exec(detail);
    const truncated = /end of (JSON )?input|Unexpected end/i.test(detail) || (at !== null && Number(at[1]) >= text.trimEnd().length - 1);
    throw new PackError(`${truncated ? 'the file ends early (truncated?)' : 'not valid JSON'}: ${detail}`);
  }
}

/**
 * Validate a pack (a parsed object, or its JSON text). Returns the pack as typed data or throws
 * a `PackError`. Shape is checked by valibot; then ids must be unique, every article's topic
 * known, every `memberOf` resolvable and every claim's offsets inside its text.
 */
export function parsePack(raw: unknown): Pack {
  const data = typeof raw === 'string' ? parsePackJson(raw) : raw;
  if (typeof raw !== 'string') checkValueDepth(data);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new PackError('a pack must be a JSON object');
  const head = data as Record<string, unknown>;
  if (head.format !== PACK_FORMAT) throw new PackError(`not a Tally pack (format is ${JSON.stringify(head.format)}, expected "${PACK_FORMAT}")`, 'format');
  if (head.version !== PACK_VERSION) {
    throw new PackError(`unsupported pack version ${JSON.stringify(head.version)} (this Tally reads version ${PACK_VERSION})`, 'version');
  }
  const result = v.safeParse(PackSchema, data);
  if (!result.success) {
    const [first] = result.issues;
    const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more problem${result.issues.length > 2 ? 's' : ''})` : '';
    throw new PackError(describeIssue(first) + more, pathOf(first));
  }
  const pack = result.output;
  checkReferences(pack);
  return pack;
}

function checkReferences(pack: Pack): void {
  const topicIds = new Set<string>();
  pack.topics.forEach((topic, t) => {
    if (topicIds.has(topic.id)) throw new PackError(`duplicate topic id "${topic.id}"`, `topics[${t}].id`);
    topicIds.add(topic.id);
    const entityIds = new Set<string>();
    topic.entities.forEach((e, i) => {
      if (entityIds.has(e.id)) throw new PackError(`duplicate entity id "${e.id}"`, `topics[${t}].entities[${i}].id`);
      entityIds.add(e.id);
    });
    topic.entities.forEach((e, i) =>
      e.memberOf?.forEach((parent, j) => {
        if (!entityIds.has(parent)) throw new PackError(`unknown entity "${parent}"`, `topics[${t}].entities[${i}].memberOf[${j}]`);
      }),
    );
    topic.requires?.forEach((group, g) =>
      group.forEach((ref, j) => {
        if (!entityIds.has(ref)) throw new PackError(`unknown entity "${ref}"`, `topics[${t}].requires[${g}][${j}]`);
      }),
    );
  });
  const articleIds = new Set<string>();
  pack.articles.forEach((a, i) => {
    if (articleIds.has(a.id)) throw new PackError(`duplicate article id "${a.id}"`, `articles[${i}].id`);
    articleIds.add(a.id);
    if (!topicIds.has(a.topic)) throw new PackError(`unknown topic "${a.topic}"`, `articles[${i}].topic`);
    a.claims?.forEach((c, j) => {
      if (c.end < c.start || c.end > a.text.length) {
        throw new PackError(`offsets ${c.start}-${c.end} fall outside the article text (${a.text.length} characters)`, `articles[${i}].claims[${j}]`);
      }
      if (a.text.slice(c.start, c.end) !== c.quote) {
        throw new PackError(`quote ${JSON.stringify(c.quote.slice(0, 40))} is not the text at ${c.start}-${c.end}`, `articles[${i}].claims[${j}].quote`);
      }
    });
  });
}

/** Parse and check a topic file (seeds/topic.json) with the pack's own schema. */
export function parseTopic(raw: unknown, where = 'topic.json'): PackTopic {
  checkValueDepth(raw);
  const result = v.safeParse(TopicSchema, raw);
  if (!result.success) {
    const path = pathOf(result.issues[0]);
    throw new PackError(describeIssue(result.issues[0]), path ? `${where} ${path}` : where);
  }
  return result.output;
}

/** A claim as a pack stores it: JSON has no Infinity, so an open bound becomes null. */
export function claimToPack(claim: Claim): PackClaim {
  const bound = boundToJson;
  return {
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    value: claim.value,
    low: bound(claim.low),
    high: bound(claim.high),
    qualifier: claim.qualifier,
    hedge: claim.hedge,
    direction: claim.direction,
    unit: claim.unit,
    measure: claim.measure,
    attribution: claim.attribution,
    sentence: claim.sentence,
    ...(claim.asWritten && {
      asWritten: { value: claim.asWritten.value, low: boundToJson(claim.asWritten.low), high: boundToJson(claim.asWritten.high), unit: claim.asWritten.unit },
    }),
  };
}

/** A pack's claim back in the claim model: a null lower bound is -Infinity, a null upper one Infinity. */
export function claimFromPack(claim: PackClaim): Claim {
  const { asWritten, ...rest } = claim;
  const out = reviveBounds(rest) as Claim;
  if (asWritten) out.asWritten = reviveBounds(asWritten) as NonNullable<Claim['asWritten']>;
  return out;
}

export type { Pack, PackArticle };
