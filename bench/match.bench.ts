/**
 * Matcher benchmark: per-page latency (a page of 30 claims) at 1k, 10k, 100k and 1M corpus
 * claims, index build time and heap, the plain Fuse.js full scan beside it where it finishes,
 * and top-1 accuracy on planted paraphrases (word order changed, number words, Rajin for Najin,
 * hedge dropped) among planted look-alikes (same sentence with another figure, same figure of
 * another thing, same figure and thing elsewhere).
 *
 *   npm run bench -- match                      # all sizes
 *   MATCH_BENCH_SIZES=1000,10000 npm run bench -- match
 *
 * Prints numbers only; it never fails on a timing.
 */
import Fuse from 'fuse.js';
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { join } from 'node:path';
import type { Claim, Qualifier } from '../utils/engine/claims/types';
import { extractClaims } from '../utils/engine/claims/index';
import { buildMatcherIndex, unitHead, type MatcherArticle, type MatcherClaim } from '../utils/engine/matcher/index';
import { formatNumber } from '../utils/engine/matcher/relate';
import type { Topic } from '../utils/engine/topics/index';
import { random } from './idb-synthetic-pack';

const topic = JSON.parse(readFileSync(join(import.meta.dirname, '../seeds/topic.json'), 'utf8')) as Topic;

const UNITS: { unit: string; measures: string[] }[] = [
  { unit: 'container', measures: ['containers of military equipment and munitions', 'shipping containers', 'containers of food aid', 'empty containers', 'containers of coal', 'containers of fertiliser'] },
  { unit: 'artillery shell', measures: ['artillery shells', 'rounds of artillery shells', '152mm artillery shells', 'artillery shells for howitzers'] },
  { unit: 'missile', measures: ['ballistic missiles', 'cruise missiles', 'short-range missiles', 'anti-aircraft missiles'] },
  { unit: 'person', measures: ['troops', 'workers', 'civilians', 'soldiers', 'refugees', 'engineers'] },
  { unit: 'percent', measures: ['percent of the vote', 'percent of exports', 'percent of rail freight', 'percent of port traffic'] },
  { unit: 'dollar', measures: ['dollars in sanctions relief', 'dollars of trade', 'dollars in oil', 'dollars of aid'] },
  { unit: 'kilometre', measures: ['kilometres from the Ukrainian border', 'kilometres of railway', 'kilometres north of Vladivostok', 'kilometres of coastline'] },
  { unit: 'tonne', measures: ['tonnes of cargo', 'tonnes of rice', 'tonnes of fuel', 'tonnes of coal'] },
  { unit: 'drone', measures: ['attack drones', 'surveillance drones', 'Shahed drones'] },
  { unit: 'rail car', measures: ['rail cars loaded with munitions', 'freight rail cars', 'empty rail cars'] },
  { unit: 'ship', measures: ['cargo ships', 'Russian-flagged ships', 'fishing vessels'] },
  { unit: 'vehicle', measures: ['armoured vehicles', 'military trucks', 'tanks'] },
];
const SYNTH_PLACES = Array.from({ length: 120 }, (_, i) => `${['Port', 'Camp', 'Depot', 'Station', 'Base', 'Yard'][i % 6]} ${['Amur', 'Khasan', 'Sonbong', 'Chongjin', 'Hamhung', 'Kimchaek', 'Nakhodka', 'Ussuriysk', 'Bamburovo', 'Zarubino'][i % 10]}-${i}`);
const PLACES = ['Najin', 'Tikhoretsk', 'Vostochny', 'Dunay', 'the Angara', ...SYNTH_PLACES];
const SPEAKERS = ['John Kirby', 'Shin Won-sik', "South Korea's defence ministry", 'a US official', 'the UN panel of experts', 'Koo Byoung-sam', 'Japanese officials', 'the Pentagon', 'Ukrainian intelligence', 'a think tank'];
const SUBJECTS = ['North Korea', 'Pyongyang', 'Russia', 'Moscow', 'the regime', 'the North'];
const VERBS = ['sent', 'shipped', 'delivered', 'moved', 'transferred', 'loaded', 'received', 'supplied'];
const TIMES = ['in recent weeks', 'since July', 'last month', 'between September and October', 'this year', 'so far'];
const HEDGES: [string, Qualifier][] = [['', 'exact'], ['more than ', 'more-than'], ['about ', 'about'], ['nearly ', 'about'], ['at least ', 'at-least'], ['up to ', 'up-to']];
const OUTLETS = ['Yonhap', 'EFE', 'KBS', 'Korea Herald', 'AFP', 'Reuters', 'AP', 'NK News', 'BBC', 'NHK', 'Kyodo', 'TASS', 'Al Jazeera', 'CNN', 'DW'];

