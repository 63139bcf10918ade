/** Topics and their entities (Najin = Rajin = Rason): the shape a topic file, a pack and the corpus share. */

/** What an entity is. */
export type EntityKind = 'person' | 'place' | 'vessel' | 'org' | 'document';

/** A named thing of a topic, with every spelling the reports use. */
export interface Entity {
  id: string;
  /** The preferred spelling. */
  name: string;
  kind: EntityKind;
  /** Other spellings ("Rajin", "Rason" for Najin). */
  aliases: string[];
  /** Entities this one speaks for or belongs to (John Kirby → White House → United States). */
  memberOf?: string[];
  /** How much a mention says about the topic (default 1); countries count little. */
  weight?: number;
}

/** A news topic: its entities, the groups of entities a page must mention, and its term families. */
export interface Topic {
  id: string;
  name: string;
  entities: Entity[];
  /** Each inner list is a group of entity ids; a page on the topic mentions one of every group. */
  requires?: string[][];
  /** Families of interchangeable words for what is counted ("weapons" = "munitions" = "arms"). */
  terms?: string[][];
}

/**
 * One change a person makes to a topic on the options page. Kept apart from the topic (see
 * utils/engine/topics/edits.ts) so an import or a reset of the default pack cannot undo it.
 */
export type TopicEdit =
  | { kind: 'rename'; name: string }
  /** Set an entity's spellings, name first. */
  | { kind: 'spellings'; entity: string; name: string; aliases: string[] }
  /** Fold `entity` into `into` (both names one thing: "Dunay" and "Dunai"). */
  | { kind: 'merge'; entity: string; into: string }
  /** Take one spelling out of `entity` as an entity of its own (two things proposed as one). */
  | { kind: 'split'; entity: string; spelling: string }
  /** Not a name of this story (a photo agency, a dateline): pages are no longer matched by it. */
  | { kind: 'remove'; entity: string }
  /** Undo a remove or a merge: the entity comes back with the spellings it had. */
  | { kind: 'restore'; entity: string };

/** What became of one entity a person touched. */
export interface EntityEdit {
  state: 'kept' | 'removed' | 'merged';
  name: string;
  aliases: string[];
  kind: EntityKind;
  weight?: number;
  /** The entity it was merged into (`state: 'merged'`). */
  into?: string;
  /** Its links when it was removed or merged, so restoring it puts them back. */
  links?: EntityLinks;
}

/** Where an entity stood in its topic: what it belongs to, what belongs to it, the `requires` groups it was in. */
export interface EntityLinks {
  memberOf: string[];
  members: string[];
  requires: string[][];
}

/** What a person changed in one topic (utils/engine/topics/edits.ts lays it over the topic). */
export interface TopicEdits {
  name?: string;
  entities: Record<string, EntityEdit>;
}
