/**
 * Figures read in full that still are no quantity: a bare year ("in 2016", "the 1988 film"),
 * a far-future year ("by 2120"), a labelled code ("Ref: 41567"), a house number ("49 Zorro
 * Ranch Road").
 */
import { isCapitalised, skipTo, type Reading } from '../draft';
import type { LanguageTable } from '../lang/types';
import type { NumberCore } from '../numbers';
import type { Token } from '../tokens';
import type { Figure } from './state';

export function isYearLike(core: NumberCore, tokens: Token[]): boolean {
  const t = tokens[core.start];
  return core.kind === 'digits' && core.scale === 1 && /^\d{4}$/.test(t.text) && +t.text >= 1000 && +t.text <= 2100;
}

/** A bare four-digit year is not a quantity ("in 2016", "the 1988 film"); nor "by 2120", a far-future year. */
export const notAYear = (f: Figure): Reading | null => {
  const { tokens, core, unit, measure, hedge, qualifier } = f;
  const { of, amountNouns, yearPrepositions, futureYearPrepositions } = f.lang.figure;
  if (isYearLike(core, tokens) && !unit && !hedge && qualifier === 'exact') {
    const before = tokens[core.start - 1];
    // ("an average of 1500", "a total of 2000": an amount, not a year.)
    const amountOf = before?.lower === of && amountNouns.has(tokens[core.start - 2]?.lower ?? '');
    if (!amountOf && (!measure || !f.pluralNoun || (before && yearPrepositions.has(before.lower)) || isCapitalised(tokens[core.end]))) return skipTo(core.end);
  }
  if (core.kind === 'digits' && core.scale === 1 && /^2[12]\d\d$/.test(tokens[core.start].text) && !unit && !measure && !hedge && qualifier === 'exact' &&
    futureYearPrepositions.has(tokens[core.start - 1]?.lower ?? '')) return skipTo(core.end);
  return null;
};

const CODE_PATTERNS = new Map<LanguageTable, { label: RegExp; labelOrAcronym: RegExp }>();

/** The language's code labels as patterns, any case: "ID", "#" before a code, or an acronym before a colon ("PIN: 1234"). */
function codePatterns(lang: LanguageTable): { label: RegExp; labelOrAcronym: RegExp } {
  let patterns = CODE_PATTERNS.get(lang);
  if (!patterns) {
    const labels = lang.figure.codeLabels.join('|');
    patterns = { label: new RegExp(`^(?:${labels}|#)$`, 'i'), labelOrAcronym: new RegExp(`^(?:${labels}|[A-Z]{2,})$`, 'i') };
    CODE_PATTERNS.set(lang, patterns);
  }
  return patterns;
}

/** "Campaign ID: 285217", "Ref: 41567": a labelled bare integer is a code, not a figure. */
export const notACode = (f: Figure): Reading | null => {
  const { tokens, core } = f;
  if (!f.unit && !f.measure && !f.hedge && f.qualifier === 'exact' && core.kind === 'digits' && /^\d{4,}$/.test(tokens[core.start].text)) {
    const p1 = tokens[core.start - 1];
    const p2 = tokens[core.start - 2];
    const { label, labelOrAcronym } = codePatterns(f.lang);
    if (p1 && (label.test(p1.text) || (p1.text === ':' && p2 && labelOrAcronym.test(p2.text) && isCapitalised(p2)))) {
      return skipTo(core.end);
    }
  }
  return null;
};

/**
 * "49 Zorro Ranch Road", "the 90049 ZIP Code": a bare number before a name is an address or
 * label; "16-18 Industrial Avenue": a range of house numbers too.
 */
export const notAnAddress = (f: Figure): Reading | null => {
  const { tokens, qualifier } = f;
  const afterFigure = qualifier === 'range' ? f.rangeEnd : f.core.end;
  if (!f.unit && !f.measure && !f.hedge && (qualifier === 'exact' || qualifier === 'range') && isCapitalised(tokens[afterFigure])) {
    // ("9 E 71st St": an ordinal's glued letters continue the address.)
    for (let k = afterFigure; k < afterFigure + 5 && k < tokens.length && (isCapitalised(tokens[k]) || tokens[k].kind === 'num' ||
      (tokens[k - 1]?.kind === 'num' && !tokens[k].space && f.lang.figure.ordinalSuffixes.has(tokens[k].lower))); k++) {
      if (f.lang.figure.streetWords.has(tokens[k].lower)) return skipTo(k + 1);
    }
  }
  return null;
};
