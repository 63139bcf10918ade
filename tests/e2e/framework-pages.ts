/**
 * Test pages built with a UI framework, as most news sites are: the same small app bundled with
 * React and with Preact (esbuild, at test time, from the project's own node_modules; no network).
 * The app renders a story on Tally's topic whose lead figure is state: `window.__story.set(n)`
 * re-renders it (the framework updates its text node in place), `window.__story.toggle()`
 * removes and re-inserts the paragraph, and `window.__story.errors` collects render errors.
 */
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT, type DemoServer } from '../../scripts/demo-pages';
import { screenshot } from './harness';
import { clickMark, markByQuote, readMarks, readOpenNote, waitForMarks, waitForNote } from './tally-dom';

const LEAD = (count: string) =>
  `North Korea has shipped more than ${count} containers of munitions to Russia, White House spokesman John Kirby said.`;

const APP = (framework: 'react' | 'preact') => `
${framework === 'react'
  ? `import { useState } from 'react'; import { flushSync } from 'react-dom'; import { createRoot } from 'react-dom/client';`
  : `import { render } from 'preact'; import { useState } from 'preact/hooks';`}

function Story() {
  const [count, setCount] = useState('1,000');
  const [shown, setShown] = useState(true);
  window.__story.set = (value) => sync(() => setCount(value));
  window.__story.toggle = () => sync(() => setShown((s) => !s));
  return (
    <article>
      <h1>North Korea's shipments to Russia</h1>
      {shown && (
        <p id="lead">
          North Korea has shipped more than {count} containers of munitions to Russia, White House spokesman John Kirby said.
        </p>
      )}
      <p>The ships sailed from the port of Najin to a military depot near Tikhoretsk, roughly 290 kilometres from the Ukrainian border.</p>
      <p>Analysts in Seoul said the deliveries were likely to continue through the winter.</p>
    </article>
  );
}

window.__story = { errors: [] };
window.addEventListener('error', (e) => window.__story.errors.push(String(e.message)));
const mount = document.getElementById('app');
${framework === 'react'
  ? `const sync = (fn) => flushSync(fn); createRoot(mount, { onUncaughtError: (e) => window.__story.errors.push(String(e)) }).render(<Story />);`
  : `const sync = (fn) => fn(); render(<Story />, mount);`}
`;

/** A page running the story app with `framework`, its script bundled inline. */
export async function frameworkPage(framework: 'react' | 'preact'): Promise<string> {
  const result = await build({
    stdin: { contents: APP(framework), loader: 'jsx', resolveDir: ROOT, sourcefile: `story-${framework}.jsx` },
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: framework,
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'silent',
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>North Korea's shipments to Russia (${framework})</title></head>
<body><main id="app"></main><script>${script}</script></body></html>`;
}

/**
 * The framework page updates its marked lead figure (1,000 to 7,000), removes and re-inserts the
 * paragraph and updates it again: the page's text is never duplicated, nothing throws, and the
 * mark and its note follow the figure the page now shows.
 */
export async function expectFrameworkPageFollows(context: BrowserContext, server: DemoServer, framework: 'react' | 'preact'): Promise<void> {
  server.setPage(`/framework/${framework}`, await frameworkPage(framework));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${server.origin}/framework/${framework}`);
    await waitForMarks(page, { timeout: 60_000 });
    await expect.poll(() => countMarksWith(page, '1,000 containers'), { timeout: 20_000 }).toBe(1);

    // The framework updates the text node the mark is over.
    await page.evaluate(() => (window as any).__story.set('7,000'));
    expect(await page.textContent('#lead')).toBe(LEAD('7,000'));
    await expect.poll(() => countMarksWith(page, '7,000 containers'), { timeout: 20_000 }).toBe(1);
    expect(await countMarksWith(page, '1,000 containers')).toBe(0);
    expect(await page.textContent('#lead')).toBe(LEAD('7,000'));

    // The note is about the new figure.
    await clickMark(markByQuote(page, '7,000 containers'));
    await waitForNote(page);
    expect(await readOpenNote(page)).toMatch(/This page:.*7,000 containers/);
    await screenshot(page, `framework-${framework}-${context.browser()?.browserType().name() ?? 'browser'}-updated-note`);

    // The framework removes and re-inserts the marked paragraph, and updates it again.
    await page.evaluate(() => (window as any).__story.toggle());
    await page.evaluate(() => (window as any).__story.toggle());
    await page.evaluate(() => (window as any).__story.set('2,500'));
    expect(await page.textContent('#lead')).toBe(LEAD('2,500'));
    expect(await page.evaluate(() => document.querySelectorAll('#lead').length)).toBe(1);
    await expect.poll(() => countMarksWith(page, '7,000 containers'), { timeout: 20_000 }).toBe(0);

    expect(await page.evaluate(() => (window as any).__story.errors)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}

/** How many figure marks have a quote containing `text`. */
export async function countMarksWith(page: Page, text: string): Promise<number> {
  return (await readMarks(page)).filter((m) => m.claim && m.quote.includes(text)).length;
}
