/**
 * The topic proposed from reports, on short reports written for this test (a made-up flood
 * story): names shared by reports become entities, spellings fold, kinds come from the words
 * around a name, and a hand-written topic refines the proposal.
 */
import { describe, expect, it } from 'vitest';
import { detectTopic } from './index';
import { foldKey, proposeTopic, refineTopic } from './propose';

const reports = [
  { outlet: 'Daily Courier', text: 'Floods hit the port of Velikograd on Monday. Mayor Anna Petrova said 40 homes were lost. The Danube Authority opened the Vorskla dam. Officials in Velikograd said the ship Marisol ran aground.' },
  { outlet: 'Evening Star', text: 'The Vorskla dam at Velikograd was opened by the Danube Authority. Petrova said the city would rebuild. The freighter Marisol was refloated. Ukrainian rescuers came from Ukraine.' },
  { outlet: 'Wire Service', text: 'In Velikgrad, a town on the Vorskla, Anna Petrova told reporters that 41 homes were lost. Officials blamed the Danube Authority. Ukraine sent Ukrainian divers.' },
];
const articles = reports.map((r) => ({ ...r, language: 'en' }));

describe('proposeTopic', () => {
  const topic = proposeTopic(articles, { id: 'flood' });
  const byName = (name: string) => topic.entities.find((e) => e.name === name || e.aliases.includes(name));

  it('makes an entity of each name two reports share, and none of ordinary capitalised words', () => {
    expect(byName('Velikograd')).toBeDefined();
    expect(byName('Danube Authority')).toBeDefined();
    expect(byName('Marisol')).toBeDefined();
    for (const word of ['Floods', 'Officials', 'Monday', 'The', 'In']) expect(byName(word), word).toBeUndefined();
  });

  it('folds the spellings of one name: a one-letter slip, a lone family name, a place and its people', () => {
    expect(byName('Velikograd')!.aliases).toContain('Velikgrad');
    const petrova = byName('Anna Petrova')!;
    expect(petrova.name).toBe('Anna Petrova');
    expect(petrova.aliases).toContain('Petrova');
    expect(byName('Ukraine')!.aliases).toContain('Ukrainian');
  });

  it('reads kinds from the words around a name', () => {
    expect(byName('Anna Petrova')!.kind).toBe('person');
    expect(byName('Danube Authority')!.kind).toBe('place'); // "the Danube Authority": no title, no org word in the table
    expect(byName('Marisol')!.kind).toBe('vessel');
    expect(byName('Velikograd')!.kind).toBe('place');
  });

  it('leaves out the outlets that carry the reports', () => {
    const withCredit = proposeTopic([...articles.map((a) => ({ ...a, text: `${a.text} Wire Service reported it.` }))], { id: 'flood' });
    expect(withCredit.entities.some((e) => e.name === 'Wire Service')).toBe(false);
  });

  it('makes a topic that a new report of the story is found to be on, and an unrelated one is not', () => {
    expect(topic.requires?.[0].length).toBeGreaterThan(0);
    expect(detectTopic('Anna Petrova visited Velikograd as the Vorskla fell and the Danube Authority closed the dam.', [topic])?.topicId).toBe('flood');
    expect(detectTopic('The football club signed a new striker on Monday for 40 million euros.', [topic])).toBeNull();
  });

  it('folds a Cyrillic spelling with its Latin one', () => {
    expect(foldKey('Кирби')).toBe('kirbi');
    const mixed = proposeTopic(
      [
        { text: 'John Kirby said 12 ships left. Kirby spoke again.', language: 'en' },
        { text: 'Джон Кирби сказал, что 12 судов ушли. Кирби повторил.', language: 'ru' },
      ],
      { id: 'ships' },
    );
    const kirby = mixed.entities.find((e) => e.name === 'John Kirby')!;
    // "Кирби" is "kirbi", one letter from "kirby"; "Джон" ("dzhon") is too far from "John" to fold.
    expect(kirby.aliases).toContain('Кирби');
  });
});

describe('refineTopic', () => {
  it('keeps the written entities as written and adds proposed ones it does not name', () => {
    const proposed = proposeTopic(articles, { id: 'flood' });
    const written = { id: 'flood', name: 'Velikograd flood', entities: [{ id: 'velikograd', name: 'Velikograd', kind: 'place' as const, aliases: ['Veliko'], weight: 2 }] };
    const refined = refineTopic(proposed, written);
    expect(refined.name).toBe('Velikograd flood');
    expect(refined.entities[0]).toEqual(written.entities[0]);
    expect(refined.entities.filter((e) => [e.name, ...e.aliases].includes('Velikgrad'))).toEqual([]);
    expect(refined.entities.some((e) => e.name === 'Anna Petrova')).toBe(true);
  });
});
