// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedPage } from '../../scripts/demo-pages';
import { findArticleRoot } from './article';
import { MARK_TAG, unwrapAll, wrapPieces } from './marks';
import { Slicer } from './slicer';
import { collectText, rangeToPieces } from './text-map';

// DOMParser: the saved pages' scripts and stylesheets are never loaded.
function load(html: string): Document {
  const inert = html.replace(/<(link|iframe)\b[^>]*>/gi, '');
  return new DOMParser().parseFromString(inert, 'text/html');
}

const slicer = () => new Slicer(new AbortController().signal);

function markText(map: Awaited<ReturnType<typeof collectText>>, needle: string, from = 0): HTMLElement[] {
  const start = map.text.indexOf(needle, from);
  expect(start).toBeGreaterThanOrEqual(0);
  return wrapPieces(rangeToPieces(map, start, start + needle.length), { kind: 'same', data: { 'tally-claim': 'x' }, label: needle });
}

describe('text map on the Yonhap demo page', () => {
  it('reads the article, not the menu or footer, with paragraphs kept apart', async () => {
    const doc = load(seedPage('yonhap-2023-10-14.txt'));
    const root = findArticleRoot(doc)!;
    expect(root.tagName).toBe('ARTICLE');
    const map = await collectText(root, slicer());
    expect(map.text).toContain('North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia');
    expect(map.text).not.toContain('Markets: 2,431 points');
    expect(map.text).not.toContain('containers of toys');
    // A paragraph's end and the next paragraph's start are separated by a blank line.
    expect(map.text).toMatch(/the White House said Friday\.\n\nIn a briefing/);
  });

  it('maps offsets back to the DOM: marking a figure wraps exactly its words', async () => {
    const doc = load(seedPage('yonhap-2023-10-14.txt'));
    const map = await collectText(findArticleRoot(doc)!, slicer());
    const figure = 'more than 1,000 containers of military equipment and munitions';
    const sentenceStart = map.text.indexOf('North Korea has delivered');
    const marks = markText(map, figure, sentenceStart);
    expect(marks).toHaveLength(1);
    expect(marks[0].textContent).toBe(figure);
    expect(marks[0].parentElement!.textContent).toContain(`delivered ${figure} to Russia`);
    expect(marks[0].tabIndex).toBe(0);
  });
});

describe('text map on awkward markup', () => {
  it('collapses whitespace runs and still maps to the right characters', async () => {
    const doc = load('<article><p>  The   port of\n\n      Najin,\tNorth Korea, sent\u00a0roughly 290\n kilometers of rail.</p></article>');
    const map = await collectText(doc.querySelector('article')!, slicer());
    expect(map.text).toBe('The port of Najin, North Korea, sent roughly 290 kilometers of rail.');
    const marks = markText(map, 'roughly 290 kilometers');
    expect(marks[0].textContent).toBe('roughly 290\n kilometers');
    expect(markText(map, 'Najin')[0].textContent).toBe('Najin');
  });

  it('splits a figure across inline elements into several marks, the first focusable', async () => {
    const doc = load('<article><p>It sent more than <b>1,000</b> containers to Russia.</p></article>');
    const map = await collectText(doc.querySelector('article')!, slicer());
    const marks = markText(map, 'more than 1,000 containers');
    expect(marks.map((m) => m.textContent)).toEqual(['more than ', '1,000', ' containers']);
    expect(marks.map((m) => m.tabIndex)).toEqual([0, -1, -1]);
    expect(doc.querySelector('b')!.firstElementChild!.tagName.toLowerCase()).toBe(MARK_TAG);
  });

  it('never reads editable regions, form fields or code', async () => {
    const doc = load(`<article>
      <p>Seen: 1,000 containers.</p>
      <div contenteditable="true"><p>Editable: 1,000 containers.</p></div>
      <textarea>Field: 1,000 containers.</textarea>
      <pre><code>Code: 1,000 containers.</code></pre>
      <div role="textbox">Textbox: 1,000 containers.</div>
    </article>`);
    const map = await collectText(doc.querySelector('article')!, slicer());
    expect(map.text).toBe('Seen: 1,000 containers.');
  });

  it('reads nothing when the article itself sits inside an editor (a CMS drafting the story)', async () => {
    const doc = load(`<body contenteditable="true"><article><p>Draft: 1,000 containers.</p></article></body>`);
    const map = await collectText(doc.querySelector('article')!, slicer());
    expect(map.text).toBe('');
    expect(map.segments).toEqual([]);
  });

  it('refuses ranges that cross a block break', async () => {
    const doc = load('<article><p>One 1,000</p><p>containers two</p></article>');
    const map = await collectText(doc.querySelector('article')!, slicer());
    const start = map.text.indexOf('1,000');
    expect(rangeToPieces(map, start, map.text.indexOf('containers') + 10)).toEqual([]);
  });

  it('skips text nodes already read, so a rescan reads only new content', async () => {
    const doc = load('<article><p>First 1,000 containers.</p></article>');
    const seen = new WeakSet<Text>();
    const root = doc.querySelector('article')!;
    expect((await collectText(root, slicer(), seen)).text).toBe('First 1,000 containers.');
    const p = doc.createElement('p');
    p.textContent = 'Then 7,000 containers.';
    root.append(p);
    expect((await collectText(root, slicer(), seen)).text).toBe('Then 7,000 containers.');
  });

  it('unwrapping every mark restores the page exactly', async () => {
    const html = '<article><p>It sent more than <b>1,000</b> containers, roughly 290\n km away.</p><p>Najin and Rason.</p></article>';
    const doc = load(html);
    const article = doc.querySelector('article')!;
    const before = article.innerHTML;
    const map = await collectText(article, slicer());
    markText(map, 'roughly 290 km');
    markText(map, 'more than 1,000 containers');
    markText(map, 'Rason');
    markText(map, 'Najin');
    expect(article.querySelectorAll(MARK_TAG).length).toBe(6);
    expect(unwrapAll(doc)).toBe(6);
    expect(article.innerHTML).toBe(before);
    // Text nodes are merged back, not just equal as HTML.
    expect(article.querySelector('p')!.childNodes.length).toBe(3);
  });
});

describe('article finding on saved real pages', () => {
  const pages = join(__dirname, '../../tests/fixtures/pages');
  it.each(['aktualne', 'nytimes-1'])('%s: the article holds the expected text, not the menus', async (name) => {
    const doc = load(readFileSync(join(pages, name, 'source.html'), 'utf8'));
    const root = findArticleRoot(doc);
    expect(root).not.toBeNull();
    const map = await collectText(root!, slicer());
    const expected = load(`<body>${readFileSync(join(pages, name, 'expected.html'), 'utf8')}</body>`);
    const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
    const paragraphs = [...expected.querySelectorAll('p')].map((p) => norm(p.textContent!)).filter((t) => t.length > 80);
    const text = norm(map.text);
    const found = paragraphs.filter((p) => text.includes(p.slice(0, 60)));
    // Readability's own article text, paragraph by paragraph: nearly all of it is in ours.
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(found.length / paragraphs.length).toBeGreaterThanOrEqual(0.8);
  });
});
