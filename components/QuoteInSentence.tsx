import { nestedQuotes as nested, quoteInContext } from '../utils/model/format';

/** A report's figure inside its sentence, the figure marked, cut to a readable window: the note, the side panel and search all show quotes so. Text nodes only. */
export function QuoteInSentence({ sentence, quote, window }: { sentence: string; quote: string; window?: number }) {
  const [before, figure, after] = quoteInContext(sentence || quote, quote, window);
  return (
    <p class="quote">
      “{nested(before)}
      <mark>{nested(figure)}</mark>
      {nested(after)}”
    </p>
  );
}
