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

/**
 * Computes a placement for a note of `size` next to `anchor` (the union of the mark's line boxes)
 * in a viewport of `viewport`; the note never overlaps the anchor's box. Pure, so it is testable.
 */
export function placeNote(
  anchor: { top: number; bottom: number; left: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): NotePlacement {
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - size.width - MARGIN));
  if (size.height <= below || below >= above) {
    return { top: anchor.bottom + GAP, left, maxHeight: Math.max(80, below) };
  }
  const height = Math.min(size.height, above);
  return { top: anchor.top - GAP - height, left, maxHeight: Math.max(80, above) };
}

/** What a note explains: anything with line boxes (a DOM Range over the page's text, or an element). */
export interface NoteAnchor {
  getClientRects(): DOMRectList;
}

function anchorBox(anchors: readonly NoteAnchor[]) {
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  for (const el of anchors) {
    for (const r of el.getClientRects()) {
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
      left = Math.min(left, r.left);
    }
  }
  return Number.isFinite(top) ? { top, bottom, left } : null;
}

/** Props of the popover frame around a note's content. */
export interface NotePopoverProps {
  /** The marked text the note explains. */
  anchors: readonly NoteAnchor[];
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
export function NotePopover({ anchors, headingId, takeFocus, onClose, onPointerEnter, onPointerLeave, onFocusLeave, children }: NotePopoverProps) {
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
        placeNote(box, { width: rect.width, height: el.scrollHeight + 2 }, { width: view.innerWidth, height: view.innerHeight }),
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
