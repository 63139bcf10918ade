/**
 * The engine holds no words of a language: every word it looks for is in a table of lang/.
 * What is quoted in the engine's code is an identifier of the claim model or of the code itself
 * (a qualifier, a token kind, a canonical unit name), never a word of the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = __dirname;
const IDENTIFIERS = new Set([
  // Token and number kinds, unit kinds, qualifiers, directions, roles.
  'word', 'num', 'punct', 'digits', 'words', 'magnitude', 'fraction', 'none', 'small', 'tens', 'scale',
  'measure', 'currency', 'percent', 'time', 'exact', 'about', 'more-than', 'at-least', 'less-than', 'up-to', 'range',
  'up', 'down', 'between', 'from', 'en', 'ru', 'ko', 'es', 'de',
  // Property names, types and regular-expression flags.
  'kind', 'string', 'gu',
  // Canonical unit names the claim model gives ("person", "year of age", "dollar per barrel").
  'person', 'year', 'age', 'year of age', 'metre', 'dollar', 'date', ' per ',
]);

/** The engine's own source files: everything but the tables (lang/) and the tests. */
function engineFiles(dir = ENGINE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'lang' ? [] : engineFiles(join(dir, e.name));
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [];
  });
}

/** Single-quoted literals of lower-case letters (a word or phrase), outside comments and imports. */
function quotedWords(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/^import .*$/gm, '').replace(/^export .* from .*$/gm, '');
  return [...code.matchAll(/'([^'\\\n]*)'/g)].map((m) => m[1]).filter((s) => /^[\p{Ll} -]*\p{Ll}{2}[\p{Ll} -]*$/u.test(s));
}

describe('the engine holds no words', () => {
  const files = engineFiles();

  it('reads the engine files (the readers and refiners among them)', () => {
    expect(files.some((f) => f.includes('/readers/'))).toBe(true);
    expect(files.some((f) => f.includes('/refiners/'))).toBe(true);
  });

  it.each(files.map((f) => [f.slice(ENGINE.length + 1), f]))('%s quotes only identifiers', (_name, file) => {
    const words = quotedWords(readFileSync(file, 'utf8')).filter((w) => !IDENTIFIERS.has(w));
    expect(words).toEqual([]);
  });

  it('would notice a word of the page', () => {
    expect(quotedWords("if (t.lower === 'according') return;")).toEqual(['according']);
    expect(quotedWords("// 'a comment'\nimport x from './words';")).toEqual([]);
  });
});
