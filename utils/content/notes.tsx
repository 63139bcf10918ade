/**
 * The notes layer: one note open at a time, in Tally's shadow root, and the page-wide event
 * handling that opens them. A note opens only on the user's own input (`isTrusted`): a click or
 * hover over a mark (matched by position, since marks take no pointer events), or the keyboard
 * (Tab to a mark's focus target, Enter or Space opens, Escape closes and gives focus back).
 * A page script that clicks, hovers or dispatches keys learns nothing. All listeners die with
 * the AbortSignal.
 */
import { render } from 'preact';
import { ClaimNote, EntityNote, type NoteActions } from '../../components/Note';
import { copyText, downloadText } from '../../components/save';
import { exportFileName, pageFiguresCsv, pageFiguresMarkdown } from '../model/citation';
import { readPageSource } from '../model/page-metadata';
import { NotePopover } from '../../components/NotePopover';
import type { ClaimCheck } from '../protocol/messages';
import type { Mark, MarkLayer } from './marks';
import type { TallyRoot } from './tally-root';

/** What a mark's note shows. */
export type NoteContent =
  | { kind: 'claim'; check: ClaimCheck }
  | { kind: 'entity'; spelling: string; aliases: string[] };

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;
const HEADING_ID = 'tally-note-heading';

/** Copy a report's citation; save the figure's reports as Markdown or CSV, named for the page's outlet and date. */
function noteActions(check: ClaimCheck): NoteActions {
  return {
    copy: copyText,
    save(format) {
      const page = readPageSource(document, location.href);
      const claims = [{ id: 'note', quote: check.claim.quote, reports: check.reports.length, check }];
      if (format === 'md') downloadText(exportFileName(page, 'md'), 'text/markdown', pageFiguresMarkdown(page, claims));
      else downloadText(exportFileName(page, 'csv'), 'text/csv', pageFiguresCsv(claims));
    },
  };
}

/** Opens and closes notes for marks registered with `register`. */
export class NotesLayer {
  private readonly contents = new WeakMap<Mark, { content: NoteContent; anchors: readonly Range[] }>();
  private open: { mark: Mark; pinned: boolean } | null = null;
  private hovered: Mark | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private moveFrame = 0;
  private lastPointer = { x: 0, y: 0, inNote: false };
  private listening = false;

  constructor(
    private readonly root: TallyRoot,
    private readonly marks: MarkLayer,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Page-wide listeners, added with the first mark: an unmarked page pays nothing per event. */
  private listen(): void {
    if (this.listening || this.signal.aborted) return;
    this.listening = true;
    const doc = this.root.host.ownerDocument;
    const options = { capture: true, signal: this.signal };
    doc.addEventListener('click', (e) => this.onPageClick(e), options);
    doc.addEventListener('mousemove', (e) => this.onPointerMove(e), { ...options, passive: true });
    doc.addEventListener('keydown', (e) => this.onPageKeyDown(e), options);
    // The focus targets live in the shadow root: their events are handled there.
    this.root.marks.addEventListener('click', (e) => this.onTargetClick(e), options);
  }

  /** Registers a mark with the note it opens. */
  register(mark: Mark, content: NoteContent): void {
    this.listen();
    // One anchors array per mark: the note re-places itself only when its mark changes.
    this.contents.set(mark, { content, anchors: [mark.range] });
  }

  /** Opens the note of `mark`. `pinned` notes stay until closed; hover notes close on leave. */
  show(mark: Mark, { pinned, takeFocus }: { pinned: boolean; takeFocus: boolean }): void {
    const entry = this.contents.get(mark);
    if (!entry || !mark.button.isConnected) return;
    const { content, anchors } = entry;
    this.clearTimers();
    const same = this.open?.mark === mark;
    if (this.open && !same) this.setExpanded(false);
    this.open = { mark, pinned: pinned || (same && this.open!.pinned) };
    this.setExpanded(true);
    const close = () => this.close({ returnFocus: true });
    render(
      <NotePopover
        anchors={anchors}
        avoid={() => this.otherMarkBoxes(mark)}
        headingId={HEADING_ID}
        takeFocus={takeFocus}
        onClose={close}
        onPointerEnter={() => this.clearTimers()}
        onPointerLeave={() => this.scheduleHoverClose()}
        onFocusLeave={(next) => this.onFocusLeave(next)}
      >
        {content.kind === 'claim' ? (
          <ClaimNote check={content.check} headingId={HEADING_ID} onClose={close} actions={noteActions(content.check)} />
        ) : (
          <EntityNote spelling={content.spelling} aliases={content.aliases} headingId={HEADING_ID} onClose={close} />
        )}
      </NotePopover>,
      this.root.notes,
    );
  }

  /** The viewport boxes of the figures marked on screen other than `mark` (a note is kept off them). */
  private otherMarkBoxes(mark: Mark): DOMRect[] {
    const view = this.root.notes.ownerDocument.defaultView!;
    const boxes: DOMRect[] = [];
    for (const other of this.marks.all()) {
      if (other === mark || other.kind === 'entity') continue;
      for (const line of [other.button, ...other.lines]) {
        const r = line.getBoundingClientRect();
        // The underline is at the foot of the line's box: the whole box is the figure's text.
        if (r.bottom > 0 && r.top < view.innerHeight && r.width > 0) boxes.push(r);
      }
    }
    return boxes;
  }

  /** Closes the open note; with `returnFocus`, focus goes back to its mark if it was in the note. */
  close({ returnFocus }: { returnFocus: boolean }): void {
    this.clearTimers();
    if (!this.open) return;
    const { mark } = this.open;
    const focusWasInNote = this.root.notes.contains(this.focused());
    this.setExpanded(false);
    this.open = null;
    render(null, this.root.notes);
    if (returnFocus && focusWasInNote && mark.button.isConnected) mark.button.focus({ preventScroll: true });
  }

  /** Closes the note if it belongs to one of `marks` (they are being removed). */
  forget(marks: readonly Mark[]): void {
    if (this.open && marks.includes(this.open.mark)) this.close({ returnFocus: false });
    if (this.hovered && marks.includes(this.hovered)) this.hovered = null;
  }

  destroy(): void {
    this.clearTimers();
    cancelAnimationFrame(this.moveFrame);
    render(null, this.root.notes);
    this.open = null;
  }

  /** The element focused inside Tally's shadow root (closed roots hide it from the document). */
  private focused(): Element | null {
    return (this.root.notes.getRootNode() as ShadowRoot).activeElement ?? null;
  }

  private setExpanded(expanded: boolean): void {
    this.open?.mark.button.setAttribute('aria-expanded', String(expanded));
  }

  private clearTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.openTimer = this.closeTimer = 0;
  }

