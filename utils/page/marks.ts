/**
 * Marks in the page: `<tally-mark>` elements wrapped around figures and entity spellings.
 * DOM contract (DESIGN.md): a marked figure carries `data-tally-claim` (its claim id) and
 * `data-tally-reports` (how many other reports its note lists); an entity spelling carries
 * `data-tally-entity`. Styles are inline (no global CSS) and never change layout: an underline
 * and a cursor only. Marks are focusable so notes open by keyboard.
 */
import type { NodePiece } from './text-map';

/** The tag of a mark. A custom element: no page stylesheet targets it, and it is inline. */
export const MARK_TAG = 'tally-mark';

/** Underline colour per kind of note, chosen to read on light and dark pages alike. */
const UNDERLINE: Record<MarkKind, string> = {
  same: 'rgba(37, 99, 235, 0.85)',
  update: 'rgba(202, 138, 4, 0.95)',
  conflict: 'rgba(220, 38, 38, 0.9)',
  entity: 'rgba(107, 114, 128, 0.9)',
  unmatched: 'rgba(107, 114, 128, 0.6)',
};

/** What a mark's underline signals: agreement, a later figure, a conflict, an entity, or no other report. */
export type MarkKind = 'same' | 'update' | 'conflict' | 'entity' | 'unmatched';

/** What to put on a mark. */
export interface MarkSpec {
  kind: MarkKind;
  /** Data attributes without the `data-` prefix, e.g. `{ 'tally-claim': 'c1' }`. */
  data: Record<string, string>;
  /** Accessible name: what the note is about. */
  label: string;
}

/**
 * Wraps each piece (all pieces of one range) in a mark. Returns the marks, first one focusable.
 * `onNewText` receives every text node the wrapping creates, so observers can ignore them.
 * Pieces of one text node must be wrapped last-first (callers sort ranges by start, descending).
 */
export function wrapPieces(pieces: NodePiece[], spec: MarkSpec, onNewText?: (t: Text) => void): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const { node, start, end } = pieces[i];
    const doc = node.ownerDocument;
    if (!node.parentNode || end > node.data.length) continue;
    const middle = start > 0 ? node.splitText(start) : node;
    if (end - start < middle.data.length) {
      const tail = middle.splitText(end - start);
      onNewText?.(tail);
    }
    if (middle !== node) onNewText?.(middle);
    const mark = blankMark(doc, spec);
    for (const key in spec.data) mark.setAttribute(`data-${key}`, spec.data[key]);
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    marks.unshift(mark);
  }
  marks.forEach((mark, i) => {
    if (i === 0) {
      mark.tabIndex = 0;
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
      mark.setAttribute('aria-expanded', 'false');
      mark.setAttribute('aria-label', spec.label);
    } else {
      mark.tabIndex = -1;
    }
  });
  return marks;
}

// One parsed mark per document, kind and data keys: a clone copies its inline style instead of
// parsing it again (the CSS parse was the largest cost of marking). Its data attributes come
// first and empty, so setting them keeps the attribute order a fresh element would have.
const blanks = new WeakMap<Document, Map<string, Element>>();

function blankMark(doc: Document, spec: MarkSpec): HTMLElement {
  let byKey = blanks.get(doc);
  if (!byKey) blanks.set(doc, (byKey = new Map()));
  const keys = Object.keys(spec.data);
  const id = `${spec.kind} ${keys.join(' ')}`;
  let blank = byKey.get(id);
  if (!blank) {
    blank = doc.createElement(MARK_TAG);
    for (const key of keys) blank.setAttribute(`data-${key}`, '');
    blank.setAttribute('style', markStyle(spec.kind));
    byKey.set(id, blank);
  }
  return blank.cloneNode(false) as HTMLElement;
}

function markStyle(kind: MarkKind): string {
  const line = kind === 'entity' || kind === 'unmatched' ? 'dotted' : 'solid';
  // `!important` inline: page stylesheets must not restyle or hide the underline.
  return [
    `text-decoration: underline ${line} ${UNDERLINE[kind]} !important`,
    'text-decoration-thickness: 2px !important',
    'text-underline-offset: 0.18em !important',
    'cursor: help !important',
  ].join('; ');
}

/** Removes every mark under `root`, putting the page's text back as it was (adjacent text merged). */
export function unwrapAll(root: ParentNode): number {
  const marks = Array.from(root.querySelectorAll(MARK_TAG));
  for (const mark of marks) unwrap(mark);
  return marks.length;
}

function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const first = mark.firstChild;
  const last = mark.lastChild;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
  // Merge the text we split back into its neighbours, so the page's text nodes read as before.
  if (last) mergeWithNext(last);
  if (first?.previousSibling) mergeWithNext(first.previousSibling);
}

function mergeWithNext(node: Node): void {
  const next = node.nextSibling;
  if (node.nodeType === 3 && next?.nodeType === 3) {
    (node as Text).appendData((next as Text).data);
    next.remove();
  }
}
