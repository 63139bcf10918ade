/**
 * Side panel benchmark, in Chromium with the test build: how long the side panel takes to open
 * on the Yonhap page (from navigation to its figures on screen), with the default corpus and
 * with a corpus of 100,000 claims across 20 stories, in one run. The panel reads the page's
 * content script, never the corpus, so the two should not differ.
 *
 *   npm run bench -- sidepanel
 *   SIDEPANEL_BENCH_RUNS=9 SIDEPANEL_BENCH_CORPUS=100000x20 npm run bench -- sidepanel
 *
 * Goal (issue 14): under 100 ms at 100,000 claims. Prints numbers only.
 */
import { join } from 'node:path';
import { ROOT, seedPath, startDemoServer } from '../scripts/demo-pages';
import { chromiumPath, launchWithExtension } from '../tests/e2e/chromium';
import { buildExtension } from '../tests/e2e/build-extension';
import { waitForScan } from '../tests/e2e/harness';
import { importCorpus } from './import-corpus';

const RUNS = Number(process.env.SIDEPANEL_BENCH_RUNS ?? 7);
const [CLAIMS, TOPICS] = (process.env.SIDEPANEL_BENCH_CORPUS ?? '100000x20').split('x').map(Number);

/** Quiet time after the import, before the first measured opening. */
const SETTLE_MS = 5_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export default async function sidePanelBench(): Promise<void> {
  if (!chromiumPath()) {
    console.log('skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium)');
    return;
  }
  const dir = await buildExtension(join(ROOT, '.output', 'bench-sidepanel'));
  const server = await startDemoServer(0);
  const url = server.origin + seedPath('yonhap-2023-10-14.txt');
  const browsers = [
    { label: 'default corpus', browser: await launchWithExtension(dir) },
    { label: `${CLAIMS.toLocaleString('en')} claims, ${TOPICS} stories`, browser: await launchWithExtension(dir) },
  ];
  await importCorpus(browsers[1].browser.context, browsers[1].browser.extensionId, { claims: CLAIMS, topics: TOPICS });
  const times = new Map<string, number[]>(browsers.map((b) => [b.label, []]));
  const steps = new Map<string, { dom: number; shown: number }[]>(browsers.map((b) => [b.label, []]));
  let figures = 0;
  for (const { browser } of browsers) {
    const article = await browser.context.newPage();
    await article.goto(url);
    await waitForScan(article, { timeout: 60_000 });
  }
  // Let the background finish what the import started (its index, written to disk) before timing:
  // the two browsers share the machine's two cores, and the panel itself never waits for it.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  // Alternating, so load from other processes weighs on both alike.
  for (let run = 0; run < RUNS; run++) {
    for (const { label, browser } of browsers) {
      const panel = await browser.context.newPage();
      await panel.setViewportSize({ width: 420, height: 820 });
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabUrl=${encodeURIComponent(url)}`);
      await panel.waitForSelector('.figure-group');
      // Time since the panel's navigation began, when its figures were on screen (the test build's mark).
      // (No named functions inside: tsx would wrap them in a helper the page does not have.)
      const marks = await panel.evaluate(() => ({
        dom: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        shown: performance.getEntriesByName('tally:sidepanel-shown')[0]?.startTime ?? NaN,
      }));
      times.get(label)!.push(marks.shown);
      steps.get(label)!.push(marks);
      figures = await panel.locator('.figure-group li[data-claim-id]').count();
      await panel.close();
    }
  }
  console.log(`side panel open on the Yonhap page (${figures} figures listed), median of ${RUNS} (ms from navigation to figures shown; the test build):`);
  for (const [label, xs] of times) {
    const s = steps.get(label)!;
    const m = (k: 'dom') => median(s.map((x) => x[k])).toFixed(1);
    console.log(`  ${label.padEnd(32)} ${median(xs).toFixed(1)} ms  (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}; its script run by ${m('dom')})`);
  }
  const [a, b] = [...times.values()].map(median);
  console.log(`  ratio large/default: ${(b / a).toFixed(2)}`);
  for (const { browser } of browsers) await browser.close();
  await server.close();
}
