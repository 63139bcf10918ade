/**
 * A counted noun of any language with a table, in its canonical (English) unit: "контейнеров" →
 * "container", "포탄을" → "artillery shell". The matcher reads what a figure counts through this,
 * so a Russian, Korean, Spanish or German report's words meet an English report's.
 */
import { tableForText } from './extract';
import { spanish } from './lang/es';
import { german } from './lang/de';

/** The lexicons of the languages in Latin letters besides English, looked up in turn. */
let latinLexicons: Record<string, string>[] | null = null;

/** The canonical unit a word names in its language's lexicon, or null (an English word, or one the tables do not know; the Spanish and German lexicons hold no English word). */
export function canonicalNoun(word: string): string | null {
  // Latin letters (and others before Cyrillic): the Spanish and German lexicons, by the word as it stands.
  if (word.charCodeAt(0) < 0x400) {
    const w = word.toLowerCase();
    for (const lexicon of (latinLexicons ??= [spanish().lexicon ?? {}, german().lexicon ?? {}])) if (lexicon[w]) return lexicon[w];
    return null;
  }
  const table = tableForText(word);
  if (!table.lexicon) return null;
  let w = word.toLowerCase();
  const particle = table.particles?.find((p) => w.length > p.length && w.endsWith(p));
  if (particle) w = w.slice(0, -particle.length);
  return table.lexicon[w] ?? table.lexicon[table.lemmatise?.(w) ?? w] ?? null;
}
