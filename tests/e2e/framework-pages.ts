/**
 * Test pages built with a UI framework, as most news sites are: the same small app bundled with
 * React and with Preact (esbuild, at test time, from the project's own node_modules; no network).
 * The app renders a story on Tally's topic whose lead figure is state: `window.__story.set(n)`
 * re-renders it (the framework updates its text node in place), `window.__story.toggle()`
 * removes and re-inserts the paragraph, and `window.__story.errors` collects render errors.
 */
import { build } from 'esbuild';
import { ROOT } from '../../scripts/demo-pages';

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
