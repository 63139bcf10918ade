/**
 * Languages that name the counted thing before the number and a counter after it (Korean:
 * "컨테이너 1천여 개", more than 1,000 containers; "7천 개의 컨테이너", the noun after a genitive counter).
 */
import { endsWithAny } from '../tokens';
import { stripParticle } from './hedge';
import type { Figure } from './state';

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
  // A noun before the number counts only without a topic or subject particle ("국방부는" is who speaks).
  if (f.nounBefore) {
    // already found after a genitive counter
  } else if (noun && b >= floor && noun.kind === 'word' && !endsWithAny(noun.text, lang.topicParticles) && !endsWithAny(noun.text, lang.subjectParticles)) {
    const word = stripParticle(noun.text, lang);
    f.nounBefore = { start: b, unit: lang.lexicon?.[word] ?? word, measure: word };
  } else if (counterUnit) f.nounBefore = { start: qStart, unit: counterUnit, measure: '' };
  return null;
};
