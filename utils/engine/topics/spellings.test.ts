/**
 * Spellings a pack may give an entity (issue 10, item 1). A spelling with nothing to match ("-")
 * used to compile to a pattern that matched the empty string, and the mention loop never
 * ended: no page was marked again. The rule (`spellingProblem`) refuses such spellings in packs
 * and topic files, the scan leaves them out of a topic stored before the rule, and the fuzz
 * property holds every topic the validator accepts to one match per character at most.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PackError, parsePack, parseTopic } from '../pack/index';
import { findEntityMentions, forEachEntityMention, spellingProblem, type Entity, type Topic } from './index';

const entity = (id: string, name: string, aliases: string[]): Entity => ({ id, name, kind: 'place', aliases });

describe('spellingProblem', () => {
  it.each(['-', '--', ' - ', '   ', '\u2010', '—', '...', '.,;', '.*', '()', '[]', '\\', '|', '\u200b', '\u00a0', '🙂'])('refuses %j: nothing to match', (s) => {
    expect(spellingProblem(s)).toMatch(/nothing to match/);
  });

  it.each(['x', '7', ' Q ', '-a-', 'é'])('refuses %j: too short to be a name', (s) => {
    expect(spellingProblem(s)).toMatch(/too short to be a name/);
  });

  it.each(['Najin', 'NK', 'US', 'U.S.', 'M/V Angara', 'Kim Jong-un', 'Rajin-Sonbong', '북한', 'Восточный', 'UNSCR 1874', 'F-35'])('accepts %j', (s) => {
    expect(spellingProblem(s)).toBeNull();
  });
});

describe('a pack or topic file with a spelling that matches nothing', () => {
  const topic = (aliases: string[], name = 'Tumen River') => ({ id: 'border', name: 'Border crossings', entities: [entity('tumen', name, aliases)] });

  it('is refused by pack validation, naming the alias', () => {
    const pack = { format: 'tally-pack', version: 1, topics: [topic(['Tumangang', '-'])], articles: [] };
    expect(() => parsePack(pack)).toThrow(PackError);
    expect(() => parsePack(pack)).toThrow(/^topics\[0\]\.entities\[0\]\.aliases\[1\]: alias "-" has nothing to match/);
  });

  it('is refused by the topic-file loader, naming the name', () => {
    expect(() => parseTopic(topic([], ' . '), 'topic.json')).toThrow(/^topic\.json entities\[0\]\.name: name "\." has nothing to match/);
    expect(() => parseTopic(topic(['Tumangang', 'q']), 'topic.json')).toThrow(/aliases\[1\]: alias "q" is too short to be a name/);
  });

  it('stored before the rule, it is left out of the scan: the loop ends and the real spellings are found', () => {
    const stored: Entity[] = [entity('tumen', 'Tumen River', ['-', '  ', 'Tumangang', '\u2011'])];
    const text = 'Trains cross the Tumen River - near Tumangang - every week.';
    const found = findEntityMentions(text, stored);
    expect(found.map((m) => m.spelling)).toEqual(['Tumen River', 'Tumangang']);
    expect(forEachEntityMention(text, stored, () => {})).toBe(2);
  });
});

// Characters a hostile pack might build a spelling from: dashes and spaces the pattern makes
// optional, regular-expression syntax, punctuation, and Unicode that is no letter or is odd.
const PIECES = [
  '-', ' ', '\u2010', '\u2011', '—', '.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/',
  ',', ';', "'", '"', '\u200b', '\u00a0', '\u0301', '🙂', '\u202e', 'a', 'B', 'z', 'é', 'ß', 'Ж', '한', '7', '0', 'Ǆ', 'İ',
];
const piecesArb = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 8 });
const spellingArb = fc.oneof(
  { weight: 1, arbitrary: piecesArb },
  { weight: 1, arbitrary: fc.constantFrom('-', '--', '.*', '()', 'a?', '(a|)', 'x', 'Na-jin', 'K-', '-K-', '\\b', '[^]', 'a{0}') },
  // A name wrapped in hostile pieces ("-(Na)*-"): these pass, and are what the scan must survive.
  { weight: 6, arbitrary: fc.tuple(piecesArb, fc.constantFrom('Na', 'jin', 'Kö', '한국', '77', 'ab'), piecesArb).map((p) => p.join('')) },
);
const counts = { accepted: 0, refused: 0 };
afterAll(() => console.log(`spelling property cases: ${JSON.stringify(counts)}`));

/** A 20,000-character text of the spellings themselves, their parts and filler, so there is much to match. */
function hostileText(spellings: string[], seed: number): string {
  const parts: string[] = [];
  let n = seed;
  let length = 0;
  while (length < 20_000) {
    n = (n * 1103515245 + 12345) % 2 ** 31;
    const pick = n % 5 === 0 ? PIECES[n % PIECES.length] : n % 5 === 1 ? ' - ' : spellings[n % spellings.length] || '-';
    parts.push(pick, n % 3 ? ' ' : '');
    length += pick.length + 1;
  }
  return parts.join('').slice(0, 20_000);
}

describe('every topic the validator accepts', () => {
  it('scans a 20,000-character text in at most one match per character, every mention non-empty and in order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(spellingArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), fc.nat(), (entities, seed) => {
        const raw = { id: 'fuzz', name: 'Fuzz', entities: entities.map(([name, ...aliases], i) => entity(`e${i}`, name, aliases)) };
        let topic: Topic;
        try {
          topic = parseTopic(raw) as Topic;
        } catch (error) {
          expect(error).toBeInstanceOf(PackError);
          counts.refused++;
          return;
        }
        counts.accepted++;
        const text = hostileText(entities.flat(), seed);
        let last = 0;
        const visited = forEachEntityMention(text, topic.entities, (start, end, _entity, spelling) => {
          expect(end).toBeGreaterThan(start);
          expect(start).toBeGreaterThanOrEqual(last);
          expect(text.slice(start, end)).toBe(spelling);
          last = end;
        });
        expect(visited).toBeLessThanOrEqual(text.length + 1);
      }),
      { numRuns: 300 },
    );
    expect(counts.accepted).toBeGreaterThan(20);
    expect(counts.refused).toBeGreaterThan(20);
  }, 60_000);
});
