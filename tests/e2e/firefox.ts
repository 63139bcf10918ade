/**
 * Where Debian's Firefox ESR is, and how the Firefox browser test launches it with the built
 * extension installed. Playwright drives it over WebDriver BiDi (`firefox` with a `moz-*`
 * channel and our own executable); the extension is packed as an .xpi into the fresh profile's
 * `extensions/` folder, the way a sideloaded add-on is installed.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';
import { firefox, type BrowserContext } from 'playwright-core';
import { buildExtensionInChild } from './build-in-child';
import { blockNonLocal } from './chromium';

/** Debian's Firefox ESR (`apt-get install -y firefox-esr`). */
export const FIREFOX = process.env.TALLY_FIREFOX ?? '/usr/bin/firefox-esr';

/** The Firefox executable, or null when it is not installed. */
export function firefoxPath(): string | null {
  return existsSync(FIREFOX) ? FIREFOX : null;
}

/**
 * Builds the Firefox MV3 extension in a child process (so wxt's Vite does not share vitest's)
 * into `outDir`, and returns the built folder. TALLY_E2E_FIREFOX_EXT names a built folder to
 * use instead while iterating.
 */
export async function buildFirefoxExtension(outDir: string): Promise<string> {
  if (process.env.TALLY_E2E_FIREFOX_EXT) return process.env.TALLY_E2E_FIREFOX_EXT;
  return buildExtensionInChild(outDir, 'firefox');
}

/** The gecko id of a built Firefox extension (its manifest's browser_specific_settings). */
export function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Prefs of the test profile: unsigned add-ons from the profile folder install enabled, MV3 host
 * permissions are granted at install, and Firefox's own background traffic is off. Anything
 * that still tries the network goes to a proxy on a closed localhost port.
 */
export const FIREFOX_PREFS: Record<string, string | number | boolean> = {
  // The sideloaded .xpi: unsigned (ESR honours this), from the profile scope, enabled without a prompt.
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
  'extensions.originControls.grantByDefault': true,
  'extensions.install.requireBuiltInCerts': false,
  // Firefox's own network.
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.search.update': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.topsites.contile.enabled': false,
  'captivedetect.canonicalURL': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'extensions.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'services.settings.server': 'http://127.0.0.1:9/remote-settings',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  // Whatever is left: a proxy nobody listens on (port 9, discard), localhost excepted.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1, [::1]',
  'network.proxy.allow_hijacking_localhost': false,
};

/** A Firefox with the extension installed. */
export interface FirefoxWithExtension {
  context: BrowserContext;
  /** The extension's gecko id. */
  extensionId: string;
  /** The extension's internal uuid in this profile (fixed at launch through `extensions.webextensions.uuids`). */
  uuid: string;
  /** The extension's pages' base URL, `moz-extension://<uuid>/` (`${baseURL}popup.html`). */
  baseURL: string;
  /** Requests refused because they were not to localhost. */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * Launches Firefox (headless) in a fresh profile with the extension at `extensionDir` installed
 * from `extensions/<gecko id>.xpi`; every non-local http(s) request from a page is aborted.
 * Firefox gives an extension a random internal uuid per profile (its pages are
 * `moz-extension://<uuid>/...`); the pref `extensions.webextensions.uuids` fixes it to `uuid`
 * (a fresh random one unless given), so the tests can open the popup and options pages.
 *
 * Firefox's WebDriver BiDi refuses `browsingContext.navigate` to any scheme but http(s), file,
 * blob and about:blank ("Navigation to "moz-extension://..." is not allowed in this context")
 * unless the browser runs with `-remote-allow-system-access`; the launch passes that flag so
 * the tests can `page.goto` the extension's own pages.
 */
export async function launchFirefoxWithExtension(
  extensionDir: string,
  { headless = true, uuid = randomUUID() }: { headless?: boolean; uuid?: string } = {},
): Promise<FirefoxWithExtension> {
  bridgeMissingBidiCommands();
  const extensionId = geckoId(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'tally-firefox-'));
  mkdirSync(join(profile, 'extensions'));
  writeFileSync(join(profile, 'extensions', `${extensionId}.xpi`), await zipFolder(extensionDir));
  let context: BrowserContext;
  try {
    context = await firefox.launchPersistentContext(profile, {
      // A `moz-*` channel selects Playwright's WebDriver BiDi Firefox; the executable is our own.
      channel: 'moz-firefox',
      executablePath: FIREFOX,
      headless,
      // Lets BiDi navigate a tab to moz-extension:// (see above).
      args: ['-remote-allow-system-access'],
      viewport: { width: 1100, height: 800 },
      firefoxUserPrefs: { ...FIREFOX_PREFS, 'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }) },
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const blocked = await blockNonLocal(context);
  return {
    context,
    extensionId,
    uuid,
    baseURL: `moz-extension://${uuid}/`,
    blocked,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Playwright 1.65's BiDi setup sends commands an older Firefox ESR does not implement ("unknown
 * command"), and the launch fails: `emulation.setMediaFeaturesOverride` (Firefox 153 ESR lacks
 * it), `network.addDataCollector`, `browser.setDownloadBehavior` and other `emulation.*`
 * overrides (Debian bookworm's 140 ESR lacks them). None changes what the tests check (default
 * emulation settings, keeping response bodies no test reads, downloads no test makes), so an
 * "unknown command" answer to one of
 * them is turned into success on Playwright's side of the socket. Every other message and
 * answer passes as is.
 */
const OPTIONAL_BIDI_COMMANDS = new Set(['network.addDataCollector', 'browser.setDownloadBehavior']);
// Emulation overrides the tests never ask for (colour scheme, screen orientation, ...): Playwright
// sends their defaults at setup.
const isOptional = (method: string) => OPTIONAL_BIDI_COMMANDS.has(method) || method.startsWith('emulation.');

function bridgeMissingBidiCommands(): void {
  const require = createRequire(import.meta.url);
  type Message = { id?: number; method?: string; type?: string; error?: string };
  type Transport = { send(message: unknown): void; onmessage?: (m: unknown) => void; __tallyBridged?: boolean; __tallyPending?: Map<number, string> };
  const { server } = require('playwright-core/lib/coreBundle') as { server?: { WebSocketTransport?: { prototype: Transport } } };
  const proto = server?.WebSocketTransport?.prototype;
  // A Playwright without this internal: launch as is (it may not need the bridge).
  if (!proto || proto.__tallyBridged) return;
  const send = proto.send;
  proto.send = function (this: Transport, message: unknown) {
    const m = message as Message;
    if (m.method && isOptional(m.method) && m.id !== undefined) {
      if (!this.__tallyPending) {
        this.__tallyPending = new Map();
        const pending = this.__tallyPending;
        const deliver = this.onmessage;
        this.onmessage = (answer: unknown) => {
          const a = answer as Message;
          const method = a.id !== undefined ? pending.get(a.id) : undefined;
          if (method !== undefined) pending.delete(a.id!);
          if (method && a.type === 'error' && a.error === 'unknown command') deliver?.({ type: 'success', id: a.id, result: method === 'network.addDataCollector' ? { collector: 'tally-no-collector' } : {} });
          else deliver?.(answer);
        };
      }
      this.__tallyPending.set(m.id, m.method);
    }
    send.call(this, message);
  };
  proto.__tallyBridged = true;
}


/** A zip (deflated) of a folder's files, paths relative to it: an .xpi of a built extension. */
export async function zipFolder(dir: string): Promise<Buffer> {
  const zip = new JSZip();
  for (const file of listFiles(dir)) zip.file(relative(dir, file).split(sep).join('/'), readFileSync(file));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}
