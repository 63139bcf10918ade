/**
 * Sentence and paragraph spans of a text. A sentence ends at . ! ? followed by white space and
 * a capital, digit or quote (unless the word before the stop is an abbreviation or an initial),
 * or at a line break; a line break followed by a lower-case word continues a hard-wrapped line.
 */

/** A sentence's span in the text and the paragraph it belongs to. */
export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

// Words that end with a period without ending a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'no', 'nos', 'gen', 'gov', 'sen', 'rep', 'lt', 'col',
  'sgt', 'capt', 'prof', 'mt', 'ft', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'ca', 'adm', 'rev', 'hon', 'pres', 'ave', 'blvd',
  'fig', 'vol', 'pp', 'gov', 'supt', 'cmdr', 'maj', 'brig', 'rt', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
  'a.m', 'p.m', 'messrs', 'mme', 'mlle', 'op', 'cf', 'al',
]);

const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)|\n/g;

/** Sentences of `text`, in order, trimmed of surrounding white space. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e, paragraph });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const at = m.index;
    if (m[0] === '\n') {
      // Look at what follows the line break.
      let k = at + 1;
      let blank = false;
      while (k < text.length && /\s/.test(text[k])) {
        if (text[k] === '\n') blank = true;
        k++;
      }
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
    if (m[0][0] === '.') {
      // The word before the stop: an abbreviation or a single initial does not end a sentence.
      let w = at;
      while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
      const word = text.slice(w, at).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}
