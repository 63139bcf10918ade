/**
 * Who and where, as the matcher sees them: a topic's entities as ids (so Rajin = Najin), their
 * weights (countries nearly every report names count for less), and which source a credit names.
 */
import { entityClosure, entityIdsIn, type Entity, type Topic } from '../topics/index';

export class EntityContext {
  readonly entities: Entity[];
  private readonly weights = new Map<string, number>();
  private readonly kinds = new Map<string, string>();
  private readonly closures = new Map<string, Set<string>>();

  constructor(topics: readonly Topic[]) {
    this.entities = topics.flatMap((t) => t.entities);
    for (const e of this.entities) {
      this.weights.set(e.id, e.weight ?? 1);
      this.kinds.set(e.id, e.kind);
    }
  }

  /** An entity's weight (1 unless the topic lowers it). */
  weight(id: string): number {
    return this.weights.get(id) ?? 1;
  }

  kind(id: string): string | undefined {
    return this.kinds.get(id);
  }

  /** Entity ids a text names. */
  idsIn(text: string): string[] {
    return entityIdsIn(text, this.entities);
  }

  /** Entities that narrow a search: those nearly every report names (the countries) are left out. */
  specific(ids: readonly string[]): string[] {
    return ids.filter((e) => this.weight(e) >= 1);
  }

  /** An entity and every entity it belongs to. */
  closure(id: string): Set<string> {
    let c = this.closures.get(id);
    if (!c) this.closures.set(id, (c = entityClosure(id, this.entities)));
    return c;
  }

  /** The source a credit names, the most specific one (Shin Won-sik over the ministry), or null. */
  resolveCredit(attribution: string | null): string | null {
    if (!attribution) return null;
    const ids = this.idsIn(attribution);
    if (!ids.length) return null;
    const specific = ids.find((id) => !ids.some((other) => other !== id && this.closure(other).has(id)));
    return specific ?? ids[0];
  }

  /** Do two credits name the same source (or one its part)? null when either names none. */
  creditsAgree(a: string | null, b: string | null): boolean | null {
    if (!a || !b) return null;
    return a === b || this.closure(a).has(b) || this.closure(b).has(a);
  }

  /** Do two reports credit a figure to the same source anywhere they state it? null when either names none. */
  anyCreditAgrees(a: readonly string[], b: readonly string[]): boolean | null {
    if (!a.length || !b.length) return null;
    return a.some((x) => b.some((y) => this.creditsAgree(x, y)));
  }

  /** 3 for a named person, 2 an organisation, 1 a place, 0 nobody the topic knows: the better credit to quote. */
  specificity(id: string | null): number {
    if (!id) return 0;
    const kind = this.kind(id);
    return kind === 'person' ? 3 : kind === 'place' ? 1 : 2;
  }
}
