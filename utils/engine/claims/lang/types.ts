/**
 * The per-language tables the claims engine reads. Each language fills one `LanguageTable`;
 * the engine itself holds no words, so adding a language means adding a table.
 */
import type { Direction, Qualifier } from '../types';

/** A hedge phrase ("more than") and the qualifier it sets. */
export interface HedgeEntry {
  words: string[];
  qualifier: Qualifier;
  /** Bounds as factors of the value: [low factor, high factor]. */
  bounds: [number, number];
}

/** Everything language-specific the engine needs. Words are lower case. */
export interface LanguageTable {
  /** Cardinal number words: "one" → 1, "twenty" → 20. */
  smallNumbers: Record<string, number>;
  /** Multipliers after a number: "hundred", "thousand", "million" (word forms). */
  scaleWords: Record<string, number>;
  /** Multipliers attached to digits or abbreviated: "m", "bn", "k". */
  scaleSuffixes: Record<string, number>;
  /** Plural scale words that form orders of magnitude: "hundreds", "thousands", "dozens". */
  magnitudeWords: Record<string, number>;
  /** Words for a group of a fixed size that "several" or "a few" may count: "dozen" → 12. */
  groupWords?: Record<string, number>;
  /** Fractions written as words: "third" → 1/3 (needs an article or a count before it). */
  fractionWords: Record<string, number>;
  /** Words that stand for 1 before a scale word: "a", "an". */
  articleOne: string[];
  /** Hedges written before the figure, longest first. */
  hedgesBefore: HedgeEntry[];
  /** Hedges written after the figure ("or more", "plus"), longest first. */
  hedgesAfter: HedgeEntry[];
  /** Words that mark a change of the figure that follows: "rose", "fell by". */
  directionWords: Record<string, Exclude<Direction, null>>;
  /** Speech verbs for attribution ("said", "told"). */
  speechVerbs: string[];
  /** Glued to a number word, a multiple: "fold" in "sixfold", "tenfold". */
  multipleSuffix?: string;
  /** Month names and abbreviations → month number 1..12. */
  months: Record<string, number>;
  /** "1,5" is one and a half (Russian, most of Europe). */
  decimalComma?: boolean;
  /** Month names are written lower case (Russian "7 сентября"). */
  lowerCaseMonths?: boolean;
  /** Words that end a counted-noun phrase; English's list when absent. */
  nounStop?: Set<string>;
  /** Dictionary form of an inflected noun ("контейнеров" → "контейнер"); English plurals when absent. */
  lemmatise?: (word: string) => string;
  /** Counted nouns in their canonical (English) unit, so a figure is the same in any language. */
  lexicon?: Record<string, string>;
  /** The counted noun stands before the number ("컨테이너 1천여 개"). */
  nounBefore?: boolean;
  /** Scales glued to digits as the first letter of a word ("1천" = 1,000, "3만" = 30,000). */
  attachedScales?: Record<string, number>;
  /** Hedges glued after the number or its scale ("1천여": more than 1,000). */
  hedgeSuffixes?: Record<string, HedgeEntry>;
  /** Counter words after a number that name no unit of their own ("개" items). */
  counters?: Record<string, string>;
  /** Grammatical endings to strip from a noun before the number ("컨테이너를" → "컨테이너"). */
  particles?: string[];
  /** Endings that mark a noun as the topic: with a speech verb, who speaks ("국방부는 ... 밝혔다"). */
  topicParticles?: string[];
  /** "according to" after its source and the source's ending ("국방부에 따르면"): [ending, word]. */
  accordingToAfter?: [string, string];
  /** Endings that mark a noun as the subject; like a topic, such a noun before a number is not what it counts. */
  subjectParticles?: string[];
  /** Endings that mark a noun as a place or a recipient ("러시아에", "러시아로"): before a number, where it went, not what it counts. */
  placeParticles?: string[];
  /** Time words that may open a noun phrase and are no part of a source's name ("지난달 국방부는"). */
  phraseTimeWords?: string[];
  /** The genitive ending of a counter that puts the counted noun after it ("7천 개의 컨테이너"). */
  genitiveParticle?: string;
  /** Nouns that name things by number ("Resolution 1874", "Flight 17", "Route 66"): the number is a label. */
  labelWords?: string[];
  /** Words before a month named alone that make it a date ("in August", "since July", "late August"). */
  monthCues?: string[];
  /** Words before a year named alone that make it a date ("in 2018", "since 2022", "a 2018 fire"). */
  yearCues?: string[];
  /** Before a month or year, or glued by a hyphen: "mid-August", "late August", "early 2024". */
  periodPrefixes?: Record<string, 'early' | 'mid' | 'late'>;
  /** "last September": the month's most recent occurrence before the report. */
  previousWords?: string[];
  /** "next March": the month's first occurrence after the report. */
  nextWords?: string[];
  /** After a month: "September of last year", "September last year" (words in order, "of" optional). */
  lastYear?: string[];
  /** Lengths of time named by one noun after "a"/"one"/"the past": "a century" is 100 years. */
  periodWords?: Record<string, { value: number; unit: string }>;
  /** Words between "the" and a period word: "the past century", "the last decade". */
  periodOpeners?: string[];
  /** After "three of": words that make it a part of a counted group ("three of whom", "two of the victims"). */
  partitiveWords?: string[];
  /** A partitive word that stands for people ("of whom"). */
  partitivePeople?: string[];
  /** Glued to a year ending in 0, a decade ("1990s"). */
  decadeSuffix?: string;
  /** Words before a day's ordinal that make it a day of the report's month ("on the 13th"). */
  ordinalDayCue?: string[];
  /** Nouns that name a count written after them ("the death toll at six", "the tally rose to seven"). */
  tallyNouns?: string[];
  /** Dates written with a marker after each part ("2023년 9월 13일"); `from` glued after a day opens a range ("7일부터 9일까지"). */
  dateMarkers?: { year: string; month: string; day: string; from: string };
  /** Words that open a range of dates: "between" (closed by `andWord`) and "from". */
  rangeOpeners?: Record<string, 'between' | 'from'>;
  /** Words that join the two ends of a range of dates besides a dash: "to", "through", "until". */
  rangeJoiners?: string[];
  /** Of the year cues, those that make a four-digit number a year whatever follows ("in 2018 officials said"). */
  strongYearCues?: string[];
  /** Words between a day and its month, and a month and its year ("8 de agosto de 2023"; German "8. August"). */
  dayMonthJoiners?: string[];
  /** "and" joining two days of a month ("7 and 8 September"). */
  andWord?: string;
  /** How often, after a count ("31 times"): a count even right after a name. */
  frequencyWords?: string[];
  /** Words that end with a period without ending a sentence ("mr", "u.s", "approx"). */
  abbreviations: Set<string>;
  /** The words the figure readers (../readers/) and refiners (../refiners/) look for. */
  figure: FigureWords;
  /** The words attribution (../attribution.ts) looks for. */
  credit: CreditWords;
}

