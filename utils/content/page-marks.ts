/**
 * A page's marks and notes as one piece: turns the background's answers into marks (MarkLayer),
 * registers their notes (NotesLayer), keeps the underlines where the text is as the page's
 * layout moves, and forgets the marks of text the page changes so it can be read again. It is
 * also what the popup asks about ("This page"): the figures this script marked itself, never
 * anything read back from the page's DOM.
 */
import type { ClaimCheck, PageMention } from '../protocol/messages';
import type { PageClaim } from '../protocol/page';
import { MarkLayer, type Mark, type MarkKind } from './marks';
import { NotesLayer, type NoteContent } from './notes';
import type { Slicer } from './slicer';
import { createTallyRoot, type TallyRoot } from './tally-root';
import { blockOf, rangeToPieces, textNodesOf, type TextMap } from './text-map';
import { markOfRelations } from '../model/relation';
import { figureKey } from '../model/page-figures';

// A scan with more marks than this inserts them this many per animation frame, so no one frame
// lays out a thousand underlines at once (measured on the 100,000-word page, 1,171 marks).
const MARKS_PER_FRAME = 300;

// Text nodes a changed paragraph may have for all of it to be read again (a bigger "paragraph" is
// most of the article: then only the changed node's parent is).
const MAX_BLOCK_TEXT_NODES = 200;
// Underlines are redrawn at most this often while the page keeps changing.
const LAYOUT_INTERVAL_MS = 100;

let nextClaimId = 1;

/** One range of the article's text to mark, and the note it opens. */
interface MarkRequest {
  start: number;
  end: number;
  kind: MarkKind;
  repeat?: boolean;
  label: string;
  testData: Record<string, string>;
  content: NoteContent;
  claim?: PageClaim;
  entityId?: string;
}

/** How a page marks. */
export interface PageMarksOptions {
  /** The test build: an open shadow root and data attributes tests can read (docs/extension.md). */
  exposeForTests?: boolean;
  /** Also mark figures no other report states. */
  markUnmatched?: boolean;
}

