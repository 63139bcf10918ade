/**
 * The relations of docs/matching.md, one table row per rule, on sentences written for this
 * test: a page is checked against a small corpus and the relation of each other report read off.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/index';
import { buildMatcherIndex } from './index';
import { corpus, seedTopic } from './testing';

interface Row {
  name: string;
  page: { text: string; published: string | null; quote: string };
  other: { text: string; published: string };
  /** The relation of the other report's line, or null for no line at all. */
  relation: string | null;
  reason?: string;
}

const rows: Row[] = [
  {
    name: 'a Spanish toll is the English one: "al menos 36 personas murieron" and "at least 36 people died"',
    page: { text: 'Al menos 36 personas murieron en el incendio del valle, dijo el gobernador.', published: '2021-08-10', quote: '36' },
    other: { text: 'At least 36 people died in the valley fire, the governor said.', published: '2021-08-10' },
    relation: 'same',
  },
  {
    name: "what a share is of follows 'of which' ('40% of which were uninsured' and 'of which 40 percent were uninsured')",
    page: { text: 'The flood damaged 1,500 homes, 40% of which were uninsured.', published: '2021-05-20', quote: '40%' },
    other: { text: 'Some 1,500 homes were damaged, of which 40 percent were uninsured, the insurer said.', published: '2021-05-19' },
    relation: 'same',
  },
  {
    name: 'a unit written as another word reports use for it is the same thing counted (structures are buildings)',
    page: { text: 'The storm tore through the valley town, flattening roughly 3,400 buildings.', published: '2021-05-20' , quote: '3,400' },
    other: { text: 'Since Monday the storm has wrecked more than 3,400 structures, officials said.', published: '2021-05-12' },
    relation: 'hedge',
  },
  {
    name: 'a pledged amount is not a delivered one, even when the delivery names no event',
    page: { text: 'Warsaw has sent more than 2 million sandbags to the flooded towns.', published: '2022-04-02', quote: '2 million' },
    other: { text: 'The EU has delivered half of the 2 million sandbags it pledged to the flooded towns.', published: '2022-04-02' },
    relation: null,
  },
  {
    name: 'two pledges of one amount are the same figure',
    page: { text: 'Donors pledged 2 million sandbags to the flooded towns.', published: '2022-04-02', quote: '2 million' },
    other: { text: 'The 2 million sandbags donors promised the flooded towns arrived on Friday.', published: '2022-04-03' },
    relation: 'same',
  },
  {
    name: 'an order of magnitude that includes the figure is vaguer, not the same',
    page: { text: 'The port handled 4,500 containers of grain in March.', published: '2022-04-02', quote: '4,500' },
    other: { text: 'The port handled thousands of containers of grain in March.', published: '2022-04-02' },
    relation: 'vaguer',
    reason: "vaguer: 'thousands of containers' includes 4,500",
  },
  {
    name: 'seen from the vague side, the specific figure is more precise',
    page: { text: 'The port handled thousands of containers of grain in March.', published: '2022-04-02', quote: 'thousands' },
    other: { text: 'The port handled 4,500 containers of grain in March.', published: '2022-04-02' },
    relation: 'vaguer',
    reason: "more precise: 4,500, within 'thousands of containers'",
  },
  {
    name: 'two vague amounts of one magnitude, stated together, are the same',
    page: { text: 'Several hundred lorries queued at the Kerch crossing.', published: '2022-04-02', quote: 'hundred' },
    other: { text: 'Hundreds of lorries queued at the Kerch crossing.', published: '2022-04-03' },
    relation: 'same',
  },
  {
    name: 'two vague amounts months apart are two statements: silence',
    page: { text: 'Several hundred lorries queued at the Kerch crossing.', published: '2022-04-02', quote: 'hundred' },
    other: { text: 'Hundreds of lorries queued at the Kerch crossing.', published: '2022-09-03' },
    relation: null,
  },
  {
    name: 'a distance given otherwise is a conflict, whatever the value and the time between',
    page: { text: 'The fuel depot near Tikhoretsk lies 75 km from the coast.', published: '2022-04-02', quote: '75 km' },
    other: { text: 'The fuel depot sits 120 kilometres from the coast, a local paper said.', published: '2022-06-20' },
    relation: 'conflict',
    reason: 'different figure: 120 against 75',
  },
  {
    name: 'launched and shot down are different events: silence, even for one value',
    page: { text: 'The army said 40 drones were launched overnight.', published: '2022-04-02', quote: '40' },
    other: { text: 'The army said 40 drones were shot down overnight.', published: '2022-04-02' },
    relation: null,
  },
  {
    name: 'launched and shot down, different values: no conflict either',
    page: { text: 'The army said 40 drones were launched overnight.', published: '2022-04-02', quote: '40' },
    other: { text: 'The army said 25 drones were shot down overnight.', published: '2022-04-02' },
    relation: null,
  },
  {
    name: 'killed and injured are different counts',
    page: { text: 'The landslide killed at least 31 villagers.', published: '2022-07-05', quote: '31' },
    other: { text: 'At least 31 villagers were injured in the landslide.', published: '2022-07-05' },
    relation: null,
  },
  {
    name: 'a toll the next day is an update, with the time between',
    page: { text: 'The landslide killed at least 31 villagers.', published: '2022-07-05', quote: '31' },
    other: { text: 'The landslide has killed at least 35 villagers.', published: '2022-07-06' },
    relation: 'update',
    reason: 'later and larger: 6 Jul 2022, 1 day later',
  },
  {
    name: 'a report that calls its figure revised is the later one, even on the same day',
    page: { text: 'The landslide killed at least 31 villagers.', published: '2022-07-05', quote: '31' },
    other: { text: 'The landslide killed 35 villagers, officials said, raising an earlier toll.', published: '2022-07-05' },
    relation: 'update',
  },
  {
    name: 'a different toll the same day, nobody calling it revised: a conflict',
    page: { text: 'The landslide killed at least 31 villagers.', published: '2022-07-05', quote: '31' },
    other: { text: 'The landslide killed 44 villagers.', published: '2022-07-05' },
    relation: 'conflict',
  },
  {
    name: 'a figure that both may be true of, from the same source weeks later, is a later figure',
    page: { text: 'Shin Won-sik said about 6,100 containers of shells had left Najin.', published: '2022-02-01', quote: '6,100' },
    other: { text: 'Shin Won-sik said about 6,500 containers of shells had left Najin.', published: '2022-03-01' },
    relation: 'update',
  },
  {
    name: 'the same from another source is another estimate: silence',
    page: { text: 'Shin Won-sik said about 6,100 containers of shells had left Najin.', published: '2022-02-01', quote: '6,100' },
    other: { text: 'Kim Jong Un said about 6,500 containers of shells had left Najin.', published: '2022-03-01' },
    relation: null,
  },
  {
    name: 'the same number months later is still the same figure',
    page: { text: 'Shin Won-sik said about 6,100 containers of shells had left Najin.', published: '2022-02-01', quote: '6,100' },
    other: { text: 'In February Shin Won-sik put it at about 6,100 containers of shells.', published: '2022-09-01' },
    relation: 'same',
  },
  {
    name: 'rounds of another calibre are another thing',
    page: { text: 'Najin shipped 2 million rounds of 152 mm shells.', published: '2022-02-01', quote: '2 million' },
    other: { text: 'Najin shipped 400,000 rounds of 122 mm shells.', published: '2022-02-01' },
    relation: null,
  },
  {
    name: 'a calibre counts nothing: no line for it',
    page: { text: 'Najin shipped 2 million rounds of 152 mm shells.', published: '2022-02-01', quote: '152 mm' },
    other: { text: 'Najin shipped 3 million 152 mm shells.', published: '2022-05-01' },
    relation: null,
  },
  {
    name: 'a toll with no unit counts people by its event: the same figure as the dead counted',
    page: { text: 'The death toll from the mudslide in the hill town stands at 212.', published: '2021-03-09', quote: '212' },
    other: { text: 'The mudslide in the hill town killed 212 people, officials said.', published: '2021-03-09' },
    relation: 'same',
  },
  {
    name: 'people counted by different events get no line: the dead are not the missing',
    page: { text: 'Officials said 212 people were missing after the mudslide in the hill town.', published: '2021-03-09', quote: '212' },
    other: { text: 'The mudslide in the hill town killed 212 people, officials said.', published: '2021-03-09' },
    relation: null,
  },
  {
    name: 'people counted with no event on one side: silence over a guess',
    page: { text: 'Officials released a list of 212 people after the mudslide in the hill town.', published: '2021-03-09', quote: '212' },
    other: { text: 'The mudslide in the hill town killed 45 people, officials said.', published: '2021-03-01' },
    relation: null,
  },
  {
    name: 'at least 114 and at least 115 are two figures: a conflict the same day',
    page: { text: 'The mudslide in the hill town killed at least 114 people.', published: '2021-03-09', quote: '114' },
    other: { text: 'The mudslide in the hill town killed at least 115 people.', published: '2021-03-09' },
    relation: 'conflict',
  },
  {
    name: 'an exact figure inside a bound is the same figure hedged',
    page: { text: 'The storm damaged 3,412 buildings along the coast, the agency said.', published: '2021-03-09', quote: '3,412' },
    other: { text: 'The storm damaged more than 3,400 structures along the coast.', published: '2021-03-10' },
    relation: 'hedge',
  },
  {
    name: 'acres and hectares are one area, rounded by whoever converted it',
    page: { text: 'The blaze burned 5,200 acres of forest near the ridge.', published: '2021-03-09', quote: '5,200' },
    other: { text: 'The blaze burned 2,100 hectares of forest near the ridge.', published: '2021-03-10' },
    relation: 'same',
  },
  {
    name: 'a record over a span of years, told two ways, is the same figure',
    page: { text: 'It was the costliest flood in the region in more than a century.', published: '2021-03-09', quote: 'century' },
    other: { text: 'The flood, the worst recorded in the region in more than 100 years, closed the port.', published: '2021-03-10' },
    relation: 'same',
  },
  {
    name: 'a round estimate of the missing, given again days later, is a later estimate, not the same report',
    page: { text: 'An estimated 2,000 people were missing after the mudslide in the hill town.', published: '2021-03-09', quote: '2,000' },
    other: { text: 'More than 2,000 people remained missing after the mudslide in the hill town.', published: '2021-03-14' },
    relation: 'update',
    reason: 'later estimate, unchanged: more than 2,000, 14 Mar 2021, 5 days later',
  },
  {
    name: 'the same estimate of the missing a day later is the same figure',
    page: { text: 'An estimated 2,000 people were missing after the mudslide in the hill town.', published: '2021-03-09', quote: '2,000' },
    other: { text: 'About 2,000 people were missing after the mudslide in the hill town.', published: '2021-03-10' },
    relation: 'same',
  },
  {
    name: 'a toll of a past year is not the story\'s own: no line',
    page: { text: 'The dam failure of 1990 killed 41 people in the valley, officials recalled.', published: '2021-03-09', quote: '41' },
    other: { text: 'The flood has killed 41 people in the valley, officials said.', published: '2021-03-09' },
    relation: null,
  },
  {
    name: 'two tolls of the same past year are the same figure',
    page: { text: 'The dam failure of 1990 killed 41 people in the valley, officials recalled.', published: '2021-03-09', quote: '41' },
    other: { text: 'In 1990 a dam failure killed 41 people in the valley.', published: '2021-03-11' },
    relation: 'same',
  },
  {
    name: 'an event after "as" belongs to another clause: the toll is still a toll',
    page: { text: 'Deaths in the valley rise to at least 41 as search goes on.', published: '2021-03-09', quote: '41' },
    other: { text: 'The flood has killed at least 41 people in the valley, officials said.', published: '2021-03-09' },
    relation: 'same',
  },
  {
    name: 'a quotation inside a clause does not hide its event',
    page: { text: 'The sheriff said the number of people "reported missing" in the hill town is between 2,000 and 2,100.', published: '2021-03-09', quote: '2,000' },
    other: { text: 'About 2,000 people were missing in the hill town, officials said.', published: '2021-03-10' },
    relation: 'hedge',
  },
  {
    name: 'the earlier figure a revision names is not the figure stated that day',
    page: { text: 'Officials said 1,850 people were unaccounted for in the hill town, down from estimates of about 2,000.', published: '2021-03-09', quote: '2,000' },
    other: { text: 'About 2,000 people were missing in the hill town, officials said.', published: '2021-03-09' },
    relation: null,
  },
  {
    name: 'two tolls of one past year that differ are a conflict, whenever reported',
    page: { text: 'The dam failure of 1990 killed 41 people in the valley, officials recalled.', published: '2021-03-09', quote: '41' },
    other: { text: 'In 1990 a dam failure killed 44 people in the valley.', published: '2021-03-20' },
    relation: 'conflict',
  },
  {
    name: 'a level reached by rising is the figure itself: "rose to 41" is 41',
    page: { text: 'The death toll from the flood in the valley rose to 41 on Monday.', published: '2021-03-09', quote: '41' },
    other: { text: 'The flood has killed 41 people in the valley, officials said.', published: '2021-03-09' },
    relation: 'same',
  },
  {
    name: 'a change is not a level: "rose by 41" is not 41',
    page: { text: 'The death toll from the flood in the valley rose by 41 on Monday.', published: '2021-03-09', quote: '41' },
    other: { text: 'The flood has killed 41 people in the valley, officials said.', published: '2021-03-09' },
    relation: null,
  },
];

