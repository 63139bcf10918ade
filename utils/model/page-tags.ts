/**
 * The tags a page publishes about itself (meta tags: Open Graph, article:*, Dublin Core; JSON-LD
 * articles; <time>; the canonical link), read once here: "add this page" and the CLI read its
 * metadata from them (./page-metadata.ts) and the scan its date (utils/content/article.ts), by the
 * same rules. Pure: a Document in (the browser's, or linkedom's in the CLI), plain text out.
 */
import { safeHttpUrl } from './safe-url';

/** The first non-URL content of the meta tags named `keys` (by property, name or itemprop), in the order of `keys`. */
export function meta(doc: Document, ...keys: string[]): string {
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
export function jsonLdArticles(doc: Document): Record<string, unknown>[] {
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

export function nameOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ');
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return ((value as { name: string }).name).trim();
  return '';
}

/** The meta tags that state when an article was published, most specific first. */
const PUBLISHED_KEYS = ['article:published_time', 'og:article:published_time', 'datePublished', 'date', 'DC.date', 'pubdate', 'publish-date'];

/**
 * The page's publication date as the page writes it (an ISO date or date-time, unchecked), or
 * undefined: the meta tags first, then a JSON-LD article's datePublished, then the first
 * <time datetime> (inside `root`, the article, when given).
 */
export function readPublished(doc: Document, root?: Element | null): string | undefined {
  const fromMeta = meta(doc, ...PUBLISHED_KEYS);
  if (fromMeta) return fromMeta;
  // JSON-LD only when no meta tag says it: its blocks can be large, and the scan reads this.
  const fromLd = nameOf(jsonLdArticles(doc)[0]?.datePublished);
  if (fromLd) return fromLd;
  return (root ?? doc).querySelector('time[datetime]')?.getAttribute('datetime') || undefined;
}

/** The page's canonical address (link rel=canonical, then og:url), http or https only, or ''. */
export function readCanonicalUrl(doc: Document): string {
  const candidates = [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content')];
  for (const value of candidates) {
    const url = safeHttpUrl(value?.trim());
    if (url) return url;
  }
  return '';
}
