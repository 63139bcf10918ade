/** The claim model lives in utils/model/claim.ts; the engine names it from there. */
export type { Claim, Direction, Qualifier } from '../../model/claim';
