/**
 * Word-level text helpers for the matcher: content tokens of what is counted (aliases and
 * term families folded first), and wire-copy sketches. Pure.
 */
import { canonicalNoun } from '../claims/canonical-noun';
import { SPANISH_MARKERS } from '../claims/lang/es';
import { GERMAN_MARKERS } from '../claims/lang/de';
import { forEachEntityMention, type Entity } from '../topics/index';

const STOPWORDS = new Set(
  `a an the of to in on at by for from with and or but as is are was were be been being has have had it its this that these those
  which who whom than then there their they them he she his her we our you your i me my not no nor so such into onto over under
  about around roughly some nearly almost approximately more less fewer least most up down per via full total all any each other
  said says say according also while after before since until during between among would could may might can will shall should
  what when where how why ago last next this year years month months week weeks day days so far now just only new`.split(/\s+/),
);
// Spanish and German function words too: around a figure they say nothing of what it is.
for (const w of [...SPANISH_MARKERS, ...GERMAN_MARKERS]) if (w.length >= 3) STOPWORDS.add(w);

/** A light English stem: plural and adjective endings, so "munitions" = "munition", "Ukrainian" = "Ukraine". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ian')) w = w.slice(0, -3);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Compiled vocabulary of one corpus: entity spellings and term families. */
export interface Vocabulary {
  entities: readonly Entity[];
  /** Regex over lower-cased text finding any family term; `familyOf` maps the match to "~n". */
  termRegex: RegExp | null;
  familyOf: Map<string, string>;
}

/** Compile the vocabulary once per index. */
export function buildVocabulary(entities: readonly Entity[], terms: readonly (readonly string[])[]): Vocabulary {
  const familyOf = new Map<string, string>();
  terms.forEach((family, n) => family.forEach((t) => familyOf.set(t.toLowerCase(), `~${n}`)));
  const all = [...familyOf.keys()].sort((a, b) => b.length - a.length);
  const termRegex = all.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${all.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;
  return { entities, termRegex, familyOf };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Content tokens of a phrase: entity mentions become "@id", family terms "~n", other words
 * their stems, minus stop words and minus the words of the unit itself ("containers" says
 * nothing more when the unit is already "container").
 */
export function contentTokens(text: string | null | undefined, vocab: Vocabulary, unit?: string): Set<string> {
  const out = new Set<string>();
  if (!text) return out;
  let rest = text;
  if (vocab.entities.length) {
    const spans: [number, number][] = [];
    forEachEntityMention(text, vocab.entities, (start, end, entity) => {
      out.add('@' + entity.id);
      spans.push([start, end]);
    });
    for (let i = spans.length - 1; i >= 0; i--) rest = rest.slice(0, spans[i][0]) + ' ' + rest.slice(spans[i][1]);
  }
  rest = rest.toLowerCase();
  if (vocab.termRegex) {
    rest = rest.replace(vocab.termRegex, (m) => {
      const family = vocab.familyOf.get(m.replace(/\s+/g, ' '));
      if (family) out.add(family);
      return ' ';
    });
  }
  const unitWords = new Set((unit ?? '').split(/\s+/).map(stem));
  for (const w of rest.match(WORD) ?? []) {
    if (STOPWORDS.has(w) || /^\d/.test(w)) continue;
    // A Russian, Korean, Spanish or German noun the tables know counts as its English unit ("контейнеров" is containers).
    const s = stem(canonicalNoun(w) ?? w);
    if (s.length < 3 || unitWords.has(s) || STOPWORDS.has(s)) continue;
    out.add(s);
  }
  return out;
}

/** The stems of a text's words, stop words and numbers left out (no entity or term folding: fast). */
export function plainWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    if (STOPWORDS.has(w) || /^\d/.test(w)) continue;
    const s = stem(w);
    if (s.length >= 3) out.add(s);
  }
  return out;
}

/** Text with every entity spelling replaced by the entity's name, so Fuse compares like with like. */
export function canonicalSpellings(text: string, entities: readonly Entity[]): string {
  if (!entities.length) return text;
  const spans: [number, number, string][] = [];
  forEachEntityMention(text, entities, (start, end, entity) => spans.push([start, end, entity.name]));
  let out = text;
  for (let i = spans.length - 1; i >= 0; i--) out = out.slice(0, spans[i][0]) + spans[i][2] + out.slice(spans[i][1]);
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A wire-copy sketch: hashes of a sample (one in four) of the text's 6-word shingles. Two
 * reports of one wire story share most of their sketch; two reports of one event do not.
 */
export function textSketch(text: string, limit = 600): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + 6 <= words.length && out.size < limit; i++) {
    const h = fnv1a(words.slice(i, i + 6).join(' '));
    if (h % 4 === 0) out.add(h);
  }
  return [...out];
}

/** How much of the smaller sketch the larger one contains (0..1), and the shared count. */
export function sketchContainment(a: readonly number[], b: readonly number[]): { containment: number; shared: number } {
  if (!a.length || !b.length) return { containment: 0, shared: 0 };
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(large);
  let shared = 0;
  for (const h of small) if (set.has(h)) shared++;
  return { containment: shared / small.length, shared };
}

/** Word-for-word copies of one story: most of the shorter text's shingles recur in the other. */
export function isWireCopy(a: readonly number[], b: readonly number[]): boolean {
  const { containment, shared } = sketchContainment(a, b);
  return shared >= 6 && containment >= 0.5;
}

/** The same report (a page checking itself): nearly all shingles shared, sizes alike. */
export function isSameText(a: readonly number[], b: readonly number[]): boolean {
  const { containment, shared } = sketchContainment(a, b);
  const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length, 1);
  return shared >= 4 && containment >= 0.85 && ratio >= 0.7;
}
