/**
 * A long article goes to the background in pieces, so no message is big enough to stall the page;
 * the answers' offsets are into their piece, and are moved back into the article's text here.
 */
import type { ClaimCheck, PageMention } from '../protocol/messages';

/** The text in pieces of at most `max` characters, cut at a block break, else a sentence end, so no figure is split. */
export function textPieces(text: string, max: number): { text: string; from: number }[] {
  const pieces: { text: string; from: number }[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + max);
    if (to < text.length) {
      const block = text.lastIndexOf('\n\n', to);
      const sentence = text.lastIndexOf('. ', to);
      to = block > from ? block : sentence > from ? sentence + 1 : to;
    }
    pieces.push({ text: text.slice(from, to), from });
    from = to;
  }
  return pieces;
}

/** A check of a piece, with its claim's offsets into the whole text. */
export function checkInText(check: ClaimCheck, from: number): ClaimCheck {
  return { claim: { ...check.claim, start: check.claim.start + from, end: check.claim.end + from }, reports: check.reports };
}

/** A mention in a piece, with its offsets into the whole text. */
export function mentionInText(mention: PageMention, from: number): PageMention {
  return { ...mention, start: mention.start + from, end: mention.end + from };
}
