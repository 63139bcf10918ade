/**
 * Content-script benchmark, in Chromium with the built extension: main-thread time of the
 * content script on on-topic articles of 2,000, 20,000 and 100,000 words, and on a real
 * off-topic page (the saved aktualne.cz football report, full of numbers) (claims found, total
 * busy time, longest slice of our own work, long tasks the page saw after load), and the
 * content-script bundle size, minified and gzipped.
 *
 *   npm run bench -- content
 *   CONTENT_BENCH_RUNS=5 CONTENT_BENCH_SIZES=2000 npm run bench -- content
 *   CONTENT_BENCH_EXT=before:/tmp/a/chrome-mv3,after:.output/bench/chrome-mv3,none,floor npm run bench -- content
 *   CONTENT_BENCH_CORPUS=100000x20 npm run bench -- content
 *
 * CONTENT_BENCH_CORPUS=CLAIMSxTOPICS adds, beside each extension, the same build in a browser
 * whose corpus also holds a synthetic pack of that many claims across that many topics (imported
 * through the options page before the pages load): a journalist's corpus of many stories, in the
 * same run as the default corpus, so the two rows compare.
 *
 * CONTENT_BENCH_EXT compares built extensions in ONE run (test builds, which publish the
 * `tally:scan` marks read here: `npx tsx tests/e2e/build-extension.ts OUT_DIR`): each gets its own browser, and their
 * page loads alternate, so load from other processes weighs on all of them alike (read ratios).
 * `none` is Chromium without the extension; `floor` is an extension whose content script, on the
 * same sites, does nothing: what Chromium charges a page for any content script. By default the
 * bench runs none, floor and this build. Besides the content script's own `busy` figure
 * (wall-clock inside its slices, inflated when the machine is loaded), each row gives the tab's
 * main-thread CPU time (CDP Performance.getMetrics ThreadTime) and, where a `none` browser ran,
 * that CPU time less the page's own: what Tally costs the tab, module load, style and layout included.
 *
 * Goals (issue 4): < 10 ms total at 2,000 words; no task > 50 ms; < 50 kB gzipped.
 * Prints numbers only; it never fails on a timing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, longArticlePage, startDemoServer } from '../scripts/demo-pages';
import { blockNonLocal, chromiumPath, launchWithExtension, longTasks as readLongTasks, recordLongTasks } from '../tests/e2e/chromium';
import { buildExtension } from '../tests/e2e/build-extension';
import type { ScanDetail } from '../tests/e2e/harness';
import { importCorpus } from './import-corpus';
import { chromium, type BrowserContext } from 'playwright-core';

const SIZES = (process.env.CONTENT_BENCH_SIZES ?? '2000,20000,100000').split(',').map(Number);
const RUNS = Number(process.env.CONTENT_BENCH_RUNS ?? 3);
// After a scan, how long the tab may settle (layout, paint) before its CPU time is read.
const SETTLE_MS = 500;
// The label of a subject that is Chromium without the extension: the page's own CPU cost.
const NONE = 'none';
// The label of an extension with an empty content script: Chromium's cost for any content script.
const FLOOR = 'floor';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** One extension under test: a label and its built folder, and a corpus to import first. */
interface Subject {
  label: string;
  dir: string;
  corpus?: { claims: number; topics: number };
}

/** CONTENT_BENCH_CORPUS ("100000x20"): claims and topics of the larger corpus, or null. */
function largerCorpus(): { claims: number; topics: number } | null {
  const match = /^(\d+)x(\d+)$/.exec(process.env.CONTENT_BENCH_CORPUS ?? '');
  return match ? { claims: Number(match[1]), topics: Number(match[2]) } : null;
}

