/**
 * Which credit a figure gets: the nearest credit of its sentence (attribution.ts finds them),
 * and for "he said" the person the sentence opens with or the last named source before it.
 */
import { isPersonLike, type Credit } from './attribution';
import type { LanguageTable } from './lang/types';

// Credits are in sentence order: only the nearest one on each side of the figure can win.
function nearestCredit(list: Credit[], at: number): Credit | null {
  if (!list.length) return null;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at <= at) lo = mid + 1;
    else hi = mid;
  }
  const before = list[lo - 1];
  const after = list[lo];
  if (!before) return after ?? null;
  if (!after) return before;
  // Prefer the credit before the figure; one after it counts a little further away.
  return at - before.at <= (after.at - at) * 1.5 ? before : after;
}

export function attributionFor(
  at: number,
  credits: Credit[],
  strong: Credit[],
  spanIndex: number,
  creditsFor: (index: number) => Credit[],
  openingFor: (index: number) => string | null,
  lang: LanguageTable,
): string | null {
  const credit = nearestCredit(strong, at) ?? nearestCredit(credits, at);
  if (!credit) return null;
  if (!credit.pronoun) return credit.name;
  // "he said": the person the sentence opens with, else the most recent named source in the
  // sentences before (same or previous paragraphs).
  const wantPerson = lang.credit.personPronouns.has(credit.name);
  if (wantPerson) {
    const opening = openingFor(spanIndex);
    if (opening) return opening;
  }
  for (let k = spanIndex - 1; k >= 0 && k >= spanIndex - 6; k--) {
    const earlier = creditsFor(k).filter((c) => !c.pronoun && (!wantPerson || isPersonLike(c.name, lang)));
    if (earlier.length) return earlier[earlier.length - 1].name;
    const opening = wantPerson ? openingFor(k) : null;
    if (opening) return opening;
  }
  return null;
}
