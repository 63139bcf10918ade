import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * A `<details>` whose content is built the first time it opens (and kept after): a list of many
 * collapsed report lists paints at once, and each is built when the reader asks for it.
 */
export function LazyDetails({ summary, children }: { summary: ComponentChildren; children: () => ComponentChildren }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => (event.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened ? children() : null}
    </details>
  );
}