/**
 * The table with every word list copied into an object without a prototype. The engine looks
 * words of the page up in these lists (`scaleWords[token]`), and on a plain object "constructor"
 * or "__proto__" would find Object's own members instead of nothing. Every language's table is
 * built through this.
 */
export function withoutPrototypes(table: LanguageTable): LanguageTable {
  const out = { ...table } as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(table)) {
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      out[field] = Object.assign(Object.create(null) as object, value);
    }
  }
  return out as unknown as LanguageTable;
}

/**
 * The words that tell the figure readers where a figure starts and ends and what it counts,
 * grouped by the reader that asks (readers/*.ts). Lower case. Sets: every lookup is a word of
 * the page.
 */
export interface FigureWords {
  // Counted nouns (readers/noun.ts, readers/counted.ts).
  /** Words that end a counted-noun phrase after a figure ("the", "of", "said"), and verbs that are never what is counted ("12 remain missing"). */
  nounStop: Set<string>;
  /** Nouns whose plural is the singular: "36,000 staff", "40 aircraft". */
  invariantCounts: Set<string>;
  /** Modifiers that do not change what is counted ("eight more picks" counts picks). */
  modifierDrop: Set<string>;
  /** Of those, the ones that may open the noun phrase though they end one elsewhere ("eight more picks"). */
  modifierOpeners: Set<string>;
  /** Participles without a regular ending that modify a counted noun ("newly built homes"). */
  irregularParticiples: Set<string>;
  /** A participle by its ending ("shipping containers", "armored vehicles"). */
  participle: RegExp;
  /** An adverb by its ending ("newly built"). */
  adverb: RegExp;
  /** Endings of a verb-like word after the counted noun ("one proposal asks", "20 people killed"). */
  verbLike: RegExp;
  /** The same, for the word after a first modifier. */
  verbLikeSecond: RegExp;
  /** Nouns that count something else: "rounds of artillery shells" counts shells. */
  classifiers: Set<string>;
  /** The word that joins a counted noun to what it is made of or part of ("containers of ..."). */
  of: string;
  /** Words between a noun and "of" that keep the of-phrase its measure ("a truck full of", "$5m worth of"). */
  ofAfterNoun: Set<string>;
  /** Words that join two nouns of an of-phrase ("equipment and munitions"). */
  nounJoiners: Set<string>;
  /** Determiners allowed as the first word of an of-phrase ("containers of the army's equipment"). */
  ofPhraseDeterminers: Set<string>;
  /** Determiners after "of" in "35m of its Echo devices", "thousands of the tests". */
  ofDeterminers: Set<string>;
  /** Determiners after "of" in a share: "a third of those screened", "half of all". */
  shareDeterminers: Set<string>;
  /** The relative pronoun after a bare count of people ("the 12 who died"). */
  peopleRelative: string;

