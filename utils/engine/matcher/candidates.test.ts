import { describe, expect, it } from 'vitest';
import { findCandidates } from './candidates';
import { EntityContext } from './entities';
import { featuresOf } from './features';
import { FigurePostings } from './postings';
import { figure, seedTopic } from './testing';
import { buildVocabulary } from './text';

describe('findCandidates', () => {
  const ctx = new EntityContext([seedTopic]);
  const vocab = buildVocabulary(ctx.entities, seedTopic.terms ?? []);
  const stored = [
    figure('The Tikhoretsk depot lies 300 kilometres from the frontier.'),
    figure('Rail yards moved 310 kilometres of track.'),
    figure('The Tikhoretsk depot lies 190 kilometres from the frontier.'),
    figure('Some 40 containers of grain were unloaded.'),
  ];
  const features = featuresOf(stored, () => null, (i) => `r${i}`, ctx, vocab);
  const postings = new FigurePostings();
  postings.add(0, stored.length, (i) => ({ claim: stored[i], unit: features[i].unit, measure: features[i].measure, specificEntities: ctx.specific(features[i].entities), credited: null, near: features[i].near, event: features[i].event }));
  const src = { postings, entities: ctx, isDead: () => false };
  it('finds compatible figures of the unit, and a different figure about the same place', () => {
    const q = figure('The Tikhoretsk depot is about 300 km from the frontier.');
    const [f] = featuresOf([q], () => null, () => 'page', ctx, vocab);
    const { compatible, different } = findCandidates(q, f, src);
    expect([...compatible.keys()].sort()).toEqual([0, 1]);
    expect(different.has(2)).toBe(true);
    expect(different.has(3)).toBe(false);
  });
  it('leaves removed claims out', () => {
    const q = figure('The Tikhoretsk depot is about 300 km from the frontier.');
    const [f] = featuresOf([q], () => null, () => 'page', ctx, vocab);
    const { compatible } = findCandidates(q, f, { ...src, isDead: (i) => i === 0 });
    expect(compatible.has(0)).toBe(false);
  });
});
