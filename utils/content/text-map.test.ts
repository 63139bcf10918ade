// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedPage } from '../../scripts/demo-pages';
import { findArticleRoot } from './article';
import { MarkLayer, type Mark } from './marks';
import { Slicer } from './slicer';
import { collectText, rangeToPieces } from './text-map';

// Into the test's own document (happy-dom's ranges only work there), through innerHTML: the
// saved pages' scripts never run, and their stylesheets and frames are stripped first.
function load(html: string): Document {
  const inert = html.replace(/<(link|iframe)\b[^>]*>/gi, '');
  const parsed = new DOMParser().parseFromString(inert, 'text/html');
  document.documentElement.innerHTML = parsed.documentElement.innerHTML;
  for (const attr of parsed.body.attributes) document.body.setAttribute(attr.name, attr.value);
  return document;
}

const slicer = () => new Slicer(new AbortController().signal);

function markText(map: Awaited<ReturnType<typeof collectText>>, needle: string, from = 0): Mark {
  const start = map.text.indexOf(needle, from);
  expect(start).toBeGreaterThanOrEqual(0);
  const doc = map.segments[0].node.ownerDocument;
  const layer = new MarkLayer(doc.createElement('div'), () => ({ left: 0, top: 0 }), true);
  const mark = layer.add(rangeToPieces(map, start, start + needle.length), { kind: 'same', testData: { 'tally-claim': 'x' }, label: needle });
  expect(mark).not.toBeNull();
  return mark!;
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

  it('maps offsets back to the DOM: a mark covers exactly the figure\'s words', async () => {
    const doc = load(seedPage('yonhap-2023-10-14.txt'));
    const map = await collectText(findArticleRoot(doc)!, slicer());
    const figure = 'more than 1,000 containers of military equipment and munitions';
    const sentenceStart = map.text.indexOf('North Korea has delivered');
    const mark = markText(map, figure, sentenceStart);
    expect(mark.range.toString()).toBe(figure);
    expect(mark.nodes[0].data).toContain(`delivered ${figure} to Russia`);
    expect(mark.button.getAttribute('aria-label')).toBe(figure);
  });
});

describe('text map on awkward markup', () => {
  it('collapses whitespace runs and still maps to the right characters', async () => {
    const doc = load('<article><p>  The   port of\n\n      Najin,\tNorth Korea, sent\u00a0roughly 290\n kilometers of rail.</p></article>');
    const map = await collectText(doc.querySelector('article')!, slicer());
    expect(map.text).toBe('The port of Najin, North Korea, sent roughly 290 kilometers of rail.');
    expect(markText(map, 'roughly 290 kilometers').range.toString()).toBe('roughly 290\n kilometers');
    expect(markText(map, 'Najin').range.toString()).toBe('Najin');
  });

  it('covers a figure split across inline elements with one mark over every text node', async () => {
    const doc = load('<article><p>It sent more than <b>1,000</b> containers to Russia.</p></article>');
    const map = await collectText(doc.querySelector('article')!, slicer());
    const mark = markText(map, 'more than 1,000 containers');
    expect(mark.range.toString()).toBe('more than 1,000 containers');
    expect(mark.nodes.map((n) => n.data)).toEqual(['It sent more than ', '1,000', ' containers to Russia.']);
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

  it('marking never changes the page: same nodes, same markup', async () => {
    const html = '<article><p>It sent more than <b>1,000</b> containers, roughly 290\n km away.</p><p>Najin and Rason.</p></article>';
    const doc = load(html);
    const article = doc.querySelector('article')!;
    const before = article.innerHTML;
    const nodes = [...article.querySelectorAll('p')].flatMap((p) => [...p.childNodes]);
    const map = await collectText(article, slicer());
    for (const figure of ['roughly 290 km', 'more than 1,000 containers', 'Rason', 'Najin']) markText(map, figure);
    expect(article.innerHTML).toBe(before);
    expect([...article.querySelectorAll('p')].flatMap((p) => [...p.childNodes])).toEqual(nodes);
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
