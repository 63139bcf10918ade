/**
 * Tally's one element on a page: a plain `<div>` host (a page cannot define a custom element of
 * that name and break it) with a shadow root that holds every underline, every focus target and
 * every note. The root is closed in the release build, so no page script can read what the notes
 * say or which figures are marked; the test build opens it for tests and outside tools
 * (docs/extension.md, "What a page can see"). The host takes no room and no pointer events.
 */
import { NOTE_CSS } from '../../components/note-styles';
import { MARK_CSS } from './mark-styles';

/** The parts of Tally's shadow root. */
export interface TallyRoot {
  readonly host: HTMLElement;
  /** Underlines and focus targets, positioned in the host's coordinates. */
  readonly marks: HTMLElement;
  /** The open note, if any. */
  readonly notes: HTMLElement;
  /** Puts the host back if the page removed it; false once the page has done so too often. */
  attach(): boolean;
  remove(): void;
  /** The host's top-left corner in viewport pixels (what mark positions are relative to). */
  origin(): { left: number; top: number };
}

// The host's own box: zero-sized, no pointer events, page styles reset. No z-index: the
// underlines paint at the page's base layer, under sticky headers; notes set their own.
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: absolute',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'overflow: visible',
  'pointer-events: none',
].map((rule) => `${rule} !important`).join('; ');

// A page that keeps removing the host gets it back three times, then Tally leaves it alone.
const MAX_ATTACHMENTS = 4;

/** Creates the host and its shadow root (not yet in the page). `open` only in the test build. */
export function createTallyRoot(doc: Document, { open }: { open: boolean }): TallyRoot {
  const host = doc.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  // The test build names its host so tests can find it; the release host is an anonymous div.
  if (open) host.setAttribute('data-tally-root', '');
  const shadow = host.attachShadow({ mode: open ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = NOTE_CSS + MARK_CSS;
  const marks = doc.createElement('div');
  marks.className = 'marks';
  const notes = doc.createElement('div');
  shadow.append(style, marks, notes);
  let attachments = 0;
  return {
    host,
    marks,
    notes,
    attach() {
      if (host.isConnected) return true;
      if (attachments >= MAX_ATTACHMENTS) return false;
      attachments++;
      // In <body>, where accessibility tools look; outside it when the body is an editor, so
      // nothing of Tally's is saved with what the user writes.
      const body = doc.body;
      const editable = doc.designMode === 'on' || body?.isContentEditable;
      (body && !editable ? body : doc.documentElement).appendChild(host);
      return true;
    },
    remove() {
      host.remove();
    },
    origin() {
      const rect = host.getBoundingClientRect();
      return { left: rect.left, top: rect.top };
    },
  };
}