export class PageMarks {
  private readonly root: TallyRoot;
  private readonly layer: MarkLayer;
  private readonly notes: NotesLayer;
  private readonly claimOf = new Map<Mark, PageClaim>();
  private readonly entityOf = new Map<Mark, string>();
  private layoutFrame = 0;
  private layoutTimer = 0;
  private lastLayoutAt = -Infinity;
  private watching = false;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly options: PageMarksOptions,
  ) {
    this.root = createTallyRoot(doc, { open: !!options.exposeForTests });
    this.layer = new MarkLayer(this.root.marks, () => this.root.origin(), !!options.exposeForTests);
    this.notes = new NotesLayer(this.root, this.layer, signal);
    signal.addEventListener(
      'abort',
      () => {
        cancelAnimationFrame(this.layoutFrame);
        clearTimeout(this.layoutTimer);
        this.root.remove();
      },
      { once: true },
    );
  }

  /** Puts Tally's host in the page (on every page, marked or not, so its presence tells nothing). False once the page keeps removing it. */
  attach(): boolean {
    return this.root.attach();
  }

  /** Whether `node` is Tally's own (the host). */
  owns(node: Node): boolean {
    return node === this.root.host;
  }

  /** Entity ids already marked in this view (each spelling is marked once per page). */
  markedEntities(): string[] {
    return [...this.entityOf.values()];
  }

  /** Removes every mark and note (a navigation). */
  clear(): void {
    this.notes.close({ returnFocus: false });
    this.layer.clear();
    this.claimOf.clear();
    this.entityOf.clear();
  }

  /** The figures marked on this page, in reading order. */
  claims(): PageClaim[] {
    return this.layer.all().flatMap((mark) => this.claimOf.get(mark) ?? []);
  }

  /** Scrolls to a marked figure and opens its note. False when there is no such figure. */
  reveal(id: string): boolean {
    const mark = this.layer.all().find((m) => this.claimOf.get(m)?.id === id);
    if (!mark) return false;
    mark.button.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.notes.show(mark, { pinned: true, takeFocus: true });
    return true;
  }

  /**
   * The page changed the text of `node`: the marks of its block go, and the block's text is
   * forgotten (removed from `seen`) so the next scan reads the whole sentence again and the
   * note follows the new figure. Returns whether there was read text to forget.
   */
  forgetBlock(node: Node, articleRoot: Element, seen: WeakSet<Text>): boolean {
    let block = blockOf(node, articleRoot);
    let texts = block === articleRoot ? [] : textNodesOf(block);
    // No paragraph around it, or a "paragraph" holding much of the article: only the changed
    // node's parent is read again.
    if (block === articleRoot || texts.length > MAX_BLOCK_TEXT_NODES) {
      block = (node.nodeType === 1 ? (node as Element) : node.parentElement) ?? articleRoot;
      texts = block === articleRoot ? (node.nodeType === 3 ? [node as Text] : []) : textNodesOf(block).slice(0, MAX_BLOCK_TEXT_NODES);
    }
    const gone = new Set<Mark>();
    let forgot = false;
    for (const text of texts) {
      for (const mark of this.layer.marksOn(text)) gone.add(mark);
      forgot = seen.delete(text) || forgot;
    }
    // Marks whose text was removed from the block (a replaced text node) go too.
    for (const mark of this.layer.all()) if (mark.nodes.some((n) => !n.isConnected || block.contains(n))) gone.add(mark);
    this.drop([...gone]);
    return forgot || gone.size > 0;
  }

  /** Marks the figures that have other reports (all of them with `markUnmatched`) and the entity spellings. */
  async mark(map: TextMap, checks: ClaimCheck[], mentions: PageMention[], slicer: Slicer): Promise<number> {
    // Overlaps lose: of two overlapping ranges the later one is kept.
    const requests = this.requests(map.text, checks, mentions).sort((a, b) => b.start - a.start || b.end - a.end);
    const kept: MarkRequest[] = [];
    let floor = Infinity;
    for (const request of requests) {
      if (request.end > floor) continue;
      kept.push(request);
      floor = request.start;
    }
    // In reading order, so each new focus target goes after the last one.
    kept.reverse();
    let marked = 0;
    let inFrame: Mark[] = [];
    for (const request of kept) {
      slicer.throwIfAborted();
      const mark = this.layer.add(rangeToPieces(map, request.start, request.end), request);
      if (!mark) continue;
      marked++;
      this.notes.register(mark, request.content);
      if (request.claim) this.claimOf.set(mark, request.claim);
      if (request.entityId) this.entityOf.set(mark, request.entityId);
      inFrame.push(mark);
      if (inFrame.length >= MARKS_PER_FRAME) {
        this.layer.layout(inFrame);
        inFrame = [];
        await slicer.frame();
      } else if (slicer.due()) await slicer.check();
    }
    if (inFrame.length) this.layer.layout(inFrame);
    if (marked) this.watchLayout();
    return marked;
  }

  /** Redraws every underline at a coming frame (the page's layout may have moved), at most every LAYOUT_INTERVAL_MS. */
  scheduleLayout(): void {
    if (this.layoutFrame || this.layoutTimer || !this.layer.size || this.signal.aborted) return;
    const frame = () => {
      this.layoutTimer = 0;
      this.layoutFrame = requestAnimationFrame(() => {
        this.layoutFrame = 0;
        this.lastLayoutAt = performance.now();
        this.drop(this.layer.layout());
      });
    };
    const wait = this.lastLayoutAt + LAYOUT_INTERVAL_MS - performance.now();
    if (wait > 0) this.layoutTimer = window.setTimeout(frame, wait);
    else frame();
  }

  private drop(marks: Mark[]): void {
    if (!marks.length) return;
    this.notes.forget(marks);
    this.layer.remove(marks);
    for (const mark of marks) {
      this.claimOf.delete(mark);
      this.entityOf.delete(mark);
    }
  }

  private requests(text: string, checks: ClaimCheck[], mentions: PageMention[]): MarkRequest[] {
    const requests: MarkRequest[] = [];
    // A figure the page states again (the headline, the lead, a quote) gets a light underline after the first.
    const stated = new Set<string>();
    for (const check of checks) {
      const count = check.reports.length;
      if (!count && !this.options.markUnmatched) continue;
      const at = locateQuote(text, check.claim);
      if (!at) continue;
      const id = `t${nextClaimId++}`;
      const quote = text.slice(at.start, at.end);
      const figure = figureKey(quote, check.reports);
      const repeat = stated.has(figure);
      stated.add(figure);
      const again = repeat ? ', stated again on this page' : '';
      requests.push({
        ...at,
        kind: markKind(check),
        repeat,
        label: count
          ? `${quote}${again}: ${count} other ${count === 1 ? 'report' : 'reports'}, open Tally note`
          : `${quote}${again}: no other report, open Tally note`,
        testData: { 'tally-claim': id, 'tally-reports': String(count), 'tally-quote': quote, ...(repeat ? { 'tally-repeat': '' } : {}) },
        content: { kind: 'claim', check },
        claim: { id, quote, reports: count, check },
      });
    }
    const marked = new Set(this.entityOf.values());
    for (const m of mentions) {
      if (marked.has(m.entityId)) continue;
      marked.add(m.entityId);
      requests.push({
        start: m.start,
        end: m.end,
        kind: 'entity',
        label: `${m.spelling}: also reported as ${m.aliases.join(', ')}, open Tally note`,
        testData: { 'tally-entity': m.entityId, 'tally-quote': m.spelling },
        content: { kind: 'entity', spelling: m.spelling, aliases: m.aliases },
        entityId: m.entityId,
      });
    }
    return requests;
  }

  /** Redraws when the layout may have moved: resizes, late fonts, content growing, inner scrollers. */
  private watchLayout(): void {
    if (this.watching || this.signal.aborted) return;
    this.watching = true;
    const view = this.doc.defaultView!;
    const schedule = () => this.scheduleLayout();
    view.addEventListener('resize', schedule, { passive: true, signal: this.signal });
    // The document scrolling moves the host with the text; an inner scroller does not.
    this.doc.addEventListener('scroll', (e) => e.target !== this.doc && schedule(), { capture: true, passive: true, signal: this.signal });
    this.doc.fonts?.addEventListener?.('loadingdone', schedule, { signal: this.signal });
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(schedule);
      observer.observe(this.doc.documentElement);
      if (this.doc.body) observer.observe(this.doc.body);
      this.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
  }
}

function markKind(check: ClaimCheck): MarkKind {
  return markOfRelations(check.reports.map((r) => r.relation)) ?? 'unmatched';
}

/**
 * Where a claim's quote is in the text: its own offsets when they hold the quote (the engine's
 * contract), else the nearest occurrence within a few hundred characters, else nowhere.
 */
export function locateQuote(text: string, claim: { quote: string; start: number; end: number }): { start: number; end: number } | null {
  if (!claim.quote) return null;
  if (text.slice(claim.start, claim.end) === claim.quote) return { start: claim.start, end: claim.end };
  const from = Math.max(0, claim.start - 300);
  const found = text.slice(from, claim.end + 300).indexOf(claim.quote);
  return found < 0 ? null : { start: from + found, end: from + found + claim.quote.length };
}
