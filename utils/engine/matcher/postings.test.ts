import { describe, expect, it } from 'vitest';
import { figure } from './testing';
import { FigurePostings, isNumeric, logKey, lowerBound, mergePostings, sortedPosting, visitWindow } from './postings';

describe('sorted postings', () => {
  const values = [5, 1, 300, 20, 7000];
  const valueOf = (i: number) => logKey(values[i]);
  it('sorts by value and finds the first entry at or above a key', () => {
    const p = sortedPosting([0, 1, 2, 3, 4], valueOf);
    expect([...p.idx]).toEqual([1, 0, 3, 2, 4]);
    expect(p.idx[lowerBound(p.values, logKey(20))]).toBe(3);
    expect(lowerBound(p.values, logKey(1e9))).toBe(5);
  });
  it('a merge of two sorted lists is sorted, the first list first on ties', () => {
    const a = sortedPosting([0, 2], valueOf);
    const b = sortedPosting([1, 3, 4], valueOf);
    const merged = mergePostings(a, b);
    expect([...merged.idx]).toEqual([1, 0, 3, 2, 4]);
    expect([...merged.values]).toEqual([...merged.values].sort((x, y) => x - y));
  });
  it('a window over-full gives the entries nearest its centre, and skips removed ones', () => {
    const many = Array.from({ length: 50 }, (_, i) => i + 1);
    const p = sortedPosting(many.map((_, i) => i), (i) => logKey(many[i]));
    const seen: number[] = [];
    visitWindow(p, logKey(1), logKey(100), logKey(25), 4, (i) => many[i] === 25, (i) => seen.push(many[i]));
    expect(seen.sort((x, y) => x - y)).toEqual([23, 24, 26, 27]);
  });
});

describe('FigurePostings', () => {
  it('posts figures by unit and by (unit, token); dates only for search', () => {
    const claims = [figure('North Korea sent 1,000 containers of munitions.'), figure('They sent 300 containers of rice.')];
    const date = { ...figure('They sent 300 containers of rice.'), unit: 'date', value: '2023-10-01' };
    const all = [...claims, date];
    const p = new FigurePostings();
    p.add(0, all.length, (i) => ({ claim: all[i], unit: 'container', measure: i === 0 ? ['munition'] : ['rice'], specificEntities: [], credited: null, near: [], event: null }));
    expect(isNumeric(date)).toBe(false);
    expect(p.liveNumeric).toBe(2);
    expect([...p.units.get('container')!.idx]).toEqual([1, 0]);
    expect([...p.tokenPosting('container', 'rice')!.idx]).toEqual([1]);
    expect(p.tokenClaims.get('rice')).toEqual([1, 2]);
  });
});
