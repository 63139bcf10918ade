/**
 * Article text from a saved HTML page (Node side: the CLI and `tally pack build`). The main
 * article comes from @mozilla/readability over a linkedom document; when Readability finds no
 * article, the body text is used with scripts, styles and navigation chrome dropped.
 * Paragraphs are separated by blank lines; white space inside a paragraph is collapsed.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readPageMetadata, type PageMetadata } from '../utils/model/page-metadata';
import { htmlShape, plainTextFromHtml } from './article-text-plain';

// Elements whose text is never article text.
const DROP = 'script, style, noscript, template, svg, canvas, iframe, nav, header, footer, aside, form, button, select, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';
// Elements that start a new paragraph.
const BLOCKS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE',
  'SECTION', 'ARTICLE', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'MAIN', 'DL', 'DT', 'DD', 'HR', 'ADDRESS',
]);

/** Whether a string looks like HTML rather than plain text (a tag near its start). */
export function isProbablyHtml(s: string): boolean {
  const head = s.slice(0, 2048).trimStart();
  if (/^<!doctype html/i.test(head) || /^<html[\s>]/i.test(head)) return true;
  return /<(?:html|head|body|article|p|div|span|h[1-6]|meta|title|br|a)\b[^>]*>/i.test(head);
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The text of a DOM subtree, blocks separated by blank lines, white space collapsed. A loop, not
 * recursion, so depth cannot overflow the stack; each node's children are listed once (linkedom
 * builds `childNodes` afresh on every access).
 */
function blockText(root: DomNode): string {
  const text = new ParagraphText();
  const stack: Array<{ node: DomNode; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      text.add(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (leaving) {
      if (BLOCKS.has(name)) text.flush();
      else if (name === 'TD' || name === 'TH') text.add(' ');
      continue;
    }
    if (name === 'BR') {
      text.flush();
      continue;
    }
    if (BLOCKS.has(name)) text.flush();
    stack.push({ node, leaving: true });
    const children = Array.from(node.childNodes);
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], leaving: false });
  }
  return text.finish();
}

/** Paragraphs built up from text pieces: white space collapsed, empty paragraphs dropped. */
class ParagraphText {
  private readonly paragraphs: string[] = [];
  private current: string[] = [];

  add(piece: string): void {
    this.current.push(piece);
  }

  flush(): void {
    const p = this.current.join('').replace(/\s+/g, ' ').trim();
    if (p) this.paragraphs.push(p);
    this.current = [];
  }

  finish(): string {
    this.flush();
    return this.paragraphs.join('\n\n');
  }
}

function removeAll(doc: { querySelectorAll(selector: string): ArrayLike<unknown> }, selectors: string): void {
  // One selector at a time: linkedom does not take every selector list.
  for (const selector of selectors.split(', ')) {
    for (const el of Array.from(doc.querySelectorAll(selector))) (el as { remove(): void }).remove();
  }
}

/**
 * Beyond these, a page is read as plain text (plainTextFromHtml) without a DOM or Readability:
 * Readability's time grows much faster than the depth (0.9 s at 400 levels, 40 s at 2,000),
 * linkedom's parse does too (6.5 s at 100,000 levels), and Readability takes up to 0.2 ms and
 * 10 kB per element (80 s and 1.8 GB for 400,000 small elements). A news page nests about 30
 * deep and has a few thousand elements; a long live blog about 20,000.
 */
export const MAX_HTML_DEPTH = 256;
export const MAX_HTML_ELEMENTS = 50_000;

export interface ArticleText {
  text: string;
  title: string | null;
  /** Set when the page was read as plain text because of its shape: why, in one line. */
  note?: string;
  /** What the page's own tags say (date, outlet, title, canonical URL), as the popup's "Add this page" reads them; absent when read as plain text. */
  metadata?: PageMetadata;
}

/**
 * The main article text and title of an HTML page. Scripts, styles and navigation chrome are
 * dropped; paragraphs are separated by blank lines. A page nested deeper than MAX_HTML_DEPTH or
 * with more than MAX_HTML_ELEMENTS elements is read as plain text, and `note` says so.
 */
export function articleTextFromHtml(html: string): ArticleText {
  const shape = htmlShape(html);
  if (shape.depth > MAX_HTML_DEPTH || shape.elements > MAX_HTML_ELEMENTS) {
    const why = shape.depth > MAX_HTML_DEPTH
      ? `nested ${shape.depth} levels deep (the limit is ${MAX_HTML_DEPTH})`
      : `${shape.elements} elements (the limit is ${MAX_HTML_ELEMENTS})`;
    return { ...plainTextFromHtml(html), note: `${why}: read as plain text, without finding the main article` };
  }
  return articleTextFromDom(html);
}

function articleTextFromDom(html: string): ArticleText {
  // A fragment gets a document around it, or linkedom has no body to read.
  if (!/<html[\s>]/i.test(html.slice(0, 4096))) html = `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(html);
  // A parsed file has no location: the page's canonical address stands for it (readPageMetadata's default).
  const metadata = readPageMetadata(document as unknown as Document);
  const rawTitle = document.querySelector('title')?.textContent?.trim() || null;
  let text = '';
  let title: string | null = rawTitle;
  try {
    // Readability mutates the document it reads, so it gets its own copy, chrome removed first.
    const copy = parseHTML(html).document;
    removeAll(copy, DROP.replace('header, ', ''));
    const article = new Readability(copy as unknown as Document, { charThreshold: 200 }).parse();
    if (article?.content) {
      const { document: articleDoc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      text = blockText(articleDoc.body as unknown as DomNode);
      title = article.title?.trim() || rawTitle;
    }
  } catch {
    text = '';
  }
  if (!text.trim()) {
    removeAll(document, DROP);
    const body = document.body ?? document.documentElement;
    text = body ? blockText(body as unknown as DomNode) : '';
  }
  return { text, title, metadata };
}
