/**
 * Builds the extension for the browser tests into .output/e2e/chrome-mv3 (or firefox-mv3),
 * apart from the `.output/chrome-mv3` that `npm run build` and `npm start` use (other builds may
 * run at the same time).
 */
import { build } from 'wxt';
import { join } from 'node:path';
import { ROOT } from '../../scripts/demo-pages';

/** Where the e2e build lands. */
export const E2E_OUT_DIR = join(ROOT, '.output', 'e2e');

/** Builds the MV3 extension for `browser` (Chrome unless told) and returns its folder. */
export async function buildExtension(outDir = E2E_OUT_DIR, browser: 'chrome' | 'firefox' = 'chrome'): Promise<string> {
  await build({ root: ROOT, outDir, browser, manifestVersion: 3, logger: quietLogger() });
  return join(outDir, `${browser}-mv3`);
}

function quietLogger() {
  const noop = () => {};
  return { debug: noop, log: noop, info: noop, warn: console.warn, error: console.error, success: noop, level: 0 } as never;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // argv: [outDir] [chrome|firefox]
  const dir = await buildExtension(process.argv[2], process.argv[3] === 'firefox' ? 'firefox' : 'chrome');
  console.log(dir);
}
