import { describe, expect, it } from 'vitest';
import type { Topic } from '../../model/topic';
import { addTopicEdit, applyTopicEdits, TopicEditError, type TopicEdits } from './edits';

// A topic as a proposal might make it from a made-up story's reports: one port under two names, a photo agency taken for a name.
const proposed: Topic = {
  id: 'ferry-strike',
  name: 'Ferry strike',
  entities: [
    { id: 'port-marinsk', name: 'Port of Marinsk', kind: 'place', aliases: ['Marinsk'] },
    { id: 'marynsk', name: 'Marynsk', kind: 'place', aliases: [] },
    { id: 'kestrel-line', name: 'Kestrel Line', kind: 'org', aliases: ['Kestrel', 'Tarnova'], memberOf: ['marynsk'] },
    { id: 'photo-agency', name: 'Getty Images', kind: 'org', aliases: [] },
  ],
  requires: [['port-marinsk', 'marynsk'], ['photo-agency']],
};

function edit(topic: Topic, edits: TopicEdits | undefined, ...steps: Parameters<typeof addTopicEdit>[2][]) {
  let current = edits;
  let stored = applyTopicEdits(topic, current);
  for (const step of steps) {
    current = addTopicEdit(stored, current, step);
    stored = applyTopicEdits(stored, current);
  }
  return { edits: current!, stored };
}
const names = (t: Topic) => t.entities.map((e) => [e.name, ...e.aliases].join('/'));