function bounds(value: number, qualifier: Qualifier): [number, number] {
  switch (qualifier) {
    case 'more-than': case 'at-least': return [value, Infinity];
    case 'about': return [value * 0.9, value * 1.1];
    case 'up-to': return [0, value];
    default: return [value, value];
  }
}

function makeClaim(f: { value: number; qualifier: Qualifier; hedge: string; unit: string; measure: string; sentence: string; attribution: string }): Claim {
  const [low, high] = bounds(f.value, f.qualifier);
  const quote = `${f.hedge}${formatNumber(f.value)} ${f.measure.split(' ')[0]}`;
  return { quote, start: 0, end: quote.length, value: f.value, low, high, qualifier: f.qualifier, hedge: f.hedge.trim() || null, direction: null, unit: f.unit, measure: f.measure, attribution: f.attribution, sentence: f.sentence };
}

interface Planted { query: Claim | null; target: string }

/** The unit the claims engine gives a measure ("attack drones" → "attack drone"), so corpus and queries agree. */
const unitCache = new Map<string, string>();
function unitOf(measure: string, fallback: string): string {
  let unit = unitCache.get(measure);
  if (!unit) unitCache.set(measure, (unit = extractClaims(`They sent 500 ${measure}.`, {}).find((c) => c.unit !== 'date')?.unit ?? fallback));
  return unit;
}
const NUMBER_WORDS = ['', 'one-thousand', 'two thousand', 'three thousand', 'four thousand', 'five thousand', 'six thousand', 'seven thousand', 'eight thousand', 'nine thousand'];

