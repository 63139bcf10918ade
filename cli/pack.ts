/**
 * `tally pack build DIR -o PACK.json [--with-claims]` builds a corpus pack from a folder of
 * articles (.txt or .html) and its index.json (the shape of seeds/index.json), or without one
 * from the folder's saved pages and what their own tags say (date, outlet, title, canonical
 * URL); the index's entries override the tags. The folder's topic.json (entities and aliases)
 * refines the topic proposed from the articles, when there is one.
 * `tally pack validate PACK.json` checks a pack the way an import does.
 */
import { existsSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { buildPack, type IndexEntry } from '../utils/engine/pack/build';
import { isIsoDate, notIsoDate, PackError, parseTopic, type PackTopic } from '../utils/engine/pack/index';
import { guardEngine } from './article';
import { loadPackInput } from './check';
import { CliError } from './cli-error';
import { USAGES } from './usage';
import { decodeUtf8, MAX_META_BYTES, readArticleFile, readFileCapped } from './input';
import { isLanguageTag } from './options';

const USAGE = USAGES.pack.usage;

function readJson(path: string, what: string): unknown {
  const text = decodeUtf8(readFileCapped(path, MAX_META_BYTES, what), path);
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

/**
 * Where NAME (a file named by index.json) is inside the folder ROOT (a real path): refused when it
 * is absolute, climbs out with "..", or is a link that leads out, so a pack holds only the
 * folder's own files.
 */
function fileInFolder(root: string, name: string, where: string): string {
  const inside = (path: string): boolean => {
    const rel = relative(root, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (isAbsolute(name) || !inside(resolve(root, name))) throw new CliError(`${where}: "${name}" is outside the folder; list files inside it`);
  let real: string;
  try {
    real = realpathSync(resolve(root, name));
  } catch {
    throw new CliError(`${where}: "${name}" is listed but missing`);
  }
  if (!inside(real)) throw new CliError(`${where}: "${name}" is a link to a file outside the folder; list files inside it`);
  return real;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The articles a folder with no index.json holds: its .html, .htm and .txt files, in name order. */
const ARTICLE_FILE = /\.(?:html?|txt)$/i;

/** The entries of DIR's index.json (or, without one, its articles), each checked for what a pack build reads of it. */
function readIndex(root: string, indexPath: string): IndexEntry[] {
  if (!existsSync(indexPath)) {
    const files = readdirSync(root).filter((f) => ARTICLE_FILE.test(f)).sort();
    if (!files.length) throw new CliError(`${indexPath}: no such file, and no .html or .txt articles beside it (pack build reads the folder's index.json, or its saved pages)`);
    return files.map((file) => ({ file }));
  }
  const index = readJson(fileInFolder(root, 'index.json', indexPath), 'index');
  if (!isRecord(index) || !Array.isArray(index.articles)) throw new CliError(`${indexPath}: needs an object with an "articles" list`);
  return index.articles.map((entry: unknown, i: number) => {
    const where = `${indexPath} articles[${i}]`;
    if (!isRecord(entry)) throw new CliError(`${where}: each article is an object with a "file", got ${entry === null ? 'null' : typeof entry}`);
    if (typeof entry.file !== 'string' || !entry.file) throw new CliError(`${where}: every article needs a "file"`);
    if (typeof entry.published === 'string' && !isIsoDate(entry.published)) throw new CliError(`${where}.published: ${notIsoDate(entry.published)}`);
    if (typeof entry.language === 'string' && !isLanguageTag(entry.language)) throw new CliError(`${where}: "language" is "${entry.language}", not a language tag such as "en" or "ko"`);
    return entry as unknown as IndexEntry;
  });
}

/** Build a pack from a folder (what `pack build` writes). */
export function buildPackFromDir(dir: string, options: { withClaims?: boolean } = {}) {
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    throw new CliError(`${dir}: no such folder`);
  }
  const indexPath = join(dir, 'index.json');
  const entries = readIndex(root, indexPath);
  const files = new Map<string, string>();
  entries.forEach((entry, i) => {
    const path = fileInFolder(root, entry.file, `${indexPath} articles[${i}]`);
    files.set(entry.file, readArticleFile(path, join(dir, entry.file)));
  });
  const topicPath = join(dir, 'topic.json');
  // Without a topic file, the topic is proposed from the articles (buildPack).
  const topics: PackTopic[] = existsSync(topicPath) ? [parseTopic(readJson(fileInFolder(root, 'topic.json', topicPath), 'topic'), topicPath)] : [];
  // Notes are printed once the pack is built, so a refusal stays the only line.
  const notes: string[] = [];
  const onNote = (file: string, note: string) => notes.push(`tally: ${join(dir, file)}: ${note}\n`);
  const pack = guardEngine(dir, () => buildPack({ index: { articles: entries }, files, topics, name: basename(resolve(dir)), withClaims: options.withClaims, onNote }));
  for (const note of notes) process.stderr.write(note);
  return pack;
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
    try {
      writeFileSync(out, packJson(pack));
    } catch (error) {
      throw new CliError(`cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const claims = pack.articles.reduce((n, a) => n + (a.claims?.length ?? 0), 0);
    process.stderr.write(`wrote ${out}: ${pack.articles.length} articles, ${pack.topics.reduce((n, t) => n + t.entities.length, 0)} entities${withClaims ? `, ${claims} claims` : ' (claims are computed on import)'}\n`);
    return 0;
  }
  if (sub === 'validate') {
    if (rest.length !== 1) throw new CliError(`pack validate takes one file\n${USAGE}`, 2);
    const pack = await loadPackInput(rest[0]);
    const withClaims = pack.articles.filter((a) => a.claims).length;
    process.stdout.write(
      `${rest[0]}: valid tally-pack v${pack.version}: ${pack.articles.length} articles (${withClaims} with claims), ${pack.topics.length} topic${pack.topics.length === 1 ? '' : 's'}, ${new Set(pack.articles.map((a) => a.outlet)).size} outlets\n`,
    );
    return 0;
  }
  throw new CliError(sub ? `unknown pack command "${sub}"\n${USAGE}` : USAGE, 2);
}
