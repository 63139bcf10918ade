import { describe, expect, it } from 'vitest';
import { SearchTables } from './search-tables';
import { figure } from './testing';

describe('SearchTables', () => {
  const articles: Record<string, { published: string | null }> = { a: { published: '2024-03-01' }, b: { published: '2023-10-13' } };
  const claims = [
    { id: 'a#0', articleId: 'a', claim: figure('About 7,000 containers were shipped.') },
    { id: 'b#0', articleId: 'b', claim: figure('More than 1,000 containers were shipped.') },
    { id: 'b#1', articleId: 'b', claim: figure('It moved 1,000 containers.') },
  ];
  it('groups by unit and measure, keys statements and values, orders by date', () => {
    const list = claims.slice(0, 2);
    const t = new SearchTables(list);
    t.add(0, () => ['ship'], (id) => articles[id]);
    expect(t.groupOf(0)).toBe(t.groupOf(1));
    expect(t.groupSize(t.groupOf(0))).toBe(2);
    expect(t.orderOf(1)).toBe(0);
    list.push(claims[2]);
    t.add(2, () => ['ship'], (id) => articles[id]);
    expect(t.valueOf(2)).toBe(t.valueOf(1));
    expect(t.statementOf(2)).not.toBe(t.statementOf(1));
    expect([t.atRank(0), t.atRank(1), t.atRank(2)]).toEqual([1, 2, 0]);
    t.removed(0);
    expect(t.groupSize(t.groupOf(0))).toBe(2);
    expect(t.figureWordsOf(0)).toBe('about 7,000');
  });
});
