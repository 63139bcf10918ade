/**
 * A hostile pack must never brick Tally (issue 10, item 1). A pack whose entity has a spelling
 * with nothing to match ("-", spaces, punctuation, one letter) used to pass validation; its
 * pattern matched the empty string, the mention loop never ended, and from then on no page was
 * marked and no search or reset answered. Now the options page refuses such a pack whole and
 * names the spelling, and afterwards pages are marked and the popup's search answers as before.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, seedPath } from '../../scripts/demo-pages';
import { describeInBrowser } from './harness';
import { markByQuote, waitForMarks } from './tally-dom';
import { sendFrom } from './trust-support';

const files = mkdtempSync(join(tmpdir(), 'tally-hostile-packs-'));

/** The built-in pack with `spelling` added to its first topic's first entity's aliases, as a file. */
function packWithAlias(name: string, spelling: string): string {
  const pack = JSON.parse(readFileSync(join(ROOT, 'public/packs/default.json'), 'utf8'));
  pack.name = `hostile ${name}`;
  pack.topics[0].entities[0].aliases.push(spelling);
  const path = join(files, `${name}.json`);
  writeFileSync(path, JSON.stringify(pack));
  return path;
}

describeInBrowser('a pack with a spelling that matches nothing', (env) => {
  it('is refused whole with the spelling named, and Tally keeps marking and searching', async () => {
    const { browser, server } = env();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('table.articles tbody tr');
    const spellings: [string, string][] = [
      ['dash', '-'],
      ['spaces', '   '],
      ['punctuation', '.,;'],
      ['one-letter', 'x'],
      ['regex', '.*'],
      ['empty-group', '()'],
    ];
    for (const [name, spelling] of spellings) {
      await options.setInputFiles('input[type="file"]', packWithAlias(name, spelling));
      await options.waitForSelector('[data-testid="pack-preview"], [data-testid="import-error"]');
      const message = (await options.textContent('[data-testid="import-error"]')) ?? '';
      expect(message, name).toMatch(/topics\[0\]\.entities\[0\]\.aliases\[\d+\]/);
      expect(message, name).toContain('Nothing was changed');
    }

    // The corpus still answers, and a page on the topic is still marked.
    const search = await sendFrom(options, { type: 'searchCorpus', data: { query: 'Rajin' } });
    expect(search.ok).toBe(true);
    const page = await browser.context.newPage();
    await page.goto(server.origin + seedPath('yonhap-2023-10-14.txt'));
    await waitForMarks(page, { min: 3 });
    expect(await markByQuote(page, '1,000 containers').getAttribute('data-tally-reports')).not.toBe('0');
    await page.close();
    await options.close();
  });
});
