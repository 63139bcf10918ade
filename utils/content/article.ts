/**
 * Finds the element holding a page's article text, leaving out menus, comments and ads.
 * Cheap by design (no Readability clone: it would cost a full-document copy and ~15 kB gzipped
 * in the content script): known selectors first, then the block with the most paragraph text.
 */
import { readPublished } from '../model/page-tags';

/** Selectors for article bodies, most specific first. Each says whose markup it is for. */
export const ARTICLE_SELECTORS: readonly string[] = [
  // Tally's own demo pages and any page that opts in.
  '[data-tally-article]',
  // schema.org Article markup names the body explicitly (common in news CMSs).
  '[itemprop="articleBody"]',
  // WordPress themes' post body (many small outlets and aggregators run WordPress).
  '.entry-content',
  // Generic HTML5: the one <article> that holds the story.
  'article',
  // Generic HTML5 / ARIA main region.
  'main, [role="main"]',
];

// Below this, a candidate is a teaser or a card rather than a story.
const MIN_ARTICLE_CHARS = 200;

/** The length of an element's text, counting no further than `limit`. */
export function textLengthUpTo(el: Element, limit: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode(); node && total < limit; node = walker.nextNode()) total += (node as Text).data.length;
  return total;
}

/** The first `limit` characters of an element's text (its text nodes joined), cheap on huge pages. */
export function textSample(el: Element, limit: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let total = 0;
  for (let node = walker.nextNode(); node && total < limit; node = walker.nextNode()) {
    parts.push((node as Text).data);
    total += (node as Text).data.length;
  }
  return parts.join('').slice(0, limit);
}

function paragraphTextLength(el: Element): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) total += p.textContent?.length ?? 0;
  return total;
}

/**
 * The page's article element, or null when the page has no prose to speak of.
 * When several elements match a selector, the one with the most paragraph text wins
 * (a page of teasers has many small `article`s).
 */
export function findArticleRoot(doc: Document): Element | null {
  for (const selector of ARTICLE_SELECTORS) {
    const found = doc.querySelectorAll(selector);
    if (found.length === 0) continue;
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of found) {
      // One match: only ask whether it holds a story's worth of text (reading all of a huge page costs).
      const length = found.length === 1 ? textLengthUpTo(el, MIN_ARTICLE_CHARS) : paragraphTextLength(el);
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    if (best && bestLength >= MIN_ARTICLE_CHARS) return best;
  }
  return densestParagraphParent(doc);
}

/** Fallback: the element whose direct `<p>` children carry the most text. */
function densestParagraphParent(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element | null = null;
  let bestScore = MIN_ARTICLE_CHARS - 1;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** The page's publication date as an ISO string, where its tags state one that parses (./page-tags.ts). */
export function findPublished(doc: Document, root: Element | null): string | undefined {
  const raw = readPublished(doc, root);
  if (!raw) return undefined;
  return Number.isNaN(Date.parse(raw)) ? undefined : raw;
}