/** A synthetic corpus of `size` claims, 10 to an article, with planted targets and their look-alikes. */
function corpus(size: number, seed = 11) {
  const rand = random(seed);
  const pick = <T>(l: readonly T[]) => l[Math.floor(rand() * l.length)];
  const articles: MatcherArticle[] = [];
  const claims: MatcherClaim[] = [];
  const planted: Planted[] = [];
  const plantCount = Math.min(200, Math.floor(size / 50));
  let article: MatcherArticle | null = null;
  const add = (c: Claim) => {
    if (!article || claims.length % 10 === 0) {
      const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 700) * 86_400_000).toISOString().slice(0, 10);
      article = { id: `a${articles.length}`, outlet: pick(OUTLETS), published: day };
      articles.push(article);
    }
    const id = `${article.id}#${claims.length}`;
    claims.push({ id, articleId: article.id, claim: c });
    return id;
  };
  const sentenceOf = (s: { speaker: string; subject: string; verb: string; figure: string; measure: string; place: string; time: string }) =>
    `${s.speaker} said ${s.subject} had ${s.verb} ${s.figure} ${s.measure} via ${s.place} ${s.time}.`;
  const randomFigure = () => (rand() < 0.5 ? pick([50, 100, 200, 290, 300, 500, 1000, 2000, 5000, 7000, 10000, 1_000_000]) : Math.round(10 + rand() * 99) * 10 ** Math.floor(rand() * 4));
  while (claims.length < size) {
    if (planted.length < plantCount && claims.length % 50 === 7) {
      // A target, three look-alikes, and the paraphrased query for it.
      const u = pick(UNITS);
      // A quarter are round thousands (written in words in the paraphrase), the rest 3 significant digits.
      const value = rand() < 0.25 ? (1 + Math.floor(rand() * 9)) * 1000 : (100 + Math.floor(rand() * 900)) * 10 ** Math.floor(rand() * 3);
      const [hedge, qualifier] = pick(HEDGES.slice(1));
      const s = { speaker: pick(SPEAKERS), subject: pick(SUBJECTS), verb: pick(VERBS), measure: u.measures[0], place: pick(PLACES.slice(0, 5)), time: pick(TIMES) };
      const sentence = sentenceOf({ ...s, figure: `${hedge}${formatNumber(value)}` });
      const target = add(makeClaim({ value, qualifier, hedge, unit: unitOf(s.measure, u.unit), measure: s.measure, sentence, attribution: s.speaker }));
      const other = value * (1.5 + rand() * 2);
      add(makeClaim({ value: Math.round(other), qualifier, hedge, unit: unitOf(s.measure, u.unit), measure: s.measure, sentence: sentenceOf({ ...s, figure: `${hedge}${formatNumber(Math.round(other))}` }), attribution: s.speaker }));
      add(makeClaim({ value, qualifier, hedge, unit: unitOf(u.measures[1], u.unit), measure: u.measures[1], sentence: sentenceOf({ ...s, measure: u.measures[1], figure: `${hedge}${formatNumber(value)}` }), attribution: s.speaker }));
      const elsewhere = { ...s, place: pick(SYNTH_PLACES), speaker: pick(SPEAKERS.filter((x) => x !== s.speaker)), verb: pick(VERBS.filter((x) => x !== s.verb)), time: pick(TIMES.filter((x) => x !== s.time)) };
      add(makeClaim({ value, qualifier, hedge, unit: unitOf(s.measure, u.unit), measure: s.measure, sentence: sentenceOf({ ...elsewhere, figure: `${hedge}${formatNumber(value)}` }), attribution: elsewhere.speaker }));
      // The paraphrase: word order changed, number in words where it reads so, Rajin for Najin, hedge dropped.
      const place = s.place === 'Najin' ? 'Rajin' : s.place;
      const words = value % 1000 === 0 && value < 10_000 ? NUMBER_WORDS[value / 1000] : formatNumber(value);
      const paraphrase = `Via ${place} ${s.time}, ${words} ${s.measure} were ${s.verb} by ${s.subject}, according to ${s.speaker}.`;
      // The query is what the claims engine reads in the paraphrase; if it reads nothing, a miss.
      const head = unitHead(unitOf(s.measure, u.unit));
      const query = extractClaims(paraphrase, {}).find((c) => c.unit !== 'date' && unitHead(c.unit) === head) ?? null;
      planted.push({ query, target });
      continue;
    }
    const u = pick(UNITS);
    const [hedge, qualifier] = pick(HEDGES);
    const value = randomFigure();
    const s = { speaker: pick(SPEAKERS), subject: pick(SUBJECTS), verb: pick(VERBS), measure: pick(u.measures), place: pick(PLACES), time: pick(TIMES) };
    add(makeClaim({ value, qualifier, hedge, unit: unitOf(s.measure, u.unit), measure: s.measure, sentence: sentenceOf({ ...s, figure: `${hedge}${formatNumber(value)}` }), attribution: s.speaker }));
  }
  return { articles, claims, planted };
}

// A real collection before and after the build, so the heap figure is the index, not garbage.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const ms = (x: number) => x.toFixed(x < 10 ? 2 : 0);

