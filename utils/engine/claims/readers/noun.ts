/**
 * The counted noun after a figure: "1,000 containers of military equipment and munitions",
 * "four-cylinder engine options", "rounds of artillery shells" (counts shells), and in a
 * language with a lemmatiser its first words by stem.
 */
import { isCapitalised, isHyphen } from '../draft';
import type { LanguageTable } from '../lang/types';
import { numberAt } from '../numbers';
import type { Token } from '../tokens';
import { canonicalUnit, singular } from '../units';
import { stripParticle } from './hedge';

export interface NounPhrase {
  unit: string;
  measure: string;
  headEnd: number;
  /** The counted noun is plural ("containers"), not a singular modifier ("a 12 page report"). */
  plural: boolean;
}

/** A counted noun in a language with a lemmatiser: its first one or two words, by stem. */
function inflectedNounAt(tokens: Token[], j: number, text: string, lang: LanguageTable): NounPhrase | null {
  const stop = lang.nounStop ?? lang.figure.nounStop;
  const words: number[] = [];
  for (let k = j; k < tokens.length && words.length < 2 && tokens[k].kind === 'word' && !stop.has(tokens[k].lower); k++) words.push(k);
  if (!words.length) return null;
  const stems = words.map((k) => lang.lemmatise!(tokens[k].lower));
  const lexicon = lang.lexicon;
  let used = words.length;
  let unit = lexicon?.[stems.join(' ')];
  if (!unit) {
    used = 1;
    unit = lexicon?.[stems[0]] ?? stems[0];
  }
  const headEnd = words[used - 1] + 1;
  return { unit, measure: text.slice(tokens[j].start, tokens[headEnd - 1].end), headEnd, plural: true };
}

export function nounAt(tokens: Token[], j: number, text: string, value: number, lang: LanguageTable, depth = 0, hyphenated = false): NounPhrase | null {
  if (lang.lemmatise) return inflectedNounAt(tokens, j, text, lang);
  // A noun the language's lexicon knows counts on its own ("2.200 Gebäude", "36 personas murieron").
  const first = tokens[j];
  const listed = first?.kind === 'word' && lang.lexicon ? lang.lexicon[first.lower] : undefined;
  if (listed) return { unit: listed, measure: first.text, headEnd: j + 1, plural: true };
  const found = wordNounAt(tokens, j, text, value, lang, depth, hyphenated);
  // A language's own noun counts as its canonical unit ("1천여 개 컨테이너" counts containers).
  const known = found && lang.lexicon ? lang.lexicon[stripParticle(found.unit, lang)] : undefined;
  return known ? { ...found!, unit: known } : found;
}

