/**
 * A claim's features for matching: what it counts (content tokens), whom and where it names
 * (entity ids), whom it credits, and when its report was published. Same-figure claims of one
 * report pool what they count and whom they credit (a report says "containers of munitions"
 * once and "1,000 containers" later).
 */
import type { Claim } from '../claims/types';
import { figureContext, pastYearOf, type FigureContext } from './context';
import type { EntityContext } from './entities';
import { isNumeric } from './postings';
import { compatibleValues } from './relate';
import { contentTokens, type Vocabulary } from './text';
import { countedUnit, isTimeSpan, unitHead, unitWords } from './units';

const NO_CONTEXT: FigureContext & { clause: string } = { event: null, near: [], revised: false, prior: false, qualifiers: [], qualifiesNoun: false, record: false, level: false, clause: '' };

/** What a figure counts and how, for matching; its clause's reading (event, words near it, revision, calibre) is FigureContext. */
export interface Features extends FigureContext {
  /** What the figure counts, as one word: the unit's head, its synonyms as one, a count of people as "person" (countedUnit). */
  unit: string;
  /** The direction of a change the figure is the size of ("rose by 300": up); null for a level, even one reached by rising ("rose to 99"). */
  change: Claim['direction'];
  /** The past year its sentence is about ("in 1960"), or null for the report's own time (pastYearOf). */
  pastYear: number | null;
  /** Content tokens of what is counted, merged with same-figure claims of the same report. */
  measure: string[];
  /** Entity ids of the sentence and attribution. */
  entities: string[];
  /** The places that narrow (weight 1 or more) its own clause names: "85% contained" in "…, while the Kula fire was 60% contained" is not Kula's. */
  places: string[];
  /** Resolved attribution entity (most specific), or null. */
  credited: string | null;
  /** Every source the report credits this figure to (its same-figure statements pooled). */
  credits: string[];
  /** Attribution as written, or as the same report credits the figure elsewhere. */
  attribution: string | null;
  time: number | null;
  /** Credited to a named person (a better line to quote). */
  personCredit: boolean;
}

/** An ISO date (or date-time) as a time; a bare date is taken at noon UTC. */
export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? iso + 'T12:00:00Z' : iso);
  return Number.isNaN(t) ? null : t;
}

/** Features of a batch of claims; `groupOf` names each claim's report, whose same-figure claims pool. */
export function featuresOf(claims: readonly Claim[], publishedOf: (i: number) => string | null, groupOf: (i: number) => string, ctx: EntityContext, vocab: Vocabulary): Features[] {
  const narrowingPlace = (id: string) => ctx.kind(id) === 'place' && ctx.weight(id) >= 1;
  const out: Features[] = claims.map((c, i) => {
    const credited = ctx.resolveCredit(c.attribution);
    const entities = ctx.idsIn(`${c.sentence} ${c.attribution ?? ''}`);
    const measure = [...contentTokens(c.measure ?? (c.unit.includes(' ') ? c.unit : null), vocab, unitWords(c.unit))];
    // Dates and names are searched, never matched: no context to read.
    const around = isNumeric(c) ? figureContext(c, unitHead(c.unit)) : NO_CONTEXT;
    return {
      unit: countedUnit(unitHead(c.unit), around.event),
      pastYear: isNumeric(c) ? pastYearOf(c.sentence ?? '', publishedOf(i)) : null,
      measure,
      entities,
      // The clause is read for places only when its sentence names one (most name none).
      places: around.clause && entities.some(narrowingPlace) ? ctx.idsIn(around.clause).filter(narrowingPlace) : [],
      credited,
      credits: credited ? [credited] : [],
      attribution: c.attribution,
      time: parseTime(publishedOf(i)),
      personCredit: credited !== null && ctx.kind(credited) === 'person',
      // A span of time counts no event ("the deadliest wildfire in over a century" counts no deaths).
      event: isTimeSpan(unitHead(c.unit)) ? null : around.event,
      near: around.near,
      revised: around.revised,
      prior: around.prior,
      qualifiers: around.qualifiers,
      qualifiesNoun: around.qualifiesNoun,
      record: around.record,
      level: around.level,
      change: around.level ? null : c.direction,
    };
  });
  const groups = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const key = `${groupOf(i)}\u0001${out[i].unit}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2 || members.length > 50) continue;
    for (const i of members) {
      for (const j of members) {
        if (i === j || out[i].change !== out[j].change || !compatibleValues(claims[i], claims[j])) continue;
        pool(out[i], out[j]);
      }
    }
  }
  return out;
}

/** `into` takes what `from` counts and whom it credits. */
function pool(into: Features, from: Features): void {
  for (const t of from.measure) if (!into.measure.includes(t)) into.measure.push(t);
  into.event ??= from.event;
  if (from.credited && !into.credits.includes(from.credited)) into.credits.push(from.credited);
  if (!into.credited && from.credited) {
    into.credited = from.credited;
    into.attribution = from.attribution;
    into.personCredit = from.personCredit;
  }
}

/** News repeats itself: claims share one copy of each distinct token list (a third of the heap at 1M claims). */
export function internFeatures(features: Features[]): void {
  const pool = new Map<string, string[]>();
  const intern = (list: string[]) => {
    const key = list.join('\u0001');
    const shared = pool.get(key);
    if (shared) return shared;
    pool.set(key, list);
    return list;
  };
  for (const f of features) {
    f.measure = intern(f.measure);
    f.entities = intern(f.entities);
    f.places = intern(f.places);
    f.credits = intern(f.credits);
    f.near = intern(f.near);
    f.qualifiers = intern(f.qualifiers);
  }
}
