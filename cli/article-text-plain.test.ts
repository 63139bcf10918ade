/** The DOM-free HTML reader: how deep and how big a page is, and its text when Readability is not affordable. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTextFromHtml, MAX_HTML_DEPTH } from './article-text';
import { decodeEntities, htmlShape, plainTextFromHtml } from './article-text-plain';

describe('htmlShape', () => {
  it('counts nesting as a browser builds it: void, self-closed and optional-end elements add no depth', () => {
    expect(htmlShape('<div><section><p>one<p>two<br><img src=x><span>three</span></section></div>')).toEqual({ depth: 3, elements: 7 });
    expect(htmlShape('<ul>' + '<li>item'.repeat(5000) + '</ul>').depth).toBe(1);
  });

  it('does not count markup inside scripts, styles or comments', () => {
    expect(htmlShape(`<div><script>document.write("${'<div>'.repeat(500)}")</script><!-- ${'<b>'.repeat(500)} --></div>`)).toEqual({ depth: 2, elements: 2 });
  });

  it('saved news pages are far from the limit', () => {
    const page = readFileSync(join(__dirname, '../tests/fixtures/pages/nytimes-1/source.html'), 'utf8');
    expect(htmlShape(page).depth).toBeLessThan(MAX_HTML_DEPTH / 4);
  });

  it('stays linear on markup that never closes a tag', () => {
    // "<a<a<a…" and "<!--" without an end would be quadratic for a scanner that backtracks.
    expect(htmlShape('<a'.repeat(200_000) + '>').elements).toBe(1);
    expect(plainTextFromHtml('<p>Sales rose 4%.</p><!--' + '<b>'.repeat(100_000)).text).toBe('Sales rose 4%.');
  });
});

describe('plainTextFromHtml', () => {
  it('keeps paragraphs, decodes references (white space, no-break too, collapsed as the DOM reader does), drops scripts and styles', () => {
    const html = '<html><head><title>Port &amp; rail</title><style>p{}</style></head><body><div><p>Exports rose to 1,200&nbsp;tonnes.<p>Imports fell&#8212;by &#x33;0%.</div><script>var x = "<p>9 tonnes</p>";</script></body></html>';
    expect(plainTextFromHtml(html)).toEqual({ text: 'Exports rose to 1,200 tonnes.\n\nImports fell—by 30%.', title: 'Port & rail' });
  });

  it('leaves unknown or impossible references as written', () => {
    expect(decodeEntities('&constructor; &__proto__; &#xD800; &#99999999; &amp;')).toBe('&constructor; &__proto__; &#xD800; &#99999999; &');
  });
});

describe('articleTextFromHtml on a page past the limits', () => {
  it('reads a page nested 5,000 deep as plain text and says why', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}More than 1,000 containers reached the port.${'</div>'.repeat(5000)}</body></html>`;
    const article = articleTextFromHtml(html);
    expect(article.text).toBe('More than 1,000 containers reached the port.');
    expect(article.note).toBe(`nested 5000 levels deep (the limit is ${MAX_HTML_DEPTH}): read as plain text, without finding the main article`);
  });

  it('reads a saved news page the usual way, with no note', () => {
    const page = readFileSync(join(__dirname, '../tests/fixtures/pages/telegraph/source.html'), 'utf8');
    expect(articleTextFromHtml(page).note).toBeUndefined();
  });
});
