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
