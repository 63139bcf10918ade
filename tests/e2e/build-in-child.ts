/**
 * Builds the extension (tests/e2e/build-extension.ts) in a child process, so wxt's Vite does not
 * share the test runner's, and returns the built folder.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../scripts/demo-pages';

export function buildExtensionInChild(outDir: string, browser: 'chrome' | 'firefox' = 'chrome', { release = false } = {}): string {
  const args = ['--import', 'tsx', join(ROOT, 'tests/e2e/build-extension.ts'), outDir, browser, ...(release ? ['--release'] : [])];
  // wxt's progress spinner goes to stderr: kept back, and shown only when the build fails.
  try {
    const out = execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return out.trim().split('\n').pop()!;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`building the ${browser} extension failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}
