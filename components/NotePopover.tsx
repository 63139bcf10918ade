/**
 * Places a note next to its mark without covering it: below the mark's last line when it fits,
 * else above its first line, else on the roomier side with the note scrolling. Follows the mark
 * on scroll and resize. A non-modal dialog: Escape closes, focus is moved in when asked.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Where a note goes, in viewport pixels. */
export interface NotePlacement {
  top: number;
  left: number;
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;
/** The least height a note cut short to stay off other figures may have (it scrolls): a heading and a report. */
const MIN_CUT_HEIGHT = 120;
/** How far a note is slid sideways at a time, looking for a place clear of other figures. */
const SLIDE_STEP = 24;

/** A box in viewport pixels. */
export interface ViewportBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** How much of `a` lies over the boxes in `boxes` (area in px²). */
function overlap(a: ViewportBox, boxes: readonly ViewportBox[]): number {
  let area = 0;
  for (const b of boxes) area += Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  return area;
}

/**
 * Computes a placement for a note of `size` next to `anchor` (the union of the mark's line boxes)
 * in a viewport of `viewport`; the note never overlaps the anchor's box. Below the mark when it
 * fits (or when below is the roomier side), else above. When that would cover another marked
 * figure (`avoid`), it is slid sideways, then tried on the other side, then beside the mark, then
 * cut short before the nearest figure; the first that covers none is taken. Pure.
 */
export function placeNote(
  anchor: { top: number; bottom: number; left: number; right?: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: readonly ViewportBox[] = [],
): NotePlacement {
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - size.width - MARGIN));
  const belowPlacement = { top: anchor.bottom + GAP, left, maxHeight: Math.max(80, below) };
  const abovePlacement = (height: number) => ({ top: anchor.top - GAP - height, left, maxHeight: Math.max(80, above) });
  const preferred = size.height <= below || below >= above ? belowPlacement : abovePlacement(Math.min(size.height, above));
  const boxOf = (p: NotePlacement): ViewportBox => ({ top: p.top, left: p.left, right: p.left + size.width, bottom: p.top + Math.min(size.height, p.maxHeight) });
  if (!avoid.length || overlap(boxOf(preferred), avoid) === 0) return preferred;
  // Off the other figures: the preferred side, then the other one, slid sideways as little as it takes.
  const other = preferred === belowPlacement ? abovePlacement(Math.min(size.height, above)) : belowPlacement;
  const lefts: number[] = [left];
  for (let x = MARGIN; x <= viewport.width - size.width - MARGIN; x += SLIDE_STEP) lefts.push(x);
  lefts.sort((a, b) => Math.abs(a - left) - Math.abs(b - left));
  for (const side of [preferred, other]) {
    for (const x of lefts) if (overlap(boxOf({ ...side, left: x }), avoid) === 0) return { ...side, left: x };
  }
  // Beside the mark, the whole note: right, then left.
  const height = Math.min(size.height, viewport.height - 2 * MARGIN);
  const besideTop = Math.max(MARGIN, Math.min(anchor.top - GAP, viewport.height - height - MARGIN));
  const right = (anchor.right ?? anchor.left) + GAP;
  const alternatives: NotePlacement[] = [
    ...(right + size.width <= viewport.width - MARGIN ? [{ top: besideTop, left: right, maxHeight: height }] : []),
    ...(anchor.left - GAP - size.width >= MARGIN ? [{ top: besideTop, left: anchor.left - GAP - size.width, maxHeight: height }] : []),
  ];
  const clear = alternatives.find((p) => overlap(boxOf(p), avoid) === 0 && overlap(boxOf(p), [{ ...anchor, right: anchor.right ?? anchor.left }]) === 0);
  if (clear) return clear;
  // No side shows the whole note clear of them: the roomier side, cut short before the nearest
  // figure there (the note scrolls), when that leaves a readable note.
  const inSpan = avoid.filter((b) => b.left < left + size.width && left < b.right);
  const nextBelow = Math.min(viewport.height - MARGIN, ...inSpan.filter((b) => b.top >= anchor.bottom).map((b) => b.top - GAP));
  const nextAbove = Math.max(MARGIN, ...inSpan.filter((b) => b.bottom <= anchor.top).map((b) => b.bottom + GAP));
  const roomBelow = nextBelow - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - nextAbove;
  const room = Math.max(roomBelow, roomAbove);
  if (room < MIN_CUT_HEIGHT) return preferred;
  return roomBelow >= roomAbove
    ? { top: anchor.bottom + GAP, left, maxHeight: roomBelow }
    : { top: anchor.top - GAP - Math.min(size.height, roomAbove), left, maxHeight: roomAbove };
}

/** What a note explains: anything with line boxes (a DOM Range over the page's text, or an element). */
export interface NoteAnchor {
  getClientRects(): DOMRectList;
}

function anchorBox(anchors: readonly NoteAnchor[]): ViewportBox | null {
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (const el of anchors) {
    for (const r of el.getClientRects()) {
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
      left = Math.min(left, r.left);
      right = Math.max(right, r.right);
    }
  }
  return Number.isFinite(top) ? { top, bottom, left, right } : null;
}

/** Props of the popover frame around a note's content. */
export interface NotePopoverProps {
  /** The marked text the note explains. */
  anchors: readonly NoteAnchor[];
  /** The other marked figures on screen (viewport boxes): the note is kept off them where it can be. */
  avoid?: () => readonly ViewportBox[];
  headingId: string;
  /** Move focus into the note when it opens (keyboard and click opens; not hover). */
  takeFocus: boolean;
  onClose(): void;
  onPointerEnter?(): void;
  onPointerLeave?(): void;
  /** Focus left the note: for `next` (null when it left the page, e.g. Tab past the note's last link). */
  onFocusLeave?(next: Element | null): void;
  children: ComponentChildren;
}

/** The positioned dialog frame of a note. */
export function NotePopover({ anchors, avoid, headingId, takeFocus, onClose, onPointerEnter, onPointerLeave, onFocusLeave, children }: NotePopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<NotePlacement | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const box = anchorBox(anchors);
      if (!box) return onClose();
      const view = el.ownerDocument.defaultView!;
      const rect = el.getBoundingClientRect();
      setPlacement(
        placeNote(box, { width: rect.width, height: el.scrollHeight + 2 }, { width: view.innerWidth, height: view.innerHeight }, avoid?.() ?? []),
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    const view = el.ownerDocument.defaultView!;
    view.addEventListener('scroll', schedule, { capture: true, passive: true });
    view.addEventListener('resize', schedule, { passive: true });
    return () => {
      if (frame) cancelAnimationFrame(frame);
      view.removeEventListener('scroll', schedule, { capture: true });
      view.removeEventListener('resize', schedule);
    };
  }, [anchors]);

  // Focus once placed: a note still hidden for measuring cannot take focus.
  const placed = placement !== null;
  useLayoutEffect(() => {
    if (takeFocus && placed) ref.current?.focus({ preventScroll: true });
  }, [anchors, takeFocus, placed]);

  return (
    <div
      ref={ref}
      class="note"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      style={
        placement
          ? { top: `${placement.top}px`, left: `${placement.left}px`, maxHeight: `${placement.maxHeight}px` }
          : { top: '0px', left: '0px', visibility: 'hidden' }
      }
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Element | null;
        if (!next || !ref.current?.contains(next)) onFocusLeave?.(next);
      }}
    >
      {children}
    </div>
  );
}
