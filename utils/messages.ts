/**
 * THE contract for cross-context messages (content script / popup / options → background).
 * Every message is declared once here: a line of doc, its request and response types, and a
 * valibot schema the background validates each incoming request against. To add a message,
 * add an entry to `MessageMap` and to `requestSchemas`; TypeScript refuses one without the other.
 *
 * Wire format: `{ type, data }` in, `{ ok: true, data } | { ok: false, error }` out.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Claim } from './claims/types';
import type { Topic } from './topics';

// The matcher owns these shapes; type-only re-exports keep Fuse out of the content bundle.
export type { ClaimCheck, ReportLine } from './matcher';
import type { ClaimCheck } from './matcher';

/** The request of `checkClaims`: one batch per page. */
export interface CheckClaimsRequest {
  claims: Claim[];
  /** The page's URL, so the corpus can leave the page's own report out. */
  url?: string;
  /** The article text the claims' offsets refer to. */
  text?: string;
  /** The page's publication date (ISO), when the page states one. */
  published?: string;
}

/** Every message: name → { request, response }. Others add their messages here. */
export interface MessageMap {
  /** Check one page's claims against the corpus; one batch per page (or per new content). */
  checkClaims: { request: CheckClaimsRequest; response: ClaimCheck[] };
  /** The topics (with entities and aliases) the corpus knows; asked once per page. */
  getTopics: { request: Record<string, never>; response: Topic[] };
}

export type MessageName = keyof MessageMap;
export type RequestOf<N extends MessageName> = MessageMap[N]['request'];
export type ResponseOf<N extends MessageName> = MessageMap[N]['response'];
/** What travels from a sender to the background. */
export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  data: RequestOf<N>;
}
/** What the background answers. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

// Bounds keep a hostile page from making the background parse or store something huge.
const shortText = v.pipe(v.string(), v.maxLength(10_000));
const bound = v.union([v.pipe(v.number(), v.finite()), v.pipe(v.string(), v.maxLength(64))]);

const claimSchema = v.object({
  quote: shortText,
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  value: bound,
  low: bound,
  high: bound,
  qualifier: v.picklist(['exact', 'about', 'more-than', 'at-least', 'less-than', 'up-to', 'range', 'magnitude']),
  hedge: v.nullable(shortText),
  direction: v.nullable(v.picklist(['up', 'down'])),
  unit: v.pipe(v.string(), v.maxLength(200)),
  measure: v.nullable(shortText),
  attribution: v.nullable(shortText),
  sentence: shortText,
});

/** Request schemas, one per message. The background refuses anything that does not parse. */
export const requestSchemas: { [N in MessageName]: v.GenericSchema<unknown, RequestOf<N>> } = {
  checkClaims: v.object({
    claims: v.pipe(v.array(claimSchema), v.maxLength(20_000)),
    url: v.optional(v.pipe(v.string(), v.maxLength(4_000))),
    text: v.optional(v.pipe(v.string(), v.maxLength(5_000_000))),
    published: v.optional(v.pipe(v.string(), v.maxLength(64))),
  }) as v.GenericSchema<unknown, CheckClaimsRequest>,
  getTopics: v.pipe(
    v.optional(v.object({}), {}),
    v.transform(() => ({}) as Record<string, never>),
  ),
};

/**
 * Validates a raw incoming message. Returns the typed envelope, or an error string saying
 * what is wrong (unknown type, or the first bad field).
 */
export function parseEnvelope(raw: unknown): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'message is not an object' };
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) {
    return { ok: false, error: `unknown message type ${JSON.stringify(String(type)).slice(0, 80)}` };
  }
  const result = v.safeParse(requestSchemas[type as MessageName], (raw as { data?: unknown }).data);
  if (!result.success) {
    const issue = result.issues[0];
    const where = v.getDotPath(issue) ?? 'data';
    return { ok: false, error: `bad ${type} request at ${where}: ${issue.message}` };
  }
  return { ok: true, envelope: { type: type as MessageName, data: result.output as never } };
}

/**
 * Sends a message to the background and returns its answer's data; throws the background's
 * error message when it refuses. Kept free of valibot so the content bundle stays small.
 */
export async function sendMessage<N extends MessageName>(type: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const reply = (await browser.runtime.sendMessage({ type, data } satisfies Envelope<N>)) as Reply<ResponseOf<N>> | undefined;
  if (!reply) throw new Error(`no answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
