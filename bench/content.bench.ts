/**
 * Content-script benchmark, in Chromium with the built extension: main-thread time of the
 * content script on on-topic articles of 2,000, 20,000 and 100,000 words (claims found, total
 * busy time, longest slice of our own work, long tasks the page saw after load), and the
 * content-script bundle size, minified and gzipped.
 *
 *   npm run bench -- content
 *   CONTENT_BENCH_RUNS=5 CONTENT_BENCH_SIZES=2000 npm run bench -- content
 *
 * Goals (issue 4): < 10 ms total at 2,000 words; no task > 50 ms; < 50 kB gzipped.
 * Prints numbers only; it never fails on a timing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, longArticlePage, startDemoServer } from '../scripts/demo-pages';
import { chromiumPath, launchWithExtension } from '../tests/e2e/chromium';
import { buildExtension } from '../tests/e2e/build-extension';
import type { ScanDetail } from '../tests/e2e/harness';

const SIZES = (process.env.CONTENT_BENCH_SIZES ?? '2000,20000,100000').split(',').map(Number);
const RUNS = Number(process.env.CONTENT_BENCH_RUNS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export default async function contentBench(): Promise<void> {
  if (!chromiumPath()) {
    console.log('skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium)');
    return;
  }
  const extensionDir = await buildExtension(join(ROOT, '.output', 'bench'));

  const bundle = readFileSync(join(extensionDir, 'content-scripts', 'content.js'));
  console.log(`content-script bundle: ${(bundle.length / 1024).toFixed(1)} kB minified, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} kB gzipped (goal < 50 kB gzipped)\n`);

  const server = await startDemoServer();
  const browser = await launchWithExtension(extensionDir);
  try {
    console.log(`| words | claims | marks | busy ms (median of ${RUNS}) | longest slice ms (max) | in step | long tasks after load (max ms) |`);
    console.log('|---:|---:|---:|---:|---:|---|---:|');
    for (const words of SIZES) {
      server.setPage(`/bench-${words}`, longArticlePage(words));
      const scans: ScanDetail[] = [];
      const longTasks: number[] = [];
      // One unmeasured warm-up: the first page of a fresh worker pays the corpus's index build.
      for (let run = -1; run < RUNS; run++) {
        const page = await browser.context.newPage();
        await page.addInitScript(() => {
          const tasks: number[] = [];
          (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) tasks.push(entry.duration);
          }).observe({ type: 'longtask', buffered: true });
        });
        await page.goto(`${server.origin}/bench-${words}`, { waitUntil: 'load' });
        const loadTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length);
        await page.waitForFunction(() => performance.getEntriesByName('tally:scan').some((e) => ((e as PerformanceMark).detail?.marks ?? 0) > 0), undefined, {
          timeout: 120_000,
        });
        const scan = await page.evaluate(
          () => performance.getEntriesByName('tally:scan').map((e) => (e as PerformanceMark).detail as unknown).find((d) => (d as { marks: number }).marks > 0),
        );
        const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
        if (run >= 0) {
          scans.push(scan as ScanDetail);
          longTasks.push(...tasks.slice(loadTasks));
        }
        await page.close();
      }
      const longest = Math.max(...scans.map((s) => s.longestMs));
      const step = scans.find((s) => s.longestMs === longest)?.longestStep ?? '';
      console.log(
        `| ${scans[0].words.toLocaleString('en')} | ${scans[0].claims} | ${scans[0].marks} | ${median(scans.map((s) => s.busyMs)).toFixed(1)} | ${longest.toFixed(1)} | ${step} | ${longTasks.length} (${longTasks.length ? Math.max(...longTasks).toFixed(0) : '-'}) |`,
      );
      const phases = Object.keys(scans[0].phases ?? {})
        .map((k) => `${k} ${median(scans.map((s) => s.phases?.[k] ?? 0)).toFixed(1)}`)
        .join(', ');
      console.log(`|  | median ms per step: ${phases} |||||`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await contentBench();
