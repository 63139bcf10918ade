/**
 * The background's half of marking a page: the content script sends the article's text (one
 * batch, in pieces of at most MAX_PAGE_TEXT_CHARS), and this decides the topic, runs the claims
 * engine, checks the figures against the corpus and finds the entity spellings worth a note.
 *
 * Why here and not in the content script: the engine is most of the content script's cost on a
 * page (V8 compiling it cold on every page load, then the regexes), and all of it ran on the
 * page's own main thread. In the background it is compiled once per worker and runs off the
 * page's thread; the content script shrinks to finding the article, reading its text and drawing
 * the marks.
 * Pure: the corpus comes in as an argument (tested in Node against the real corpus).
 */
import { extractClaims } from './claims';
import type { Claim } from './claims/types';
import { TOPIC_SAMPLE_CHARS, type CheckPageReply, type CheckPageRequest, type ClaimCheck, type PageMention } from '../protocol/messages';
import { detectTopic, forEachEntityMention, spellingKey, type Entity, type Topic } from './topics';

/** What checkPage needs of the corpus. */
export interface PageCheckCorpus {
  topics(): Promise<Topic[]>;
  check(claims: Claim[], page: { url?: string; text?: string; published?: string }): Promise<ClaimCheck[]>;
}

// Entities whose other spellings are worth a note (a port, a ship, a person), not "U.S." = "Washington".
const SPELLING_KINDS = new Set(['place', 'vessel', 'person']);

/**
 * Checks one piece of a page's article. Off topic (or an unknown topic id): `topic` is null
 * and nothing else is done. Claims come back with offsets into `request.text`; a figure no
 * other report states comes back only when `markUnmatched` asks for it.
 */
export async function checkPage(request: CheckPageRequest, corpus: PageCheckCorpus): Promise<CheckPageReply> {
  const topics = await corpus.topics();
  const topic = request.topic
    ? topics.find((t) => t.id === request.topic)
    : topicOf(`${request.title ?? ''}\n${request.text.slice(0, TOPIC_SAMPLE_CHARS)}`, topics);
  if (!topic) return { topic: null, words: 0, claims: 0, checks: [], mentions: [] };

  const { claims, toCheck } = figuresToCheck(request.text, { published: request.published, language: request.language });
  const checked = await corpus.check(toCheck, {
    url: request.url,
    // The page's own report is recognised by its opening (the sketch reads only the beginning).
    text: request.opening ?? request.text,
    published: request.published,
  });
  return {
    topic: topic.id,
    words: countWords(request.text),
    claims: claims.length,
    checks: checksToSend(withReports(claims, checked), !!request.markUnmatched),
    mentions: spellingMentions(request.text, topic.entities, new Set(request.skipEntities ?? [])),
  };
}

/**
 * The most figures one reply carries. A hostile piece of 200,000 characters can hold tens of
 * thousands of figures, each with its reports, and a reply over the 64 MiB message limit loses
 * the whole page its marks; no real article has a thousand figures in one piece.
 */
export const MAX_CHECKS_PER_REPLY = 1_000;

/**
 * The check use case, shared by the background (`checkPage`) and the CLI (`tally check`), around
 * their corpus's check (asynchronous in the background, synchronous over a pack in the CLI):
 * the text's figures, and the ones to check, a figure repeated word for word in the same
 * sentence once (long pages repeat a lot).
 */
export function figuresToCheck(text: string, page: { published?: string; language?: string }): { claims: Claim[]; toCheck: Claim[] } {
  const claims = extractClaims(text, page);
  const unique = new Map<string, Claim>();
  for (const claim of claims) if (!unique.has(claimKey(claim))) unique.set(claimKey(claim), claim);
  return { claims, toCheck: [...unique.values()] };
}

/** Every figure of the text with the reports its checked repetition found (the other half of `figuresToCheck`). */
export function withReports<C extends ClaimCheck>(claims: readonly Claim[], checked: readonly C[]): C[] {
  const byKey = new Map(checked.map((check) => [claimKey(check.claim), check]));
  return claims.map((claim) => {
    const check = byKey.get(claimKey(claim));
    return (check?.claim === claim ? check : { ...check, claim, reports: check?.reports ?? [] }) as C;
  });
}

/** The checks a reply carries: figures with reports first, then (when asked) the rest, in page order, up to the cap. */
function checksToSend(all: readonly ClaimCheck[], markUnmatched: boolean): ClaimCheck[] {
  const matched: ClaimCheck[] = [];
  const unmatched: ClaimCheck[] = [];
  for (const { claim, reports } of all) {
    if (reports.length) matched.push({ claim, reports });
    else if (markUnmatched && unmatched.length < MAX_CHECKS_PER_REPLY) unmatched.push({ claim, reports });
    if (matched.length >= MAX_CHECKS_PER_REPLY) break;
  }
  const checks = [...matched, ...unmatched.slice(0, MAX_CHECKS_PER_REPLY - matched.length)];
  return checks.sort((a, b) => a.claim.start - b.claim.start);
}

function topicOf(text: string, topics: readonly Topic[]): Topic | undefined {
  const found = detectTopic(text, topics);
  return found ? topics.find((t) => t.id === found.topicId) : undefined;
}

/**
 * The first mention of each place, vessel or person that is written one way here and other
 * ways elsewhere, with those other spellings ("Rason": also Najin, Rajin).
 */
function spellingMentions(text: string, entities: readonly Entity[], skip: ReadonlySet<string>): PageMention[] {
  const mentions: PageMention[] = [];
  const noted = new Set<string>();
  forEachEntityMention(text, entities, (start, end, entity, spelling) => {
    if (!SPELLING_KINDS.has(entity.kind) || (entity.weight ?? 1) < 1 || skip.has(entity.id) || noted.has(entity.id)) return;
    const others = otherSpellings(spelling, [entity.name, ...entity.aliases]);
    if (!others.length) return;
    noted.add(entity.id);
    mentions.push({ start, end, entityId: entity.id, spelling, aliases: others });
  });
  return mentions;
}

/** Spellings that differ from the one written, not merely longer or shorter forms of it. */
function otherSpellings(written: string, spellings: readonly string[]): string[] {
  const key = spellingKey(written);
  const out: string[] = [];
  for (const spelling of spellings) {
    const k = spellingKey(spelling);
    if (k.includes(key) || key.includes(k)) continue;
    if (!out.some((o) => spellingKey(o) === k)) out.push(spelling);
  }
  return out;
}

function claimKey(claim: Claim): string {
  return `${claim.quote}\u0000${claim.sentence}`;
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
