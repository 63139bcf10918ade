/** Number words that count nothing: "one of the", "one another", "no one", "number one". */
import { skipTo, type Reading } from '../draft';
import type { NumberCore } from '../numbers';
import type { Token } from '../tokens';

export function pronounOrRank(tokens: Token[], i: number, core: NumberCore): Reading | null {
  if (core.kind !== 'words') return null;
  const first = tokens[i].lower;
  const next = tokens[core.end]?.lower;
  // "one of the", "one another", "no one": pronouns, not counts.
  const before = tokens[i - 1]?.lower;
  if (core.value === 1 && first === 'one' && (next === 'of' || next === 'another' || next === 'by' || next === 'day' ||
    before === 'no' || before === 'the' || before === 'this' || before === 'that' || before === 'by' || before === 'number')) return skipTo(core.end);
  // "number one", "No. 2": ranks, not counts.
  if (before === 'number') return skipTo(core.end);
  if (core.value === 0 && first === 'zero' && next === '-') return skipTo(core.end);
  return null;
}
