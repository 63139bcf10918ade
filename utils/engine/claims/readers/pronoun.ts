/** Number words that count nothing: "one of the", "one another", "no one", "number one". */
import { skipTo, type Reading } from '../draft';
import type { LanguageTable } from '../lang/types';
import type { NumberCore } from '../numbers';
import type { Token } from '../tokens';

export function pronounOrRank(tokens: Token[], i: number, core: NumberCore, lang: LanguageTable): Reading | null {
  if (core.kind !== 'words') return null;
  const words = lang.figure;
  const first = tokens[i].lower;
  const next = tokens[core.end]?.lower;
  // "one of the", "one another", "no one": pronouns, not counts.
  const before = tokens[i - 1]?.lower;
  if (core.value === 1 && first === words.one && (words.notCountAfterOne.has(next ?? '') || words.notCountBeforeOne.has(before ?? ''))) return skipTo(core.end);
  // "number one", "No. 2": ranks, not counts.
  if (before === words.rankWord) return skipTo(core.end);
  if (core.value === 0 && first === words.zero && next === '-') return skipTo(core.end);
  return null;
}
