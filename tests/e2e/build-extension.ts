/**
 * Builds the extension for the browser tests into .output/e2e/chrome-mv3 (or firefox-mv3),
 * apart from the `.output/chrome-mv3` that `npm run build` and `npm start` use (other builds may
 * run at the same time). It is the test build of `npm run build:test` (WXT_TALLY_TEST_BUILD=1):
 * each scan's figures as a `tally:scan` performance mark, Tally's shadow root open and data
 * attributes on every mark, which the tests and benchmarks read; a release build has none of it.
 */
import { build } from 'wxt';
import { join } from 'node:path';
import { ROOT } from '../../scripts/demo-pages';

/** Where the e2e build lands. */
export const E2E_OUT_DIR = join(ROOT, '.output', 'e2e');

/** Builds the MV3 extension for `browser` (Chrome unless told), a test build unless `release`, and returns its folder. */
export async function buildExtension(outDir = E2E_OUT_DIR, browser: 'chrome' | 'firefox' = 'chrome', { release = false } = {}): Promise<string> {
  const before = process.env.WXT_TALLY_TEST_BUILD;
  process.env.WXT_TALLY_TEST_BUILD = release ? '0' : '1';
  try {
    await build({ root: ROOT, outDir, browser, manifestVersion: 3, logger: quietLogger() });
  } finally {
    if (before === undefined) delete process.env.WXT_TALLY_TEST_BUILD;
    else process.env.WXT_TALLY_TEST_BUILD = before;
  }
  return join(outDir, `${browser}-mv3`);
}

function quietLogger() {
  const noop = () => {};
  return { debug: noop, log: noop, info: noop, warn: console.warn, error: console.error, success: noop, level: 0 } as never;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // argv: [outDir] [chrome|firefox] [--release]
  const dir = await buildExtension(process.argv[2], process.argv[3] === 'firefox' ? 'firefox' : 'chrome', { release: process.argv.includes('--release') });
  console.log(dir);
}
