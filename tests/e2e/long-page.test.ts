/**
 * A 100,000-word article: the content script slices its work. The longest task on the page,
 * read with a PerformanceObserver for long tasks, is printed (a figure, not asserted).
 */
import { expect, it } from 'vitest';
import { longArticlePage } from '../../scripts/demo-pages';
import { longTasks, recordLongTasks } from './chromium';
import { describeInBrowser, describeScan, waitForScan } from './harness';
import { readMarks } from './tally-dom';

describeInBrowser('a 100,000-word page', (env) => {
  it('gets marked, in slices; the longest task is reported', async () => {
    env().server.setPage('/long', longArticlePage(100_000));
    const page = await env().browser.context.newPage();
    await recordLongTasks(page);
    await page.goto(env().server.origin + '/long', { waitUntil: 'load' });
    // Long tasks before this point are the browser parsing and laying out a 600 kB page.
    const loadTasks = (await longTasks(page)).length;
    const scans = await waitForScan(page, { minMarks: 1, timeout: 80_000 });
    const scan = scans.find((s) => s.marks > 0)!;
    const tasks = await longTasks(page);
    const afterLoad = tasks.slice(loadTasks);
    console.log(
      `100,000-word page: ${describeScan(scan)}; long tasks after load: ${afterLoad.length}, longest ${Math.max(0, ...afterLoad).toFixed(0)} ms ` +
        `(during load: ${loadTasks}, longest ${Math.max(0, ...tasks.slice(0, loadTasks)).toFixed(0)} ms)`,
    );
    expect(scan.words).toBeGreaterThan(90_000);
    expect(scan.claims).toBeGreaterThan(100);
    expect((await readMarks(page)).length).toBeGreaterThan(100);
    await page.close();
  });
});
