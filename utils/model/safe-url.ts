/**
 * Links in the popup and options page point only at http(s): a pack or a page could carry a
 * `javascript:` or `data:` URL, and those must never become a clickable link.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The hostname of an http(s) URL (the per-site switch's key), or null for any other URL. */
export function siteOf(url: string | null | undefined): string | null {
  const safe = safeHttpUrl(url);
  return safe ? new URL(safe).hostname : null;
}

/** "https://www.yna.co.kr/view/1" → "yna.co.kr": a readable outlet name when a page names none, or ''. */
export function hostLabel(url: string | null | undefined): string {
  return siteOf(url)?.replace(/^www\./, '') ?? '';
}
