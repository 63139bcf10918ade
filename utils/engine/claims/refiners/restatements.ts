/** Restatements in parentheses: "about 290 km (180 miles)", "just under 296 hp (224 kW / 300 PS)", "C$6 (US$4.46) per share". */
import type { Draft } from '../draft';
import { rateAt } from '../readers/rate';
import type { LanguageTable } from '../lang/types';
import type { Token } from '../tokens';

/** "C$6 (US$4.46) per share": a rate after a parenthetical restatement applies to both figures. */
export function shareRates(drafts: Draft[], tokens: Token[], lang: LanguageTable): void {
  for (let n = 0; n + 1 < drafts.length; n++) {
    const a = drafts[n];
    const b = drafts[n + 1];
    if (a.date || b.date || !a.hasUnit || !b.hasUnit || a.unitKind !== 'currency' || b.unitKind !== 'currency') continue;
    if (b.startTok !== a.endTok + 1 || tokens[a.endTok]?.text !== '(' || tokens[b.endTok]?.text !== ')') continue;
    if (a.unit.includes(' per ') || b.unit.includes(' per ')) continue;
    const rate = rateAt(tokens, b.endTok + 1, lang);
    if (!rate) continue;
    a.unit += ' per ' + rate.name;
    b.unit += ' per ' + rate.name;
  }
}

/** "just under 296 hp (224 kW / 300 PS)": a restatement shares the hedge and the direction of the figure it restates. */
export function shareHedges(drafts: Draft[], tokens: Token[]): void {
  // "just under 296 hp (224 kW / 300 PS)": every restatement in the parentheses shares the hedge.
  let source: Draft | null = null;
  for (let n = 0; n + 1 < drafts.length; n++) {
    const prev = drafts[n];
    const b = drafts[n + 1];
    let a = prev;
    if (source && b.startTok === prev.endTok + 1 && tokens[prev.endTok]?.text === '/') a = source;
    else source = null;
    if (a.date || b.date || !b.hasUnit || !a.hasUnit) continue;
    if (a === prev) {
      if (b.startTok !== a.endTok + 1 || tokens[a.endTok]?.text !== '(') continue;
      source = a;
    }
    if (b.qualifier === 'exact' && a.qualifier !== 'exact' && a.qualifier !== 'range' && a.qualifier !== 'magnitude') {
      b.qualifier = a.qualifier;
      b.hedge = a.hedge;
      b.rawLow = a.raw ? b.raw * (a.rawLow / a.raw) : b.rawLow;
      b.rawHigh = a.raw ? b.raw * (a.rawHigh / a.raw) : b.rawHigh;
    } else if (b.qualifier === 'range' && !b.hedge && a.hedge) b.hedge = a.hedge;
    if (!b.direction) b.direction = a.direction;
  }
}
