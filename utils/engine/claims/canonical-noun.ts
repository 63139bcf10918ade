/**
 * A counted noun of any language with a table, in its canonical (English) unit: "контейнеров" →
 * "container", "포탄을" → "artillery shell". The matcher reads what a figure counts through this,
 * so a Russian or Korean report's words meet an English report's.
 */
import { tableForText } from './extract';

/** The canonical unit a word names in its language's lexicon, or null (an English word, or one the tables do not know). */
export function canonicalNoun(word: string): string | null {
  // Latin and other letters before Cyrillic in Unicode have no table here: the matcher's hot path leaves at once.
  if (word.charCodeAt(0) < 0x400) return null;
  const table = tableForText(word);
  if (!table.lexicon) return null;
  let w = word.toLowerCase();
  const particle = table.particles?.find((p) => w.length > p.length && w.endsWith(p));
  if (particle) w = w.slice(0, -particle.length);
  return table.lexicon[w] ?? table.lexicon[table.lemmatise?.(w) ?? w] ?? null;
}
