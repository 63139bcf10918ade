/** Figures cut by the sentence splitter's last resort. */
import type { Draft } from '../draft';
import type { SentenceSpan } from '../sentences';
import type { Token } from '../tokens';

/**
 * A piece of an over-long run that had no white space to cut at (see MAX_SENTENCE_CHARS) may
 * start or end inside a number: a figure touching such a cut is a fragment ("000,000"), not a figure.
 */
export function dropCutFragments(drafts: Draft[], tokens: Token[], text: string, span: SentenceSpan): void {
  const cutBefore = span.start > 0 && !/\s/.test(text[span.start - 1]);
  const cutAfter = span.end < text.length && !/\s/.test(text[span.end]);
  if (!cutBefore && !cutAfter) return;
  for (let n = drafts.length - 1; n >= 0; n--) {
    if ((cutBefore && tokens[drafts[n].startTok].start === span.start) || (cutAfter && tokens[drafts[n].endTok - 1].end === span.end)) drafts.splice(n, 1);
  }
}
