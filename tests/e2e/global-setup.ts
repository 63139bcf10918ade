/**
 * vitest globalSetup of the browser tests: builds the extension ONCE per run (in a child
 * process, so wxt's Vite does not share vitest's) and hands its folder to the test files.
 * Set TALLY_E2E_EXT to a built folder to skip the build while iterating.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../../scripts/demo-pages';
import { buildExtensionInChild } from './build-in-child';
import { chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built extension's folder, or '' when there is no browser to test in. */
    extensionDir: string;
  }
}

export default function setup(project: TestProject): (() => void) | void {
  if (!chromiumPath()) {
    project.provide('extensionDir', '');
    return;
  }
  let dir = process.env.TALLY_E2E_EXT;
  // A folder of this run's own: two runs at once (two engineers, one machine) must not rebuild
  // the extension under each other's browsers.
  const outDir = join(ROOT, '.output', `e2e-run-${process.pid}`);
  if (!dir) {
    dir = buildExtensionInChild(outDir);
  }
  project.provide('extensionDir', dir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
