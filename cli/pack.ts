/**
 * `tally pack build DIR -o PACK.json [--with-claims]` builds a corpus pack from a folder of
 * articles (.txt or .html) and its index.json (the shape of seeds/index.json), with the
 * folder's topic.json (entities and aliases) when there is one.
 * `tally pack validate PACK.json` checks a pack the way an import does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildPack, type IndexEntry } from '../utils/pack/build';
import { PackError, parseTopic, type PackTopic } from '../utils/pack/index';
import { loadPack } from './check';
import { CliError } from './cli-error';

const USAGE = 'usage: tally pack build DIR -o PACK.json [--with-claims] | tally pack validate PACK.json';

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`cannot read ${what} ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** The pack JSON as written to disk: stable key order, two-space indent, final newline. */
export function packJson(pack: unknown): string {
  return JSON.stringify(pack, null, 2) + '\n';
}

/** Build a pack from a folder (what `pack build` writes). */
export function buildPackFromDir(dir: string, options: { withClaims?: boolean } = {}) {
  const index = readJson(join(dir, 'index.json'), 'index') as { articles?: IndexEntry[] };
  if (!Array.isArray(index.articles)) throw new CliError(`${join(dir, 'index.json')}: needs an "articles" list`);
  const files = new Map<string, string>();
  for (const entry of index.articles) {
    if (typeof entry.file !== 'string') throw new CliError(`${join(dir, 'index.json')}: every article needs a "file"`);
    const path = join(dir, entry.file);
    if (!existsSync(path)) throw new CliError(`${path}: listed in index.json but missing`);
    files.set(entry.file, readFileSync(path, 'utf8'));
  }
  const topicPath = join(dir, 'topic.json');
  const topics: PackTopic[] = existsSync(topicPath)
    ? [parseTopic(readJson(topicPath, 'topic'), topicPath)]
    : [{ id: 'general', name: basename(resolve(dir)), entities: [] }];
  return buildPack({ index: { articles: index.articles }, files, topics, name: basename(resolve(dir)), withClaims: options.withClaims });
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'build') {
    let dir: string | undefined;
    let out: string | undefined;
    let withClaims = false;
    for (let k = 0; k < rest.length; k++) {
      const a = rest[k];
      if (a === '-o' || a === '--output') out = rest[++k];
      else if (a === '--with-claims') withClaims = true;
      else if (a.startsWith('-')) throw new CliError(`unknown option ${a}\n${USAGE}`, 2);
      else if (!dir) dir = a;
      else throw new CliError(`pack build takes one folder\n${USAGE}`, 2);
    }
    if (!dir || !out) throw new CliError(`pack build needs a folder and -o PACK.json\n${USAGE}`, 2);
    let pack;
    try {
      pack = buildPackFromDir(dir, { withClaims });
    } catch (error) {
      if (error instanceof PackError) throw new CliError(`${dir}: ${error.message}`);
      throw error;
    }
    writeFileSync(out, packJson(pack));
    const claims = pack.articles.reduce((n, a) => n + (a.claims?.length ?? 0), 0);
    process.stderr.write(`wrote ${out}: ${pack.articles.length} articles, ${pack.topics.reduce((n, t) => n + t.entities.length, 0)} entities${withClaims ? `, ${claims} claims` : ' (claims are computed on import)'}\n`);
    return 0;
  }
  if (sub === 'validate') {
    if (rest.length !== 1) throw new CliError(`pack validate takes one file\n${USAGE}`, 2);
    const pack = loadPack(rest[0]);
    const withClaims = pack.articles.filter((a) => a.claims).length;
    process.stdout.write(
      `${rest[0]}: valid tally-pack v${pack.version}: ${pack.articles.length} articles (${withClaims} with claims), ${pack.topics.length} topic${pack.topics.length === 1 ? '' : 's'}, ${new Set(pack.articles.map((a) => a.outlet)).size} outlets\n`,
    );
    return 0;
  }
  throw new CliError(sub ? `unknown pack command "${sub}"\n${USAGE}` : USAGE, 2);
}
