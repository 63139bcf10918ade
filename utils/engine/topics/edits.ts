/**
 * A person's edits of a topic (rename it; set, merge, split, remove or restore its entities),
 * kept apart from the topic itself. The corpus stores them beside the topics and lays them over
 * every topic it writes (`applyTopicEdits`), so a pack imported later, a proposal from a page
 * added later, or a new default pack cannot bring back what the person took out.
 */
import type { Entity, EntityEdit, EntityLinks, Topic, TopicEdit, TopicEdits } from '../../model/topic';

export type { EntityEdit, TopicEdits } from '../../model/topic';
import { spellingProblem } from './index';
import { topicIdFrom } from './propose';

const fold = (s: string) => s.trim().toLowerCase();
const spellingsOf = (e: { name: string; aliases: readonly string[] }) => [e.name, ...e.aliases];

/** The topic with the edits laid over it; laying them twice changes nothing. */
export function applyTopicEdits<T extends Topic>(topic: T, edits: TopicEdits | undefined): T {
  if (!edits) return topic;
  const all = Object.entries(edits.entities);
  const kept = all.filter(([, e]) => e.state === 'kept');
  // A spelling a person gave one entity is that entity's, wherever else a proposal puts it; a
  // spelling they removed is no entity's (a later proposal may offer it under another id).
  const claimed = new Set(all.flatMap(([, e]) => spellingsOf(e).map(fold)));
  const entities: Entity[] = [];
  const present = new Set<string>();
  for (const entity of topic.entities) {
    const edit = edits.entities[entity.id];
    if (edit) {
      if (edit.state === 'kept') entities.push(entityFrom(entity.id, edit, entity));
    } else if (!claimed.has(fold(entity.name))) {
      entities.push({ ...entity, aliases: entity.aliases.filter((a) => !claimed.has(fold(a))) });
    } else continue;
    present.add(entity.id);
  }
  for (const [id, edit] of kept) if (!present.has(id)) entities.push(entityFrom(id, edit));
  const relink = (ids: readonly string[]) => [...new Set(ids.map((id) => currentId(id, edits)).filter((id): id is string => id !== null))];
  for (const [k, e] of entities.entries()) if (e.memberOf) entities[k] = { ...e, memberOf: relink(e.memberOf).filter((id) => id !== e.id) };
  let requires = topic.requires?.map(relink).filter((group) => group.length);
  // A restored entity takes its links back (a stored topic has lost them with it).
  for (const [id, edit] of kept) if (edit.links) requires = relinkRestored(id, edit.links, entities, requires ?? [], relink);
  const { requires: _r, ...rest } = topic;
  return { ...rest, name: edits.name ?? topic.name, entities, ...(requires?.length ? { requires } : {}) } as T;
}

/** The entity an id stands for now: merges followed to their end (A into B into C is C), null when removed. */
function currentId(id: string, edits: TopicEdits): string | null {
  const seen = new Set<string>();
  let at = id;
  for (let edit = edits.entities[at]; edit && edit.state !== 'kept'; edit = edits.entities[at]) {
    if (edit.state === 'removed' || !edit.into || seen.has(at)) return null;
    seen.add(at);
    at = edit.into;
  }
  return at;
}

/** Puts a restored entity back where it stood (`links`), among the entities present; returns the `requires` groups. */
function relinkRestored(id: string, links: EntityLinks, entities: Entity[], requires: string[][], relink: (ids: readonly string[]) => string[]): string[][] {
  const ids = new Set(entities.map((e) => e.id));
  // What belonged to it, where each went since (a member merged into another brings that one).
  const members = new Set(relink(links.members));
  for (const [k, e] of entities.entries()) {
    const add = e.id === id ? relink(links.memberOf) : members.has(e.id) ? [id] : [];
    if (!add.length) continue;
    const memberOf = [...new Set([...(e.memberOf ?? []), ...add])].filter((m) => m !== e.id && ids.has(m));
    entities[k] = { ...e, memberOf };
  }
  const groups = requires.map((g) => [...g]);
  for (const group of links.requires) {
    // Its group is the one holding the others it stood with; or its own, when they are gone too.
    const others = new Set(relink(group).filter((m) => m !== id));
    const home = groups.find((g) => g.some((m) => others.has(m))) ?? groups.find((g) => g.length === 1 && g[0] === id);
    if (!home) groups.push([id]);
    else if (!home.includes(id)) home.push(id);
  }
  return groups;
}

/** Where an entity stands in its topic, kept with its removal (`EntityLinks`). */
function linksOf(topic: Topic, id: string): EntityLinks {
  return {
    memberOf: topic.entities.find((e) => e.id === id)?.memberOf ?? [],
    members: topic.entities.filter((e) => e.memberOf?.includes(id)).map((e) => e.id),
    requires: (topic.requires ?? []).filter((g) => g.includes(id)),
  };
}

