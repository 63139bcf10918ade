/**
 * Marks that never touch the page: a marked figure or spelling is a DOM Range over the page's own
 * text nodes, drawn as underlines inside Tally's shadow root (utils/content/tally-root.ts). The
 * page's nodes are never split, wrapped or moved, so a React or Preact page that later updates
 * its text keeps working, and what the page saves carries nothing of Tally's.
 *
 * Each mark has one focus target (a `<button>` over its first line: Tab reaches it, Enter opens
 * its note) and an underline box per line. Boxes take no pointer events; a click or hover is
 * matched to a mark by position (`markAt`). Positions are relative to the host, so scrolling the
 * document moves them for free; `layout()` redraws them when the page's layout changes.
 */
import type { NodePiece } from './text-map';
import type { MarkKind } from '../../components/mark-colours';

export type { MarkKind };

/** What to draw. */
export interface MarkSpec {
  kind: MarkKind;
  /** The figure stated again on the page: drawn lightly (the first statement carries the full underline). */
  repeat?: boolean;
  /** Accessible name of the focus target: what the note is about. */
  label: string;
  /** Data attributes (without `data-`) the focus target carries in the test build only. */
  testData: Record<string, string>;
}

/** One marked figure or spelling. */
export interface Mark {
  readonly kind: MarkKind;
  readonly repeat: boolean;
  readonly range: Range;
  /** The page's text nodes the range covers (a change to one of them drops the mark). */
  readonly nodes: readonly Text[];
  /** The focus target; also the first line's underline. */
  readonly button: HTMLButtonElement;
  /** The other lines' underlines. */
  lines: HTMLElement[];
  /** Where the lines were last drawn, in host coordinates. */
  boxes: Box[];
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

// How far below a line's box the pointer still counts as on the mark (the underline's own width).
const UNDERLINE_SLOP = 3;

/** The marks of one page session. */
export class MarkLayer {
  private marks: Mark[] = [];
  private readonly byNode = new Map<Text, Mark[]>();

  constructor(
    private readonly container: HTMLElement,
    private readonly origin: () => { left: number; top: number },
    /** The test build puts `spec.testData` on each focus target; the release build puts nothing. */
    private readonly exposeData: boolean,
  ) {}

  get size(): number {
    return this.marks.length;
  }

  all(): readonly Mark[] {
    return this.marks;
  }

  /** Adds a mark over `pieces` (in reading order). Returns null when the pieces left the page. */
  add(pieces: NodePiece[], spec: MarkSpec): Mark | null {
    if (!pieces.length || pieces.some((p) => !p.node.isConnected || p.end > p.node.data.length)) return null;
    const doc = this.container.ownerDocument;
    const range = doc.createRange();
    range.setStart(pieces[0].node, pieces[0].start);
    range.setEnd(pieces[pieces.length - 1].node, pieces[pieces.length - 1].end);
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = `line ${spec.kind}${spec.repeat ? ' repeat' : ''}`;
    button.hidden = true; // until drawn
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-label', spec.label);
    if (this.exposeData) for (const key in spec.testData) button.setAttribute(`data-${key}`, spec.testData[key]);
    const mark: Mark = { kind: spec.kind, repeat: !!spec.repeat, range, nodes: pieces.map((p) => p.node), button, lines: [], boxes: [] };
    this.insertInReadingOrder(mark);
    for (const node of mark.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mark);
      else this.byNode.set(node, [mark]);
    }
    return mark;
  }

  /** The marks over `node`. */
  marksOn(node: Text): readonly Mark[] {
    return this.byNode.get(node) ?? [];
  }

