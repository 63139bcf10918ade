/**
 * The refiners: passes over one sentence's figures (drafts) that let a figure borrow from its
 * neighbours what the readers could not see from its own tokens.
 *
 * The order matters: units are shared between joined figures first ("eight or nine euros"),
 * so that a restatement in parentheses then shares the hedge of a figure that has its unit,
 * rates spread over the restatements, and only then does a bare figure inherit the unit of
 * the nearest figure before it (which by then has its unit and rate). Number words that
 * borrowed nothing ("the two") are dropped last.
 */
import type { Draft } from '../draft';
import type { LanguageTable } from '../lang/types';
import type { Token } from '../tokens';
import { inheritUnits } from './inherit-units';
import { shareHedges, shareRates } from './restatements';
import { shareGappedDirection, shareRestatedDirection } from './share-direction';
import { sharePartOfWhole, shareUnitsLeftward, shareUnitsRightward } from './share-units';

export function refine(drafts: Draft[], tokens: Token[], lang: LanguageTable): void {
  shareUnitsLeftward(drafts, tokens, lang);
  shareUnitsRightward(drafts, tokens, lang);
  sharePartOfWhole(drafts, tokens, lang);
  shareGappedDirection(drafts, tokens, lang);
  shareRestatedDirection(drafts, tokens, lang);
  shareHedges(drafts, tokens);
  shareRates(drafts, tokens, lang);
  inheritUnits(drafts, tokens, lang);
  for (let n = drafts.length - 1; n >= 0; n--) if (drafts[n].bareWords) drafts.splice(n, 1);
}
