/**
 * Synthetic corpus packs for the IndexedDB benchmark and the browser tests' "large pack" case:
 * realistic news vocabulary, many claims sharing units, look-alike sentences, entity spellings
 * (Najin/Rajin/Rason). Deterministic for a seed. Claims are given with exact offsets, so the pack
 * validates like a real one and import stores it without re-extracting.
 */
import type { Pack, PackArticle, PackClaim } from '../utils/engine/pack';
import { PACK_FORMAT, PACK_VERSION } from '../utils/engine/pack';
import topic from '../seeds/topic.json';

/** Small fast PRNG (mulberry32): the same seed gives the same pack. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = ['Yonhap News Agency', 'EFE', 'KBS World Radio', 'The Korea Herald', 'AFP', 'Reuters', 'AP', 'NK News', 'The Guardian', 'BBC', 'NHK', 'Kyodo', 'TASS', 'Al Jazeera', 'CNN', 'Le Monde', 'DW', 'Nikkei Asia', 'Daily NK', 'Voice of America'];
const UNITS: [plural: string, unit: string, measure: string][] = [
  ['containers', 'container', 'containers of military equipment and munitions'],
  ['artillery shells', 'artillery shell', 'artillery shells'],
  ['rounds of ammunition', 'round', 'rounds of ammunition'],
  ['ballistic missiles', 'ballistic missile', 'ballistic missiles'],
  ['rail cars', 'rail car', 'rail cars loaded with munitions'],
  ['troops', 'troop', 'troops'],
  ['tonnes', 'tonne', 'tonnes of cargo'],
  ['workers', 'worker', 'workers'],
  ['ships', 'ship', 'ships'],
  ['drones', 'drone', 'drones'],
];
const HEDGES: [words: string, qualifier: PackClaim['qualifier'], low: number, high: number | null][] = [
  ['', 'exact', 1, 1],
  ['more than ', 'more-than', 1, null],
  ['about ', 'about', 0.9, 1.1],
  ['nearly ', 'about', 0.9, 1],
  ['up to ', 'up-to', 0, 1],
  ['at least ', 'at-least', 1, null],
];
const SPEAKERS = ['John Kirby', 'Kirby', 'Shin Won-sik', 'South Korea\'s defence ministry', 'a US official', 'the UN panel of experts', 'Koo Byoung-sam', 'Japanese officials'];
const PLACES = ['Najin', 'Rajin', 'Rason', 'Tikhoretsk', 'Vostochny', 'Dunay', 'Dunai', 'the Angara', 'the border'];
const VERBS = ['sent', 'shipped', 'delivered', 'moved', 'transferred', 'loaded'];
const ROUND = [50, 100, 200, 290, 300, 500, 1000, 2000, 5000, 7000, 10000, 1000000];

/** A pack of `claimCount` claims, `claimsPerArticle` to an article. */
export function syntheticPack(claimCount: number, { seed = 7, claimsPerArticle = 40, name = 'synthetic', topicCount = 1 } = {}): Pack {
  const topics = storyTopics(topicCount);
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const articles: PackArticle[] = [];
  const articleCount = Math.ceil(claimCount / claimsPerArticle);
  let made = 0;
  for (let a = 0; a < articleCount; a++) {
    const day = new Date(Date.UTC(2023, 6, 1) + Math.floor(rand() * 300) * 86_400_000).toISOString().slice(0, 10);
    let text = '';
    const claims: PackClaim[] = [];
    for (let k = 0; k < claimsPerArticle && made < claimCount; k++, made++) {
      const [plural, unit, measure] = pick(UNITS);
      const [hedge, qualifier, lowFactor, highFactor] = pick(HEDGES);
      const value = rand() < 0.6 ? pick(ROUND) : Math.floor(rand() * 20_000) + 1;
      const speaker = pick(SPEAKERS);
      const figure = `${hedge}${value.toLocaleString('en')} ${plural}`;
      const sentence = `North Korea ${pick(VERBS)} ${figure} to Russia through ${pick(PLACES)} since ${pick(['July', 'August', 'September', 'last year', 'the summit'])}, ${speaker} said.`;
      const start = text.length + sentence.indexOf(figure);
      claims.push({
        quote: figure,
        start,
        end: start + figure.length,
        value,
        low: Math.round(value * lowFactor),
        high: highFactor === null ? null : Math.round(value * highFactor),
        qualifier,
        hedge: hedge.trim() || null,
        direction: null,
        unit,
        measure,
        attribution: speaker,
        sentence,
      });
      text += `${sentence} `;
    }
    articles.push({
      id: `${name}-${a}`,
      topic: topics[a % topics.length].id,
      outlet: OUTLETS[a % OUTLETS.length],
      title: `Arms shipments report ${a}`,
      url: `https://news.example/${name}/${a}`,
      published: day,
      language: 'en',
      byline: null,
      dateline: null,
      origin: 'import',
      text: text.trim(),
      claims,
    });
  }
  return { format: PACK_FORMAT, version: PACK_VERSION, name, topics, articles };
}

/**
 * The seed topic, and for a journalist with several stories, copies of it as other stories:
 * the same number of entities and spellings, each spelling made the story's own ("Najin (story 3)"),
 * so topic detection has as many topics and patterns to try as a real corpus of that many stories.
 */
function storyTopics(count: number): Pack['topics'] {
  const seed = topic as Pack['topics'][number];
  return Array.from({ length: Math.max(1, count) }, (_, t) => {
    if (t === 0) return seed;
    const own = (s: string) => `${s} story${t}`;
    return {
      ...seed,
      id: `${seed.id}-story${t}`,
      name: `${seed.name}, story ${t}`,
      requires: seed.requires?.map((group) => group.map((id) => `${id}-story${t}`)),
      entities: seed.entities.map((e) => ({ ...e, id: `${e.id}-story${t}`, name: own(e.name), aliases: e.aliases.map(own), ...(e.memberOf ? { memberOf: e.memberOf.map((id) => `${id}-story${t}`) } : {}) })),
    };
  });
}
