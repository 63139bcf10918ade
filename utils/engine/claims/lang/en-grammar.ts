/**
 * English words the figure readers, the refiners, attribution and the sentence splitter look for: which words end a
 * counted noun, which verbs take "up" as a particle, which nouns name a label or a street.
 * Part of the English table (en.ts); the Russian and Korean tables read these too until they
 * have their own (a Russian or Korean text quotes English names, units and labels often).
 */
import type { CreditWords, FigureWords } from './types';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

export const englishFigureWords: FigureWords = {
  nounStop: set(`
    the a an of in on at to for from by with and or but that which who whom whose were was is are
    be been being has have had will would could should may might can must shall it its this these
    those than as per each up down since over under into onto about after before during while when
    where not no so also just only all last next ago earlier later said says say told their his her
    our your my they he she we you i them him us there here if then through across against between
    among including like such because until via within without out off again both either neither
    very too do does did get got what how why now still already even around near toward towards
    upon whether monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow
    year years respectively apiece each total overall annually daily apart away ahead behind more
    less fewer most least other another some any many much few several
    remain remained stay stayed lack lacked`),
  invariantCounts: set(`staff personnel aircraft sheep fish deer series species police crew cattle livestock offspring
    swine moose bison salmon trout spacecraft hovercraft watercraft`),
  modifierDrop: set('more other additional extra further such'),
  modifierOpeners: set('more other'),
  irregularParticiples: set('built made grown known held sold born bought brought sent spent'),
  participle: /^[a-z]{3,}(?:ing|ed)$/,
  adverb: /^[a-z]{3,}ly$/,
  verbLike: /(?:ed|ing|ly)$/,
  verbLikeSecond: /(?:ed|ly)$/,
  classifiers: set('round piece item unit batch load shipment consignment kind type sort lot'),
  of: 'of',
  ofAfterNoun: set('full worth'),
  nounJoiners: set('and or'),
  ofPhraseDeterminers: set('the a an its their'),
  ofDeterminers: set('its the their his her our these those'),
  shareDeterminers: set('the its their his her our those these all'),
  peopleRelative: 'who',

  timeSuffixes: new Set(['am', 'pm', 'gmt', 'utc', 'bst', 'est', 'edt', 'cst', 'pst', 'pdt', 'et', 'pt', 'kst', 'cet', 'cest', 'jst', 'hrs', 'o’clock', "o'clock"]),
  meridiem: set('a p'),
  meridiemEnd: 'm',
  labelExceptions: set('us uk eu u.s and or to of the a an about over some nearly almost only just all by with for in on at'),
  minus: 'minus',
  one: 'one',
  notCountAfterOne: set('of another by day'),
  notCountBeforeOne: set('no the this that by number'),
  rankWord: 'number',
  zero: 'zero',

  prefixHedge: 'sub',
  upToHedge: ['up', 'to'],
  gluedOnlyHedges: set('plus odd'),
  upToHosts: set('lead leads leading led run build add adds added adding sum sums summed live lives lived living measure measures measured'),
  hedgeBridges: [['a', 'total', 'of'], ['total', 'of'], ['a', 'combined'], ['combined']],

  metreContext: set(`tall high long wide deep away sprint hurdles freestyle backstroke breaststroke butterfly race dash
    relay above below underground underwater in depth height length`),
  indefiniteArticles: set('a an'),
  fold: 'fold',
  volumeSystems: set('us uk imperial'),
  unitArticles: set('a an the'),
  unitModifiers: set('us uk imperial metric fluid'),
  ageWords: set('aged age ages'),
  ageNoun: 'age',
  copulas: set('is was be turns turned turning turn becomes became'),
  futureAuxiliaries: new Set(['will', 'would', 'to', "'ll"]),
  personPronouns: set('who he she i you we they'),
  afterAge: set('when by at and but in on this next last'),

  per: 'per',
  timeReferences: set('earlier ago later before after prior'),
  rateNouns: set('share head person piece ticket night unit pop month year week day'),
  outOf: ['out', 'of'],
  proportionIn: 'in',

  changeTo: 'to',
  changeBy: 'by',
  directionArticles: set('the a'),
  up: 'up',
  down: 'down',
  phrasalHosts: set(`
    gave give gives giving given picked pick picks signed sign set put shut turned turn broke break took take
    takes came come brought bring ramped stepped scaled wound backed tied made make built build paid pay opened
    split lined locked used summed racked rack chalked shored wrote write marked mark knocked stood sat looked
    slowed calmed cooled shot went go goes held hold move moved showed show ended end washed round rounded added
    add boiled boiling boil boils narrowed cut burned handed hand bottomed topped`),
  closingDown: set('ended end ends closed close closes finished finish finishes'),

  between: 'between',
  from: 'from',
  rangeJoiners: set('to through'),
  and: 'and',
  gluedTo: 'to',

  pluralLike: /^\p{Ll}{3,}s$/u,
  notPlural: /(?:ss|us|is)$/,

  yearPrepositions: set(`in since from between until till by during circa before after early late mid the this of and to
    through spring summer autumn fall winter season year fy class a.d. ad bc ce`),
  amountNouns: set('average total sum maximum minimum tally median mean'),
  futureYearPrepositions: set('by in until till before after through'),
  codeLabels: ['id', 'no', 'code', 'ref', 'number'],
  streetWords: set('st street road rd ave avenue way blvd boulevard lane ln drive dr place pl court ct terrace zip square sq'),
  ordinalSuffixes: set('st nd rd th'),

  unitJoiners: set('or and to nor ,'),
  marketMoves: set('up down'),
  levelJoiner: 'to',
  wholeDeterminers: set('the its their his her our a an'),
  gappedBy: 'by',
  gappedAnd: 'and',
  restatementOr: 'or',

  dozen: 'dozen',
  hundred: 'hundred',
  several: 'several',
  aFew: ['a', 'few'],
  boundMagnitudes: set('tens scores'),
  pluralSuffix: 's',
  half: 'half',
  halfBefore: set('of the its their'),
  notHalfAfter: set('the first second last next this that a an'),
  periodArticle: 'the',
  metreOrMillion: 'm',

  startWords: ['half', 'several', 'between', 'from'],
};

