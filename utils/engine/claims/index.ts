/**
 * The claims engine's public face: `extractClaims` for a text, `parseNumber` for a figure as
 * written, `canonicalUnit` for a unit or counted noun. Pure TypeScript, no DOM.
 */
export { extractClaims, MAX_CLAIMS_PER_TEXT, TABLE_LANGUAGES, type ExtractOptions } from './extract';
export { parseNumber } from './numbers';
// Report dates of any precision ("2025", "2023-10", "2023-10-14"): read, bounded, ordered, shown as written.
export { compareIsoDates, compareIsoDatesNewestFirst, formatIsoDate, isoDateBounds, parseIsoDate, type IsoDate } from '../../model/dates';
export { canonicalUnit } from './units';
export type { Claim, Direction, Qualifier } from './types';
