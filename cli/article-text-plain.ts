/**
 * A single linear pass over HTML, without building a DOM: how deeply its elements nest and how
 * many there are (to decide whether the DOM and Readability can be afforded), and its text as
 * plain paragraphs (what is read when they cannot). Both run in time linear in the input
 * whatever the markup: every scan moves forward, never back.
 */

/** Elements that never have content. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag may be left out: not counted toward depth, or a page of unclosed <p> would look deep. */
const OPTIONAL_END = new Set(['html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rp']);
/** Elements whose content is not markup, or never article text: skipped to their end tag. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'svg', 'iframe', 'xmp']);
/** Elements that start a new paragraph in the plain text. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'tr', 'table', 'section',
  'article', 'figure', 'figcaption', 'header', 'footer', 'main', 'dl', 'dt', 'dd', 'hr', 'address', 'br', 'body', 'nav', 'aside',
]);

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index just past the tag's `>`. */
  end: number;
}

/** The tag starting at `<` position I of LOWER (the lower-cased HTML), or null when it is not a tag. */
function tagAt(lower: string, i: number): Tag | null | 'unterminated' {
  const closing = lower[i + 1] === '/';
  let k = i + (closing ? 2 : 1);
  const first = lower.charCodeAt(k);
  if (!(first >= 97 && first <= 122)) return null;
  while (k < lower.length && /[a-z0-9-]/.test(lower[k])) k++;
  const name = lower.slice(i + (closing ? 2 : 1), k);
  const gt = lower.indexOf('>', k);
  if (gt < 0) return 'unterminated';
  return { name, closing, selfClosing: lower[gt - 1] === '/', end: gt + 1 };
}

/** Visits each tag and each run of text of HTML, in order, skipping comments and SKIPPED content. */
function scan(html: string, onTag: (tag: Tag) => void, onText: (from: number, to: number) => void): void {
  const lower = html.toLowerCase();
  let i = 0;
  let textFrom = 0;
  while (i < lower.length) {
    const lt = lower.indexOf('<', i);
    if (lt < 0) break;
    if (lower.startsWith('<!--', lt) || lower.startsWith('<!', lt) || lower.startsWith('<?', lt)) {
      onText(textFrom, lt);
      const close = lower.startsWith('<!--', lt) ? lower.indexOf('-->', lt + 4) : lower.indexOf('>', lt + 2);
      if (close < 0) return;
      i = textFrom = close + (lower.startsWith('<!--', lt) ? 3 : 1);
      continue;
    }
    const tag = tagAt(lower, lt);
    if (tag === 'unterminated') break;
    if (!tag) {
      i = lt + 1;
      continue;
    }
    onText(textFrom, lt);
    onTag(tag);
    i = textFrom = tag.end;
    if (!tag.closing && !tag.selfClosing && SKIPPED.has(tag.name)) {
      const close = lower.indexOf(`</${tag.name}`, i);
      if (close < 0) return;
      i = textFrom = close;
    }
  }
  onText(textFrom, html.length);
}

/** How deeply HTML's elements nest (as a browser would build them, near enough) and how many there are. */
export function htmlShape(html: string): { depth: number; elements: number } {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  scan(
    html,
    (tag) => {
      if (!tag.closing) elements++;
      if (VOID.has(tag.name) || OPTIONAL_END.has(tag.name) || tag.selfClosing) return;
      if (tag.closing) depth = Math.max(0, depth - 1);
      else deepest = Math.max(deepest, ++depth);
    },
    () => {},
  );
  return { depth: deepest, elements };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', euro: '€', pound: '£', deg: '°', middot: '·', thinsp: '\u2009', shy: '' };

/** Character references decoded: named ones in ENTITIES, and every numeric one. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return Object.hasOwn(ENTITIES, ref.toLowerCase()) ? ENTITIES[ref.toLowerCase()] : whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** The text of HTML as paragraphs (blank-line separated, white space collapsed), and its <title>. */
export function plainTextFromHtml(html: string): { text: string; title: string | null } {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const p = decodeEntities(current.join('')).replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = [];
  };
  let title: string | null = null;
  let titleSeen = false;
  scan(
    html,
    (tag) => {
      // Only the first <title> counts: looking up every one would make a page of titles quadratic.
      if (tag.name === 'title' && !tag.closing && !titleSeen) {
        titleSeen = true;
        const close = html.toLowerCase().indexOf('</title', tag.end);
        title = decodeEntities(html.slice(tag.end, close < 0 ? tag.end : close)).replace(/\s+/g, ' ').trim() || null;
      }
      if (BLOCKS.has(tag.name)) flush();
      else if (tag.name === 'td' || tag.name === 'th') current.push(' ');
    },
    (from, to) => {
      if (to > from) current.push(html.slice(from, to));
    },
  );
  flush();
  return { text: paragraphs.join('\n\n'), title };
}
