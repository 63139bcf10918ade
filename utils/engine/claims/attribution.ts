/**
 * Attribution: who a sentence credits ("X said", "said X", "X told reporters", "according to
 * X", a headline's trailing ": White House"). Pronoun credits ("he said") are resolved by the
 * caller against earlier sentences. The words are the language's (lang/: `credit`, `speechVerbs`).
 */
import type { CreditWords, LanguageTable } from './lang/types';
import { endsWithAny, withoutEnding, type Token } from './tokens';

/** One credit in a sentence. */
export interface Credit {
  /** The credited source as written, without a leading article. */
  name: string;
  /** Offset of the speech verb (or "according"), for picking the credit nearest a figure. */
  at: number;
  /** A bare pronoun ("he said"): the name comes from an earlier sentence. */
  pronoun: boolean;
  /** A side credit (", as his ministry reported,"): used only when no other credit is found. */
  weak: boolean;
}

const BREAK_PUNCT = new Set([',', ';', ':', '"', '“', '”', '(', ')', '—', '–', '‘', '’', "'", '•', '[', ']']);
const isCapitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

function textOf(sentence: string, base: number, tokens: Token[], from: number, to: number): string {
  return sentence.slice(tokens[from].start - base, tokens[to - 1].end - base);
}

/** The run of capitalised words ending at token `last` (inclusive), glue words allowed inside. */
function capitalisedRunBefore(tokens: Token[], first: number, last: number, nameGlue: Set<string>): [number, number] | null {
  let k = last;
  while (k >= first && !isCapitalised(tokens[k])) k--;
  if (k < first) return null;
  const end = k + 1;
  while (k - 1 >= first && k > last - 8 && (isCapitalised(tokens[k - 1]) || (nameGlue.has(tokens[k - 1].lower) && isCapitalised(tokens[k - 2])))) k--;
  return [k, end];
}

function clean(name: string, words: CreditWords): string {
  const trimmed = name.replace(words.leadingArticles, '').trim().replace(/,$/, '');
  // The time-phrase pattern only runs on the short tail that could hold one.
  const cut = Math.max(0, trimmed.length - 24);
  return (trimmed.slice(0, cut) + trimmed.slice(cut).replace(words.trailingTime, '')).trim();
}

const VERB_SETS = new WeakMap<LanguageTable, Set<string>>();
function verbSet(lang: LanguageTable): Set<string> {
  let set = VERB_SETS.get(lang);
  if (!set) {
    set = new Set(lang.speechVerbs);
    VERB_SETS.set(lang, set);
  }
  return set;
}

/** Words a Korean noun phrase may run back over before its head: bare nouns, no ending of their own. */
const NOUN_PHRASE_WORDS = 6;

/**
 * The noun phrase ending at token `head` (whose ending is one of `endings`), for a language that
 * puts the noun before its particle: the words before it, back to a word with an ending of its
 * own (a genitive aside), punctuation or the sentence's start. Null when nothing is left once the ending is cut.
 */
function nounPhraseBefore(sentence: string, base: number, tokens: Token[], head: number, endings: string[], lang: LanguageTable): string | null {
  // A genitive joins nouns into one phrase ("국방부의 대변인"); and many nouns end as it does ("국가안보회의").
  const particles = (lang.particles ?? []).filter((p) => p !== lang.genitiveParticle);
  let from = head;
  while (from > 0 && head - from < NOUN_PHRASE_WORDS && tokens[from - 1].kind === 'word' && !endsWithAny(tokens[from - 1].text, particles)) from--;
  // Leading time words and dates ("지난달", "13일") are when, not who.
  const times = new Set([...(lang.phraseTimeWords ?? []), ...Object.values(lang.dateMarkers ?? {})]);
  while (from < head && (times.has(tokens[from].text) || tokens[from].kind === 'num')) from++;
  const text = withoutEnding(textOf(sentence, base, tokens, from, head + 1), endings).trim();
  return text || null;
}

