import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTopic } from '../pack/index';
import { detectTopic, entityClosure, findEntityMentions, type Topic } from './index';

const root = join(__dirname, '../../..');
const topic = parseTopic(JSON.parse(readFileSync(join(root, 'seeds/topic.json'), 'utf8'))) as Topic;
const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
const seedText = (f: string) => readFileSync(join(root, 'seeds', f), 'utf8');
/** Visible text of a saved page's article (tags dropped: enough for entity look-ups). */
const pageText = (name: string) =>
  readFileSync(join(root, 'tests/fixtures/pages', name, 'expected.html'), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ');

describe('findEntityMentions', () => {
  it.each([
    ['Najin port', 'najin', 'Najin'],
    ["North Korea's Rajin Port", 'najin', 'Rajin'],
    ['the North Korean port of Rason to Dunay', 'najin', 'Rason'],
    ['moved to Dunai', 'dunay', 'Dunai'],
    ['the vessel M/V Angara on Sept. 12', 'angara', 'M/V Angara'],
    ['leader Kim Jong-un and', 'kim-jong-un', 'Kim Jong-un'],
    ['leader Kim Jong Un and', 'kim-jong-un', 'Kim Jong Un'],
    ['Minister Shin Wonsik said', 'shin-won-sik', 'Shin Wonsik'],
    ['Minister Shin Won-sik said', 'shin-won-sik', 'Shin Won-sik'],
    ['spokesperson Koo Byoung said', 'koo-byoung-sam', 'Koo Byoung'],
    ['a violation of UN Security Council Resolution 1874, which', 'unsc-resolution-1874', 'UN Security Council Resolution 1874'],
    ['the Vostochny cosmodrome outside', 'vostochny', 'Vostochny cosmodrome'],
  ])('%s → %s', (text, id, spelling) => {
    const found = findEntityMentions(text, topic.entities).filter((m) => m.entityId === id);
    expect(found).toHaveLength(1);
    expect(found[0].spelling).toBe(spelling);
    expect(text.slice(found[0].start, found[0].end)).toBe(spelling);
    expect(found[0].aliases).not.toContain(spelling);
  });

  it('does not take a word inside another word, nor "us" for the US', () => {
    const text = 'Tell us about Najinsky, the Kirbyesque USS Ronald Reagan and the north of England.';
    expect(findEntityMentions(text, topic.entities)).toEqual([]);
  });

  it('leaves the garbled "Shen" alone: a bare surname would mark unrelated people', () => {
    expect(findEntityMentions('and Shen said that', topic.entities)).toEqual([]);
  });

  it('lists the other spellings of the port', () => {
    const [m] = findEntityMentions('loaded at Rajin', topic.entities);
    expect(m.aliases).toEqual(expect.arrayContaining(['Najin', 'Rason']));
  });
});

describe('detectTopic', () => {
  it.each(seeds)('the seed %s is on the topic', (file) => {
    expect(detectTopic(seedText(file), [topic])?.topicId).toBe('nk-russia-arms');
  });

  it.each(['aktualne', 'nytimes-1', 'wapo-2', 'yahoo-2', 'bbc-1'])('the off-topic page %s is not', (name) => {
    expect(detectTopic(pageText(name), [topic])).toBeNull();
  });

  it('needs more than Russia and North Korea named in passing', () => {
    expect(detectTopic('Russia and North Korea were mentioned at the summit in Seoul.', [topic])).toBeNull();
  });
});

describe('entityClosure', () => {
  it('follows memberOf: Kirby speaks for the White House and the United States', () => {
    expect([...entityClosure('john-kirby', topic.entities)].sort()).toEqual(['john-kirby', 'united-states', 'us-national-security-council', 'white-house']);
  });
});

describe('spellings in Hangul and Cyrillic', () => {
  const places: Topic = {
    id: 'x',
    name: 'x',
    entities: [
      { id: 'russia', name: 'Russia', kind: 'place', aliases: ['Росси', '러시아'] },
      { id: 'rus', name: 'Rus', kind: 'place', aliases: [] },
    ],
  };
  it('match as a word start: a Korean particle or a Russian case ending follows the name', () => {
    expect(findEntityMentions('北 북한은 러시아에 보냈다. Поставки в России и из Россию.', places.entities).map((m) => m.spelling)).toEqual(['러시아', 'Росси', 'Росси']);
  });
  it('while a Latin spelling still matches only a whole word', () => {
    expect(findEntityMentions('Russian troops; Rus and Russia.', places.entities).map((m) => m.spelling)).toEqual(['Rus', 'Russia']);
  });
});
