/**
 * Packaging and permissions (issue 6): the Firefox MV3 build passes `web-ext lint` with no
 * errors, and both built manifests ask for exactly the permissions the README justifies and use
 * only keys their browser knows. Builds into .output/lint/ so it never races `npm run build`.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output', 'lint');

/** The permissions README "Privacy and permissions" justifies, one line each. */
const JUSTIFIED_PERMISSIONS = { chrome: ['storage', 'sidePanel'], firefox: ['storage'] };
/** Where the content script runs: web pages only (not file:, not other extensions). */
const CONTENT_MATCHES = ['http://*/*', 'https://*/*'];

// Chrome MV3 manifest keys (developer.chrome.com/docs/extensions/reference/manifest); anything else warns on load.
const CHROME_KEYS = new Set([
  'manifest_version', 'name', 'version', 'description', 'icons', 'action', 'author', 'background', 'chrome_settings_overrides',
  'chrome_url_overrides', 'commands', 'content_scripts', 'content_security_policy', 'cross_origin_embedder_policy',
  'cross_origin_opener_policy', 'declarative_net_request', 'default_locale', 'devtools_page', 'export', 'externally_connectable',
  'homepage_url', 'host_permissions', 'import', 'incognito', 'key', 'minimum_chrome_version', 'oauth2', 'omnibox',
  'optional_host_permissions', 'optional_permissions', 'options_page', 'options_ui', 'permissions', 'requirements', 'sandbox',
  'short_name', 'side_panel', 'storage', 'tts_engine', 'update_url', 'version_name', 'web_accessible_resources',
]);

type Manifest = Record<string, any>;

async function build(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  // A child process: wxt's Vite must not share vitest's.
  const script = `import { build } from 'wxt'; await build({ root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(OUT)}, browser: '${browser}', manifestVersion: 3, logger: { debug(){}, log(){}, info(){}, warn: console.warn, error: console.error, success(){}, level: 0 } });`;
  await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, timeout: 240_000 });
  return JSON.parse(readFileSync(join(OUT, `${browser}-mv3`, 'manifest.json'), 'utf8'));
}

function expectNarrowPermissions(manifest: Manifest, browser: keyof typeof JUSTIFIED_PERMISSIONS): void {
  expect(manifest.permissions ?? []).toEqual(JUSTIFIED_PERMISSIONS[browser]);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.externally_connectable).toBeUndefined();
  for (const cs of manifest.content_scripts ?? []) expect(cs.matches).toEqual(CONTENT_MATCHES);
  // Nothing of the extension is exposed to web pages, and no CSP is loosened.
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
}

describe('packaging', () => {
  let firefox: Manifest;
  let chrome: Manifest;
  beforeAll(async () => {
    // One after the other: two cores, shared.
    firefox = await build('firefox');
    chrome = await build('chrome');
  }, 300_000);

  it('the Firefox MV3 build passes web-ext lint with no errors', async () => {
    const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', join(OUT, 'firefox-mv3'), '--output', 'json'], { cwd: ROOT, timeout: 120_000 }).catch(
      // web-ext exits non-zero when there are errors; the JSON is still on stdout.
      (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }),
    );
    const report = JSON.parse(stdout) as { summary: { errors: number; warnings: number; notices: number }; errors: { code: string; message: string }[]; warnings: { code: string; file?: string; message: string }[] };
    console.log(`web-ext lint: ${JSON.stringify(report.summary)}`);
    for (const w of report.warnings) console.log(`  warning ${w.code} ${w.file ?? ''}: ${w.message}`);
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    // The data-collection declaration AMO requires is there, and says none.
    expect(report.warnings.map((w) => w.code)).not.toContain('MISSING_DATA_COLLECTION_PERMISSIONS');
    expect(firefox.browser_specific_settings?.gecko?.id).toMatch(/@/);
    expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('both manifests ask for exactly the justified permissions', () => {
    expectNarrowPermissions(firefox, 'firefox');
    expectNarrowPermissions(chrome, 'chrome');
    // The side panel: Chrome's side_panel, Firefox's sidebar_action (which needs no permission).
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect((firefox as { sidebar_action?: { default_panel?: string } }).sidebar_action?.default_panel).toBe('sidepanel.html');
  });

  it('has an icon at every size the stores ask for, each a PNG of its size', () => {
    for (const manifest of [chrome, firefox]) {
      for (const size of [16, 32, 48, 96, 128]) {
        const path = manifest.icons?.[String(size)];
        expect(path, `icon ${size}`).toBeTruthy();
        const png = readFileSync(join(ROOT, 'public', path));
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      }
    }
  });

  it('the Chrome manifest uses only keys Chrome knows (no load warnings) and no Firefox-only keys', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(Object.keys(chrome).filter((k) => !CHROME_KEYS.has(k))).toEqual([]);
    expect(chrome.background).toEqual({ service_worker: expect.any(String) });
  });
});
