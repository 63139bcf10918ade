/** A large synthetic corpus imported into a running extension, through its options page as a user would (the content and side panel benches). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { syntheticPack } from './idb-synthetic-pack';

/** Imports a synthetic pack into an extension's corpus through its options page (as a user would). */
export async function importCorpus(context: BrowserContext, extensionId: string, corpus: { claims: number; topics: number }): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'tally-content-bench-')), 'pack.json');
  writeFileSync(path, JSON.stringify(syntheticPack(corpus.claims, { name: 'stories', topicCount: corpus.topics })));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForSelector('table.articles tbody tr');
  await options.setInputFiles('input[type="file"]', path);
  await options.waitForSelector('[data-testid="pack-preview"], [data-testid="import-error"]', { timeout: 300_000 });
  await options.click('button:has-text("Import")');
  await options.waitForSelector('.panel .ok:has-text("imported"), [data-testid="import-error"]', { timeout: 600_000 });
  const failed = await options.$('[data-testid="import-error"]');
  if (failed) throw new Error(`import failed: ${await failed.textContent()}`);
  await options.close();
  rmSync(path, { force: true });
}

