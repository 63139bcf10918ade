/**
 * The one rule for when two URLs name the same article: scheme, "www.", query, fragment, a
 * trailing slash and case do not count. The matcher leaves the page's own report out by it.
 */
export function articleUrlKey(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/[#?].*$/, '').replace(/\/$/, '').toLowerCase();
}

/**
 * A URL as the corpus stores it: trimmed, without its fragment (which only scrolls the page).
 * Stored URLs are looked up as stored (an IndexedDB index), so this keeps what the user sees;
 * `articleUrlKey(storedUrl(u)) === articleUrlKey(u)` for every u.
 */
export function storedUrl(url: string): string {
  return url.trim().replace(/#.*$/, '');
}
