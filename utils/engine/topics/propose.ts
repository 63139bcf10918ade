/**
 * A topic proposed from the reports themselves, so a corpus needs no hand-written topic file:
 * the names two or more reports share (people, places, organisations, vessels), with the
 * spellings seen across them folded into one entity (Dunay = Dunai, Kim Jong Un = Kim Jong-un,
 * Кирби = Kirby), a guess at each one's kind from the words around it, and weights from how many
 * reports name it. A topic file refines the proposal (refineTopic). Pure; not in the content script.
 */
import transliterate from '@sindresorhus/transliterate';
import { distance } from 'fastest-levenshtein';
import type { Entity, EntityKind, Topic } from '../../model/topic';
import { spellingKey, spellingProblem } from './index';
import { NAME_WORDS, type NameWords } from './name-words';

export interface ProposalArticle {
  text: string;
  language?: string | null;
  outlet?: string | null;
}

/** The most entities a proposal keeps (the most widely named): enough for a story, cheap to scan. */
const MAX_ENTITIES = 80;
/** Names in at least this share of the reports (of four or more) say little about a page: like countries, they weigh half. */
const COMMON_SHARE = 0.6;
/** How many of the most widely named entities a page must name one of, to be on the topic. */
const REQUIRED_GROUP = 3;
const MAX_NAME_WORDS = 6;

interface Seen {
  spelling: string;
  articles: Set<number>;
  count: number;
  /** Seen somewhere other than a sentence's first word (so "Officials" at a sentence's start is not a name). */
  inside: boolean;
  kinds: Partial<Record<EntityKind, number>>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’./-]*/gu;
