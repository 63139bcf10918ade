// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../utils/engine/claims/types';
import { figureOf } from './ArticleDetail';
import { render } from 'preact';
import type { Topic, TopicEdits } from '../../utils/model/topic';
import { TopicsPanel } from './TopicsPanel';

const claim = (over: Partial<Claim>): Claim => ({
  quote: '',
  start: 0,
  end: 0,
  value: 1000,
  low: 1000,
  high: 1000,
  qualifier: 'exact',
  hedge: null,
  direction: null,
  unit: 'container',
  measure: null,
  attribution: null,
  sentence: '',
  ...over,
});

describe('figureOf', () => {
  it.each([
    [{ hedge: 'more than', qualifier: 'more-than' as const }, 'more than 1,000 containers'],
    [{ value: 1, low: 1, high: 1, unit: 'vessel' }, '1 vessel'],
    [{ value: 290, low: 290, high: 290, unit: 'kilometre', hedge: 'roughly' }, 'roughly 290 kilometres'],
    [{ value: 40, unit: 'percent' }, '40 percent'],
    [{ value: 3000, unit: 'person' }, '3,000 people'],
    [{ unit: 'date', value: '2023-09-07', low: '2023-09-07', high: '2023-10-01' }, '7 Sep 2023 – 1 Oct 2023'],
    [{ unit: 'date', value: '2023-10-13', low: '2023-10-13', high: '2023-10-13' }, '13 Oct 2023'],
  ])('%j → %s', (over, expected) => {
    expect(figureOf(claim(over))).toBe(expected);
  });
});

describe('TopicsPanel', () => {
  const mount = (node: preact.ComponentChild) => {
    const root = document.createElement('div');
    render(node, root);
    return root;
  };
  const emptied: Topic = { id: 'ferry-strike', name: 'Ferry strike', entities: [] };
  const removed: TopicEdits = { entities: { 'getty-images': { state: 'removed', name: 'Getty Images', aliases: [], kind: 'org' } } };

  it('keeps a topic whose every name was removed, with its Restore list', () => {
    const root = mount(<TopicsPanel topics={[emptied]} edits={{ 'ferry-strike': removed }} onEdit={async () => {}} />);
    expect(root.querySelector('[data-topic="ferry-strike"]')).not.toBeNull();
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toContain('Restore Getty Images');
  });

  it('leaves out a topic with no names and no edits (the catch-all for pages of no story)', () => {
    const root = mount(<TopicsPanel topics={[emptied]} edits={{}} onEdit={async () => {}} />);
    expect(root.querySelector('[data-topic]')).toBeNull();
    expect(root.textContent).toContain('No topic yet');
  });
});
