/**
 * A small tokenizer for the claims engine: digit runs (with their separators), words and single
 * punctuation marks, each with its offsets. Linear time: every alternative consumes input and
 * no quantifier is nested over an overlapping one.
 */

/** One token of a sentence. */
export interface Token {
  text: string;
  /** Lower-case text, for table look-ups. */
  lower: string;
  start: number;
  end: number;
  kind: 'num' | 'word' | 'punct';
  /** Whether whitespace separates this token from the previous one. */
  space: boolean;
}

// A leading-dot decimal (".500", ".001 per cent") counts as a number when nothing precedes the dot.
const TOKEN = /(\d+(?:[.,]\d+)*|(?<![\p{L}\p{N}.])\.\d+)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?)|(\S)/gu;

/** Tokens of `text`, with offsets shifted by `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let previousEnd = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const kind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct';
    tokens.push({
      text: m[0],
      lower: m[0].toLowerCase(),
      start: start + base,
      end: start + m[0].length + base,
      kind,
      space: start > previousEnd || tokens.length === 0,
    });
    previousEnd = start + m[0].length;
  }
  return tokens;
}

/** Tokens of a fixed phrase, lower-cased, for table matching. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}
