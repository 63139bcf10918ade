/**
 * What a figure without a unit counts: a time unit after one adjective ("three consecutive
 * years"), a unit after "of" ("hundreds of miles"), a counted noun ("1,000 containers"), a
 * part of a group ("three of whom"), a share ("a third of those screened"), a noun after a
 * size ("eight million 250ml bottles"), people ("the 12 who died").
 */
import { isHyphen } from '../draft';
import { numberAt } from '../numbers';
import { unitAfter } from '../units';
import { nounAt, partitiveAt } from './noun';
import { rateAt } from './rate';
import { isYearLike } from './not-a-quantity';
import type { Figure } from './state';

/** "three consecutive years", "the 50 previous years": one adjective before a time unit. */
export const readAdjectiveTime = (f: Figure): null => {
  const { tokens, core, lang, j } = f;
  if (f.unit || f.nounBefore || (core.kind !== 'digits' && core.kind !== 'words')) return null;
  const adj = tokens[j];
  const u = adj?.kind === 'word' && adj.space && /^\p{Ll}+$/u.test(adj.text) && !lang.figure.nounStop.has(adj.lower) && !lang.directionWords[adj.lower]
    ? unitAfter(tokens, j + 1) : null;
  if (u && u.def.kind === 'time' && !u.def.canonical.includes('age') && !u.def.attachedOnly) {
    f.unit = u.def;
    f.unitName = u.def.canonical;
    f.j = u.end;
  }
  return null;
};

/** The counted noun, or the noun the counter before the number named. */
export const readCountedNoun = (f: Figure): null => {
  const { tokens, core, lang, text, fractional } = f;
  f.measure = null;
  f.end = f.j;
  f.pluralNoun = false;
  if (f.nounBefore) {
    f.unitName = f.nounBefore.unit;
    f.measure = f.nounBefore.measure || null;
    f.pluralNoun = true;
    return null;
  }
  if (f.unit) return null;
  const { of, ofDeterminers, shareDeterminers } = lang.figure;
  const j = f.j;
  let k = j;
  let hyphenated = false;
  if (isGluedWord(f, k)) {
    k++;
    hyphenated = true;
  }
  if (tokens[k]?.lower === of && (core.kind === 'magnitude' || fractional || core.scale > 1)) {
    k++;
    // "35m of its Echo devices", "thousands of the tests".
    if (!fractional && ofDeterminers.has(tokens[k]?.lower ?? '')) k++;
    // "hundreds of miles", "millions of dollars": a unit after "of".
    const u = !fractional ? unitAfter(tokens, k) : null;
    if (u && !u.def.attachedOnly) {
      f.unit = u.def;
      f.unitName = u.def.canonical;
      f.j = f.end = u.end;
    }
  }
  if (fractional && tokens[k]?.kind === 'word' && shareDeterminers.has(tokens[k].lower) && tokens[f.j]?.lower === of) k++;
  // "three of whom", "two of the victims": a part of a group counts its members.
  const part = !f.unit && !fractional && core.kind !== 'magnitude' && core.scale === 1 && k === f.j ? partitiveAt(tokens, f.j, text, lang) : null;
  let noun = f.unit ? null : part ?? nounAt(tokens, k, text, f.value, lang, 0, hyphenated);
  // "Hundreds remain missing", "tens of thousands lack water": a vague amount names a plural
  // noun ("hundreds more people") or one after "of"; a singular word after it is its verb.
  if (noun && core.kind === 'magnitude' && !noun.plural && k === f.j) noun = null;
  if (noun) {
    f.unitName = noun.unit;
    f.measure = noun.measure || null;
    f.end = noun.headEnd;
    f.pluralNoun = noun.plural;
    // "78,000 times a minute", "19 tests per day".
    const per = rateAt(tokens, noun.headEnd, lang);
    if (per) {
      f.unitName += ' per ' + per.name;
      f.end = per.end;
    }
  }
  return null;
};

/** "four-cylinder": a word glued to the number by a hyphen. */
function isGluedWord(f: Figure, k: number): boolean {
  const { tokens } = f;
  return isHyphen(tokens[k]) && !tokens[k].space && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].space;
}

/** A fraction without a unit is a share, of what follows "of" ("a third of those screened"). */
export const readShare = (f: Figure): null => {
  const { tokens, text, j } = f;
  if (!f.fractional || f.unit) return null;
  const { of, nounStop } = f.lang.figure;
  f.unitName = 'fraction';
  if (!f.measure && tokens[j]?.lower === of) {
    const e = Math.min(tokens.length, j + 4);
    let last = j + 1;
    for (let k = j + 1; k < e && tokens[k].kind === 'word' && (k === j + 1 || !nounStop.has(tokens[k].lower)); k++) last = k + 1;
    if (last > j + 1) f.measure = text.slice(tokens[j + 1].start, tokens[last - 1].end);
  }
  return null;
};

/** "eight million 250ml bottles": the size comes between the count and what is counted (the size stays a figure of its own). */
export const readSizedNoun = (f: Figure): null => {
  const { tokens, text, lang, end } = f;
  if (f.unit || f.measure || f.nounBefore || tokens[end]?.kind !== 'num' || !tokens[end].space) return null;
  const size = numberAt(tokens, end, lang);
  const sizeUnit = size && size.kind === 'digits' ? unitAfter(tokens, size.end) : null;
  if (sizeUnit && sizeUnit.def.kind === 'measure' && !tokens[size!.end].space) {
    const noun = nounAt(tokens, sizeUnit.end, text, f.value, lang);
    if (noun?.plural) {
      f.unitName = noun.unit;
      f.measure = text.slice(tokens[end].start, tokens[noun.headEnd - 1].end);
    }
  }
  return null;
};

/** "95,800 who have been unemployed", "the 12 who died": a bare count of people. */
export const readPeople = (f: Figure): null => {
  const { tokens, core } = f;
  f.people = f.unitName === 'person' && !f.measure && !f.unit;
  if (!f.unit && !f.measure && !f.nounBefore && f.value > 1 && (core.kind === 'digits' || core.kind === 'words') && tokens[f.end]?.lower === f.lang.figure.peopleRelative && !isYearLike(core, tokens)) {
    f.unitName = 'person';
    f.people = true;
  }
  return null;
};
