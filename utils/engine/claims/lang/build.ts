/** What every language's table is written with: hedge entries and their bounds, word lists, a table built once. */
import type { HedgeEntry, LanguageTable } from './types';

/** A hedge phrase, the qualifier it sets and its bounds. */
export const h = (phrase: string, qualifier: HedgeEntry['qualifier'], bounds: [number, number]): HedgeEntry => ({ words: phrase.split(' '), qualifier, bounds });

// Bounds: "about" is ±10%; "more than X" is taken as at most 2X, since a writer would say
// "more than 2X" otherwise; "less than X" likewise at least X/2; "up to X" is a cap from 0.
export const ABOUT: [number, number] = [0.9, 1.1];
export const NEARLY: [number, number] = [0.9, 1];
export const MORE: [number, number] = [1, 2];
export const LESS: [number, number] = [0.5, 1];
export const UPTO: [number, number] = [0, 1];

/** A set of the words of a space-separated list. */
export const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Every form of a counting word in running text ("два две двух"), mapped to its value. */
export const forms = (list: string, value: number): Record<string, number> => Object.fromEntries(list.split(' ').map((w) => [w, value]));

/** A table built on first use: the engine (in the background and the CLI) reads mostly English. */
export function builtOnce(build: () => LanguageTable): () => LanguageTable {
  let built: LanguageTable | null = null;
  return () => (built ??= build());
}
