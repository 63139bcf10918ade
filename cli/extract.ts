/**
 * `tally extract FILE|- [--json] [--each-line] [--published DATE] [--language LANG]`: the claims
 * of a text or HTML file (docs/contracts.md). Bad input is refused with one line (cli/input.ts).
 */
import { basename, dirname, join } from 'node:path';
import { extractClaims, type Claim } from '../utils/engine/claims/index';
import { articleOf, guardEngine, pageDefaults } from './article';
import { CliError } from './cli-error';
import { USAGES } from './usage';
import { decodeUtf8, MAX_META_BYTES, readArticleInput, readFileCapped } from './input';
import { isIsoDate, isKnownLanguage, languageOption, publishedOption } from './options';

const USAGE = USAGES.extract.usage;

interface Options {
  file: string;
  json: boolean;
  eachLine: boolean;
  published?: string;
  language?: string;
}

function parseArgs(args: string[]): Options {
  let file: string | undefined;
  const options: Partial<Options> = { json: false, eachLine: false };
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === '--json') options.json = true;
    else if (a === '--each-line') options.eachLine = true;
    else if (a === '--published' || a === '--language') {
      const v = args[++k];
      if (!v) throw new CliError(`${a} needs a value (${USAGE})`, 2);
      if (a === '--published') options.published = publishedOption(v);
      else options.language = languageOption(v);
    } else if (a.startsWith('--')) throw new CliError(`unknown option ${a} (${USAGE})`, 2);
    else if (file === undefined) file = a;
    else throw new CliError(`extract takes one file, got "${file}" and "${a}"`, 2);
  }
  if (file === undefined) throw new CliError(`no input file; use - for standard input (${USAGE})`, 2);
  return { ...options, file } as Options;
}

/**
 * Publication date and language from an index.json next to the file (the seeds/ layout), if
 * any. An index that cannot be read, or a value that is not a date or a language Tally reads,
 * is left out: the article itself is what was asked for.
 */
function metadataFor(file: string): { published?: string; language?: string } {
  if (file === '-') return {};
  let entry: Record<string, unknown> | undefined;
  try {
    const path = join(dirname(file), 'index.json');
    const index = JSON.parse(decodeUtf8(readFileCapped(path, MAX_META_BYTES), path)) as { articles?: unknown };
    const articles = Array.isArray(index?.articles) ? (index.articles as unknown[]) : [];
    entry = articles.find((a): a is Record<string, unknown> => typeof a === 'object' && a !== null && (a as Record<string, unknown>).file === basename(file));
  } catch {
    return {};
  }
  const { published, language } = entry ?? {};
  return {
    published: typeof published === 'string' && isIsoDate(published) ? published : undefined,
    language: typeof language === 'string' && isKnownLanguage(language) ? language : undefined,
  };
}

/** The fields the contract promises, in a stable order. */
function toJson(c: Claim): Record<string, unknown> {
  const { quote, start, end, value, low, high, qualifier, hedge, direction, unit, measure, attribution, sentence, asWritten } = c;
  return { quote, start, end, value, low, high, qualifier, hedge, direction, unit, measure, attribution, sentence, ...(asWritten ? { asWritten } : {}) };
}

const fmt = (v: number | string): string =>
  typeof v === 'string' ? v : Math.abs(v) >= 1000 ? v.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(Math.round(v * 100) / 100);

function figure(c: Claim): string {
  if (c.unit === 'date') return c.low === c.high ? String(c.low) : `${c.low} – ${c.high}`;
  if (c.qualifier === 'exact' || c.low === c.high) return fmt(c.value);
  // The bounds its hedge allows, as the matcher reads them (utils/engine/claims).
  return `${fmt(c.value)} (${fmt(c.low)} to ${c.high === Infinity ? 'no limit' : fmt(c.high)})`;
}

function clip(s: string, width: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= width ? one : one.slice(0, width - 1) + '…';
}

/** A readable table: one row per claim, columns sized to their content within limits. */
export function formatTable(claims: Claim[]): string {
  if (!claims.length) return 'no figures found';
  // "figure" is in the unit column's (canonical) unit, with the range its hedge allows.
  const header = ['quote', 'figure (range allowed)', 'qualifier', 'unit', 'measure', 'attribution'];
  const limits = [42, 40, 10, 20, 36, 30];
  const rows = claims.map((c) => [
    c.quote,
    figure(c) + (c.direction ? (c.direction === 'up' ? ' ↑' : ' ↓') : ''),
    c.qualifier,
    c.unit || '–',
    c.measure ?? '–',
    c.attribution ?? '–',
  ].map((cell, k) => clip(cell, limits[k])));
  // A loop, not Math.max(...): spreading 125,000 rows overflows the stack.
  const widths = header.map((h, k) => rows.reduce((w, r) => Math.max(w, r[k].length), h.length));
  const line = (cells: string[]): string => cells.map((cell, k) => (k === cells.length - 1 ? cell : cell.padEnd(widths[k]))).join('  ').trimEnd();
  const note = claims.some((c) => c.qualifier !== 'exact' && c.low !== c.high && c.unit !== 'date') ? ['', 'A hedged figure shows, in brackets, the range Tally reads its hedge as allowing when it matches reports ("about 180 miles": 289.68 km, within 10%).'] : [];
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line), '', `${claims.length} figure${claims.length === 1 ? '' : 's'}`, ...note].join('\n');
}

/** Runs `tally extract`; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const name = options.file === '-' ? 'standard input' : options.file;
  const raw = await readArticleInput(options.file);
  const meta = metadataFor(options.file);
  const extractOptions = { published: options.published ?? meta.published, language: options.language ?? meta.language };
  if (options.eachLine) {
    const out: string[] = [];
    for (const line of raw.split(/\r?\n/)) out.push(guardEngine(name, () => JSON.stringify(extractClaims(line, extractOptions).map(toJson))));
    // A trailing newline does not make an extra (empty) input line.
    if (raw.endsWith('\n')) out.pop();
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  }
  const { text, metadata } = articleOf(raw, name);
  // A saved page's own date and language, where neither the options nor an index.json give them.
  const page = pageDefaults(metadata);
  const pageOptions = { published: extractOptions.published ?? page.published, language: extractOptions.language ?? page.language };
  const output = guardEngine(name, () => {
    const claims = extractClaims(text, pageOptions);
    return options.json ? JSON.stringify(claims.map(toJson), null, 2) : formatTable(claims);
  });
  process.stdout.write(output + '\n');
  return 0;
}
