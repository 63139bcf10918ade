import { describe, expect, it } from 'vitest';
import { EntityContext } from './entities';
import { seedTopic } from './testing';

describe('EntityContext', () => {
  const ctx = new EntityContext([seedTopic]);
  it('folds spellings to one id', () => {
    expect(ctx.idsIn('ships docked at Rajin')).toEqual(ctx.idsIn('ships docked at Najin'));
  });
  it('credits the most specific source a credit names', () => {
    expect(ctx.resolveCredit("South Korea's defence minister Shin Won-sik")).toBe('shin-won-sik');
  });
  it('a person agrees with the body he belongs to, not with another', () => {
    expect(ctx.creditsAgree('shin-won-sik', 'south-korea')).toBe(true);
    expect(ctx.creditsAgree('shin-won-sik', 'kim-jong-un')).toBe(false);
    expect(ctx.creditsAgree(null, 'south-korea')).toBeNull();
  });
  it('a named person is the better credit to quote', () => {
    expect(ctx.specificity('shin-won-sik')).toBeGreaterThan(ctx.specificity('najin'));
    expect(ctx.specificity(null)).toBe(0);
  });
});
