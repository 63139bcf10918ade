/**
 * The DOM edge of the engine: turns an article's DOM into plain text (what the pure engine
 * reads) and maps engine offsets back to DOM text nodes. Whitespace runs collapse to one space
 * and blocks are separated by a blank line, so offsets need a per-node map; it is kept only for
 * the (few) nodes where collapsing changed something.
 */
import type { Slicer } from './slicer';

/** One text node's stretch of the extracted text. */
export interface TextSegment {
  node: Text;
  /** Where this node's text starts in the extracted text. */
  start: number;
  /** How many characters of the extracted text it covers. */
  length: number;
  /** Extracted-text index (relative to `start`) → offset in `node.data`; null when 1:1. */
  offsets: Int32Array | null;
}

/** The extracted text and where each stretch of it lives in the DOM. */
export interface TextMap {
  text: string;
  segments: TextSegment[];
}

/** A piece of a range inside one text node, in `node.data` offsets. */
export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

// Subtrees whose text is never the article's prose, or must never be touched (forms, code, editors).
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'CANVAS', 'OBJECT', 'VIDEO', 'AUDIO',
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'HEAD', 'TITLE',
]);
// Elements that start a new block of text; sentences never run across them.
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE',
  'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'BR',
  'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const WHITESPACE = /[\s\u00a0]/;
// Whitespace that is not a lone space: its node needs collapsing and an offset map.
const ODD_SPACE = /[\t\n\r\f\v\u00a0\u2028\u2029]| {2}/;

/**
 * The block (paragraph, list item, heading...) a node's text belongs to, below `root`; `root`
 * itself when there is none. A figure's sentence never runs across blocks, so a block is what
 * is read again when part of it changes.
 */
export function blockOf(node: Node, root: Element): Element {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return el;
  }
  return root;
}

/** The text nodes under `element`, in document order. */
export function textNodesOf(element: Element): Text[] {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** True when an element's subtree must not be read or marked (editable, hidden, code, chrome). */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  return role === 'textbox' || role === 'navigation' || role === 'complementary';
}

/** True when `node` sits somewhere Tally must never mark (inside an editor, form field or code). */
export function isInsideSkipped(node: Node, stopAt?: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== stopAt; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  const html = node.ownerDocument?.documentElement as HTMLElement | undefined;
  return node.ownerDocument?.designMode === 'on' || (html?.isContentEditable ?? false);
}

/**
 * Reads the text under `root` (time-sliced by `slicer`), skipping what `isSkippedElement`
 * rejects and, when `seen` is given, text nodes already read (which are then added to it).
 */
export async function collectText(root: Element, slicer: Slicer, seen?: WeakSet<Text>): Promise<TextMap> {
  // Skipped elements below the root are left out as the walk meets them; an editor above it rules out everything.
  if (isInsideSkipped(root)) return { text: '', segments: [] };
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // Whether the last emitted character is whitespace (or nothing yet): collapses runs across nodes.
  let atSpace = true;
  let pendingBreak = false;

  const breakBlock = () => {
    if (length > 0) pendingBreak = true;
  };

  const emitText = (node: Text) => {
    const data = node.data;
    if (!data) return;
    // Fast path (most prose nodes): nothing to collapse, so the node maps 1:1.
    if (!ODD_SPACE.test(data) && !((atSpace || pendingBreak) && data.charCodeAt(0) === 32)) {
      if (pendingBreak) {
        parts.push('\n\n');
        length += 2;
        pendingBreak = false;
      }
      segments.push({ node, start: length, length: data.length, offsets: null });
      parts.push(data);
      length += data.length;
      atSpace = data.charCodeAt(data.length - 1) === 32;
      return;
    }
    let out = '';
    let offsets: number[] | null = null;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (WHITESPACE.test(ch)) {
        if (atSpace || pendingBreak) {
          offsets ??= Array.from({ length: out.length }, (_, k) => k);
          continue; // dropped: the map is needed
        }
        if (ch !== ' ') offsets ??= Array.from({ length: out.length }, (_, k) => k);
        out += ' ';
        offsets?.push(i);
        atSpace = true;
      } else {
        if (pendingBreak) {
          parts.push('\n\n');
          length += 2;
          pendingBreak = false;
        }
        out += ch;
        offsets?.push(i);
        atSpace = false;
      }
    }
    if (!out) return;
    segments.push({ node, start: length, length: out.length, offsets: offsets ? Int32Array.from(offsets) : null });
    parts.push(out);
    length += out.length;
  };

  // Depth first in document order, as a loop with a stack of open elements rather than an async
  // call per element: no promise per node, and an await only when the slice is spent. As with
  // recursion, a node's next sibling is read once the node (and everything under it) is done.
  const open: Array<{ element: Element; block: boolean }> = [];
  let node: ChildNode | null = root.firstChild;
  for (;;) {
    if (!node) {
      const done = open.pop();
      if (!done) break;
      if (done.block) breakBlock();
      node = done.element.nextSibling;
      continue;
    }
    if (node.nodeType === 3) {
      const text = node as Text;
      if (!seen?.has(text)) {
        seen?.add(text);
        emitText(text);
        if (slicer.due()) await slicer.check();
      }
    } else if (node.nodeType === 1 && !isSkippedElement(node as Element)) {
      const element = node as Element;
      const block = BLOCK_TAGS.has(element.tagName.toUpperCase());
      if (block) breakBlock();
      open.push({ element, block });
      node = element.firstChild;
      continue;
    }
    node = node.nextSibling;
  }
  return { text: parts.join(''), segments };
}

function segmentIndexAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.start + s.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function nodeOffset(segment: TextSegment, index: number): number {
  return segment.offsets ? segment.offsets[index] : index;
}

/**
 * Maps `[start, end)` of the extracted text to pieces of DOM text nodes. Returns [] when the
 * range does not lie wholly in mapped text (for instance when it crosses a block break).
 */
export function rangeToPieces(map: TextMap, start: number, end: number): NodePiece[] {
  if (end <= start) return [];
  const first = segmentIndexAt(map.segments, start);
  if (first < 0) return [];
  const pieces: NodePiece[] = [];
  let covered = start;
  for (let i = first; i < map.segments.length && covered < end; i++) {
    const s = map.segments[i];
    if (s.start > covered) return []; // a gap: the range crosses a block break
    const from = covered - s.start;
    const to = Math.min(end, s.start + s.length) - s.start;
    if (from >= to) continue;
    pieces.push({ node: s.node, start: nodeOffset(s, from), end: nodeOffset(s, to - 1) + 1 });
    covered = s.start + to;
  }
  return covered >= end ? pieces : [];
}
