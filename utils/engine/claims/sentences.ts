/**
 * Sentence and paragraph spans of a text. A sentence ends at . ! ? followed by white space and
 * a capital, digit or quote (unless the word before the stop is an abbreviation or an initial),
 * or at a line break; a line break followed by a lower-case word continues a hard-wrapped line.
 * The abbreviations are the language's (lang/: `abbreviations`).
 */
import { english } from './lang/en';
import type { LanguageTable } from './lang/types';

/** A sentence's span in the text and the paragraph it belongs to. */
export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

// Longer than this, a word before a stop is no abbreviation or initials ("U.S.A", "J.R.R.R.R").
const MAX_ABBREVIATION_CHARS = 20;

const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)|\n/g;

/**
 * The longest span read as one sentence. A longer "sentence" (a run-on list of figures, a text
 * without stops) is read in pieces of at most this many characters, cut at white space, so the
 * work and memory per sentence stay bounded whatever the input.
 */
export const MAX_SENTENCE_CHARS = 10_000;

/** The span `start`..`end` as sentences of at most MAX_SENTENCE_CHARS, cut at white space where there is some. */
function pushPieces(text: string, start: number, end: number, paragraph: number, spans: SentenceSpan[]): void {
  let s = start;
  while (end - s > MAX_SENTENCE_CHARS) {
    let cut = s + MAX_SENTENCE_CHARS;
    // Back to white space, looking at most a tenth of the piece back; else a hard cut.
    const floor = cut - MAX_SENTENCE_CHARS / 10;
    let k = cut;
    while (k > floor && !/\s/.test(text[k])) k--;
    if (k > floor) cut = k;
    spans.push({ start: s, end: cut, paragraph });
    s = cut;
    while (s < end && /\s/.test(text[s])) s++;
  }
  if (end > s) spans.push({ start: s, end, paragraph });
}

/** Sentences of `text`, in order, trimmed of surrounding white space; none longer than MAX_SENTENCE_CHARS. */
export function splitSentences(text: string, lang: LanguageTable = english): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    pushPieces(text, s, e, paragraph, spans);
  };
  // The white space after the last line break looked at ends at runEnd; its last line break.
  let runEnd = -1;
  let lastBreakInRun = -1;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const at = m.index;
    if (!m[0]) {
      BOUNDARY.lastIndex++; // (BOUNDARY never matches empty; a loop must not hang if it ever did)
      continue;
    }
    if (m[0] === '\n') {
      // Look at what follows the line break: the white space after it, scanned once per run
      // (a run of a million line breaks would otherwise be scanned a million times).
      if (at + 1 > runEnd) {
        runEnd = at + 1;
        while (runEnd < text.length && /\s/.test(text[runEnd])) {
          if (text[runEnd] === '\n') lastBreakInRun = runEnd;
          runEnd++;
        }
      }
      const k = runEnd;
      const blank = lastBreakInRun > at;
      const next = text[k];
      const prev = text.slice(Math.max(start, at - 1), at).trim();
      const continues = !blank && next !== undefined && /[a-z]/.test(next) && prev !== '' && !/[.!?:"”]$/.test(prev);
      if (continues) continue;
      push(at);
      start = at + 1;
      // Every line that ends a sentence starts a new paragraph (news copy puts one per line).
      paragraph++;
      continue;
    }
    const end = at + m[0].length;
    // The next visible character decides: a capital, digit or quote starts a new sentence.
    let k = end;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    const next = text[k];
    if (next === undefined || next === '\n' || next === '\r') {
      push(end);
      start = end;
      continue;
    }
    if (!/[\p{Lu}\d"“‘'(\[•▲]/u.test(next)) continue;
    // "am 8. August": a day written as an ordinal before its month, where the language writes it so.
    if (m[0][0] === '.' && lang.dayMonthJoiners?.includes('.') && /(?<!\d)\d{1,2}$/.test(text.slice(Math.max(0, at - 3), at))) {
      const month = /^\p{L}+/u.exec(text.slice(k))?.[0].toLowerCase();
      if (month && lang.months[month] !== undefined) continue;
    }
    if (m[0][0] === '.') {
      // The word before the stop: an abbreviation or a single initial does not end a sentence.
      // (Looked at no further back than an abbreviation or a run of initials can be.)
      let w = at;
      while (w > 0 && at - w <= MAX_ABBREVIATION_CHARS && /[\p{L}.]/u.test(text[w - 1])) w--;
      const word = text.slice(w, at).toLowerCase();
      if (at - w <= MAX_ABBREVIATION_CHARS && (lang.abbreviations.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))) continue;
    }
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}

/**
 * The most of its sentence a claim carries. A run-on sentence of thousands of figures would
 * otherwise be repeated whole in every claim, and the output would grow with the square of the
 * input; 600 characters show a figure in its context (a note shows less).
 */
export const MAX_CLAIM_SENTENCE_CHARS = 600;
const ELLIPSIS = '…';

/**
 * The sentence `span` as a claim quoting `start`..`end` carries it: whole when it is at most
 * MAX_CLAIM_SENTENCE_CHARS long, else a window of about that many characters around the quote,
 * cut at white space, with an ellipsis on each side that was cut. Always contains the quote.
 */
export function sentenceAround(text: string, span: SentenceSpan, start: number, end: number): string {
  if (span.end - span.start <= MAX_CLAIM_SENTENCE_CHARS) return text.slice(span.start, span.end);
  const room = Math.max(0, MAX_CLAIM_SENTENCE_CHARS - (end - start));
  // Half the room on each side; what one side cannot use goes to the other.
  const before = Math.min(start - span.start, Math.max(Math.ceil(room / 2), room - (span.end - end)));
  const after = Math.min(span.end - end, room - before);
  let from = start - before;
  let to = end + after;
  if (from > span.start) {
    // Start after the first white space in the window, so no word is cut in half.
    let k = from;
    while (k < start && !/\s/.test(text[k - 1])) k++;
    from = k;
  }
  if (to < span.end) {
    let k = to;
    while (k > end && !/\s/.test(text[k])) k--;
    to = k;
  }
  const inner = text.slice(from, to).trim();
  return `${from > span.start ? ELLIPSIS : ''}${inner}${to < span.end ? ELLIPSIS : ''}`;
}
