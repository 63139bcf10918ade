/**
 * Counting outlets, not mentions: word-for-word reprints fold into their original ("also
 * carried by 2"), and reprints of one wire story whose original is not listed fold into the
 * first of them. Used by the note and the CLI to group and count report lines; pure, so the
 * page's bundle stays small.
 */

/** What folding needs of a report line. */
export interface FoldableLine {
  outlet: string;
  published: string | null;
  /** The outlet this report copies word for word (or the wire it declares reprinting). */
  wireCopyOf?: string;
}

/** A line standing for itself and the reprints folded into it. */
export interface FoldedLine<L extends FoldableLine> {
  line: L;
  copies: L[];
}

/** The story a line carries: its original's outlet for a reprint, its own outlet otherwise. */
const storyOf = (l: FoldableLine) => l.wireCopyOf ?? l.outlet;

/** Lines folded by story, in the order their representative came; the original (not a copy) represents its story, else the earliest copy. */
export function foldReprints<L extends FoldableLine>(lines: readonly L[]): FoldedLine<L>[] {
  const byStory = new Map<string, L[]>();
  for (const l of lines) {
    const list = byStory.get(storyOf(l));
    if (list) list.push(l);
    else byStory.set(storyOf(l), [l]);
  }
  const out: FoldedLine<L>[] = [];
  for (const list of byStory.values()) {
    const originals = list.filter((l) => !l.wireCopyOf);
    if (originals.length > 1) {
      // One outlet's separate articles are each its own line (the outlet counts once).
      for (const o of originals) out.push({ line: o, copies: o === originals[0] ? list.filter((l) => l.wireCopyOf) : [] });
      continue;
    }
    const head = originals[0] ?? [...list].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''))[0];
    out.push({ line: head, copies: list.filter((l) => l !== head) });
  }
  const order = new Map(lines.map((l, i) => [l, i]));
  return out.sort((a, b) => order.get(a.line)! - order.get(b.line)!);
}

/** How many outlets the lines stand for: a reprint is its original's outlet, one outlet's articles count once. */
export function countOutlets(lines: readonly FoldableLine[]): number {
  return new Set(lines.map(storyOf)).size;
}

/** "also carried by 2: Daily Reprint, Morning Wire", or '' when nothing was folded. */
export function alsoCarriedBy(copies: readonly FoldableLine[]): string {
  if (!copies.length) return '';
  const outlets = [...new Set(copies.map((c) => c.outlet))];
  return `also carried by ${copies.length}: ${outlets.join(', ')}`;
}
