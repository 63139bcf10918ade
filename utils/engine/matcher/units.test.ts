import { describe, expect, it } from 'vitest';
import { EntityContext } from './entities';
import { extractClaims } from '../claims/index';
import { featuresOf } from './features';
import { buildMatcherIndex } from './index';
import { corpus, figure, seedTopic } from './testing';
import { buildVocabulary } from './text';
import { countedUnit, unitHead } from './units';

describe('unitHead', () => {
  it.each([
    ['attack drone', 'drone'],
    ['empty container', 'container'],
    ['kilometre', 'kilometre'],
    ['ton', 'tonne'],
    ['structure', 'building'],
  ])('%s → %s', (unit, head) => expect(unitHead(unit)).toBe(head));
});

describe('countedUnit', () => {
  it.each([
    ['fatality', null, 'person'],
    ['resident', null, 'person'],
    ['', 'death', 'person'],
    ['', 'missing', 'person'],
    ['', 'launch', ''],
    ['', null, ''],
    ['drone', 'interception', 'drone'],
  ])('%s with event %s → %s', (head, event, unit) => expect(countedUnit(head, event)).toBe(unit));
});

describe('a figure counts people whether it names them or only the event', () => {
  const ctx = new EntityContext([seedTopic]);
  const vocab = buildVocabulary(ctx.entities, seedTopic.terms ?? []);
  it.each([
    'The flood has now killed 41 people in the valley.',
    'Officials said 41 fatalities had been confirmed.',
    'The death toll from the flood stands at 41.',
    'The flood claimed 41 lives.',
  ])('%s', (sentence) => {
    const [f] = featuresOf([figure(sentence)], () => null, () => 'r', ctx, vocab);
    expect(f.unit).toBe('person');
  });
  it('a count of things with no unit stays unnamed', () => {
    const [f] = featuresOf([figure('The score stood at 41 after the break.')], () => null, () => 'r', ctx, vocab);
    expect(f.unit).not.toBe('person');
  });
});

describe('people counted by another event do not crowd out the one report that counts the same people', () => {
  it('a vague count of the missing finds its match among forty tolls of the dead in the same town', () => {
    const tolls = Array.from({ length: 40 }, (_, i) => ({
      id: `toll-${i}`,
      published: '2021-03-10',
      text: `The mudslide in Najin has killed ${100 + i} people, officials in Najin said.`,
    }));
    // Many counts of the missing elsewhere and at other scales make the event a common word.
    const elsewhere = Array.from({ length: 60 }, (_, i) => ({ id: `far-${i}`, published: '2021-01-10', text: `About ${5000 + 100 * i} people were missing after the storm.` }));
    const missing = { id: 'missing', published: '2021-03-10', text: 'Hundreds of people were still missing after the mudslide.' };
    const { articles, claims } = corpus([...tolls, ...elsewhere, missing]);
    const index = buildMatcherIndex({ articles, claims, topics: [seedTopic] });
    const page = extractClaims('Hundreds remain missing in Najin after the mudslide.', { published: '2021-03-11' }).filter((c) => c.quote.startsWith('Hundreds'));
    const [check] = index.check(page, { published: '2021-03-11' });
    expect(check.reports.find((r) => r.articleId === 'missing')?.relation).toBe('same');
    expect(check.reports.some((r) => r.articleId.startsWith('toll-'))).toBe(false);
  });
});
