/** English tables for the claims engine. */
import { englishAbbreviations, englishCreditWords, englishFigureWords } from './en-grammar';
import { withoutPrototypes, type HedgeEntry, type LanguageTable } from './types';
import { ABOUT, h, LESS, MORE, NEARLY, UPTO } from './build';

const smallNumbers: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};

const scaleWords: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

// Attached to digits ("1.5m", "2bn", "25k") or spelled short after a space ("2 bn").
const scaleSuffixes: Record<string, number> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
};

const magnitudeWords: Record<string, number> = {
  dozens: 12, scores: 20, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};

const fractionWords: Record<string, number> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4,
  fourth: 1 / 4, fourths: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
};

const hedgesBefore: HedgeEntry[] = [
  h('more than', 'more-than', MORE), h('over', 'more-than', MORE), h('above', 'more-than', MORE),
  h('greater than', 'more-than', MORE), h('in excess of', 'more-than', MORE), h('upwards of', 'more-than', MORE),
  h('upward of', 'more-than', MORE), h('well over', 'more-than', MORE), h('just over', 'more-than', MORE),
  h('north of', 'more-than', MORE), h('exceeding', 'more-than', MORE), h('over than', 'more-than', MORE),
  h('at least', 'at-least', MORE), h('no less than', 'at-least', MORE), h('no fewer than', 'at-least', MORE),
  h('a minimum of', 'at-least', MORE), h('not less than', 'at-least', MORE),
  h('about', 'about', ABOUT), h('around', 'about', ABOUT), h('roughly', 'about', ABOUT),
  h('approximately', 'about', ABOUT), h('approx', 'about', ABOUT), h('some', 'about', ABOUT),
  h('an estimated', 'about', ABOUT), h('estimated', 'about', ABOUT), h('estimated at', 'about', ABOUT),
  h('beyond', 'more-than', MORE), h('circa', 'about', ABOUT),
  h('close to', 'about', NEARLY), h('nearly', 'about', NEARLY), h('almost', 'about', NEARLY),
  h('just shy of', 'about', NEARLY), h('an approximate', 'about', ABOUT), h('~', 'about', ABOUT),
  h('up to', 'up-to', UPTO), h('as many as', 'up-to', UPTO), h('as much as', 'up-to', UPTO),
  h('at most', 'up-to', UPTO), h('no more than', 'up-to', UPTO), h('a maximum of', 'up-to', UPTO),
  h('not more than', 'up-to', UPTO),
  h('less than', 'less-than', LESS), h('fewer than', 'less-than', LESS), h('under', 'less-than', LESS),
  h('below', 'less-than', LESS), h('lower than', 'less-than', LESS), h('just under', 'less-than', LESS),
  h('shy of', 'less-than', LESS), h('sub', 'less-than', LESS),
].sort((a, b) => b.words.length - a.words.length);

const hedgesAfter: HedgeEntry[] = [
  h('or more', 'at-least', MORE), h('or above', 'at-least', MORE), h('and above', 'at-least', MORE),
  h('or older', 'at-least', MORE), h('or over', 'at-least', MORE), h('or higher', 'at-least', MORE), h('or greater', 'at-least', MORE),
  h('or longer', 'at-least', MORE), h('or younger', 'up-to', UPTO), h('or lower', 'up-to', UPTO), h('or under', 'up-to', UPTO),
  h('or below', 'up-to', UPTO),
  h('or so', 'about', ABOUT), h('or less', 'up-to', UPTO), h('or fewer', 'up-to', UPTO),
  h('plus', 'more-than', MORE), h('+', 'more-than', MORE), h('odd', 'more-than', MORE),
].sort((a, b) => b.words.length - a.words.length);