function entityFrom(id: string, edit: EntityEdit, base?: Entity): Entity {
  const weight = edit.weight ?? base?.weight;
  return { ...base, id, name: edit.name, aliases: edit.aliases, kind: edit.kind, ...(weight !== undefined ? { weight } : {}) };
}

/** A person's edit refused, with why in words they can act on. */
export class TopicEditError extends Error {
  override name = 'TopicEditError';
}

/**
 * The edits after one more, checked against the topic as it is stored (edits laid over it).
 * Throws `TopicEditError` when the edit cannot be made; the edits passed in are not changed.
 */
export function addTopicEdit(topic: Topic, edits: TopicEdits | undefined, edit: TopicEdit): TopicEdits {
  const next: TopicEdits = { ...(edits?.name ? { name: edits.name } : {}), entities: { ...edits?.entities } };
  const entity = (id: string) => {
    const found = topic.entities.find((e) => e.id === id);
    if (!found) throw new TopicEditError(`no entity "${id}" in topic "${topic.name}"`);
    return found;
  };
  const keep = (e: Entity, spellings: string[]): EntityEdit => {
    const [name, ...aliases] = uniqueSpellings(spellings);
    if (!name) throw new TopicEditError(`${e.name} needs at least one spelling`);
    return { state: 'kept', name, aliases, kind: e.kind, ...(e.weight !== undefined ? { weight: e.weight } : {}) };
  };
  switch (edit.kind) {
    case 'rename': {
      const name = edit.name.trim();
      if (!name) throw new TopicEditError('a topic needs a name');
      next.name = name;
      break;
    }
    case 'spellings': {
      const target = entity(edit.entity);
      const spellings = [edit.name, ...edit.aliases];
      checkSpellings(spellings, topic, target.id);
      next.entities[target.id] = keep(target, spellings);
      break;
    }
    case 'merge': {
      if (edit.entity === edit.into) throw new TopicEditError('an entity cannot be merged into itself');
      const from = entity(edit.entity);
      const into = entity(edit.into);
      next.entities[into.id] = keep(into, [...spellingsOf(into), ...spellingsOf(from)]);
      next.entities[from.id] = { ...keep(from, spellingsOf(from)), state: 'merged', into: into.id, links: linksOf(topic, from.id) };
      break;
    }
    case 'split': {
      const from = entity(edit.entity);
      const spelling = spellingsOf(from).find((s) => fold(s) === fold(edit.spelling));
      if (!spelling) throw new TopicEditError(`"${edit.spelling}" is not a spelling of ${from.name}`);
      const left = spellingsOf(from).filter((s) => s !== spelling);
      if (!left.length) throw new TopicEditError(`${from.name} has only that spelling: nothing to split`);
      next.entities[from.id] = keep(from, left);
      next.entities[freeId(spelling, topic, next)] = keep(from, [spelling]);
      break;
    }
    case 'remove': {
      const target = entity(edit.entity);
      next.entities[target.id] = { ...keep(target, spellingsOf(target)), state: 'removed', links: linksOf(topic, target.id) };
      break;
    }
    case 'restore': {
      const gone = next.entities[edit.entity];
      if (!gone || gone.state === 'kept') throw new TopicEditError(`"${edit.entity}" was not removed or merged`);
      next.entities[edit.entity] = { ...gone, state: 'kept' };
      delete next.entities[edit.entity]!.into;
      // Its spellings leave the entity it was merged into.
      const into = gone.into && next.entities[gone.into];
      if (into) {
        const mine = new Set(spellingsOf(gone).map(fold));
        const [name = into.name, ...aliases] = spellingsOf(into).filter((s) => !mine.has(fold(s)));
        next.entities[gone.into!] = { ...into, name, aliases };
      }
      break;
    }
  }
  return next;
}

function uniqueSpellings(spellings: readonly string[]): string[] {
  const seen = new Set<string>();
  return spellings.map((s) => s.trim()).filter((s) => s && !seen.has(fold(s)) && seen.add(fold(s)));
}

function checkSpellings(spellings: readonly string[], topic: Topic, self: string): void {
  const owner = new Map(topic.entities.filter((e) => e.id !== self).flatMap((e) => spellingsOf(e).map((s) => [fold(s), e.name] as const)));
  for (const spelling of spellings.map((s) => s.trim()).filter(Boolean)) {
    const problem = spellingProblem(spelling);
    if (problem) throw new TopicEditError(problem);
    const other = owner.get(fold(spelling));
    if (other) throw new TopicEditError(`"${spelling}" is already a spelling of ${other}: merge the two instead`);
  }
}

/** An id for an entity split off: its spelling as the proposer makes ids (transliterated), numbered when that one is in use. */
function freeId(spelling: string, topic: Topic, edits: TopicEdits): string {
  const taken = new Set([...topic.entities.map((e) => e.id), ...Object.keys(edits.entities)]);
  const base = topicIdFrom(spelling);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
