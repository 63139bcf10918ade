/**
 * Reads an article's metadata off the page for "add this page to the corpus": outlet, title,
 * date, byline and language, from the tags news sites publish (Open Graph, article:*, JSON-LD,
 * Dublin Core). Only reads; every value is plain text that the popup shows in form fields.
 */
import type { PageArticle } from '../protocol/page';

/** What the page says about itself (the stored article without its text); any field may be empty. */
export type PageMetadata = Omit<PageArticle, 'text'>;

function meta(doc: Document, ...keys: string[]): string {
  for (const key of keys) {
    for (const element of doc.querySelectorAll<HTMLMetaElement>(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)) {
      const content = element.content?.trim();
      // Some sites put a profile URL where a name belongs (article:author); a URL is no outlet or byline.
      if (content && !/^https?:\/\//i.test(content)) return content;
    }
  }
  return '';
}

/** JSON-LD NewsArticle/Article blocks: the most reliable source on many news sites. */
function jsonLdArticles(doc: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const type = record['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && /Article|Report|BlogPosting/.test(t))) found.push(record);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the site's problem; the meta tags still count.
    }
  }
  return found;
}

function nameOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ');
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return ((value as { name: string }).name).trim();
  return '';
}

/** "2023-10-14T03:17:00+09:00" → "2023-10-14"; anything not starting with an ISO date → ''. */
function isoDay(value: string): string {
  const match = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  return match ? match[1] : '';
}

/** "www.yna.co.kr" → "yna.co.kr": a readable fallback outlet name when the page names none. */
function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Reads the page's own metadata. */
export function readPageMetadata(doc: Document, url: string = doc.location?.href ?? ''): PageMetadata {
  const [ld] = jsonLdArticles(doc);
  const outlet = meta(doc, 'og:site_name', 'application-name', 'publisher', 'DC.publisher') || nameOf(ld?.publisher) || hostLabel(url);
  const title =
    meta(doc, 'og:title', 'twitter:title', 'DC.title') || nameOf(ld?.headline) || doc.querySelector('h1')?.textContent?.trim() || doc.title.trim();
  const published = isoDay(
    meta(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'DC.date', 'pubdate', 'publish-date') ||
      nameOf(ld?.datePublished) ||
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ||
      '',
  );
  const byline = meta(doc, 'author', 'article:author', 'byl', 'DC.creator') || nameOf(ld?.author);
  const language = (doc.documentElement.lang || meta(doc, 'og:locale', 'language')).split(/[-_]/)[0].toLowerCase();
  return { url, outlet, title, published, byline: byline.replace(/^by\s+/i, ''), language };
}