function wordNounAt(tokens: Token[], j: number, text: string, value: number, lang: LanguageTable, depth: number, hyphenated: boolean): NounPhrase | null {
  const words = lang.figure;
  const { nounStop, invariantCounts } = words;
  // Segments: words, with hyphenated compounds kept whole ("first-team").
  const segments: Array<{ from: number; to: number; lower: string }> = [];
  let k = j;
  while (k < tokens.length && segments.length < 5) {
    const t = tokens[k];
    if (t.kind !== 'word' || nounStop.has(t.lower) || lang.directionWords[t.lower] || lang.speechVerbs.includes(t.lower) || lang.months[t.lower] !== undefined && isCapitalised(t)) {
      // "more" and "other" as modifiers: "eight more picks", "eight other employees".
      if (!(words.modifierOpeners.has(t.lower) && segments.length === 0 && tokens[k + 1]?.kind === 'word' && !nounStop.has(tokens[k + 1].lower))) break;
    }
    let to = k + 1;
    while (isHyphen(tokens[to]) && !tokens[to].space && tokens[to + 1]?.kind === 'word' && !tokens[to + 1].space) to += 2;
    segments.push({ from: k, to, lower: text.slice(tokens[k].start, tokens[to - 1].end).toLowerCase() });
    k = to;
  }
  if (!segments.length) return null;
  // "four-cylinder engine options": the word glued to the number is what is counted.
  // A count of one names a singular noun ("one arms dealer", "one proposal asks"): no plural search.
  let head = hyphenated ? 0 : value === 1 ? -1 : segments.findIndex((s) => singular(s.lower.split('-').pop()!) !== s.lower.split('-').pop() || invariantCounts.has(s.lower));
  if (head < 0) {
    if (value === 1) {
      // A singular count ("one solution"), up to the first verb-like word.
      head = 0;
      // ("one proposal asks": a word that looks plural after a count of one is a verb.)
      while (head + 1 < segments.length && head < 1 && !words.verbLike.test(segments[head + 1].lower) &&
        singular(segments[head + 1].lower) === segments[head + 1].lower) head++;
    } else if (hyphenated || (segments.length >= 2 && !words.verbLike.test(segments[0].lower) && !words.verbLikeSecond.test(segments[1].lower) &&
      !isCapitalised(tokens[segments[0].from]))) {
      // A singular noun as a modifier counts: "four-cylinder engine", "a 12 page document".
      head = 0;
    } else return null;
  }
  const plural = singular(segments[head].lower.split('-').pop()!) !== segments[head].lower.split('-').pop() || invariantCounts.has(segments[head].lower);
  // Modifiers that do not change what is counted: "more", "other", and participles
  // ("shipping containers", "recorded songs", "armored vehicles" count containers, songs, vehicles).
  // An adverb before a participle goes with it ("decently sized plants", "newly built homes").
  const participle = (s: { lower: string } | undefined): boolean => !!s && (words.participle.test(s.lower) || words.irregularParticiples.has(s.lower));
  const kept = segments.slice(0, head + 1).filter((s, n) => n === head || (!words.modifierDrop.has(s.lower) && !participle(s) &&
    !(words.adverb.test(s.lower) && n + 1 < head && participle(segments[n + 1]))));
  const headSeg = segments[head];
  let unit = canonicalUnit(kept.map((s) => s.lower).join(' '));
  let measureEnd = headSeg.to;
  let headEnd = headSeg.to;
  const after = tokens[headSeg.to];
  let ofAt = -1;
  if (after?.lower === words.of) ofAt = headSeg.to;
  else if (words.ofAfterNoun.has(after?.lower ?? '') && tokens[headSeg.to + 1]?.lower === words.of) ofAt = headSeg.to + 1;
  if (ofAt >= 0) {
    const inner = depth === 0 && words.classifiers.has(singular(headSeg.lower)) ? nounAt(tokens, ofAt + 1, text, 2, lang, depth + 1) : null;
    if (inner) {
      unit = inner.unit;
      measureEnd = headEnd = inner.headEnd;
    }
    // Extend the measure over the of-phrase: "containers of military equipment and munitions".
    const last = ofPhraseEnd(tokens, ofAt, measureEnd, lang);
    if (last > measureEnd) measureEnd = last;
  }
  return {
    unit,
    measure: text.slice(tokens[segments[0].from].start, tokens[measureEnd - 1].end),
    headEnd,
    plural,
  };
}

/** After a count, "of whom" or "of the victims": the group it is a part of, or null. */
export function partitiveAt(tokens: Token[], j: number, text: string, lang: LanguageTable): NounPhrase | null {
  const det = tokens[j + 1];
  if (tokens[j]?.lower !== lang.figure.of || !det || !lang.partitiveWords?.includes(det.lower)) return null;
  if (lang.partitivePeople?.includes(det.lower)) return { unit: 'person', measure: '', headEnd: j + 2, plural: true };
  // ("two of the three ships": a part of a counted whole, which is a figure of its own.)
  if (numberAt(tokens, j + 2, lang)) return null;
  const noun = nounAt(tokens, j + 2, text, 2, lang);
  return noun?.plural ? noun : null;
}

/** The end of the of-phrase after a counted noun: up to eight words, one "and" or "or" between them. */
function ofPhraseEnd(tokens: Token[], ofAt: number, measureEnd: number, lang: LanguageTable): number {
  let e = ofAt + 1;
  let words = 0;
  let usedAnd = false;
  let last = measureEnd;
  const { nounStop, nounJoiners, ofPhraseDeterminers } = lang.figure;
  while (e < tokens.length && words < 8) {
    const t = tokens[e];
    if (t.kind === 'word' && nounJoiners.has(t.lower) && !usedAnd && tokens[e + 1]?.kind === 'word' && !nounStop.has(tokens[e + 1].lower)) {
      usedAnd = true;
      e++;
      continue;
    }
    if (t.kind === 'word' && (!nounStop.has(t.lower) || (words === 0 && ofPhraseDeterminers.has(t.lower))) && !lang.directionWords[t.lower] && !lang.speechVerbs.includes(t.lower)) {
      words++;
      e++;
      last = e;
      continue;
    }
    if (isHyphen(t) && !t.space && tokens[e + 1] && !tokens[e + 1].space) {
      e++;
      continue;
    }
    break;
  }
  return last;
}
