/**
 * Demo article pages made from the seeds, and a tiny localhost server for them. Shared by
 * `npm start` (scripts/demo.ts), the browser tests (tests/e2e) and the content benchmark.
 * Pages look like ordinary news pages: a menu, the article, a footer full of numbers that is
 * not the article.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One seed's metadata (seeds/index.json). */
export interface SeedMeta {
  file: string;
  outlet: string;
  byline: string | null;
  published: string | null;
  language: string;
  title: string | null;
}

/** The seeds' metadata. */
export function seedIndex(): SeedMeta[] {
  return JSON.parse(readFileSync(join(ROOT, 'seeds', 'index.json'), 'utf8')).articles as SeedMeta[];
}

/** A seed's text. */
export function seedText(file: string): string {
  return readFileSync(join(ROOT, 'seeds', file), 'utf8');
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Paragraphs of a plain-text article (blank or single line breaks). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A news-like page around article body HTML. `bodyAttrs` lands on the article element. */
export function newsPage(opts: {
  title: string;
  outlet: string;
  published?: string | null;
  byline?: string | null;
  lang?: string;
  articleHtml: string;
  articleAttrs?: string;
  extraHead?: string;
}): string {
  const published = opts.published ? `<meta property="article:published_time" content="${escapeHtml(opts.published)}">` : '';
  // As a news site's page names itself: the outlet and the byline in its tags.
  const tags = [`<meta property="og:site_name" content="${escapeHtml(opts.outlet)}">`, opts.byline ? `<meta name="author" content="${escapeHtml(opts.byline)}">` : ''].join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(opts.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)}</title>
${published}
${tags}
${opts.extraHead ?? ''}
<style>
  body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #222; background: #fafaf7; }
  header.site { background: #1c2a3a; color: #fff; padding: 10px 24px; font: 15px system-ui, sans-serif; }
  header.site nav a { color: #cfe0f5; margin-right: 16px; text-decoration: none; }
  main { max-width: 680px; margin: 0 auto; padding: 24px; }
  h1 { font-size: 30px; line-height: 1.25; }
  .byline { color: #555; font: 14px system-ui, sans-serif; }
  footer { max-width: 680px; margin: 40px auto; padding: 0 24px; color: #666; font: 13px system-ui, sans-serif; }
</style>
</head>
<body>
<header class="site"><strong>${escapeHtml(opts.outlet)}</strong>
<nav><a href="/">Home</a><a href="/">World</a><a href="/">Markets: 2,431 points</a><a href="/">Weather 21°C</a></nav></header>
<main>
<article ${opts.articleAttrs ?? ''}>
<h1>${escapeHtml(opts.title)}</h1>
<p class="byline">${escapeHtml([opts.byline, opts.published?.slice(0, 10)].filter(Boolean).join(' · '))}</p>
${opts.articleHtml}
</article>
</main>
<footer><p>Most read: 12 photos of 3,000 lanterns · 45 years of jazz · 1,000 containers of toys recalled</p>
<p>© 2023 ${escapeHtml(opts.outlet)}. 1 Main Street, 10001.</p></footer>
</body>
</html>`;
}

/** The demo page of one seed (e.g. "yonhap-2023-10-14.txt"). */
export function seedPage(file: string): string {
  const meta = seedIndex().find((m) => m.file === file);
  if (!meta) throw new Error(`no seed ${file}`);
  const body = paragraphs(seedText(file))
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return newsPage({
    title: meta.title ?? meta.outlet,
    outlet: meta.outlet,
    published: meta.published,
    byline: meta.byline,
    lang: meta.language,
    articleHtml: body,
  });
}

/** The URL path of a seed's demo page: /article/yonhap-2023-10-14. */
export function seedPath(file: string): string {
  return `/article/${file.replace(/\.txt$/, '')}`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** A running demo server. */
export interface DemoServer {
  origin: string;
  /** Adds or replaces a page at `path` (for tests that build their own pages). */
  setPage(path: string, html: string): void;
  close(): Promise<void>;
}

/**
 * Serves the seeds' demo pages (`/`, `/article/<seed>`), the saved fixture pages
 * (`/fixtures/<name>/source.html`, from tests/fixtures/pages) and any page set with `setPage`.
 * Listens on 127.0.0.1 only.
 */
export async function startDemoServer(port = 0): Promise<DemoServer> {
  const pages = new Map<string, string>();
  for (const meta of seedIndex()) pages.set(seedPath(meta.file), seedPage(meta.file));
  pages.set(
    '/',
    newsPage({
      title: 'Tally demo pages',
      outlet: 'Tally demo',
      articleHtml:
        '<p>Demo article pages made from the five seed reports. Open one with the extension loaded.</p><ul>' +
        seedIndex()
          .map((m) => `<li><a href="${seedPath(m.file)}">${escapeHtml(m.outlet)}: ${escapeHtml(m.title ?? m.file)}</a></li>`)
          .join('') +
        '</ul>',
    }),
  );
  const fixtures = join(ROOT, 'tests', 'fixtures', 'pages');

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const page = pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    if (path.startsWith('/fixtures/')) {
      const file = normalize(join(fixtures, path.slice('/fixtures/'.length)));
      if (file.startsWith(fixtures)) {
        try {
          const body = readFileSync(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          res.end(body);
          return;
        } catch {
          // fall through to 404
        }
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok();
    });
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    setPage: (path, html) => pages.set(path, html),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * An on-topic article page of about `words` words, made by cycling through the seeds' paragraphs
 * (for the long-page test and the content benchmark). Every paragraph is real reporting text.
 */
export function longArticlePage(words: number): string {
  const pool = seedIndex().flatMap((meta) => paragraphs(seedText(meta.file)).filter((p) => p.split(/\s+/).length >= 12));
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = pool[i % pool.length];
    out.push(`<p>${escapeHtml(p)}</p>`);
    count += p.split(/\s+/).length;
  }
  return newsPage({
    title: `North Korea's arms shipments to Russia: the record (${words.toLocaleString('en')} words)`,
    outlet: 'Tally long-page test',
    published: '2024-03-20',
    articleHtml: out.join('\n'),
  });
}
