import { describe, expect, it } from 'vitest';
import { EntityContext } from './entities';
import { featuresOf } from './features';
import { figure, seedTopic } from './testing';
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