  /** Removes the given marks (their underlines and focus targets). */
  remove(marks: Iterable<Mark>): void {
    const gone = new Set(marks);
    if (!gone.size) return;
    for (const mark of gone) {
      mark.button.remove();
      for (const line of mark.lines) line.remove();
      for (const node of mark.nodes) {
        const rest = (this.byNode.get(node) ?? []).filter((m) => m !== mark);
        if (rest.length) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
    }
    this.marks = this.marks.filter((m) => !gone.has(m));
  }

  clear(): void {
    this.remove([...this.marks]);
  }

  /**
   * Draws every mark where its text is now, clipped by the boxes of scrolling or clipping
   * ancestors (a "read more" fold, a scroller); only `only` when given (marks just added).
   * Marks whose text left the page are dropped and returned, so their text can be read again.
   */
  layout(only?: readonly Mark[]): Mark[] {
    const dropped = (only ?? this.marks).filter((m) => m.nodes.some((n) => !n.isConnected));
    this.remove(dropped);
    if (!this.marks.length) return dropped;
    // All reads first, then all writes: a style write between two reads would lay the page out again.
    const origin = this.origin();
    const clips = new ClipCache();
    const todo = (only ?? this.marks).filter((m) => !dropped.includes(m));
    const boxes = todo.map((mark) =>
      lineBoxes(mark.range, clips).map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height })),
    );
    todo.forEach((mark, i) => this.draw(mark, boxes[i]));
    return dropped;
  }

  /** The mark drawn under a viewport point, if any (from the last layout). */
  markAt(clientX: number, clientY: number): Mark | null {
    if (!this.marks.length) return null;
    const origin = this.origin();
    const x = clientX - origin.left;
    const y = clientY - origin.top;
    for (const mark of this.marks) {
      for (const box of mark.boxes) {
        if (x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height + UNDERLINE_SLOP) return mark;
      }
    }
    return null;
  }

  private draw(mark: Mark, boxes: Box[]): void {
    if (mark.button.isConnected && sameBoxes(mark.boxes, boxes)) return; // nothing moved: no style write
    mark.boxes = boxes;
    place(mark.button, boxes[0]);
    const doc = this.container.ownerDocument;
    while (mark.lines.length < boxes.length - 1) {
      const line = doc.createElement('div');
      line.className = `line ${mark.kind}${mark.repeat ? ' repeat' : ''}`;
      line.setAttribute('aria-hidden', 'true');
      mark.button.after(line);
      mark.lines.push(line);
    }
    mark.lines.forEach((line, i) => place(line, boxes[i + 1]));
  }

  /** Focus order follows reading order: a new mark's button goes before the first later one's. */
  private insertInReadingOrder(mark: Mark): void {
    let lo = 0;
    let hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareRanges(this.marks[mid].range, mark.range) > 0) hi = mid;
      else lo = mid + 1;
    }
    const at = lo;
    this.marks.splice(at, 0, mark);
    const next = this.marks[at + 1];
    if (next) next.button.before(mark.button);
    else this.container.append(mark.button);
  }
}

function compareRanges(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  } catch {
    return 0; // different documents or a detached node: keep insertion order
  }
}

function sameBoxes(a: readonly Box[], b: readonly Box[]): boolean {
  return a.length === b.length && a.every((box, i) => box.left === b[i].left && box.top === b[i].top && box.width === b[i].width && box.height === b[i].height);
}

function place(el: HTMLElement, box: Box | undefined): void {
  if (!box) {
    el.hidden = true;
    return;
  }
  el.hidden = false;
  el.style.cssText = `left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px`;
}

/** The range's visible line boxes in viewport pixels: one per line, clipped, empty ones left out. */
function lineBoxes(range: Range, clips: ClipCache): DOMRect[] {
  const element = range.commonAncestorContainer.nodeType === 1 ? (range.commonAncestorContainer as Element) : range.commonAncestorContainer.parentElement;
  const clip = element ? clips.of(element) : null;
  const lines: DOMRect[] = [];
  for (const rect of range.getClientRects()) {
    if (rect.width < 1 || rect.height < 1) continue;
    const visible = clip ? intersect(rect, clip) : rect;
    if (!visible) continue;
    // Pieces of one line (text split across inline elements) become one box.
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.top - visible.top) < visible.height / 2 && visible.left - last.right < 2) {
      lines[lines.length - 1] = new DOMRect(last.left, Math.min(last.top, visible.top), Math.max(last.right, visible.right) - last.left, Math.max(last.bottom, visible.bottom) - Math.min(last.top, visible.top));
    } else lines.push(visible);
  }
  return lines;
}

function intersect(a: DOMRect, b: DOMRect): DOMRect | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right - left >= 1 && bottom - top >= 1 ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/** Per layout: the box an element's content is clipped to by its ancestors (null: not clipped). */
class ClipCache {
  private readonly cache = new Map<Element, DOMRect | null>();

  of(element: Element): DOMRect | null {
    if (this.cache.has(element)) return this.cache.get(element)!;
    const parent = element.parentElement;
    const outer = parent && parent !== element.ownerDocument.documentElement ? this.of(parent) : null;
    const own = clipsContent(element) ? element.getBoundingClientRect() : null;
    const clip = own && outer ? (intersect(own, outer) ?? new DOMRect(0, 0, 0, 0)) : (own ?? outer);
    this.cache.set(element, clip);
    return clip;
  }
}

function clipsContent(element: Element): boolean {
  const tag = element.tagName;
  if (tag === 'BODY' || tag === 'HTML') return false;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return !!style && (style.overflowX !== 'visible' || style.overflowY !== 'visible');
}
