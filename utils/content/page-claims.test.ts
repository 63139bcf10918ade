// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticleRoot, findPublished } from './article';
import { readPageMetadata } from '../model/page-metadata';

// Real pages from Readability's test suite (tests/fixtures/pages, Apache-2.0: see its LICENSE.md).
const root = join(__dirname, '../../tests/fixtures/pages');

function load(name: string): Document {
  if (!existsSync(join(root, name, 'source.html'))) throw new Error(`saved page ${name} not found in ${root}`);
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

describe('one date reader for the scan and "add this page"', () => {
  const page = (head: string, body = '<article><p>Text.</p></article>') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

  it.each([
    ['an article:published_time tag', '<meta property="article:published_time" content="2024-05-02T08:00:00Z">', '2024-05-02'],
    ['an Open Graph article tag only', '<meta property="og:article:published_time" content="2024-05-03T09:30:00+02:00">', '2024-05-03'],
    ['a Dublin Core date only', '<meta name="DC.date" content="2024-05-04">', '2024-05-04'],
    ['a JSON-LD article only', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-05T10:00:00Z"}</script>', '2024-05-05'],
  ])('%s: both read the same day', (_what, head, day) => {
    const doc = page(head);
    expect(readPageMetadata(doc, 'https://news.example.org/a').published).toBe(day);
    expect(findPublished(doc, findArticleRoot(doc))?.slice(0, 10)).toBe(day);
  });

  it('the most specific tag wins over a generic date earlier in the page, in both', () => {
    const doc = page('<meta name="date" content="2024-06-30"><meta property="article:published_time" content="2024-06-01T07:00:00Z">');
    expect(readPageMetadata(doc, 'https://news.example.org/a').published).toBe('2024-06-01');
    expect(findPublished(doc, findArticleRoot(doc))).toBe('2024-06-01T07:00:00Z');
  });

  it('a page with no date tag falls back to the article\'s <time>; no date at all is none', () => {
    const dated = page('', '<article><time datetime="2024-07-09">9 July</time><p>Text.</p></article>');
    expect(findPublished(dated, findArticleRoot(dated))).toBe('2024-07-09');
    expect(readPageMetadata(dated, 'https://news.example.org/a').published).toBe('2024-07-09');
    const undated = page('');
    expect(findPublished(undated, findArticleRoot(undated))).toBeUndefined();
    expect(readPageMetadata(undated, 'https://news.example.org/a').published).toBe('');
  });
});
