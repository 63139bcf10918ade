/**
 * `npm run icons`: draws Tally's icon (a tally of five on a blue square) at every size the
 * stores and browsers ask for, into public/icon/<size>.png, where WXT finds them for the
 * manifest. Rendered by Chromium from the SVG below, so the PNGs can be made again exactly.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/chromium';
import { ROOT } from './demo-pages';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** Four strokes and the fifth across them, white on the notes' accent blue. */
const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1d4ed8"/>
  <g stroke="#ffffff" stroke-width="11" stroke-linecap="round">
    <line x1="36" y1="30" x2="36" y2="98"/><line x1="55" y1="30" x2="55" y2="98"/>
    <line x1="74" y1="30" x2="74" y2="98"/><line x1="93" y1="30" x2="93" y2="98"/>
    <line x1="22" y1="84" x2="106" y2="44"/>
  </g>
</svg>`;

const executablePath = chromiumPath();
if (!executablePath) throw new Error('npm run icons needs Chromium at /usr/bin/chromium');
const browser = await chromium.launch({ executablePath, headless: true });
const page = await browser.newPage();
const dir = join(ROOT, 'public', 'icon');
mkdirSync(dir, { recursive: true });
for (const size of ICON_SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${ICON_SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: join(dir, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`wrote ${ICON_SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