  private scheduleHoverClose(): void {
    if (!this.open || this.open.pinned) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => this.close({ returnFocus: false }), HOVER_CLOSE_MS);
  }

  /**
   * Whether an event happened inside Tally's shadow root (a note, or a focused mark). Seen from
   * the document, a closed root's path ends at its host.
   */
  private isInTally(event: Event): boolean {
    return event.composedPath().includes(this.root.host);
  }

  private onPageClick(event: MouseEvent): void {
    if (!event.isTrusted || this.isInTally(event)) return;
    const mark = this.marks.markAt(event.clientX, event.clientY);
    if (mark && this.contents.has(mark)) {
      // A mark may sit inside a link: the note is what the reader asked for.
      event.preventDefault();
      if (this.open?.mark === mark && this.open.pinned) this.close({ returnFocus: false });
      else this.show(mark, { pinned: true, takeFocus: false });
      return;
    }
    if (this.open) this.close({ returnFocus: false });
  }

  /** Enter, Space or an assistive technology's activation on a focus target. */
  private onTargetClick(event: MouseEvent): void {
    const mark = this.targetMark(event);
    if (!event.isTrusted || !mark) return;
    event.preventDefault();
    this.show(mark, { pinned: true, takeFocus: true });
  }

  /**
   * Escape closes the open note wherever focus is (a note opened by pointer must be dismissible
   * without moving it); focus goes back to the mark when it was in Tally.
   */
  private onPageKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || event.key !== 'Escape' || !this.open) return;
    const inTally = this.isInTally(event);
    if (inTally) event.preventDefault();
    const opener = this.open.mark;
    this.close({ returnFocus: false });
    if (inTally) opener.button.focus({ preventScroll: true });
  }

  private targetMark(event: Event): Mark | null {
    const path = event.composedPath();
    return this.marks.all().find((m) => path.includes(m.button)) ?? null;
  }

  /** Focus left an open note: it closes; if focus fell off the page (Tab past the end), it goes back to the mark. */
  private onFocusLeave(next: Element | null): void {
    if (!this.open) return;
    const opener = this.open.mark;
    if (next === opener.button) return; // Escape or close put it back on the mark
    this.close({ returnFocus: false });
    if (!next && opener.button.isConnected) opener.button.focus({ preventScroll: true });
  }

  private onPointerMove(event: MouseEvent): void {
    if (!event.isTrusted) return;
    this.lastPointer = { x: event.clientX, y: event.clientY, inNote: this.isInTally(event) };
    if (!this.moveFrame) this.moveFrame = requestAnimationFrame(() => this.onPointerFrame());
  }

  /** Hover, checked once a frame: over a new mark, its note opens after a pause; off it, the note closes after one. */
  private onPointerFrame(): void {
    this.moveFrame = 0;
    if (this.lastPointer.inNote) return;
    const mark = this.marks.markAt(this.lastPointer.x, this.lastPointer.y);
    const content = mark && this.contents.has(mark) ? mark : null;
    if (content === this.hovered) return;
    this.hovered = content;
    clearTimeout(this.openTimer);
    if (!content) {
      this.scheduleHoverClose();
      return;
    }
    clearTimeout(this.closeTimer);
    if (this.open?.mark === content) return;
    this.openTimer = window.setTimeout(() => this.show(content, { pinned: false, takeFocus: false }), HOVER_OPEN_MS);
  }
}
