import { DOTTED_MARKS, MARK_LEGEND, REPEAT_LEGEND, UNDERLINE } from '../mark-colours';

/** What the underlines on the page mean, drawn with the very colours the page's marks use. */
export function Legend() {
  return (
    <details class="legend">
      <summary>What the underlines mean</summary>
      <ul>
        {MARK_LEGEND.map(({ kind, text }) => (
          <li key={kind} data-kind={kind}>
            <span class="underline-sample" aria-hidden="true" style={{ borderBottom: `3px ${DOTTED_MARKS.includes(kind) ? 'dotted' : 'solid'} ${UNDERLINE[kind]}` }}>
              1,000
            </span>{' '}
            {text}
          </li>
        ))}
        <li data-kind="repeat">
          <span class="underline-sample" aria-hidden="true" style={{ borderBottom: `1px dashed ${UNDERLINE.same}` }}>
            1,000
          </span>{' '}
          {REPEAT_LEGEND}
        </li>
      </ul>
      <p class="muted">Click or press Enter on an underlined figure to open its note; Escape closes it.</p>
    </details>
  );
}
