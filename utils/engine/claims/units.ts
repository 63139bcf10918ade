/**
 * Units: measurement units and currencies (normalised to a canonical singular name, with
 * conversions into the canonical unit), and counted nouns (lemmatised: "containers" → "container").
 * The words are in lang/units.ts (the unit table, every language) and lang/en-plurals.ts.
 */
import { englishSingular, SYNONYMS } from './lang/en-plurals';
import { ATTACHED_ONLY, CASE_SENSITIVE, CURRENCY_PREFIXES, CURRENCY_WORDS, MEASURES, PERCENTS, SPACED_AT_A_BREAK, TIMES, UNIT_CLOSERS, type Row } from './lang/units';
import { phraseTokens, type Token } from './tokens';

/** A measurement unit or currency as the text may write it. */
export interface UnitDef {
  /** Canonical unit name after conversion ("kilometre"). */
  canonical: string;
  /** Multiply a figure in this unit by `factor` to get the canonical unit (miles → km). */
  factor: number;
  /** The unit as written, when a conversion happened ("mile"). */
  written: string;
  kind: 'measure' | 'currency' | 'percent' | 'time';
  /** Only counts when glued to the digits ("5g", "3l"): too ambiguous after a space. */
  attachedOnly: boolean;
}

interface Entry {
  tokens: string[];
  def: UnitDef;
  /** An attached-only form that a break may close after a space ("(878 ha)"). */
  spacedAtABreak: boolean;
}

// A surface of plain ASCII words: its tokens are its words, lower-cased (what phraseTokens gives, without the scanner).
const PLAIN_WORDS = /^[a-z]+(?: [a-z]+)*$/i;
const longestFirst = (a: Entry, b: Entry): number => b.tokens.length - a.tokens.length;

// Built at module load, so kept cheap: most surfaces
// skip the tokenizer, and each list is sorted once (a stable sort: ties keep table order).
function buildIndex(rows: Row[], kind: UnitDef['kind']): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const [surfaces, canonical, factor = 1, written] of rows) {
    for (const surface of surfaces.split('|')) {
      const tokens = PLAIN_WORDS.test(surface) ? surface.toLowerCase().split(' ') : phraseTokens(surface);
      const def: UnitDef = {
        canonical,
        factor,
        written: written ?? canonical,
        kind,
        attachedOnly: ATTACHED_ONLY.has(surface),
      };
      const list = index.get(tokens[0]);
      const entry = { tokens, def, spacedAtABreak: SPACED_AT_A_BREAK.has(surface) };
      if (list) list.push(entry);
      else index.set(tokens[0], [entry]);
    }
  }
  for (const list of index.values()) list.sort(longestFirst);
  return index;
}

const unitsAfter = buildIndex(MEASURES, 'measure');
for (const [k, v] of buildIndex(PERCENTS, 'percent')) unitsAfter.set(k, [...(unitsAfter.get(k) ?? []), ...v].sort(longestFirst));
for (const [k, v] of buildIndex(TIMES, 'time')) unitsAfter.set(k, [...(unitsAfter.get(k) ?? []), ...v].sort(longestFirst));
for (const [k, v] of buildIndex(CURRENCY_WORDS, 'currency')) unitsAfter.set(k, [...(unitsAfter.get(k) ?? []), ...v].sort(longestFirst));
const currencyBefore = buildIndex(CURRENCY_PREFIXES, 'currency');

/** A unit found in a token list: its definition and the index just past it. */
export interface UnitMatch {
  def: UnitDef;
  end: number;
}

function matchAt(index: Map<string, Entry[]>, tokens: Token[], i: number): UnitMatch | null {
  const first = tokens[i];
  if (!first) return null;
  const list = index.get(first.lower);
  if (!list) return null;
  for (const entry of list) {
    if (i + entry.tokens.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < entry.tokens.length; k++) {
      const t = tokens[i + k];
      // Multi-token units must be contiguous words: "per cent" may have a space, "km/h" may not.
      if (t.lower !== entry.tokens[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const end = i + entry.tokens.length;
    if (entry.def.attachedOnly && first.space && !(entry.spacedAtABreak && closed(tokens[end]))) continue;
    return { def: entry.def, end };
  }
  return null;
}

// The marks that close a unit written after a space: "(878 ha)", "878 ha, or", "878 ha." (not "-", "/", "(").
const CLOSING_MARKS = new Set([',', '.', ';', ':', ')', ']', '!', '?', '—', '–']);

/** The token after a spaced short unit closes it: the end, a closing mark, or "of" ("878 ha of forest"). */
function closed(next: Token | undefined): boolean {
  return !next || CLOSING_MARKS.has(next.text) || UNIT_CLOSERS.has(next.lower);
}


/** The measurement unit, percent sign, time unit or currency word starting at token `i`. */
export function unitAfter(tokens: Token[], i: number): UnitMatch | null {
  const t = tokens[i];
  const exact = t && CASE_SENSITIVE.get(t.text);
  if (exact && !(exact.attachedOnly && t.space)) return { def: exact, end: i + 1 };
  return matchAt(unitsAfter, tokens, i);
}

/** A currency symbol or code ending just before token `i`, scanning back at most 3 tokens. */
export function currencyBeforeIndex(tokens: Token[], i: number): { def: UnitDef; start: number } | null {
  for (let len = 3; len >= 1; len--) {
    const s = i - len;
    if (s < 0) continue;
    const m = matchAt(currencyBefore, tokens, s);
    // "US $58" and "HK $5" may be spaced; "a $3500" is an article, not an Australian dollar.
    const spacedLowerCase = len > 1 && tokens[s + 1].space && tokens[s].text !== tokens[s].text.toUpperCase();
    if (m && m.end === i && !spacedLowerCase && !(tokens[s].kind === 'word' && tokens[s].lower.length > 3 && !tokens[i].space)) {
      return { def: m.def, start: s };
    }
  }
  return null;
}

/** The singular of one English word ("containers" → "container", "countries" → "country"). */
export const singular = englishSingular;

/**
 * The canonical singular unit for a word or phrase as written: a known unit by its canonical
 * name ("km" → "kilometre", "%" → "percent", "$" → "dollar"), otherwise the phrase lower-cased
 * with its last word singular ("artillery shells" → "artillery shell").
 */
export function canonicalUnit(word: string): string {
  const trimmed = word.trim();
  if (!trimmed) return '';
  const tokens = phraseTokens(trimmed);
  const asTokens: Token[] = tokens.map((t, k) => ({ text: t, lower: t, start: k, end: k + 1, kind: 'word', space: k === 0 || /^\w/.test(t) }));
  const unit = unitAfter(asTokens, 0);
  if (unit && unit.end === tokens.length) return unit.def.written === unit.def.canonical ? unit.def.canonical : unit.def.canonical;
  const currency = matchAt(currencyBefore, asTokens, 0);
  if (currency && currency.end === tokens.length) return currency.def.canonical;
  const words = trimmed.toLowerCase().split(/\s+/);
  words[words.length - 1] = words[words.length - 1]
    .split('-')
    .map((part, k, all) => (k === all.length - 1 ? singular(part) : part))
    .join('-');
  const phrase = words.join(' ');
  return SYNONYMS.get(phrase) ?? phrase;
}