/** The credits a sentence gives, in order. `base` is the sentence's offset in the text. */
export function creditsOf(sentence: string, base: number, tokens: Token[], lang: LanguageTable): Credit[] {
  const credits: Credit[] = [];
  const verbs = verbSet(lang);
  const words = lang.credit;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const according = words.accordingTo.length;
    if (words.accordingTo.every((w, i) => tokens[k + i]?.lower === w)) {
      const from = k + according;
      let e = from;
      while (e < tokens.length && e < k + 10 && !BREAK_PUNCT.has(tokens[e].text) && tokens[e].text !== '.' &&
        !words.clauseBreaks.has(tokens[e].lower) && !(e > from && (words.pastParticiple.test(tokens[e].text) || words.passiveAuxiliaries.has(tokens[e].lower)))) e++;
      if (e > from) {
        const name = materialCredit(sentence, base, tokens, from, e, words);
        if (name !== null) credits.push({ name: name || clean(textOf(sentence, base, tokens, from, e), words), at: t.start, pronoun: false, weak: false });
      }
      continue;
    }
    // "국방부에 따르면": the source stands before "according to", with its ending.
    if (lang.accordingToAfter && t.lower === lang.accordingToAfter[1] && k > 0 && endsWithAny(tokens[k - 1].text, [lang.accordingToAfter[0]])) {
      const name = nounPhraseBefore(sentence, base, tokens, k - 1, [lang.accordingToAfter[0]], lang);
      if (name) credits.push({ name, at: t.start, pronoun: false, weak: false });
      continue;
    }
    if (!verbs.has(t.lower) || t.kind !== 'word') continue;
    // "an estimated 5 million", "the reported figure": a participle as an adjective, not a verb.
    if (words.articles.has(tokens[k - 1]?.lower ?? '')) continue;
    // Korean puts the verb last and marks the speaker with a topic particle: "국방부는 ... 밝혔다".
    if (lang.nounBefore) {
      const at = tokens.slice(0, k).findIndex((w) => w.kind === 'word' && endsWithAny(w.text, lang.topicParticles) && w.text.length > 1);
      // The whole noun phrase: "존 커비 백악관 전략소통조정관은" credits the person, not only the role.
      const name = at >= 0 ? nounPhraseBefore(sentence, base, tokens, at, lang.topicParticles ?? [], lang) : null;
      if (name) credits.push({ name, at: tokens[at].start, pronoun: false, weak: false });
      continue;
    }
    // "hundreds more are said to be missing", "have been reported missing": a passive names no source.
    if (isPassive(tokens, k, words)) continue;
    // Walk back over auxiliaries, then collect the subject up to a clause break.
    let s = k - 1;
    while (s >= 0 && words.auxiliaries.has(tokens[s].lower)) s--;
    const subjectEnd = s + 1;
    // Bounded walks keep a long sentence with many verbs linear.
    const limit = Math.max(-1, k - 30);
    while (s > limit && !BREAK_PUNCT.has(tokens[s].text) && !words.clauseBreaks.has(tokens[s].lower) && tokens[s].text !== '.') s--;
    const subjectStart = s + 1;
    const weak = s >= 0 && tokens[s].lower === words.sideCredit;
    if (subjectEnd === subjectStart && s >= 1 && tokens[s].text === ',') {
      // "John Kirby, National Security Council coordinator, disclosed": skip the appositive.
      let c = s - 1;
      while (c >= 0 && c > s - 14 && tokens[c].text !== ',') c--;
      const run = c >= 1 && tokens[c].text === ',' ? capitalisedRunBefore(tokens, Math.max(0, c - 4), c - 1, words.nameGlue) : null;
      if (run && run[1] === c && isPersonLike(textOf(sentence, base, tokens, run[0], run[1]), lang)) {
        credits.push({ name: clean(textOf(sentence, base, tokens, run[0], run[1]), words), at: t.start, pronoun: false, weak });
        continue;
      }
    }
    if (subjectEnd > subjectStart) {
      const first = tokens[subjectStart];
      if (subjectEnd - subjectStart === 1 && words.pronouns.has(first.lower)) {
        credits.push({ name: first.lower, at: t.start, pronoun: true, weak });
        continue;
      }
      let from = subjectStart;
      let to = subjectEnd;
      // An appositive: "John Kirby, National Security Council coordinator, said": credit the name.
      if (s >= 1 && tokens[s].text === ',' && isCapitalised(tokens[s - 1])) {
        const run = capitalisedRunBefore(tokens, Math.max(0, s - 4), s - 1, words.nameGlue);
        const before = run ? tokens[run[0] - 1] : undefined;
        if (run && run[1] - run[0] >= 2 && (!before || before.text === ',')) [from, to] = run;
      }
      if (to - from > 10) {
        const run = capitalisedRunBefore(tokens, from, to - 1, words.nameGlue);
        if (!run) continue;
        [from, to] = run;
      }
      // "US National Security Council spokesperson John Kirby": the name after a role word.
      for (let r = to - 2; r > from; r--) {
        if (words.roleWords.has(tokens[r].text) && isCapitalised(tokens[r + 1]) && to - (r + 1) <= 4 &&
          tokens.slice(r + 1, to).every((w) => isCapitalised(w) || w.text === '-' || words.nameGlue.has(w.lower))) {
          from = r + 1;
          break;
        }
      }
      const name = clean(textOf(sentence, base, tokens, from, to), words);
      // A lower-case generic subject with no capital is still a credit ("the official said").
      if (name && !/^\d/.test(name)) credits.push({ name, at: t.start, pronoun: false, weak });
      continue;
    }
    // Inverted: '..." said Kirby' or ', said Ryan Sweet, head of ...'.
    let a = k + 1;
    while (a < tokens.length && a < k + 6 && (words.timeWords.has(tokens[a].lower) || (words.articles.has(tokens[a].lower) && words.roleWords.has(tokens[a + 1]?.text ?? '')))) a++;
    // A role before the name ("said spokeswoman Ana Ruiz of the Port Authority", "заявил координатор
    // Белого дома Джон Кирби"): the first run of two or more capitalised words that reads as a
    // person's name, else the last run, before the clause ends.
    if (tokens[a] && words.roleWords.has(tokens[a].text)) {
      let chosen: string | null = null;
      for (let e = a + 1; e < tokens.length && e < a + 10 && !BREAK_PUNCT.has(tokens[e].text) && tokens[e].text !== '.'; e++) {
        if (!isCapitalised(tokens[e])) continue;
        let f = e;
        while (f < tokens.length && isCapitalised(tokens[f])) f++;
        chosen = clean(textOf(sentence, base, tokens, e, f), words);
        if (f - e >= 2 && isPersonLike(chosen, lang)) break;
        e = f - 1;
      }
      if (chosen) credits.push({ name: chosen, at: t.start, pronoun: false, weak: false });
      continue;
    }
    if (isCapitalised(tokens[a]) && !words.pronouns.has(tokens[a].lower)) {
      let e = a;
      while (e < tokens.length && e < a + 8 && (isCapitalised(tokens[e]) || (words.nameGlue.has(tokens[e].lower) && isCapitalised(tokens[e + 1])))) e++;
      credits.push({ name: clean(textOf(sentence, base, tokens, a, e), words), at: t.start, pronoun: false, weak: false });
    } else if (tokens[a] && words.pronouns.has(tokens[a].lower)) {
      credits.push({ name: tokens[a].lower, at: t.start, pronoun: true, weak: false });
    }
  }
  // A headline's trailing credit: "N. Korea sent ... to Russia: White House".
  let colon = -1;
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 8; k--) {
    if (tokens[k].text === ':') {
      colon = k;
      break;
    }
  }
  if (colon > 0 && colon < tokens.length - 1 && tokens.length - colon <= 6) {
    const tail = tokens.slice(colon + 1).filter((t) => t.kind !== 'punct' || t.text === '.');
    if (tail.length && tail.every((t) => isCapitalised(t) || t.text === '.' || words.nameGlue.has(t.lower))) {
      credits.push({ name: clean(textOf(sentence, base, tokens, colon + 1, tokens.length).replace(/\.$/, ''), words), at: tokens[colon].start, pronoun: false, weak: false });
    }
  }
  return credits.sort((a, b) => a.at - b.at);
}

