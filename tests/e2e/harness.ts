/**
 * The browser-test harness: one Chromium with the built extension per test file, the demo
 * server on localhost, scans and screenshots (marks and notes are read with tally-dom.ts).
 * Without Chromium the tests skip with a loud message, except under CI=true, where they fail.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { ROOT, startDemoServer, type DemoServer } from '../../scripts/demo-pages';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import type { ScanStats } from '../../utils/content/tally-page';

/** Where screenshots go (gitignored; CI keeps it as an artifact). */
export const RESULTS_DIR = join(ROOT, 'test-results');

/** The shared state of one test file's browser. */
export interface E2E {
  browser: ExtensionBrowser;
  server: DemoServer;
}

/**
 * `describe` for anything that needs Chromium: `body` gets the built extension's folder.
 * Without Chromium it skips with a loud message, except under CI=true, where it fails.
 */
export function describeWithChromium(name: string, body: (extensionDir: string) => void): void {
  const extensionDir = inject('extensionDir');
  describeIfBrowser(name, extensionDir ? null : 'Chromium at /usr/bin/chromium (apt-get install -y chromium)', () => body(extensionDir));
}

/**
 * `describe` that needs a browser: `missing` names the absent browser (and how to install it),
 * or is null when it is there. A missing browser skips loudly, and fails under CI=true.
 */
export function describeIfBrowser(name: string, missing: string | null, body: () => void): void {
  if (!missing) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it(`needs ${missing}`, () => {
        throw new Error(`missing ${missing}: browser tests cannot be skipped under CI=true`);
      });
    });
    return;
  }
  console.warn(`\n!!! SKIPPING browser tests "${name}": no ${missing} !!!\n`);
  describe.skip(name, body);
}

/**
 * `describe` for browser tests: launches one browser and one server for the block.
 * Returns a getter for them (valid inside tests and hooks).
 */
export function describeInBrowser(name: string, body: (env: () => E2E) => void): void {
  describeWithChromium(name, (extensionDir) => {
    let env: E2E | undefined;
    beforeAll(async () => {
      const [browser, server] = await Promise.all([launchWithExtension(extensionDir), startDemoServer()]);
      env = { browser, server };
    });
    afterAll(async () => {
      await env?.browser.close();
      await env?.server.close();
    });
    body(() => {
      if (!env) throw new Error('browser not started');
      return env;
    });
  });
}

/** A finished scan's figures, as the content script publishes them (`tally:scan` performance marks). */
export type ScanDetail = ScanStats;

/** One line of a scan's figures, for test and benchmark output. */
export function describeScan(s: ScanDetail): string {
  const phases = Object.entries(s.phases ?? {})
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
  return `${s.words} words, ${s.claims} claims, ${s.marks} marks; busy ${s.busyMs.toFixed(1)} ms (${phases}); longest slice ${s.longestMs.toFixed(1)} ms (${s.longestStep ?? '?'})`;
}

/** Waits until Tally has finished a scan (with at least `minMarks` marks) and returns every scan so far. */
export async function waitForScan(page: Page, { minMarks = 0, timeout = 20_000 } = {}): Promise<ScanDetail[]> {
  await page.waitForFunction(
    (min) => performance.getEntriesByName('tally:scan').some((e) => ((e as PerformanceMark).detail?.marks ?? 0) >= min),
    minMarks,
    { timeout },
  );
  return page.evaluate(() => performance.getEntriesByName('tally:scan').map((e) => (e as PerformanceMark).detail));
}

/** Saves a screenshot under test-results/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
