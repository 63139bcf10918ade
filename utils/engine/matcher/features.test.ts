import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/index';
import { EntityContext } from './entities';
import { featuresOf, parseTime } from './features';
import { seedTopic } from './testing';
import { buildVocabulary } from './text';

describe('featuresOf', () => {
  const ctx = new EntityContext([seedTopic]);
  const vocab = buildVocabulary(ctx.entities, seedTopic.terms ?? []);
  it('same-figure claims of one report pool what they count and whom they credit', () => {
    const text = 'Shin Won-sik said the North shipped more than 2,000 containers of artillery shells via Rajin. The 2,000 containers left in August.';
    const claims = extractClaims(text, {}).filter((c) => c.unit === 'container');
    expect(claims.length).toBe(2);
    const f = featuresOf(claims, () => '2024-02-01', () => 'one report', ctx, vocab);
    expect(f[1].measure).toEqual(expect.arrayContaining(f[0].measure));
    expect(f[1].credited).toBe('shin-won-sik');
    expect(f[0].entities).toContain('najin');
    expect(f[0].time).toBe(parseTime('2024-02-01'));
  });
  it('claims of two reports do not pool', () => {
    const a = extractClaims('Shin Won-sik said 2,000 containers of shells were shipped.', {});
    const b = extractClaims('About 2,000 containers were counted.', {});
    const f = featuresOf([...a, ...b], () => null, (i) => (i < a.length ? 'a' : 'b'), ctx, vocab);
    expect(f[a.length].credited).toBeNull();
  });
  it('reads a bare date at noon UTC, and refuses nonsense', () => {
    expect(parseTime('2023-10-14')).toBe(Date.parse('2023-10-14T12:00:00Z'));
    expect(parseTime('soon')).toBeNull();
  });
});
