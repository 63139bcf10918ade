/**
 * How marks look, inside Tally's shadow root only (the page gets no CSS). Each line of a marked
 * figure is a box over the page's text with an underline at its foot; the first box is the
 * mark's focus target. Boxes take no pointer events: the page's text stays selectable and its
 * links clickable, and a page script asking what is under a point never finds Tally.
 */
import { DOTTED_MARKS, UNDERLINE, type MarkKind } from '../../components/mark-colours';

export const MARK_CSS = `
.marks { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; pointer-events: none; }
.line {
  all: unset; position: absolute; box-sizing: border-box; pointer-events: none;
  background: transparent; border-bottom: 2px solid var(--tally-line);
}
.line:focus { outline: none; }
.line:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; border-radius: 2px; box-shadow: 0 0 0 4px rgba(255,255,255,.85); }
.line[hidden] { display: none; }
.note { pointer-events: auto; }
.line.repeat { border-bottom-width: 1px; border-bottom-style: dashed; }
${(Object.keys(UNDERLINE) as MarkKind[])
  .map((kind) => `.line.${kind} { --tally-line: ${UNDERLINE[kind]};${DOTTED_MARKS.includes(kind) ? ' border-bottom-style: dotted;' : ''} }`)
  .join('\n')}
`;
