/** The direction of a change: "rose by 300", "climbed to 6.7%", "grow sales by 35 per cent"; not "gave up 517 yards". */
import { isHyphen } from '../draft';
import type { Figure } from './state';

export const readDirection = (f: Figure): null => {
  const { tokens, lang, floor, hedge, opener, hedgeStart: s } = f;
  const { from, changeTo, changeBy, directionArticles, up, down, phrasalHosts, closingDown, upToHosts } = lang.figure;
  if (opener === from) return null;
  let d = opener ? s - 2 : s - 1;
  // "climbed to 6.7%", "fell to 49.55 Hz": a change to a new level carries the direction.
  if (tokens[d]?.lower === changeTo && !hedge && lang.directionWords[tokens[d - 1]?.lower ?? ''] && d - 1 >= floor) d--;
  else if (tokens[d]?.lower === changeBy) {
    d--;
    // "grow sales by 35 per cent": the verb may have a one-word object before "by".
    if (tokens[d] && !lang.directionWords[tokens[d].lower] && lang.directionWords[tokens[d - 1]?.lower ?? '']) d--;
  }
  const w = tokens[d];
  if (w && d >= floor - 1 && d >= 0 && lang.directionWords[w.lower] && !directionArticles.has(tokens[d - 1]?.lower ?? '')) {
    // "gave up 517 yards", "signed up 30 members": a phrasal verb, not a change.
    const particle = w.lower === up || w.lower === down;
    const host = (isHyphen(tokens[d - 1]) && !tokens[d - 1].space ? tokens[d - 2]?.lower : tokens[d - 1]?.lower) ?? '';
    const phrasal = particle && ((phrasalHosts.has(host) && !(w.lower === down && closingDown.has(host))) || (w.lower === up && upToHosts.has(host)));
    if (!phrasal) f.direction = lang.directionWords[w.lower];
  }
  return null;
};