describe('relations (docs/matching.md)', () => {
  it.each(rows)('$name', ({ page, other, relation, reason }) => {
    const { articles, claims } = corpus([{ id: 'other', published: other.published, text: other.text }]);
    const index = buildMatcherIndex({ articles, claims, topics: [seedTopic] });
    const pageClaims = extractClaims(page.text, { published: page.published ?? undefined });
    const [check] = index.check(pageClaims.filter((c) => c.quote.includes(page.quote)), { published: page.published ?? undefined });
    expect(check, `no claim "${page.quote}" on the page`).toBeDefined();
    const line = check.reports.find((r) => r.articleId === 'other');
    expect(line?.relation ?? null).toBe(relation);
    if (reason) expect(line!.reason).toBe(reason);
  });
});

describe('places', () => {
  // A made-up county with two fires: the places that tell figures apart are those of the figure's own clause.
  const topic = {
    id: 'coast-fires',
    name: 'Coast fires',
    entities: [
      { id: 'harrow', name: 'Harrow', kind: 'place' as const, aliases: [] },
      { id: 'dunmore-county', name: 'Dunmore County', kind: 'place' as const, aliases: [] },
    ],
  };
  const relationOf = (page: string, other: string, quote: string) => {
    const { articles, claims } = corpus([{ id: 'other', published: '2021-08-12', text: other }]);
    const index = buildMatcherIndex({ articles, claims, topics: [topic] });
    const [check] = index.check(extractClaims(page, { published: '2021-08-15' }).filter((c) => c.quote === quote), { published: '2021-08-15' });
    return check.reports.find((r) => r.articleId === 'other')?.relation ?? null;
  };

  it('a place named in another clause of the sentence does not tell the figure apart', () => {
    const page = 'The coastal fire was 70% contained on Monday, while the smaller Harrow fire was 40% contained.';
    expect(relationOf(page, 'The coastal fire was still burning but 70% contained, Dunmore County said.', '70%')).toBe('same');
  });

  it('a place named in the figure\'s own clause still does', () => {
    const page = 'The Harrow fire was 70% contained on Monday.';
    expect(relationOf(page, 'The Dunmore County fire was 70% contained on Thursday.', '70%')).toBeNull();
  });
});

describe('a count that moved through many values', () => {
  it('keeps the report of the very figure among many near it, whatever its id', () => {
    // Twenty reports of a flood toll on its way up (88 to 106), then one of 97 whose id sorts last.
    const reports = Array.from({ length: 19 }, (_, k) => ({ id: `a${String(k).padStart(2, '0')}`, published: `2021-03-${String(k + 1).padStart(2, '0')}`, text: `The flood has killed ${88 + k} people in the valley, officials said.` }));
    reports.push({ id: 'z-same', published: '2021-03-20', text: 'The flood has killed 97 people in the valley, officials said.' });
    const { articles, claims } = corpus(reports);
    const index = buildMatcherIndex({ articles, claims, topics: [seedTopic] });
    const page = extractClaims('The flood has killed 97 people in the valley, officials said on Sunday.', { published: '2021-03-21' });
    const [check] = index.check(page, { published: '2021-03-21' });
    expect(check.reports.find((r) => r.articleId === 'z-same')?.relation).toBe('same');
  });
});
