/** A figure without a direction shares its neighbour's: "X was down 2.3%, Y by 2.6%", "lost 190 points, or 0.6%". */
import { isCapitalised, type Draft } from '../draft';
import type { LanguageTable } from '../lang/types';
import type { Token } from '../tokens';

/** "X was down 2.3%, Y by 2.6%": a gapped clause (a name, "by", a figure) shares the change. */
export function shareGappedDirection(drafts: Draft[], tokens: Token[], lang: LanguageTable): void {
  const { gappedBy, gappedAnd } = lang.figure;
  for (let n = 1; n < drafts.length; n++) {
    const b = drafts[n];
    if (b.direction || b.date || tokens[b.startTok - 1]?.lower !== gappedBy || !isCapitalised(tokens[b.startTok - 2])) continue;
    let k = b.startTok - 3;
    while (k >= 0 && isCapitalised(tokens[k]) && k > b.startTok - 6) k--;
    if (tokens[k]?.text !== ',' && tokens[k]?.lower !== gappedAnd) continue;
    let m = n - 1;
    while (m >= 0 && drafts[m].date) m--;
    if (m >= 0 && drafts[m].direction && drafts[m].unitKind === b.unitKind) b.direction = drafts[m].direction;
  }
}

/** "lost 190 points, or 0.6%": the restatement shares the change. */
export function shareRestatedDirection(drafts: Draft[], tokens: Token[], lang: LanguageTable): void {
  const or = lang.figure.restatementOr;
  for (let n = 0; n + 1 < drafts.length; n++) {
    const a = drafts[n];
    const b = drafts[n + 1];
    if (a.direction && !b.direction && !b.date) {
      const between = tokens.slice(a.endTok, b.startTok).map((t) => t.lower).join(' ');
      if (between === ', ' + or || between === or) b.direction = a.direction;
    }
  }
}
