/**
 * What a figure counts, as one word to compare and index by: the unit's head word, with the
 * words reports use for one another made one (tons and tonnes, structures and buildings), and
 * a count of people as "person" whether written "61 fatalities", "80 lives" or "the toll stands
 * at 115" (no unit, but the death event). The words are the per-language tables of
 * utils/engine/claims/lang/events.ts.
 */
import { EVENT_LANGS, PEOPLE_UNITS, UNIT_SYNONYMS } from '../claims/lang/events';

const LANGS = EVENT_LANGS;
const synonyms: Record<string, string> = Object.assign({}, ...LANGS.map((l) => UNIT_SYNONYMS[l]));
const peopleUnits = new Set(LANGS.flatMap((l) => PEOPLE_UNITS[l]));

/** Events that only people undergo: a figure that names one and no unit counts people. */
const PEOPLE_EVENTS = new Set(['death', 'injury', 'missing', 'evacuation']);

/** The unit a person would compare: the head word of a unit ("artillery shell" → "shell"), synonyms as one. */
export function unitHead(unit: string): string {
  const words = unit.trim().split(/\s+/);
  const head = words[words.length - 1];
  return synonyms[head] ?? head;
}

/** The unit's head word as written and as compared ("structure building"): neither is something counted besides the unit. */
export function unitWords(unit: string): string {
  const written = unit.trim().split(/\s+/).at(-1) ?? '';
  return `${written} ${unitHead(unit)}`;
}

/** A text with each unit word written as the one reports use for it ("2,200 structures" reads "2,200 buildings"), for comparing measures as words. */
export function foldUnitSynonyms(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const plural = !synonyms[lower] && lower.endsWith('s');
    const same = synonyms[plural ? lower.slice(0, -1) : lower];
    return same ? same + (plural ? 's' : '') : word;
  });
}

/** The unit a figure counts, given its head and the event of its clause: counts of people are one unit. */
export function countedUnit(head: string, event: string | null): string {
  if (peopleUnits.has(head)) return PEOPLE;
  if (head === '' && event !== null && PEOPLE_EVENTS.has(event)) return PEOPLE;
  return head;
}

/** The counted unit of people. */
export const PEOPLE = 'person';

const TIME_SPANS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'century']);

/** A unit of time: its figure is a span ("in over a century"), which counts no event. */
export function isTimeSpan(unit: string): boolean {
  return TIME_SPANS.has(unit);
}