export default async function contentBench(): Promise<void> {
  if (!chromiumPath()) {
    console.log('skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium)');
    return;
  }
  const subjects: Subject[] = process.env.CONTENT_BENCH_EXT
    ? process.env.CONTENT_BENCH_EXT.split(',').map((entry) => {
        const at = entry.indexOf(':');
        return at > 0 ? { label: entry.slice(0, at), dir: entry.slice(at + 1) } : { label: entry, dir: entry };
      })
    : [{ label: NONE, dir: NONE }, { label: FLOOR, dir: FLOOR }, { label: 'this build', dir: await buildExtension(join(ROOT, '.output', 'bench')) }];
  for (const subject of subjects) if (subject.label === FLOOR) subject.dir = emptyContentScriptExtension();
  const larger = largerCorpus();
  if (larger) {
    for (const subject of subjects.filter((x) => x.label !== NONE && x.label !== FLOOR)) {
      subjects.push({ label: `${subject.label}, ${larger.claims.toLocaleString('en')} claims in ${larger.topics} topics`, dir: subject.dir, corpus: larger });
    }
  }

  for (const { label, dir, corpus } of subjects) {
    if (label === NONE || label === FLOOR || corpus) continue;
    const bundle = readFileSync(join(dir, 'content-scripts', 'content.js'));
    console.log(`${label}: content-script bundle ${(bundle.length / 1024).toFixed(1)} kB minified, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} kB gzipped (goal < 50 kB gzipped)`);
  }
  console.log('');

  const server = await startDemoServer();
  const browsers: Array<{ context: BrowserContext; close(): Promise<void> }> = [];
  for (const subject of subjects) {
    if (subject.label === NONE) {
      browsers.push(await launchPlain());
      continue;
    }
    const browser = await launchWithExtension(subject.dir);
    browsers.push(browser);
    if (subject.corpus) await importCorpus(browser.context, browser.extensionId, subject.corpus);
  }
  try {
    const labelled = subjects.length > 1;
    const plain = subjects.findIndex((s) => s.label === NONE);
    const floor = subjects.findIndex((s) => s.label === FLOOR);
    console.log(
      `|${labelled ? ' build |' : ''} words | claims | marks | busy ms (median of ${RUNS}) | longest slice ms (max) | in step | long tasks after load (max ms) | tab CPU ms (script, style+layout) | Tally's CPU ms (tab less page) | above an empty content script |`,
    );
    console.log(`|${labelled ? '---|' : ''}---:|---:|---:|---:|---:|---|---:|---:|---:|---:|`);
    // The on-topic articles, then a real off-topic page (a saved football report full of numbers).
    const pages = [
      ...SIZES.map((words) => ({ label: words.toLocaleString('en'), path: `/bench-${words}`, onTopic: true })),
      { label: 'off topic', path: '/fixtures/aktualne/source.html', onTopic: false },
    ];
    for (const words of SIZES) server.setPage(`/bench-${words}`, longArticlePage(words));
    for (const { label: pageLabel, path, onTopic } of pages) {
      const scans: ScanDetail[][] = subjects.map(() => []);
      const longTasks: number[][] = subjects.map(() => []);
      const cpus: Cpu[][] = subjects.map(() => []);
      // One unmeasured warm-up: the first page of a fresh worker pays the corpus's index build.
      for (let run = -1; run < RUNS; run++) {
        for (let b = 0; b < browsers.length; b++) {
          const { scan, tasks, cpu } = await measure(browsers[b].context, server.origin + path, b === plain || b === floor ? 'none' : onTopic ? 'marked' : 'any');
          if (run >= 0) {
            if (scan) scans[b].push(scan);
            longTasks[b].push(...tasks);
            cpus[b].push(cpu);
          }
        }
      }
      const page = plain >= 0 ? median(cpus[plain].map((c) => c.thread)) : NaN;
      const cpuCell = (b: number) => `${median(cpus[b].map((c) => c.thread)).toFixed(1)} (${median(cpus[b].map((c) => c.script)).toFixed(1)}, ${median(cpus[b].map((c) => c.layout)).toFixed(1)})`;
      if (plain >= 0) console.log(`|${labelled ? ' none |' : ''} ${pageLabel} | | | | | | | ${cpuCell(plain)} | | |`);
      const empty = floor >= 0 ? median(cpus[floor].map((c) => c.thread)) : NaN;
      if (floor >= 0) console.log(`|${labelled ? ' floor |' : ''} ${pageLabel} | | | | | | | ${cpuCell(floor)} | ${plain >= 0 ? (empty - page).toFixed(1) : '-'} | |`);
      for (let b = 0; b < browsers.length; b++) {
        if (b === plain || b === floor) continue;
        const runs = scans[b];
        const longest = Math.max(...runs.map((s) => s.longestMs));
        const step = runs.find((s) => s.longestMs === longest)?.longestStep ?? '';
        const lead = labelled ? ` ${subjects[b].label} |` : '';
        const tasks = longTasks[b];
        const thread = median(cpus[b].map((c) => c.thread));
        console.log(
          `|${lead} ${onTopic ? runs[0].words.toLocaleString('en') : pageLabel} | ${runs[0].claims} | ${runs[0].marks} | ${median(runs.map((s) => s.busyMs)).toFixed(1)} | ${longest.toFixed(1)} | ${step} | ${tasks.length} (${tasks.length ? Math.max(...tasks).toFixed(0) : '-'}) | ${cpuCell(b)} | ${plain >= 0 ? (thread - page).toFixed(1) : '-'} | ${floor >= 0 ? (thread - empty).toFixed(1) : '-'} |`,
        );
        const phases = Object.keys(runs[0].phases ?? {})
          .map((k) => `${k} ${median(runs.map((s) => s.phases?.[k] ?? 0)).toFixed(1)}`)
          .join(', ');
        console.log(`|${labelled ? ' |' : ''}  | median ms per step: ${phases} ||||||||`);
      }
    }
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
}

/** An MV3 extension whose content script runs on every http(s) page at document_idle and does nothing. */
function emptyContentScriptExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tally-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'empty content script',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
    // An idle worker, as the launcher waits for one; it does nothing in the tab.
    background: { service_worker: 'background.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), '');
  writeFileSync(join(dir, 'background.js'), '');
  return dir;
}

/** Chromium without the extension, same flags otherwise (and the same localhost-only network): the page's own cost. */
async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'tally-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath()!,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await blockNonLocal(context);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Renderer main-thread figures from CDP `Performance.getMetrics` (cumulative for the tab). */
interface Cpu {
  /** Main-thread CPU time (ms): the page's own work plus the content script's. */
  thread: number;
  /** Time running script (ms). */
  script: number;
  /** Style and layout (ms). */
  layout: number;
}

/**
 * Loads `url` in a new tab and returns the figures of the first scan that marked something
 * (`wait` 'marked') or of the first scan at all ('any': an off-topic page), the long tasks after
 * load, and the tab's main-thread CPU time once the scan is done and the page has settled
 * ('none': a browser without Tally's scan marks, for the page's own cost).
 */
async function measure(context: BrowserContext, url: string, wait: 'marked' | 'any' | 'none'): Promise<{ scan: ScanDetail | null; tasks: number[]; cpu: Cpu }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await recordLongTasks(page);
    await page.goto(url, { waitUntil: 'load' });
    const loadTasks = (await readLongTasks(page)).length;
    let scan: ScanDetail | null = null;
    if (wait !== 'none') {
      const minMarks = wait === 'marked' ? 1 : 0;
      const first = (min: number) => performance.getEntriesByName('tally:scan').map((e) => (e as PerformanceMark).detail as ScanDetail).find((d) => d.marks >= min);
      await page.waitForFunction(first, minMarks, { timeout: 120_000 });
      scan = (await page.evaluate(first, minMarks)) ?? null;
    }
    // Let the layout and paint the marks cause land, then read the tab's CPU figures.
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const cpu = { thread: metric('ThreadTime'), script: metric('ScriptDuration'), layout: metric('LayoutDuration') + metric('RecalcStyleDuration') };
    const tasks = await readLongTasks(page);
    return { scan, tasks: tasks.slice(loadTasks), cpu };
  } finally {
    await page.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await contentBench();