export default async function matchBench(): Promise<void> {
  const sizes = (process.env.MATCH_BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
  console.log(`load average at start: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (${(await import('node:os')).cpus().length} cores)`);
  console.log('| corpus claims | index build | index memory: after build / released at end | page p50 | page p95 | page CPU p50 / p95 | top-1 (planted) | full Fuse scan / page | full-scan top-1 | speed-up (p50) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const { articles, claims, planted } = corpus(size);
    gc();
    const memory = () => ((m) => m.heapUsed + m.arrayBuffers)(process.memoryUsage());
    const heapBefore = memory();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let index: ReturnType<typeof buildMatcherIndex> | null = buildMatcherIndex({ articles, claims, topics: [topic] });
    const build = performance.now() - t0;
    const buildCpu = ((u) => (u.user + u.system) / 1000)(process.cpuUsage(c0));
    gc();
    const afterBuild = (memory() - heapBefore) / 1e6;

    // Pages of 30 claims: a third planted paraphrases, the rest other claims of the corpus.
    const rand = random(5);
    const pages: Claim[][] = [];
    for (let p = 0; p < 60; p++) {
      const page: Claim[] = [];
      const queries = planted.flatMap((p) => (p.query ? [p.query] : []));
      for (let k = 0; k < 30; k++) page.push(k % 3 === 0 && queries.length ? queries[Math.floor(rand() * queries.length)] : claims[Math.floor(rand() * claims.length)].claim);
      pages.push(page);
    }
    index.check(pages[0]); // warm-up
    // Wall time, and this process's CPU time (which other engineers' jobs on a shared machine do not inflate).
    const times: number[] = [];
    const cpu: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const page of pages) {
        const c = process.cpuUsage();
        const t = performance.now();
        index.check(page);
        times.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);

    let hits = 0;
    for (const { query, target } of planted) {
      if (!query) continue;
      const [result] = index.check([query]);
      const best = result.reports.filter((r) => r.relation !== 'conflict' && r.relation !== 'update').sort((a, b) => b.score - a.score)[0];
      if (best?.claimId === target) hits++;
      else if (process.env.MATCH_BENCH_DEBUG) {
        const t = claims.find((c) => c.id === target)!;
        console.log('MISS', query.sentence, '\n  target:', t.claim.sentence, '\n  got:', best?.sentence, best?.score, '\n  target line:', JSON.stringify(result.reports.find((r) => r.claimId === target)?.score));
      }
    }
    const top1 = planted.length ? (100 * hits) / planted.length : NaN;

    // The baseline: one Fuse.js over every claim (measure + sentence), no narrowing.
    let scanPage = '—';
    let scanTop1 = '—';
    let speedUp = '—';
    if (size <= 10_000 && !process.env.MATCH_BENCH_NO_SCAN) {
      const fuse = new Fuse(claims, { keys: ['claim.measure', 'claim.sentence'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
      const sample = planted.slice(0, size <= 1000 ? 20 : 10);
      let scanHits = 0;
      const t = performance.now();
      // The same query the matcher hands Fuse (what is counted), so only the narrowing differs.
      for (const { query, target } of sample) if (query && fuse.search((query.measure ?? query.unit).slice(0, 32), { limit: 1 })[0]?.item.id === target) scanHits++;
      const perQuery = (performance.now() - t) / sample.length;
      scanPage = `${ms(perQuery * 30)} ms`;
      scanTop1 = `${((100 * scanHits) / sample.length).toFixed(0)}% (n=${sample.length})`;
      speedUp = `${Math.round((perQuery * 30) / pct(times, 0.5))}×`;
    }
    // Steady-state size: what letting go of the index (with its caches, after the runs) frees.
    gc();
    const retained = memory();
    index = null;
    gc();
    const heap = (retained - memory()) / 1e6;
    console.log(`| ${formatNumber(size)} | ${ms(build)} ms (CPU ${ms(buildCpu)} ms) | ${afterBuild.toFixed(0)} / ${heap.toFixed(0)} MB | ${ms(pct(times, 0.5))} ms | ${ms(pct(times, 0.95))} ms | ${ms(pct(cpu, 0.5))} / ${ms(pct(cpu, 0.95))} ms | ${top1.toFixed(1)}% (n=${planted.length}) | ${scanPage} | ${scanTop1} | ${speedUp} |`);
  }
  console.log('\nPage = 30 claims (a third planted paraphrases), 60 pages × 3 rounds. Full scan = one Fuse.js over all claims (keys measure + sentence, query = the claim measure), per-query time × 30, measured on 20 (1k) or 10 (10k) queries.');
}

if (import.meta.url === `file://${process.argv[1]}`) await matchBench();
