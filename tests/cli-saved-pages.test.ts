/**
 * Saved HTML pages in the CLI: `pack build` takes a folder of them with no index.json and reads
 * each page's own tags (outlet, date, title, canonical URL) as the popup's "Add this page" does;
 * index.json entries override the tags; `extract` and `check` date a page by its tags. The pages
 * are written here (a made-up port story).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const tally = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli/tally.ts'), ...args], { cwd: root, encoding: 'utf8' });

function savedPage(o: { outlet?: string; published?: string; canonical?: string; title: string; body: string[] }): string {
  const tags = [
    o.outlet ? `<meta property="og:site_name" content="${o.outlet}">` : '',
    o.published ? `<meta property="article:published_time" content="${o.published}">` : '',
    o.canonical ? `<link rel="canonical" href="${o.canonical}">` : '',
  ].join('');
  const paragraphs = o.body.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>${o.title}</title>${tags}</head><body><nav>Home · World</nav><article><h1>${o.title}</h1>${paragraphs}</article></body></html>`;
}

const FILLER = 'Dock workers said the queues of lorries stretched back to the ring road for most of the day, and the harbour master asked for patience.';
const pages = {
  'harbour-gazette.html': savedPage({
    outlet: 'Harbour Gazette',
    published: '2024-06-03T08:00:00Z',
    canonical: 'https://harbour-gazette.example/port-strike',
    title: 'Port of Velikograd idle as 2,400 containers wait',
    body: ['About 2,400 containers were stuck at the Port of Velikograd on May 7, the Danube Authority said.', FILLER],
  }),
  'coast-wire.html': savedPage({
    published: '2024-06-04',
    canonical: 'https://www.coastwire.example/velikograd',
    title: 'Velikograd strike ends',
    body: ['The Danube Authority said some 2,400 containers had waited at the Port of Velikograd before the strike ended.', FILLER],
  }),
  'javascript-link.html': savedPage({
    outlet: 'Odd Site',
    canonical: 'javascript:alert(1)',
    title: 'Velikograd port reopens',
    body: ['The Port of Velikograd reopened after the Danube Authority cleared 2,400 containers.', FILLER],
  }),
};

function folder(index?: unknown): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tally-saved-'));
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  if (index) writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
  return { dir, out: join(dir, '..', `${dir.split('/').pop()}.json`) };
}

describe('pack build from saved pages', () => {
  it('needs no index.json: outlet, date, title and canonical URL come from each page', () => {
    const { dir, out } = folder();
    const r = tally('pack', 'build', dir, '-o', out);
    expect(r.stderr).toMatch(/wrote .*: 3 articles/);
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    const byFile = Object.fromEntries(pack.articles.map((a: Record<string, unknown>) => [a.file, a]));
    expect(byFile['harbour-gazette.html']).toMatchObject({ outlet: 'Harbour Gazette', published: '2024-06-03', url: 'https://harbour-gazette.example/port-strike', title: 'Port of Velikograd idle as 2,400 containers wait', language: 'en' });
    // No og:site_name: the canonical URL's host names the outlet.
    expect(byFile['coast-wire.html']).toMatchObject({ outlet: 'coastwire.example', published: '2024-06-04', url: 'https://www.coastwire.example/velikograd' });
    // A canonical link that is not http(s) is never kept.
    expect(byFile['javascript-link.html']).toMatchObject({ outlet: 'Odd Site', url: null, published: null });
    expect(pack.topics[0].entities.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['Port of Velikograd', 'Danube Authority']));
  });

  it('lets index.json override what a page says', () => {
    const { dir, out } = folder({ articles: [{ file: 'harbour-gazette.html', outlet: 'The Gazette (print)', published: '2024-06-02' }, { file: 'coast-wire.html' }] });
    expect(tally('pack', 'build', dir, '-o', out).status).toBe(0);
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack.articles.map((a: Record<string, unknown>) => [a.file, a.outlet, a.published, a.url])).toEqual([
      ['harbour-gazette.html', 'The Gazette (print)', '2024-06-02', 'https://harbour-gazette.example/port-strike'],
      ['coast-wire.html', 'coastwire.example', '2024-06-04', 'https://www.coastwire.example/velikograd'],
    ]);
  });

  it('refuses a folder with neither index.json nor articles, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-empty-'));
    const r = tally('pack', 'build', dir, '-o', join(dir, 'out.json'));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no \.html or \.txt articles/);
  });
});

describe('extract and check read a saved page\'s date', () => {
  it('a date with no year takes the year the page was published', () => {
    const { dir } = folder();
    const claims = JSON.parse(tally('extract', join(dir, 'harbour-gazette.html'), '--json').stdout);
    const date = claims.find((c: { quote: string }) => c.quote.includes('May 7'));
    expect(date?.value).toBe('2024-05-07');
  });

  it('check dates the page by its tags, and lists the other saved page as the same figure', () => {
    const { dir, out } = folder();
    tally('pack', 'build', dir, '-o', out);
    const checks = JSON.parse(tally('check', join(dir, 'javascript-link.html'), '--pack', out, '--json').stdout);
    const containers = checks.find((c: { claim: { quote: string } }) => c.claim.quote.includes('2,400'));
    const outlets = containers.reports.map((r: { outlet: string }) => r.outlet);
    expect(outlets).toEqual(expect.arrayContaining(['Harbour Gazette', 'coastwire.example']));
  });
});
