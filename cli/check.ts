/**
 * `tally check FILE|- [--pack PACK.json] [--json] [--published DATE] [--all]`: each claim of an
 * article with how the corpus's other reports state it (docs/contracts.md), grouped by
 * relation: outlet, date, quote, who is credited, reason. The default pack is
 * public/packs/default.json. When FILE is one of the pack's own articles (same file name or
 * near-identical text), that report is left out and its date is used as the page's date.
 */
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIsoDate, type Claim } from '../utils/engine/claims/index';
import { figuresToCheck, withReports } from '../utils/engine/check';
import type { ClaimCheck, ReportLine } from '../utils/engine/matcher/index';
import { figureWords } from '../utils/engine/matcher/relate';
import { alsoCarriedBy, countOutlets, type FoldedLine } from '../utils/model/reprints';
import { groupReports, outletName } from '../utils/model/report-groups';
import { PackError, parsePack, type Pack } from '../utils/engine/pack/index';
import { matcherIndexFromPack } from '../utils/engine/pack/claims';
import { articleOf, guardEngine, pageDefaults } from './article';
import { CliError } from './cli-error';
import { USAGES } from './usage';
import { decodeUtf8, MAX_PACK_BYTES, readArticleInput, readFileCapped, readStdinCapped } from './input';
import { publishedOption } from './options';

const USAGE = USAGES.check.usage;
/** The pack shipped with the extension. */
export const DEFAULT_PACK = join(dirname(fileURLToPath(import.meta.url)), '../public/packs/default.json');

interface Options {
  file: string;
  pack: string;
  json: boolean;
  all: boolean;
  published?: string;
}

function parseArgs(args: string[]): Options {
  const o: Partial<Options> = { pack: DEFAULT_PACK, json: false, all: false };
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === '--json') o.json = true;
    else if (a === '--all') o.all = true;
    else if (a === '--pack' || a === '--published') {
      const v = args[++k];
      if (!v) throw new CliError(`${a} needs a value\n${USAGE}`, 2);
      if (a === '--pack') o.pack = v;
      else o.published = publishedOption(v);
    } else if (a.startsWith('--')) throw new CliError(`unknown option ${a}\n${USAGE}`, 2);
    else if (o.file === undefined) o.file = a;
    else throw new CliError(`check takes one file, got "${o.file}" and "${a}"\n${USAGE}`, 2);
  }
  if (o.file === undefined) throw new CliError(`no input file (use - for standard input)\n${USAGE}`, 2);
  return o as Options;
}

/** Read and validate a pack file; a bad pack is one clear line. */
export function loadPack(path: string): Pack {
  return parsePackText(decodeUtf8(readFileCapped(path, MAX_PACK_BYTES, 'pack'), `pack ${path}`), path);
}

/** A pack named on the command line: a file, or standard input for `-`. */
export async function loadPackInput(path: string): Promise<Pack> {
  if (path !== '-') return loadPack(path);
  return parsePackText(decodeUtf8(await readStdinCapped(MAX_PACK_BYTES), 'standard input'), 'standard input');
}

