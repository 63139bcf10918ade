// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from './page-claims-metadata';

// Real pages from Readability's test suite: the project's copy, else the shared folder beside the repo.
const roots = [join(__dirname, '../../tests/fixtures/pages'), join(process.env.TALLY_SHARED ?? join(__dirname, '../../../shared'), 'pages/readability')];

function load(name: string): Document {
  const root = roots.find((r) => existsSync(join(r, name, 'source.html')));
  if (!root) throw new Error(`saved page ${name} not found in ${roots.join(' or ')}`);
  // Stylesheets and frames are irrelevant to metadata, and happy-dom would try to load them.
  const html = readFileSync(join(root, name, 'source.html'), 'utf8').replace(/<link\b[^>]*>|<iframe\b[\s\S]*?<\/iframe>/gi, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('readPageMetadata on real saved pages', () => {
  it.each([
    // page, outlet, published (YYYY-MM-DD or ''), language
    ['guardian-1', 'the Guardian', '2019-01-03', 'en'],
    ['folha', 'Folha de S.Paulo', '2018-12-21', 'pt'],
    ['nytimes-1', 'nytimes.com', '2017-01-13', 'en'],
    ['theverge', 'The Verge', '2023-06-07', 'en'],
  ])('%s', (name, outlet, published, language) => {
    const meta = readPageMetadata(load(name), `https://www.${name.replace(/-\d$/, '')}.com/story`);
    // nytimes-1 names no site in its tags: the host stands in, without "www.".
    expect(meta.outlet).toBe(name === 'nytimes-1' ? 'nytimes.com' : outlet);
    expect(meta.published).toBe(published);
    expect(meta.language).toBe(language);
    expect(meta.title.length).toBeGreaterThan(10);
  });

  it('takes the byline from the author tag, and strips "By" from a byl tag', () => {
    const doc = load('nytimes-1');
    expect(readPageMetadata(doc, 'https://www.nytimes.com/x').byline).toBe('Jeffrey Gettleman');
    doc.querySelector('meta[name="author"]')!.remove();
    expect(readPageMetadata(doc, 'https://www.nytimes.com/x').byline).toBe('JEFFREY GETTLEMAN');
  });
});