  // Digits that are no figure (readers/not-a-figure.ts, readers/sign.ts, readers/pronoun.ts).
  /** After the digits, a time of day: "11 am", "10 GMT", "9 o'clock". */
  timeSuffixes: Set<string>;
  /** "11 a.m.": the first letters, and the last. */
  meridiem: Set<string>;
  meridiemEnd: string;
  /** Capitalised words before a number that do not make it a label ("US 5", "About 300"). */
  labelExceptions: Set<string>;
  /** "minus 5", "minus-5": a written sign. */
  minus: string;
  /** "one of the", "no one", "number one": the word, what follows it and what precedes it when it counts nothing. */
  one: string;
  notCountAfterOne: Set<string>;
  notCountBeforeOne: Set<string>;
  /** "number one", "number 2": a rank. */
  rankWord: string;
  /** "zero-sum": the word for 0 glued to a hyphen. */
  zero: string;

  // Hedges (readers/hedge.ts): special cases of the table's hedges.
  /** A hedge only as a prefix glued by a hyphen ("sub-7 nanometre"). */
  prefixHedge: string;
  /** The hedge that is no cap after `upToHosts` ("adds up to 5%"). */
  upToHedge: string[];
  /** Hedges after the number only when glued by a hyphen ("1,000-plus", "40-odd"). */
  gluedOnlyHedges: Set<string>;
  /** Verbs that take "up to" as something other than a cap: "the lead-up to 3G", "adds up to 5%". */
  upToHosts: Set<string>;
  /** Words a hedge reaches across to its number ("an estimated total of 2,719"). */
  hedgeBridges: string[][];

  // Units (readers/unit.ts, readers/age.ts).
  /** "a 3m wall", "100m sprint": "m" means metres, not millions, before these. */
  metreContext: Set<string>;
  /** Articles before a size: "a 3m wall" (metres), "$52 a barrel" (a rate). */
  indefiniteArticles: Set<string>;
  /** "a 6-fold rise": a multiple written with a hyphen. */
  fold: string;
  /** "5 imperial gallons", "one US fluid ounce": systems that name a measure of volume. */
  volumeSystems: Set<string>;
  /** "1/16 of a US pint": articles and modifiers between "of" and the unit. */
  unitArticles: Set<string>;
  unitModifiers: Set<string>;
  /** "aged 18", "age 5", "ages 18 to 34", and "of age". */
  ageWords: Set<string>;
  ageNoun: string;
  /** "who was 10", "she turns 40": a person's age after these. */
  copulas: Set<string>;
  /** "he will be 35": words between the pronoun and the copula. */
  futureAuxiliaries: Set<string>;
  personPronouns: Set<string>;
  /** Words after a person's age: "who was 10 when ...". */
  afterAge: Set<string>;

  // Rates and proportions (readers/rate.ts, readers/proportion.ts).
  /** "$58.24 per barrel". */
  per: string;
  /** "a year earlier": a time reference, not a rate. */
  timeReferences: Set<string>;
  /** Nouns after "a" that make a rate ("£24 a share", "$100 a night"). */
  rateNouns: Set<string>;
  /** "one out of three": the words; "1 in 5": the word. */
  outOf: [string, string];
  proportionIn: string;

  // Direction (readers/direction.ts).
  /** "climbed to 6.7%": a change to a new level; "rose by 300": a change by an amount. */
  changeTo: string;
  changeBy: string;
  /** "the rise", "a drop": a noun, not a verb of change. */
  directionArticles: Set<string>;
  /** The particles that are a direction unless a phrasal verb takes them ("gave up"). */
  up: string;
  down: string;
  /** Verbs that take "up"/"down" as a particle: "gave up 517 yards" is not a rise. */
  phrasalHosts: Set<string>;
  /** "ended down 1%", "closed down 0.4%": a market closing lower. */
  closingDown: Set<string>;

  // Ranges (readers/range.ts, readers/hedge.ts).
  /** "between 2 and 5", "from 2 to 5": words that open a range of figures. */
  between: string;
  from: string;
  rangeJoiners: Set<string>;
  /** "between 2 and 5". */
  and: string;
  /** "a 0-to-60-mph time": "to" glued between hyphens. */
  gluedTo: string;

  // Dates (../dates.ts).
  /** A word that looks like a plural noun ("the 1500 containers": a count, not a year), and endings that are not plurals ("glass", "bus"). */
  pluralLike: RegExp;
  notPlural: RegExp;

