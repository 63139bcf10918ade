/**
 * The one codec for a claim's open bounds. The claim model says "no lower / upper bound" with
 * -Infinity / Infinity; JSON (packs, extension messages) has no Infinity and writes null.
 */

/** A bound as JSON can carry it: an infinite number becomes null. */
export function boundToJson<T extends number | string>(bound: T): T | null {
  return typeof bound === 'number' && !Number.isFinite(bound) ? null : bound;
}

/** A lower bound back from JSON: null is -Infinity. */
export function lowFromJson<T>(bound: T | null): T | number {
  return bound === null ? -Infinity : bound;
}

/** An upper bound back from JSON: null is Infinity. */
export function highFromJson<T>(bound: T | null): T | number {
  return bound === null ? Infinity : bound;
}

/** Puts back both open bounds of anything with `low` and `high` (a claim, a stored claim row). */
export function reviveBounds<T extends { low: unknown; high: unknown }>(x: T): T {
  return { ...x, low: lowFromJson(x.low), high: highFromJson(x.high) };
}