/** The speech verb at `k` follows a form of "be", past any adverbs ("was also reported"). */
function isPassive(tokens: Token[], k: number, words: CreditWords): boolean {
  let p = k - 1;
  while (p >= 0 && words.auxiliaries.has(tokens[p].lower) && !words.passiveAuxiliaries.has(tokens[p].lower)) p--;
  return p >= 0 && words.passiveAuxiliaries.has(tokens[p].lower);
}

/**
 * For "according to" + a thing rather than a source: the provider it names ("photos provided by
 * the U.S." → "U.S.", "the White House account" → "White House", "the ministry's figures" →
 * "ministry"), "" when the phrase is not a thing (keep it as the credit), or null when the thing
 * names no provider ("according to the images": no credit).
 */
function materialCredit(sentence: string, base: number, tokens: Token[], from: number, to: number, words: CreditWords): string | null {
  let first = from;
  while (first < to && words.materialOpeners.has(tokens[first].lower)) first++;
  // The thing: the first word of the phrase that names one, after the provider's name if any.
  let head = -1;
  for (let k = first; k < to && head < 0; k++) if (words.material.has(tokens[k].lower)) head = k;
  if (head < 0) return '';
  // "the ministry's figures": the owner is the provider.
  const before = tokens[head - 1];
  const possessive = head - 1 >= first && before && (/['’]s$/i.test(before.text) || before.text === "'" || before.text === '’') ? head - 1 : -1;
  if (possessive < 0) {
    for (let k = first; k < head; k++) if (!isCapitalised(tokens[k]) && !words.nameGlue.has(tokens[k].lower) && tokens[k].text !== '.') return '';
  }
  if (possessive >= first) {
    const owner = textOf(sentence, base, tokens, first, possessive + 1).replace(/['’]s?$/i, '').replace(/['’]$/, '');
    return clean(owner, words) || null;
  }
  // "the White House account", "Pentagon data": capitalised words before the thing.
  if (first < head && isCapitalised(tokens[first])) {
    let last = first;
    while (last + 1 < head && (isCapitalised(tokens[last + 1]) || tokens[last + 1].text === '.' || words.nameGlue.has(tokens[last + 1].lower))) last++;
    return clean(textOf(sentence, base, tokens, first, last + 1), words);
  }
  // "photos provided by the U.S.", "data from the ministry".
  let k = head + 1;
  if (tokens[k] && words.providerParticiples.has(tokens[k].lower)) k++;
  if (!tokens[k] || !words.providerPrepositions.has(tokens[k].lower)) return null;
  const start = k + 1;
  let e = start;
  while (e < tokens.length && e < start + 8) {
    const w = tokens[e];
    // "U.S.": a dot inside an abbreviation continues the name.
    const abbreviationDot = w.text === '.' && !w.space && /^\p{Lu}$/u.test(tokens[e - 1]?.text ?? '');
    if (!abbreviationDot && (BREAK_PUNCT.has(w.text) || w.text === '.' || words.clauseBreaks.has(w.lower) || words.providerStops.has(w.lower))) break;
    e++;
  }
  if (e === start) return null;
  const name = clean(textOf(sentence, base, tokens, start, e), words);
  return name || null;
}

/** Whether a credit looks like a named person ("John Kirby", "Kirby"), for resolving "he said". */
export function isPersonLike(name: string, lang: LanguageTable): boolean {
  return /^\p{Lu}/u.test(name) && !lang.credit.institution.test(name) && name.split(/\s+/).length <= 4;
}

/**
 * The named person a sentence opens with ("Kirby also voiced concerns ..."), for resolving a
 * later "he said"; null when the sentence does not open with a person-like name.
 */
export function openingName(sentence: string, base: number, tokens: Token[], lang: LanguageTable): string | null {
  let k = 0;
  while (k < tokens.length && tokens[k].kind === 'punct') k++;
  if (!isCapitalised(tokens[k]) || lang.credit.notNames.has(tokens[k].lower)) return null;
  let e = k;
  while (e < tokens.length && e < k + 4 && (isCapitalised(tokens[e]) || (tokens[e].text === '-' && !tokens[e].space))) e++;
  const next = tokens[e];
  if (!next || next.kind !== 'word' || isCapitalised(next)) return null;
  const name = textOf(sentence, base, tokens, k, e);
  return isPersonLike(name, lang) ? name : null;
}