  // No quantity after all (readers/not-a-quantity.ts).
  /** "The X" before a number: words that make a bare four-digit number a year. */
  yearPrepositions: Set<string>;
  /** "an average of 1500", "a total of 2000": an amount, not a year. */
  amountNouns: Set<string>;
  /** "by 2120", "until 2150": a far-future year after these. */
  futureYearPrepositions: Set<string>;
  /** "Campaign ID: 285217", "Ref: 41567": labels of a code (matched in any case). */
  codeLabels: string[];
  /** Words that end a street address: "49 Zorro Ranch Road", "9 E 71st St". */
  streetWords: Set<string>;
  /** "71st": letters glued to an ordinal. */
  ordinalSuffixes: Set<string>;

  // Refiners (../refiners/).
  /** "eight or nine euros": words joining a bare figure to one with a unit. */
  unitJoiners: Set<string>;
  /** "(16,369.03 up 58.06 points)": a level, then its change. */
  marketMoves: Set<string>;
  /** "rose 64 points to 4,577": the new level. */
  levelJoiner: string;
  /** "280 million of the 1.5 billion shekels": determiners after "of" in a part of a whole. */
  wholeDeterminers: Set<string>;
  /** "X was down 2.3%, Y by 2.6%": the words of a gapped clause. */
  gappedBy: string;
  gappedAnd: string;
  /** "lost 190 points, or 0.6%": a restatement. */
  restatementOr: string;

  // Numbers (../numbers.ts).
  /** The group word that scales like "hundred": "two dozen", "a dozen", "half a dozen", "3dozen". */
  dozen: string;
  /** "20-million" may be hyphenated; "20-hundred" is no number. */
  hundred: string;
  /** "several thousand", "a few hundred": a magnitude from 2 to 9 of the scale. */
  several: string;
  aFew: [string, string];
  /** Orders of magnitude that need "of" after them ("tens of thousands"): alone they are no figure. */
  boundMagnitudes: Set<string>;
  /** The ending of a plural fraction word ("two-thirds"). */
  pluralSuffix: string;
  /** "half a million", "half of the votes", "half the condos". */
  half: string;
  halfBefore: Set<string>;
  /** "the second half of", "a half": an ordinal half, no fraction. */
  notHalfAfter: Set<string>;
  /** "the past century": the article before a period opener. */
  periodArticle: string;
  /** The scale suffix that may also be metres ("3m"), which the unit reader settles. */
  metreOrMillion: string;

  /** Words that may start a figure besides the number tables: "half", "several", "between", "from". */
  startWords: string[];
}

/** The words attribution (../attribution.ts) looks for. Lower case unless said. */
export interface CreditWords {
  /** "according to X": its words ("according to", "según", "laut"). */
  accordingTo: string[];
  /** Pronoun subjects ("he said"): the name comes from an earlier sentence. */
  pronouns: Set<string>;
  /** Of those, the ones that stand for a person ("he", "she"). */
  personPronouns: Set<string>;
  /** Words that end a subject when walking back from the verb. */
  clauseBreaks: Set<string>;
  /** "according to the figures released": a past participle ends the credit after "according to". Case-sensitive. */
  pastParticiple: RegExp;
  /** Words between a subject and its verb: "Kirby also said", "the ministry has estimated". */
  auxiliaries: Set<string>;
  /** Forms of "be" that make a speech verb passive: "hundreds are said to be missing", "have been reported missing". */
  passiveAuxiliaries: Set<string>;
  /** Articles before a speech verb that make it an adjective ("an estimated 5 million"). */
  articles: Set<string>;
  /** Leading articles cut from a name ("the White House"). */
  leadingArticles: RegExp;
  /** "as his ministry reported": a side credit. */
  sideCredit: string;
  /** Lower-case role words written before a name ("spokesperson John Kirby"). Case-sensitive. */
  roleWords: Set<string>;
  /** Time words after an inverted verb ("said on Monday Kirby"). */
  timeWords: Set<string>;
  /** A time phrase trailing a subject: "A defense ministry official on Monday". */
  trailingTime: RegExp;
  /** Glue words inside a name ("Bank of Korea", "al-Assad"). */
  nameGlue: Set<string>;
  /** Things, not sources: "according to photos provided by the U.S.". */
  material: Set<string>;
  /** Determiners and adjectives before the thing ("the latest satellite images"). */
  materialOpeners: Set<string>;
  /** "photos provided by": participles between the thing and its provider. */
  providerParticiples: Set<string>;
  /** "provided by", "data from", "figures of". */
  providerPrepositions: Set<string>;
  /** Words that end a provider's name ("data from the ministry showing ..."). */
  providerStops: Set<string>;
  /** Words that make a credit an institution rather than a person. */
  institution: RegExp;
  /** Capitalised words that open a sentence but are no name ("However", "The"). */
  notNames: Set<string>;
}