/** Words that end with a period without ending a sentence. */
export const englishAbbreviations = set(`
  mr mrs ms dr st jr sr no nos gen gov sen rep lt col sgt capt prof mt ft vs jan feb mar apr jun jul aug sep
  sept oct nov dec approx est ca adm rev hon pres ave blvd fig vol pp gov supt cmdr maj brig rt u.s u.k u.n e.g i.e
  a.m p.m messrs mme mlle op cf al`);

export const englishCreditWords: CreditWords = {
  accordingTo: ['according', 'to'],
  pronouns: set('he she they we i it you'),
  personPronouns: set('he she'),
  clauseBreaks: set(`that after when while because but and as which if since though although where so before who whom
    what than or until once then`),
  pastParticiple: /^[a-z]+ed$/,
  auxiliaries: set(`also has have had was is were are previously earlier later recently reportedly further repeatedly
    separately publicly again had once then first initially now still further additionally officially already will
    would could may might did does do had originally last`),
  passiveAuxiliaries: set('be been being is are was were'),
  articles: set('a an the'),
  leadingArticles: /^(?:the|a|an)\s+/i,
  sideCredit: 'as',
  roleWords: set(`spokesperson spokesman spokeswoman coordinator official minister president leader chief director
    secretary adviser advisor analyst ambassador envoy chairman chairwoman head commander general professor economist
    lawmaker senator governor mayor manager executive researcher correspondent reporter editor founder owner`),
  timeWords: set(`on monday tuesday wednesday thursday friday saturday sunday today yesterday last this in at earlier
    late later week month night morning afternoon evening tonight recently`),
  trailingTime: /\s+(?:(?:on|last|this|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|night|morning|evening)$/i,
  nameGlue: new Set(['of', 'de', 'von', 'van', 'al', 'bin', '-', "'s", '’s']),
  material: set(`photo photos photograph photographs picture pictures image images imagery footage video videos document
    documents data figure figures statistic statistics record records estimate estimates account accounts report reports
    statement statements analysis assessment survey study map maps chart charts transcript readout filing filings tally
    count calculations projections forecast forecasts census release`),
  materialOpeners: set('the a an these those this that new recent latest satellite official its their his her'),
  providerParticiples: set(`provided released published compiled obtained shared taken issued cited seen reviewed produced
    made prepared posted distributed supplied gathered collected`),
  providerPrepositions: set('by from of'),
  providerStops: set('to in on at for with showing shows show'),
  institution: /\b(?:house|ministry|council|department|agency|office|government|committee|media|news|state|states|bureau|service|command|staff|police|army|military|court|bank|company|group|association|union|nations|kremlin|pentagon|spokesperson|official|officials|ministry's)\b/i,
  notNames: set(`the a an in on at it this that these those but and however he she they we i our his her their its as
    if when after before while for by with from to of meanwhile also still yet so then there here what who why how`),
};