function parsePackText(text: string, path: string): Pack {
  try {
    return guardEngine(`pack ${path}`, () => parsePack(text));
  } catch (error) {
    if (error instanceof PackError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

/** The checks of one article against a pack (what `tally check --json` prints). */
export function checkArticle(raw: string, file: string, pack: Pack, published?: string): { text: string; checks: ClaimCheck[] } {
  const name = file === '-' ? 'standard input' : file;
  const { text, metadata } = articleOf(raw, name);
  // The page's own report in the pack, by file name: its date dates the page; else a saved page's own tags.
  const own = pack.articles.find((a) => a.file && a.file === basename(file));
  const page = pageDefaults(metadata);
  const date = published ?? own?.published ?? page.published;
  // The check use case the background runs too (utils/engine/check.ts), without its topic gate:
  // the CLI checks any text against the pack it is given.
  const checks = guardEngine(name, () => {
    const { claims, toCheck } = figuresToCheck(text, { published: date, language: own?.language ?? page.language });
    return withReports(claims, matcherIndexFromPack(pack).check(toCheck, { text, published: date, excludeArticleIds: own ? [own.id] : [] }));
  });
  return { text, checks };
}

/** "(3 reports)", or "(3 reports, 2 outlets)" when reprints or one outlet's articles count once. */
function counted(lines: readonly ReportLine[]): string {
  const outlets = countOutlets(lines);
  const reports = `${lines.length} report${lines.length > 1 ? 's' : ''}`;
  return outlets === lines.length ? reports : `${reports}, ${outlets} outlet${outlets > 1 ? 's' : ''}`;
}

function line({ line: r, copies }: FoldedLine<ReportLine>): string {
  const outlet = outletName(r);
  const credit = r.attribution ? `, ${r.attribution}` : '';
  const carried = copies.length ? `; ${alsoCarriedBy(copies)}` : '';
  return `    - ${outlet}, ${r.published ? formatIsoDate(r.published) : 'undated'}: "${r.quote}"${credit}${r.file ? ` [${r.file}]` : ''}\n      ${r.reason}${carried}`;
}

/** The readable report: one block per distinct figure of the page, reports grouped by relation. */
export function formatChecks(checks: ClaimCheck[], all: boolean): string {
  const blocks: string[] = [];
  const seen = new Map<string, number>();
  let silent = 0;
  for (const { claim, reports } of checks) {
    if (claim.unit === 'date') continue;
    if (!reports.length) {
      silent++;
      if (!all) continue;
    }
    // A page repeats its headline figure; print it once with how often it is stated.
    const key = `${claim.unit}|${claim.value}|${claim.qualifier}|${reports.map((r) => r.claimId + r.relation).join(',')}`;
    if (seen.has(key)) {
      seen.set(key, seen.get(key)! + 1);
      continue;
    }
    seen.set(key, 1);
    const figure = claim.qualifier === 'magnitude' || claim.qualifier === 'range' ? claim.unit : `${figureWords(claim)} ${claim.unit}`;
    const head = `"${claim.quote}" (${figure}${claim.attribution ? `, ${claim.attribution}` : ''}) {${key}}`;
    // The note's groups, in its order and with its headings (utils/model/report-groups.ts).
    const groups = groupReports(reports).map((g) => `  ${g.heading} (${counted(g.reports)}):\n${g.folded.map(line).join('\n')}`);
    blocks.push([head, ...(groups.length ? groups : ['  no other report states this figure'])].join('\n'));
  }
  const out = blocks.map((b) => b.replace(/ \{(.*)\}$/m, (_m, key: string) => (seen.get(key)! > 1 ? ` — stated ${seen.get(key)} times` : '')));
  const figures = checks.filter((c) => c.claim.unit !== 'date').length;
  if (figures > 0 && silent === figures) {
    // Nothing to compare with: say why, rather than "0 with other reports".
    out.push(`${figures} figure${figures === 1 ? '' : 's'} checked; no other report in the pack states any of them: the pack seems not to cover this story${all ? '' : ' (--all lists the figures)'}.`);
  } else out.push(`${figures} figure${figures === 1 ? '' : 's'} checked; ${figures - silent} with other reports${silent && !all ? ` (${silent} without: --all shows them)` : ''}.`);
  return out.join('\n\n') + '\n';
}

/** The `--json` shape: `{ claim, reports: [{ file, outlet, published, relation, quote, reason, ... }] }`. */
export function checksToJson(checks: ClaimCheck[]): unknown[] {
  const finite = (x: number | string) => (typeof x === 'number' && !Number.isFinite(x) ? null : x);
  return checks.map(({ claim, reports }) => ({
    claim: { ...claim, low: finite(claim.low), high: finite(claim.high) },
    reports: reports.map((r) => ({
      file: r.file ?? null,
      outlet: r.outlet,
      published: r.published,
      relation: r.relation,
      quote: r.quote,
      reason: r.reason,
      attribution: r.attribution,
      sentence: r.sentence,
      value: r.value,
      low: finite(r.low),
      high: finite(r.high),
      unit: r.unit,
      qualifier: r.qualifier,
      articleId: r.articleId,
      url: r.url ?? null,
      wireCopyOf: r.wireCopyOf ?? null,
      score: r.score,
    })),
  }));
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (options.pack === '-' && options.file === '-') throw new CliError('the pack and the article cannot both be standard input', 2);
  const pack = await loadPackInput(options.pack);
  const raw = await readArticleInput(options.file);
  const { checks } = checkArticle(raw, options.file, pack, options.published);
  const output = guardEngine(options.file, () => (options.json ? JSON.stringify(checksToJson(checks), null, 2) + '\n' : formatChecks(checks, options.all)));
  process.stdout.write(output);
  return 0;
}

export type { Claim };