describe('topic edits', () => {
  it('merge, split, remove and rename give the topic a person expects, and the links follow', () => {
    const { stored } = edit(
      proposed,
      undefined,
      { kind: 'merge', entity: 'marynsk', into: 'port-marinsk' },
      { kind: 'split', entity: 'kestrel-line', spelling: 'Tarnova' },
      { kind: 'remove', entity: 'photo-agency' },
      { kind: 'rename', name: 'Marinsk ferries' },
    );
    expect(stored.name).toBe('Marinsk ferries');
    expect(names(stored)).toEqual(['Port of Marinsk/Marinsk/Marynsk', 'Kestrel Line/Kestrel', 'Tarnova']);
    expect(stored.entities.find((e) => e.name === 'Tarnova')).toMatchObject({ id: 'tarnova', kind: 'org' });
    expect(stored.entities.find((e) => e.id === 'kestrel-line')!.memberOf).toEqual(['port-marinsk']);
    expect(stored.requires).toEqual([['port-marinsk']]);
  });

  it('laid over a later proposal of the same topic, the edits win: nothing taken out comes back, and laying them twice changes nothing', () => {
    const { edits } = edit(
      proposed,
      undefined,
      { kind: 'spellings', entity: 'port-marinsk', name: 'Port of Marinsk', aliases: [] },
      { kind: 'split', entity: 'kestrel-line', spelling: 'Tarnova' },
      { kind: 'remove', entity: 'photo-agency' },
    );
    // The next proposal still gives the port its short name, the line the town's, the agency, and the town to another entity.
    const town = { id: 'tarnova-town', name: 'Tarnova Town', kind: 'place' as const, aliases: ['Tarnova'] };
    const later = applyTopicEdits({ ...proposed, entities: [...proposed.entities, town] }, edits);
    expect(names(later)).toEqual(['Port of Marinsk', 'Marynsk', 'Kestrel Line/Kestrel', 'Tarnova Town', 'Tarnova']);
    expect(applyTopicEdits(later, edits)).toEqual(later);
  });

  it('restore undoes a merge: the spellings go back to their entity', () => {
    const { stored, edits } = edit(proposed, undefined, { kind: 'merge', entity: 'marynsk', into: 'port-marinsk' }, { kind: 'restore', entity: 'marynsk' });
    // Back at the end of the list, as an entity the person has now confirmed.
    expect(names(stored)).toEqual(['Port of Marinsk/Marinsk', 'Kestrel Line/Kestrel/Tarnova', 'Getty Images', 'Marynsk']);
    expect(edits.entities.marynsk!.state).toBe('kept');
  });

  it('restore puts an entity back where it stood: what it belongs to, what belongs to it, its requires group', () => {
    const { stored, edits } = edit(proposed, undefined, { kind: 'remove', entity: 'marynsk' }, { kind: 'remove', entity: 'photo-agency' });
    expect(stored.requires).toEqual([['port-marinsk']]);
    expect(stored.entities.find((e) => e.id === 'kestrel-line')!.memberOf).toEqual([]);
    let back = stored;
    let current = edits;
    for (const entity of ['marynsk', 'photo-agency']) {
      current = addTopicEdit(back, current, { kind: 'restore', entity });
      back = applyTopicEdits(back, current);
    }
    expect(back.requires).toEqual([['port-marinsk', 'marynsk'], ['photo-agency']]);
    expect(back.entities.find((e) => e.id === 'kestrel-line')!.memberOf).toEqual(['marynsk']);
    expect(applyTopicEdits(back, current)).toEqual(back);
  });

  it('follows merges to their end: A into B, then B into C, links point at C', () => {
    const { stored, edits } = edit(proposed, undefined, { kind: 'merge', entity: 'marynsk', into: 'port-marinsk' }, { kind: 'merge', entity: 'port-marinsk', into: 'kestrel-line' });
    expect(names(stored)).toEqual(['Kestrel Line/Kestrel/Tarnova/Port of Marinsk/Marinsk/Marynsk', 'Getty Images']);
    expect(stored.requires).toEqual([['kestrel-line'], ['photo-agency']]);
    // A later proposal still linking the first name finds where it went.
    const crew = { id: 'crew', name: 'Deck crew', kind: 'org' as const, aliases: [], memberOf: ['marynsk'] };
    const later = applyTopicEdits({ ...proposed, entities: [...proposed.entities, crew] }, edits);
    expect(later.entities.find((e) => e.id === 'crew')!.memberOf).toEqual(['kestrel-line']);
  });

  it('a removed name stays out when a later proposal offers it under another id', () => {
    const { edits } = edit(proposed, undefined, { kind: 'remove', entity: 'photo-agency' });
    const later = applyTopicEdits(
      { ...proposed, entities: [...proposed.entities, { id: 'getty', name: 'Getty Images', kind: 'org', aliases: [] }, { id: 'wire', name: 'Wire photos', kind: 'org', aliases: ['Getty Images'] }] },
      edits,
    );
    expect(names(later)).toEqual(['Port of Marinsk/Marinsk', 'Marynsk', 'Kestrel Line/Kestrel/Tarnova', 'Wire photos']);
  });

  it('refuses what cannot be done, in words a person can act on', () => {
    const stored = applyTopicEdits(proposed, undefined);
    const refused = (step: Parameters<typeof addTopicEdit>[2]) => () => addTopicEdit(stored, undefined, step);
    expect(refused({ kind: 'spellings', entity: 'marynsk', name: 'Marynsk', aliases: ['Marinsk'] })).toThrow(/already a spelling of Port of Marinsk: merge/);
    expect(refused({ kind: 'spellings', entity: 'marynsk', name: '—', aliases: [] })).toThrow(/nothing to match/);
    expect(refused({ kind: 'merge', entity: 'marynsk', into: 'marynsk' })).toThrow(TopicEditError);
    expect(refused({ kind: 'split', entity: 'marynsk', spelling: 'Marynsk' })).toThrow(/only that spelling/);
    expect(refused({ kind: 'split', entity: 'kestrel-line', spelling: 'Dover' })).toThrow(/not a spelling/);
    expect(refused({ kind: 'restore', entity: 'kestrel-line' })).toThrow(/not removed or merged/);
    expect(refused({ kind: 'rename', name: '  ' })).toThrow(/needs a name/);
  });
});
