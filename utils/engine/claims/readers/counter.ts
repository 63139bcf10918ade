/**
 * Languages that name the counted thing before the number and a counter after it (Korean:
 * "컨테이너 1천여 개", more than 1,000 containers; "7천 개의 컨테이너", the noun after a genitive counter).
 */
import type { LanguageTable } from '../lang/types';
import { endsWithAny, type Token } from '../tokens';
import { stripParticle } from './hedge';
import type { Figure } from './state';

/**
 * Korean often glues scale, hedge and counter to the digits ("7천여개를": more than 7,000 items):
 * the word after the digits is cut where its counter starts, so each reader finds its part
 * ("7", "천여", "개를"), as when they are written apart ("7천여 개를").
 */
export function splitGluedCounters(tokens: Token[], lang: LanguageTable): Token[] {
  if (!lang.nounBefore || !lang.counters) return tokens;
  const out: Token[] = [];
  for (const [k, t] of tokens.entries()) {
    const at = t.kind === 'word' && !t.space && tokens[k - 1]?.kind === 'num' ? counterStart(t.text, lang) : -1;
    if (at > 0) out.push(slice(t, 0, at), slice(t, at, t.text.length));
    else out.push(t);
  }
  return out;
}

/** Where a counter starts in a word glued to digits, after a scale and/or hedge ("천여개를" → 2); -1 when there is none. */
function counterStart(word: string, lang: LanguageTable): number {
  for (let at = 1; at < word.length; at++) {
    if (!isCounter(word.slice(at), lang)) continue;
    const head = word.slice(0, at);
    const scaled = lang.attachedScales?.[head[0]] !== undefined && (head.length === 1 || lang.hedgeSuffixes?.[head.slice(1)] !== undefined);
    if (scaled || lang.hedgeSuffixes?.[head] !== undefined) return at;
  }
  return -1;
}

/** A counter word, with or without its particle ("개", "척이"). */
export function isCounter(word: string, lang: LanguageTable): boolean {
  return lang.counters?.[stripParticle(word, lang)] !== undefined;
}

function slice(t: Token, from: number, to: number): Token {
  const text = t.text.slice(from, to);
  return { text, lower: text.toLowerCase(), start: t.start + from, end: t.start + to, kind: 'word', space: from === 0 ? t.space : false };
}

export const readCounter = (f: Figure): null => {
  const { tokens, lang, floor, qStart } = f;
  if (!lang.nounBefore || f.unit) return null;
  const stripped = tokens[f.j] ? stripParticle(tokens[f.j].text, lang) : '';
  const counter = tokens[f.j] && lang.counters?.[stripped];
  let counterUnit = '';
  let nounAfter = false;
  if (counter !== undefined) {
    counterUnit = counter;
    // "7천 개의 컨테이너": a genitive counter puts the noun after it.
    nounAfter = !!lang.genitiveParticle && tokens[f.j].text.endsWith(lang.genitiveParticle);
    f.j++;
  }
  const after = nounAfter ? tokens[f.j] : undefined;
  if (after && after.kind === 'word') {
    const word = stripParticle(after.text, lang);
    f.nounBefore = { start: qStart, unit: lang.lexicon?.[word] ?? word, measure: word };
    f.j++;
  }
  let b = qStart - 1;
  while (b >= floor && b >= 0 && lang.hedgesBefore.some((hd) => hd.words.length === 1 && hd.words[0] === tokens[b].lower)) b--;
  const noun = tokens[b];
  // A noun before the number counts only without a topic, subject or place particle ("국방부는" is who speaks, "러시아에" where it went).
  if (f.nounBefore) {
    // already found after a genitive counter
  } else if (noun && b >= floor && noun.kind === 'word' && !endsWithAny(noun.text, lang.topicParticles) && !endsWithAny(noun.text, lang.subjectParticles) && !endsWithAny(noun.text, lang.placeParticles)) {
    const word = stripParticle(noun.text, lang);
    f.nounBefore = { start: b, unit: lang.lexicon?.[word] ?? word, measure: word };
  } else if (counterUnit) f.nounBefore = { start: qStart, unit: counterUnit, measure: '' };
  return null;
};
