/**
 * The notes layer: one `<tally-notes>` host with an OPEN shadow root holding every note (one
 * open at a time), and the page-wide event handling that opens them: click, hover, or keyboard
 * (Tab to a mark, Enter or Space opens, Escape closes and gives focus back to the mark).
 * All listeners die with the AbortSignal; `destroy()` removes the host.
 */
import { render } from 'preact';
import { ClaimNote, EntityNote } from '../../components/Note';
import { NotePopover } from '../../components/NotePopover';
import { NOTE_CSS } from '../../components/note-styles';
import type { ClaimCheck } from '../messages';
import { MARK_TAG } from './marks';

/** The tag of the shadow-root host holding the notes. */
export const NOTES_HOST_TAG = 'tally-notes';

/** What a mark's note shows. */
export type NoteContent =
  | { kind: 'claim'; check: ClaimCheck }
  | { kind: 'entity'; spelling: string; aliases: string[] };

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;
const HEADING_ID = 'tally-note-heading';

/** Opens and closes notes for marks registered with `register`. */
export class NotesLayer {
  private readonly notes = new WeakMap<Element, { content: NoteContent; marks: HTMLElement[] }>();
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private open: { marks: HTMLElement[]; pinned: boolean } | null = null;
  private openTimer = 0;
  private closeTimer = 0;

  private listening = false;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Page-wide listeners, added with the first mark: an unmarked page pays nothing per event. */
  private listen(): void {
    if (this.listening || this.signal.aborted) return;
    this.listening = true;
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      this.doc.addEventListener(type, fn as EventListener, { capture: true, signal: this.signal });
    on('click', (e) => this.onClick(e));
    on('keydown', (e) => this.onKeyDown(e));
    on('mouseover', (e) => this.onMouseOver(e));
    on('mouseout', (e) => this.onMouseOut(e));
  }

  /** Registers the marks of one figure or spelling with the note they open. */
  register(marks: HTMLElement[], content: NoteContent): void {
    this.listen();
    const entry = { content, marks };
    for (const mark of marks) this.notes.set(mark, entry);
  }

  /** Whether a note is open (for tests and the popup). */
  get isOpen(): boolean {
    return this.open !== null;
  }

  /** Opens the note of `mark`. `pinned` notes stay until closed; hover notes close on leave. */
  show(mark: Element, { pinned, takeFocus }: { pinned: boolean; takeFocus: boolean }): void {
    const entry = this.notes.get(mark);
    if (!entry || !mark.isConnected) return;
    this.clearTimers();
    if (this.open && this.open.marks[0] !== entry.marks[0]) this.setExpanded(false);
    this.open = { marks: entry.marks, pinned: pinned || (this.open?.marks[0] === entry.marks[0] && this.open.pinned) };
    this.setExpanded(true);
    const close = () => this.close({ returnFocus: true });
    const content = entry.content;
    render(
      <NotePopover
        anchors={entry.marks}
        headingId={HEADING_ID}
        takeFocus={takeFocus}
        onClose={close}
        onPointerEnter={() => this.clearTimers()}
        onPointerLeave={() => this.scheduleHoverClose()}
        onFocusLeave={(next) => this.onFocusLeave(next)}
      >
        {content.kind === 'claim' ? (
          <ClaimNote check={content.check} headingId={HEADING_ID} onClose={close} />
        ) : (
          <EntityNote spelling={content.spelling} aliases={content.aliases} headingId={HEADING_ID} onClose={close} />
        )}
      </NotePopover>,
      this.ensureContainer(),
    );
  }

  /** Closes the open note; with `returnFocus`, focus goes back to its mark if it was in the note. */
  close({ returnFocus }: { returnFocus: boolean }): void {
    this.clearTimers();
    if (!this.open) return;
    const mark = this.open.marks[0];
    const focusWasInNote = this.host !== null && this.doc.activeElement === this.host;
    this.setExpanded(false);
    this.open = null;
    if (this.container) render(null, this.container);
    if (returnFocus && focusWasInNote && mark.isConnected) mark.focus({ preventScroll: true });
  }

  /** Removes the host and every note. Marks are the caller's to remove. */
  destroy(): void {
    this.clearTimers();
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = this.container = null;
    this.open = null;
  }

  private ensureContainer(): HTMLElement {
    if (this.container && this.host?.isConnected) return this.container;
    const host = this.doc.createElement(NOTES_HOST_TAG);
    // The host takes no room and no pointer events; the fixed-position notes inside do.
    host.setAttribute('style', 'all: initial !important; position: absolute !important; width: 0 !important; height: 0 !important;');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = NOTE_CSS;
    const container = this.doc.createElement('div');
    shadow.append(style, container);
    // In <body>: outside it, accessibility tools (axe among them) skip the notes.
    (this.doc.body ?? this.doc.documentElement).appendChild(host);
    this.host = host;
    this.container = container;
    return container;
  }

  private setExpanded(expanded: boolean): void {
    this.open?.marks[0]?.setAttribute('aria-expanded', String(expanded));
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

  private markOf(target: EventTarget | null): HTMLElement | null {
    const el = target instanceof Element ? target.closest(MARK_TAG) : null;
    return el && this.notes.has(el) ? (el as HTMLElement) : null;
  }

  private isInNote(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  private onClick(event: MouseEvent): void {
    const mark = this.markOf(event.target);
    if (mark) {
      // A mark may sit inside a link: the note is what the reader asked for.
      event.preventDefault();
      const same = this.open && this.open.marks.includes(mark);
      if (same && this.open!.pinned) this.close({ returnFocus: false });
      else this.show(mark, { pinned: true, takeFocus: false });
      return;
    }
    if (this.open && !this.isInNote(event)) this.close({ returnFocus: false });
  }

  private onKeyDown(event: KeyboardEvent): void {
    const mark = this.markOf(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.show(mark, { pinned: true, takeFocus: true });
    } else if (event.key === 'Escape' && this.open && (mark || this.isInNote(event))) {
      event.preventDefault();
      const opener = this.open.marks[0];
      this.close({ returnFocus: false });
      opener.focus({ preventScroll: true });
    }
  }

  /** Focus left an open note: it closes; if focus fell off the page (Tab past the end), it goes back to the mark. */
  private onFocusLeave(next: Element | null): void {
    if (!this.open) return;
    const opener = this.open.marks[0];
    if (next && this.open.marks.includes(next as HTMLElement)) return; // Escape or close put it back on the mark
    this.close({ returnFocus: false });
    if (!next && opener.isConnected) opener.focus({ preventScroll: true });
  }

  private onMouseOver(event: MouseEvent): void {
    const mark = this.markOf(event.target);
    if (!mark) return;
    clearTimeout(this.closeTimer);
    if (this.open?.marks.includes(mark)) return;
    clearTimeout(this.openTimer);
    this.openTimer = window.setTimeout(() => this.show(mark, { pinned: false, takeFocus: false }), HOVER_OPEN_MS);
  }

  private onMouseOut(event: MouseEvent): void {
    const mark = this.markOf(event.target);
    if (!mark || (event.relatedTarget instanceof Node && mark.contains(event.relatedTarget))) return;
    clearTimeout(this.openTimer);
    this.scheduleHoverClose();
  }
}