const SENTENCE_END = /[.!?]["”’)]?$|^[•|–—]$/u;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u;

/** A word as a name part: possessive and a closing full stop dropped ("Korea's" → "Korea"), initials kept ("U.S."). */
function namePart(word: string): { text: string; ends: boolean } {
  const possessive = /['’]s$/u.test(word);
  let text = possessive ? word.slice(0, -2) : word;
  if (!/^(?:\p{Lu}\.)+$/u.test(text)) text = text.replace(/[.'’-]+$/u, '');
  return { text, ends: possessive || /[.]$/.test(word) };
}

/** The Latin, lower-case, letters-only key spellings are compared by ("Kim Jong-un" = "kimjongun", "Кирби" = "kirbi"). */
export function foldKey(spelling: string): string {
  return transliterate(spelling).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Every language's demonym endings, as keys: a name's key says nothing of its language. */
const DEMONYM_ENDINGS = new Set(Object.values(NAME_WORDS).flatMap((w) => w.demonymEndings));

/** Is `longer` the adjective or people of the place `shorter` names ("ukrainian" of "ukraine")? */
function demonymOf(longer: string, shorter: string): boolean {
  if (shorter.length < 5) return false;
  const stem = shorter.slice(0, -1);
  return longer.startsWith(stem) && DEMONYM_ENDINGS.has(longer.slice(stem.length));
}

/** Two keys close enough to be one name spelled two ways: same first letter, one edit (two in long names), or a place and its people. */
function closeKeys(a: string, b: string): boolean {
  if (a === b) return true;
  if (demonymOf(a, b) || demonymOf(b, a)) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || a[0] !== b[0]) return false;
  return distance(a, b) <= (shorter >= 10 ? 2 : 1);
}

interface Scan {
  seen: Map<string, Seen>;
  /** Words written in lower case somewhere: a capitalised one of these is an ordinary word. */
  lowerWords: Set<string>;
}

/** A title before a name ("spokesman John Kirby") counts as this many other cues ("Kirby said"). */
const TITLE_VOTES = 3;

function note(scan: Scan, spelling: string, article: number, inside: boolean, kind: EntityKind | null, votes = 1): void {
  let s = scan.seen.get(spelling);
  if (!s) scan.seen.set(spelling, (s = { spelling, articles: new Set(), count: 0, inside: false, kinds: {} }));
  s.articles.add(article);
  s.count++;
  s.inside ||= inside;
  if (kind) s.kinds[kind] = (s.kinds[kind] ?? 0) + votes;
}

/** The kind the word before a name says it is ("President", "port", "ship"), or null. */
function kindFrom(word: string | undefined, words: NameWords): EntityKind | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const kind of ['person', 'vessel', 'org', 'place'] as const) if (words.kindBefore[kind].includes(w)) return kind;
  return null;
}

/** Reads the runs of capitalised words of one report into the scan. */
function scanArticle(scan: Scan, text: string, article: number, words: NameWords): void {
  const tokens = [...text.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index }));
  let sentenceStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const gapBefore = i > 0 ? text.slice(tokens[i - 1].at + tokens[i - 1].word.length, tokens[i].at) : '';
    if (i > 0 && (SENTENCE_END.test(tokens[i - 1].word) || /[\n•|:;]/.test(gapBefore))) sentenceStart = i;
    if (!CAPITALISED.test(tokens[i].word)) {
      scan.lowerWords.add(tokens[i].word.toLowerCase().replace(/[.'’]+$/, ''));
      continue;
    }
    // The run of capitalised words from here, joined by single spaces (or a connector: "Ministry of Defence").
    const parts: string[] = [];
    let j = i;
    for (; j < tokens.length && parts.length < MAX_NAME_WORDS + 2; j++) {
      const t = tokens[j];
      if (j > i && !/^ $/.test(text.slice(tokens[j - 1].at + tokens[j - 1].word.length, t.at))) break;
      const connector = !CAPITALISED.test(t.word) && words.connectors.includes(t.word) && CAPITALISED.test(tokens[j + 1]?.word ?? '');
      if (!CAPITALISED.test(t.word) && !connector) break;
      const part = namePart(t.word);
      parts.push(part.text);
      // A title's full stop ("Gov. Josh Green") does not end the name after it.
      if (part.ends && !(t.word.endsWith('.') && words.kindBefore.person.includes(part.text.toLowerCase()))) {
        j++;
        break;
      }
    }
    addRun(scan, parts, article, i === sentenceStart, tokens[i - 1]?.word, tokens[j]?.word, words);
    i = j - 1;
  }
}

/** One run of capitalised words: titles and non-names stripped, the rest noted as a name with its kind cues. */
function addRun(scan: Scan, run: string[], article: number, atStart: boolean, before: string | undefined, after: string | undefined, words: NameWords): void {
  let parts = run;
  let kind = kindFrom(before, words);
  // "Defense Minister Shin Won-sik": the name follows the last title.
  const lastTitle = parts.map((p) => kindFrom(p, words) === 'person').lastIndexOf(true);
  if (lastTitle >= 0 && lastTitle < parts.length - 1) {
    parts = parts.slice(lastTitle + 1);
    kind = 'person';
  }
  let startsSentence = atStart && parts === run;
  while (parts.length && words.notNames.includes(parts[0].toLowerCase())) {
    parts = parts.slice(1);
    startsSentence = false;
  }
  while (parts.length && (words.notNames.includes(parts[parts.length - 1].toLowerCase()) || words.connectors.includes(parts[parts.length - 1]))) parts = parts.slice(0, -1);
  if (!parts.length || parts.length > MAX_NAME_WORDS) return;
  const spelling = parts.join(' ');
  if (spelling.length > 60 || spellingProblem(spelling) !== null || !/\p{L}/u.test(spelling)) return;
  if (parts.some((p) => words.orgParts.includes(p.toLowerCase())) || ACRONYM.test(spelling)) kind ??= 'org';
  const afterArticle = before !== undefined && words.articles.includes(before.toLowerCase());
  if (!kind && afterArticle) kind = 'place';
  // A name that speaks is a person or a body, not a place; a title says which more surely.
  if (!kind && after && words.speechAfter.includes(after.toLowerCase())) kind = parts.length > 1 ? 'person' : 'org';
  // Two capitalised words are a name even first in a sentence; one word there may be any word.
  note(scan, spelling, article, !startsSentence || parts.length > 1, kind, lastTitle >= 0 || kindFrom(before, words) === 'person' ? TITLE_VOTES : 1);
}

/** Could a seen spelling be a name: not an ordinary word, not an outlet? (Whether it was seen inside a sentence is asked apart.) */
function isName(s: Seen, scan: Scan, outletKeys: Set<string>): boolean {
  // "Russian-flagged", "Soviet-era": an adjective made from a name.
  if (!s.spelling.includes(' ') && /-\p{Ll}+$/u.test(s.spelling)) return false;
  const single = !s.spelling.includes(' ');
  if (single && !ACRONYM.test(s.spelling) && scan.lowerWords.has(s.spelling.toLowerCase())) return false;
  return !outletKeys.has(foldKey(s.spelling));
}

/** A topic id from a name ("Maui wildfire" → "maui-wildfire"). */
export function topicIdFrom(name: string): string {
  return slug(name);
}

function slug(name: string): string {
  return (
    transliterate(name)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

interface Draft {
  spellings: Seen[];
  keys: string[];
}

/**
 * Folds spellings of one name into one draft entity, the most widely seen spelling first.
 * A word seen only first in a sentence ("Petrova said") joins a name but starts none.
 */
function fold(names: Seen[]): Draft[] {
  const drafts: Draft[] = [];
  // Longer names first, so a lone surname can join the one full name it ends ("Kirby" → "John Kirby").
  const ordered = [...names].sort((a, b) => b.articles.size - a.articles.size || b.count - a.count);
  const multi = ordered.filter((s) => s.spelling.includes(' '));
  const single = ordered.filter((s) => !s.spelling.includes(' '));
  for (const s of [...multi, ...single]) {
    const key = foldKey(s.spelling);
    if (!key) continue;
    let home = drafts.find((d) => d.keys.some((k) => closeKeys(k, key)));
    // A lone word of one longer name: a person's family or given name ("Kirby" of John Kirby,
    // "Shin" of Shin Won-sik), the first word of a place or body ("Rajin" of Rajin Port, "the North").
    if (!home && !s.spelling.includes(' ') && !ACRONYM.test(s.spelling)) {
      const wholes = drafts.filter((d) => d.spellings.some((x) => nameEnds(x.spelling).includes(key)));
      const [whole] = wholes;
      const fits = whole && (kindOf(whole) === 'person' ? whole.spellings.some((x) => nameEnds(x.spelling).includes(key)) : whole.spellings.some((x) => nameEnds(x.spelling)[0] === key));
      if (wholes.length === 1 && fits) home = whole;
    }
    if (home) {
      home.spellings.push(s);
      home.keys.push(key);
    } else if (s.inside) drafts.push({ spellings: [s], keys: [key] });
  }
  return drafts;
}

/** The first and last words of a name of several words, as keys. */
function nameEnds(spelling: string): string[] {
  const parts = spelling.split(' ');
  return parts.length > 1 ? [foldKey(parts[0]), foldKey(parts[parts.length - 1])] : [];
}

/**
 * The name an entity goes by: the most seen spelling (a person's fullest: "John Kirby", not
 * "Kirby"), or a shorter spelling it extends ("Russia" over "Russian").
 */
function preferredName(spellings: readonly Seen[], kind: EntityKind): string {
  const words = (x: Seen) => x.spelling.split(' ').length;
  const most = Math.max(...spellings.map(words));
  const [first] = spellings.filter((s) => kind !== 'person' || words(s) === most).sort((a, b) => b.count - a.count);
  const key = foldKey(first.spelling);
  const stem = spellings.find((s) => s !== first && words(s) === words(first) && s.spelling.length >= 4 && (key.startsWith(foldKey(s.spelling)) || demonymOf(key, foldKey(s.spelling))));
  return (stem ?? first).spelling;
}

/** The kind most cues point to; a name with none is taken for a place (most unexplained names in news are). */
function kindOf(d: Draft): EntityKind {
  const votes: Partial<Record<EntityKind, number>> = {};
  for (const s of d.spellings) for (const [k, n] of Object.entries(s.kinds)) votes[k as EntityKind] = (votes[k as EntityKind] ?? 0) + n;
  const best = (Object.entries(votes) as [EntityKind, number][]).sort((a, b) => b[1] - a[1])[0];
  return best?.[0] ?? 'place';
}

/**
 * The topic the reports propose: `id` and `name` (or the two most widely named entities).
 * Names in two or more reports (in one report: named twice) become entities; a page on the
 * topic names one of the three most widely named.
 */
export function proposeTopic(articles: readonly ProposalArticle[], options: { id: string; name?: string }): Topic {
  const scan: Scan = { seen: new Map(), lowerWords: new Set() };
  articles.forEach((a, i) => {
    const words = NAME_WORDS[a.language ?? 'en'];
    if (words) scanArticle(scan, a.text, i, words);
  });
  // An outlet's own name ("Reuters", "Yonhap News Agency (English)") credits the report, it is not in the story.
  const outletKeys = new Set(articles.flatMap((a) => (a.outlet ? [foldKey(a.outlet), foldKey(a.outlet.split(/[(,]|\bciting\b|\bvia\b/)[0])] : [])).filter((k) => k.length >= 2));
  const minArticles = articles.length >= 2 ? 2 : 1;
  const names = [...scan.seen.values()].filter((s) => isName(s, scan, outletKeys));
  // A name is kept when its spellings together are in enough reports (Dunay in one, Dunai in another).
  const drafts = fold(names)
    .map((d) => ({ d, reach: new Set(d.spellings.flatMap((s) => [...s.articles])).size, count: d.spellings.reduce((n, s) => n + s.count, 0) }))
    .filter((x) => x.reach >= minArticles && x.count >= 2)
    .sort((a, b) => b.reach - a.reach || b.count - a.count)
    .slice(0, MAX_ENTITIES);
  const ids = new Set<string>();
  const entities: Entity[] = drafts.map(({ d, reach }) => {
    const kind = kindOf(d);
    const name = preferredName(d.spellings, kind);
    const spellings = [name, ...[...d.spellings].sort((a, b) => b.count - a.count).map((s) => s.spelling).filter((s) => s !== name)];
    let id = slug(spellings[0]);
    for (let n = 2; ids.has(id); n++) id = `${slug(spellings[0])}-${n}`;
    ids.add(id);
    const common = articles.length >= 4 && reach / articles.length >= COMMON_SHARE;
    const aliases = spellings.slice(1).filter((s, k, all) => all.findIndex((o) => spellingKey(o) === spellingKey(s)) === k && spellingKey(s) !== spellingKey(spellings[0]));
    return { id, name: spellings[0], kind, aliases, weight: common ? 0.5 : 1 };
  });
  const top = entities.slice(0, REQUIRED_GROUP);
  return {
    id: options.id,
    name: options.name ?? (top.slice(0, 2).map((e) => e.name).join(' · ') || options.id),
    entities,
    ...(top.length ? { requires: [top.map((e) => e.id)] } : {}),
  };
}

/**
 * A hand-written topic refining a proposed one: the written entities, requires and terms as
 * written, and the proposed entities none of whose spellings the written ones already name.
 */
export function refineTopic(proposed: Topic, written: Topic): Topic {
  const writtenSpellings = written.entities.flatMap((e) => [e.name, ...e.aliases]);
  const writtenKeys = writtenSpellings.map(foldKey);
  // A word of a written name is a piece of it ("North" of "North Korea"), not a name of its own.
  const writtenWords = new Set(writtenSpellings.flatMap((s) => (s.includes(' ') ? s.split(' ').map(foldKey) : [])));
  const ids = new Set(written.entities.map((e) => e.id));
  // ...and so is its start ("Democratic People" of "Democratic People's Republic of Korea").
  const known = (s: string) => writtenWords.has(foldKey(s)) || writtenKeys.some((k) => closeKeys(k, foldKey(s)) || (s.includes(' ') && k.startsWith(foldKey(s))));
  const extra = proposed.entities.filter((e) => !ids.has(e.id) && ![e.name, ...e.aliases].some(known));
  return { ...written, entities: [...written.entities, ...extra] };
}
