/**
 * The claim model, as the rest of the extension names it. Its definition still lives beside the
 * engine that produces it (utils/claims/types.ts) until the engine folders move under
 * utils/engine/; type-only, so nothing of the engine is bundled through here.
 */
export type { Claim, Direction, Qualifier } from '../claims/types';
