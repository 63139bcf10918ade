/**
 * Reads an article's metadata off the page, for "add this page to the corpus" and for the CLI's
 * saved pages: outlet, title, date, byline and language, from the tags news sites publish (Open
 * Graph, article:*, JSON-LD, Dublin Core). Only reads; every value is plain text.
 */
import { jsonLdArticles, meta, nameOf, readCanonicalUrl, readPublished } from './page-tags';
import { hostLabel } from './safe-url';
import type { PageSourceView } from './view-models';

/** What the page says about itself; any field may be empty (''). */
export interface PageMetadata {
  url: string;
  outlet: string;
  title: string;
  /** YYYY-MM-DD, or '' when the page states no date. */
  published: string;
  byline: string;
  language: string;
}

/** "2023-10-14T03:17:00+09:00" → "2023-10-14"; anything not starting with an ISO date → ''. */
function isoDay(value: string): string {
  const match = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  return match ? match[1] : '';
}

/** Reads the page's own metadata; `url` is where it was found (a saved page: its canonical address). */
export function readPageMetadata(doc: Document, url: string = doc.location?.href || readCanonicalUrl(doc)): PageMetadata {
  const [ld] = jsonLdArticles(doc);
  const outlet = meta(doc, 'og:site_name', 'application-name', 'publisher', 'DC.publisher') || nameOf(ld?.publisher) || hostLabel(url);
  const title =
    meta(doc, 'og:title', 'twitter:title', 'DC.title') || nameOf(ld?.headline) || doc.querySelector('h1')?.textContent?.trim() || doc.title.trim();
  const published = isoDay(readPublished(doc) ?? '');
  const byline = meta(doc, 'author', 'article:author', 'byl', 'DC.creator') || nameOf(ld?.author);
  const language = (doc.documentElement.lang || meta(doc, 'og:locale', 'language')).split(/[-_]/)[0].toLowerCase();
  return { url, outlet, title, published, byline: byline.replace(/^by\s+/i, ''), language };
}

/** The page as the side panel and a note's exports name it: its URL, outlet, title and date (null when it states none). */
export function readPageSource(doc: Document, url: string): PageSourceView {
  const { outlet, title, published } = readPageMetadata(doc, url);
  return { url, outlet, title: title || null, published: published || null };
}
