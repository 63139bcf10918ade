/**
 * From a file's content to the text the claims engine reads, for `extract` and `check`; and the
 * guard around the engine that turns running out of stack or string room on a hostile input
 * into one line instead of an internal error.
 */
import type { PageMetadata } from '../utils/model/page-metadata';
import { articleTextFromHtml, isProbablyHtml } from './article-text';
import { CliError } from './cli-error';
import { isKnownLanguage } from './options';

/** The article text of RAW (HTML reduced to its article); a page read in a simpler way says so on stderr. */
export function articleText(raw: string, name: string): string {
  return articleOf(raw, name).text;
}

/** The article text of RAW and, for a saved HTML page, what its own tags say about it (date, outlet, canonical URL). */
export function articleOf(raw: string, name: string): { text: string; metadata?: PageMetadata } {
  const article = isProbablyHtml(raw) ? guardEngine(name, () => articleTextFromHtml(raw)) : { text: raw, note: undefined, metadata: undefined };
  // One line either way: the refusal carries the note when there is no text.
  if (!article.text.trim()) throw new CliError(`${name} has no article text${article.note ? ` (${article.note})` : ''}`);
  if (article.note) process.stderr.write(`tally: ${name}: ${article.note}\n`);
  return { text: article.text, metadata: article.metadata };
}

/** What a saved page's tags give `extract` and `check` where nothing else does: its date and a language Tally reads. */
export function pageDefaults(metadata: PageMetadata | undefined): { published?: string; language?: string } {
  return { published: metadata?.published || undefined, language: metadata && isKnownLanguage(metadata.language) ? metadata.language : undefined };
}

/**
 * WORK's result; a RangeError (the stack overflowing, a string or array past V8's limit) becomes
 * one line naming the input. Those come from an input's size or shape, not from a bug in one place.
 */
export function guardEngine<T>(name: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(`${name} is too large or too deeply nested to read (${error.message})`);
    throw error;
  }
}
