/**
 * The shared vocabulary (utils/model): the one bounds codec, the one URL rule and the relation
 * registry's mark, on inputs of our own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundToJson, highFromJson, lowFromJson, reviveBounds } from './bounds';
import { markOfRelations, RELATIONS, type Relation } from './relation';
import { articleUrlKey, storedUrl } from './url';

describe('the bounds codec', () => {
  it('an open bound goes through JSON as null and comes back open; a closed one is kept', () => {
    const claim = { quote: 'more than 40 ships', low: 40, high: Infinity };
    const wire = JSON.parse(JSON.stringify({ ...claim, low: boundToJson(claim.low), high: boundToJson(claim.high) }));
    expect(wire).toEqual({ quote: 'more than 40 ships', low: 40, high: null });
    expect(reviveBounds(wire)).toEqual(claim);
    // Chrome's JSON messaging writes an infinite number as null by itself: the same way back.
    expect(reviveBounds(JSON.parse(JSON.stringify({ low: -Infinity, high: 12 })))).toEqual({ low: -Infinity, high: 12 });
    expect([lowFromJson(null), highFromJson(null), lowFromJson('2024-01-02'), boundToJson('2024-01-02')]).toEqual([-Infinity, Infinity, '2024-01-02', '2024-01-02']);
  });
});

describe('the URL rule', () => {
  it('names the same article across scheme, www, query, fragment, trailing slash and case', () => {
    const same = ['https://www.news.example.org/world/story-1', 'http://news.example.org/world/story-1/', 'https://NEWS.example.org/World/Story-1?utm_source=x#top'];
    expect(new Set(same.map(articleUrlKey)).size).toBe(1);
    expect(articleUrlKey('https://news.example.org/world/story-2')).not.toBe(articleUrlKey(same[0]));
  });

  it('the stored form keeps what the reader sees, less the fragment, and never changes the key', () => {
    expect(storedUrl('  https://news.example.org/a?page=2#comments ')).toBe('https://news.example.org/a?page=2');
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => articleUrlKey(storedUrl(url)) === articleUrlKey(url)));
  });
});

describe('the relation registry', () => {
  it('a conflict outranks an update, which outranks any agreement; no report is no mark', () => {
    expect(markOfRelations(['same', 'update', 'hedge'])).toBe('update');
    expect(markOfRelations(['update', 'conflict', 'same'])).toBe('conflict');
    expect(markOfRelations(['vaguer', 'attribution'])).toBe('same');
    expect(markOfRelations([])).toBeNull();
    const sameFigure = (Object.keys(RELATIONS) as Relation[]).filter((r) => RELATIONS[r].sameFigure);
    expect(sameFigure.sort()).toEqual(['attribution', 'hedge', 'same']);
  });
});
