import { describe, expect, it } from 'vitest';
import { EntityContext } from './entities';
import { RankCache, topK } from './rank';
import { figure, seedTopic } from './testing';

describe('topK', () => {
  it('keeps the k best, ties by id, rejected ones skipped', () => {
    const scores = new Map([[1, 0.5], [2, 0.9], [3, 0.5], [4, 0.7]]);
    const id = (i: number) => ['', 'b', 'x', 'a', 'y'][i];
    expect(topK(scores, 3, () => false, id)).toEqual([[2, 0.9], [4, 0.7], [3, 0.5]]);
    expect(topK(scores, 2, (i) => i === 2, id)).toEqual([[4, 0.7], [3, 0.5]]);
  });
});

describe('RankCache', () => {
  it('scores a measure written with another spelling of the same place as close', () => {
    const claims = [figure('Ships carried 300 containers from Rajin port.'), figure('Ships carried 300 tonnes of coal to Vladivostok.')];
    const cache = new RankCache(new EntityContext([seedTopic]), (i) => claims[i]);
    const [port, coal] = cache.fuzzyMeasures('containers from Najin port', [cache.canonicalMeasure(0), cache.canonicalMeasure(1)]);
    expect(port).toBeGreaterThan(coal);
    expect(cache.sentenceWords(1).has('coal')).toBe(true);
  });
});
