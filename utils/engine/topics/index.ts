/**
 * Topic entities and their spellings (Najin = Rajin = Rason). Tiny and pure: the content
 * script imports this, so no Fuse, no Dexie, no DOM.
 */

export type { Entity, EntityKind, Topic } from '../../model/topic';
import type { Entity, Topic } from '../../model/topic';

/** One place where a text names an entity. */
export interface EntityMention {
  start: number;
  end: number;
  entityId: string;
  /** The spelling as written. */
  spelling: string;
  /** The other spellings of the same entity (name first), for the note ("also: Rajin, Rason"). */
  aliases: string[];
}

/** Letters and digits: what a spelling needs at least two of to name anything. */
const NAME_CHARS = /[\p{L}\p{N}]/gu;

/**
 * Why a spelling cannot name an entity, or null when it can. A spelling with nothing to match
 * ("-", "  ", "...") would compile to a pattern that matches everywhere or nothing, and one of
 * a single letter or digit ("a", "7") would match ordinary words; a name needs two letters or
 * digits. The pack schema and the topic-file loader refuse such spellings with this message.
 */
export function spellingProblem(spelling: string): string | null {
  const count = spelling.match(NAME_CHARS)?.length ?? 0;
  if (count === 0) return `${JSON.stringify(spelling.slice(0, 40))} has nothing to match: a spelling needs letters or digits, not only dashes, spaces or punctuation`;
  if (count < 2) return `${JSON.stringify(spelling.slice(0, 40))} is too short to be a name: a spelling needs at least two letters or digits`;
  return null;
}

/** Spellings whose last letter is of a script whose words take endings glued on. */
const GLUED_ENDINGS = /[\p{Script=Hangul}\p{Script=Cyrillic}]$/u;

const matcherCache = new WeakMap<readonly Entity[], { regex: RegExp; bySpelling: Map<string, Entity> }>();

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The regex source for one spelling: a lower-case word-initial letter matches either case (so
 * "defense ministry" finds "Defense Ministry"), the rest is exact (so "US" is not "us" and
 * "the North" is not "the north"), and a
 * hyphen, a space or nothing are one ("Shin Won-sik" = "Shin Wonsik" = "Shin Won Sik").
 */
function spellingPattern(spelling: string): string {
  let out = '';
  let wordStart = true;
  for (const ch of spelling.trim()) {
    if (ch === '-' || ch === ' ' || ch === '\u2010' || ch === '\u2011') {
      out += '[\\s\\-\u2010\u2011]?';
      wordStart = true;
      continue;
    }
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    out += wordStart && ch === lower && lower !== upper ? `[${escapeRegex(lower)}${escapeRegex(upper)}]` : escapeRegex(ch);
    wordStart = false;
  }
  return out;
}

/** Spelling key used to map a matched spelling back to its entity. */
export function spellingKey(s: string): string {
  return s.toLowerCase().replace(/[\s\-\u2010\u2011]+/g, '');
}

function compile(entities: readonly Entity[]) {
  let cached = matcherCache.get(entities);
  if (cached) return cached;
  const bySpelling = new Map<string, Entity>();
  for (const e of entities) {
    for (const s of [e.name, ...e.aliases]) {
      if (spellingProblem(s) !== null) continue;
      const key = spellingKey(s);
      if (key && !bySpelling.has(key)) bySpelling.set(key, e);
      // The spelling as written, too: most mentions are found without normalising.
      if (!bySpelling.has(s)) bySpelling.set(s, e);
    }
  }
  // Longest first so "Kim Jong-un" wins over a shorter spelling inside it.
  // A spelling with nothing to match is left out even if it got past validation (a corpus
  // stored before the rule): its pattern would match the empty string at every position.
  const spellings = entities.flatMap((e) => [e.name, ...e.aliases]).filter((s) => spellingProblem(s) === null);
  spellings.sort((a, b) => b.length - a.length);
  // A spelling in Hangul or Cyrillic is a word's start: Korean particles ("북한은") and Russian
  // case endings ("России" of the stem "Росси") follow the name in the same word.
  const source = spellings.map((s) => spellingPattern(s) + (GLUED_ENDINGS.test(s) ? '' : '(?![\\p{L}\\p{N}])')).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source || '(?!)'})`, 'gu');
  cached = { regex, bySpelling };
  matcherCache.set(entities, cached);
  return cached;
}

/** Every mention of an entity in a text, in order, non-overlapping (longest spelling wins). */
export function findEntityMentions(text: string, entities: readonly Entity[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  forEachEntityMention(text, entities, (start, end, entity, spelling) => {
    const key = spellingKey(spelling);
    mentions.push({ start, end, entityId: entity.id, spelling, aliases: [entity.name, ...entity.aliases].filter((s) => spellingKey(s) !== key) });
  });
  return mentions;
}

/** The distinct entity ids a text mentions (the matcher's hot path: no alias lists built). */
export function entityIdsIn(text: string, entities: readonly Entity[]): string[] {
  const ids: string[] = [];
  forEachEntityMention(text, entities, (_s, _e, entity) => {
    if (!ids.includes(entity.id)) ids.push(entity.id);
  });
  return ids;
}

/**
 * Calls `found` for each mention, in order (findEntityMentions without building alias lists).
 * Returns how many matches the scan visited: at most one per character of `text`, plus one,
 * since an empty match is stepped past (the fuzz test holds it to that).
 */
export function forEachEntityMention(text: string, entities: readonly Entity[], found: (start: number, end: number, entity: Entity, spelling: string) => void): number {
  const { regex, bySpelling } = compile(entities);
  regex.lastIndex = 0;
  let visited = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    visited++;
    if (m[0] === '') {
      regex.lastIndex++;
      continue;
    }
    const entity = bySpelling.get(m[0]) ?? bySpelling.get(spellingKey(m[0]));
    if (entity) found(m.index, m.index + m[0].length, entity, m[0]);
  }
  return visited;
}

/**
 * Which topic a page is about, if any. Cheap: one regex pass per topic. A page must mention
 * one entity of every `requires` group, and its distinct entities must weigh at least 3, so a
 * page that only names Russia or Seoul in passing is not on the topic.
 */
export function detectTopic(text: string, topics: readonly Topic[]): { topicId: string; score: number } | null {
  let best: { topicId: string; score: number } | null = null;
  for (const topic of topics) {
    const ids = new Set(entityIdsIn(text, topic.entities));
    if (topic.requires && !topic.requires.every((group) => group.some((id) => ids.has(id)))) continue;
    let score = 0;
    for (const e of topic.entities) if (ids.has(e.id)) score += e.weight ?? 1;
    if (score >= 3 && (!best || score > best.score)) best = { topicId: topic.id, score };
  }
  return best;
}

/** An entity's id plus every entity it belongs to, transitively (Kirby → White House → US). */
export function entityClosure(id: string, entities: readonly Entity[]): Set<string> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const next = stack.pop()!;
    if (out.has(next)) continue;
    out.add(next);
    for (const parent of byId.get(next)?.memberOf ?? []) stack.push(parent);
  }
  return out;
}
