/**
 * Article text from a saved HTML page (Node side: the CLI and `tally pack build`). The main
 * article comes from @mozilla/readability over a linkedom document; when Readability finds no
 * article, the body text is used with scripts, styles and navigation chrome dropped.
 * Paragraphs are separated by blank lines; white space inside a paragraph is collapsed.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

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

/** The text of a DOM subtree, blocks separated by blank lines, white space collapsed. */
function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let k = 0; k < node.childNodes.length; k++) walk(node.childNodes[k]);
    if (block) flush();
    else if (name === 'TD' || name === 'TH') current += ' ';
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

function removeAll(doc: { querySelectorAll(selector: string): ArrayLike<unknown> }, selectors: string): void {
  // One selector at a time: linkedom does not take every selector list.
  for (const selector of selectors.split(', ')) {
    for (const el of Array.from(doc.querySelectorAll(selector))) (el as { remove(): void }).remove();
  }
}

/**
 * The main article text and title of an HTML page. Scripts, styles and navigation chrome are
 * dropped; paragraphs are separated by blank lines.
 */
export function articleTextFromHtml(html: string): { text: string; title: string | null } {
  // A fragment gets a document around it, or linkedom has no body to read.
  if (!/<html[\s>]/i.test(html.slice(0, 4096))) html = `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(html);
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
  return { text, title };
}