const up = 'up' as const;
const down = 'down' as const;
const directionWords: Record<string, 'up' | 'down'> = {
  rose: up, rise: up, rises: up, risen: up, rising: up, increased: up, increase: up, increases: up,
  increasing: up, grew: up, grow: up, grows: up, grown: up, gained: up, gain: up, gains: up,
  climbed: up, climb: up, climbs: up, jumped: up, jump: up, jumps: up, surged: up, surge: up,
  soared: up, soar: up, added: up, up: up, rallied: up, advanced: up, expanded: up, widened: up,
  spiked: up, soaring: up, surging: up, climbing: up, jumping: up, gaining: up, adding: up, rallying: up,
  fell: down, fall: down, falls: down, fallen: down, falling: down, dropped: down, drop: down,
  drops: down, declined: down, decline: down, declines: down, decreased: down, decrease: down,
  decreases: down, slipped: down, slid: down, lost: down, lose: down, loses: down, sank: down,
  plunged: down, plummeted: down, tumbled: down, down: down, cut: down, shed: down, plummeting: down,
  plunging: down, tumbling: down, sliding: down, slipping: down, losing: down, shedding: down, sinking: down,
  shrank: down, dipped: down, eased: down, slumped: down, retreated: down, reduced: down,
  narrowed: down, dropping: down, declining: down,
};

const months: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** English: the first and most complete table. */
export const english: LanguageTable = withoutPrototypes({
  smallNumbers,
  scaleWords,
  scaleSuffixes,
  magnitudeWords,
  fractionWords,
  articleOne: ['a', 'an'],
  groupWords: { dozen: 12 },
  hedgesBefore,
  hedgesAfter,
  directionWords,
  // Verbs only: words that are also common nouns ("reports", "claims") are left out.
  speechVerbs: [
    'said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'stated', 'announced', 'estimated',
    'claimed', 'reported', 'confirmed', 'disclosed', 'warned', 'explained', 'wrote', 'insisted',
    'argued', 'revealed', 'acknowledged', 'asserted', 'predicted', 'forecast', 'tweeted', 'accused',
    'alleged', 'assessed', 'concluded',
  ],
  months,
  multipleSuffix: 'fold',
  labelWords: [
    'category', 'level', 'phase', 'stage', 'grade', 'tier', 'class', 'game', 'round', 'week', 'section',
    'article', 'chapter', 'page', 'number', 'no', 'version', 'row', 'seat', 'gate', 'terminal', 'platform',
    'room', 'route', 'highway', 'flight', 'episode', 'season', 'series', 'model', 'resolution', 'item',
    'figure', 'table', 'rule', 'amendment', 'act', 'paragraph', 'clause', 'volume', 'issue', 'part', 'channel',
    'interstate', 'pier', 'berth', 'dock', 'lane', 'unit', 'building', 'block', 'ward', 'district', 'zone',
    'exit', 'line', 'track', 'bus', 'train', 'apollo', 'operation', 'protocol', 'annex', 'schedule', 'appendix',
  ],
  monthCues: [
    'in', 'since', 'from', 'until', 'till', 'by', 'during', 'before', 'after', 'through', 'throughout',
    'early', 'late', 'mid', 'last', 'next', 'this', 'between', 'to', 'of', 'around', 'about', 'that',
    'each', 'every', 'as', 'for',
  ],
  yearCues: [
    'in', 'since', 'from', 'until', 'till', 'by', 'during', 'before', 'after', 'through', 'throughout',
    'early', 'late', 'mid', 'between', 'circa', 'around', 'the', 'a', 'an', 'its', 'their', 'spring',
    'summer', 'autumn', 'fall', 'winter',
  ],
  periodPrefixes: { early: 'early', mid: 'mid', late: 'late' },
  previousWords: ['last', 'previous', 'past'],
  nextWords: ['next', 'coming'],
  lastYear: ['of', 'last', 'year'],
  // (not "year": "a year" is a rate as often as a length of time.)
  periodWords: { century: { value: 100, unit: 'year' }, decade: { value: 10, unit: 'year' } },
  periodOpeners: ['past', 'last', 'previous'],
  partitiveWords: ['whom', 'them', 'the', 'these', 'those', 'its', 'their', 'our', 'his', 'her'],
  partitivePeople: ['whom'],
  ordinalDayCue: ['on', 'the'],
  decadeSuffix: 's',
  tallyNouns: ['toll', 'tally', 'count'],
  frequencyWords: ['times'],
  andWord: 'and',
  rangeOpeners: { between: 'between', from: 'from' },
  rangeJoiners: ['to', 'through', 'until'],
  strongYearCues: ['in', 'since', 'until', 'till', 'by', 'during', 'before', 'after', 'throughout'],
  abbreviations: englishAbbreviations,
  figure: englishFigureWords,
  credit: englishCreditWords,
});
