/**
 * The import direction (docs/architecture.md): imports point down only.
 *
 *   entrypoints → background, content, pages (popup, side panel and options actions; utils/pages) → protocol, store, components → engine → model
 *
 * The protocol and the components import nothing of the domain but the model; the content script
 * imports no engine (its bundle stays small); Node-only code stays in cli/. Read from the source
 * with a regex over import and export statements (type-only imports count too: a type is a
 * dependency a reader has to follow). Test files are left out: a test may reach anywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

type Layer = 'entrypoints' | 'background' | 'content' | 'pages' | 'protocol' | 'store' | 'components' | 'engine' | 'model' | 'cli';

/** Where a file belongs, by path (first match wins). */
const LAYERS: [prefix: string, layer: Layer][] = [
  ['entrypoints/popup/actions.ts', 'pages'],
  ['entrypoints/options/actions.ts', 'pages'],
  ['entrypoints/sidepanel/actions.ts', 'pages'],
  ['utils/pages/', 'pages'],
  ['entrypoints/', 'entrypoints'],
  ['utils/background/', 'background'],
  ['utils/content/', 'content'],
  ['utils/protocol/', 'protocol'],
  ['utils/store/', 'store'],
  ['components/', 'components'],
  ['utils/engine/', 'engine'],
  ['utils/model/', 'model'],
  ['cli/', 'cli'],
];

/** What each layer may import (besides itself). */
const MAY_IMPORT: Record<Layer, Layer[]> = {
  entrypoints: ['background', 'content', 'pages', 'protocol', 'store', 'components', 'engine', 'model'],
  background: ['protocol', 'store', 'engine', 'model'],
  content: ['protocol', 'store', 'components', 'model'],
  pages: ['protocol', 'store', 'components', 'model'],
  protocol: ['model'],
  store: ['engine', 'model'],
  components: ['model'],
  engine: ['model'],
  model: [],
  cli: ['engine', 'model'],
};

/**
 * Today's exceptions, each with why; each must still exist (so this list cannot go stale). They
 * go when their types and helpers move into the model.
 */
const KNOWN_EXCEPTIONS: [from: string, to: string, why: string][] = [
  ['utils/engine/check.ts', 'utils/protocol/messages.ts', 'the check use case answers the checkPage message (its request and reply types)'],
  ['utils/engine/pack/build.ts', 'cli/article-text.ts', 'building a pack from HTML files is Node-only, like the CLI that runs it'],
];

function layerOf(path: string): Layer | null {
  return LAYERS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|[\n;])\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The repository files a module imports (packages left out); with `runtimeOnly`, not those only imported as types. */
function importsOf(path: string, runtimeOnly = false): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  return [...text.matchAll(IMPORT)].flatMap((m) => {
    if (runtimeOnly && /^[\s;]*(import|export)\s+type\s/.test(m[0])) return [];
    const spec = m[1] ?? m[2] ?? m[3];
    const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(join(ROOT, path)), spec) : null;
    if (!base) return [];
    const file = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
    return file ? [relative(ROOT, file)] : [];
  });
}

const files = ['entrypoints', 'components', 'utils', 'cli'].flatMap(sourceFiles);
const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));

describe('the import direction', () => {
  it('finds the imports it checks', () => {
    // A reader that found nothing would pass every rule.
    expect(files.length).toBeGreaterThan(80);
    expect(edges).toContainEqual({ from: 'entrypoints/background.ts', to: 'utils/background/service.ts' });
    expect(edges).toContainEqual({ from: 'utils/store/corpus/index.ts', to: 'utils/model/url.ts' });
  });

  it('every source file belongs to a layer', () => {
    const unplaced = files.filter((f) => !layerOf(f));
    expect(unplaced).toEqual([]);
  });

  it('imports point down only (and the known exceptions are still there)', () => {
    const wrong = edges
      .filter(({ from, to }) => {
        const [a, b] = [layerOf(from), layerOf(to)];
        return a && b && a !== b && !MAY_IMPORT[a].includes(b);
      })
      .map(({ from, to }) => `${from} (${layerOf(from)}) → ${to} (${layerOf(to)})`);
    const known = KNOWN_EXCEPTIONS.map(([from, to]) => `${from} (${layerOf(from)}) → ${to} (${layerOf(to)})`);
    expect(wrong.filter((w) => !known.includes(w))).toEqual([]);
    expect(known.filter((k) => !wrong.includes(k))).toEqual([]);
  });

  it('the content script reaches no engine, Dexie, Fuse.js, valibot or Node-only module', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of importsOf(file, true)) visit(next);
    };
    visit('entrypoints/content.ts');
    const forbidden = [...reached].filter((f) => (layerOf(f) === 'engine' || layerOf(f) === 'cli' || f.startsWith('utils/store/corpus/')));
    expect(forbidden).toEqual([]);
    const packages = [...reached].flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/from\s*['"](dexie|fuse\.js|valibot|linkedom|@mozilla\/readability|fastest-levenshtein|@sindresorhus\/transliterate|node:[^'"]+)['"]/g)].map((m) => `${f}: ${m[1]}`));
    expect(packages).toEqual([]);
  });
});
