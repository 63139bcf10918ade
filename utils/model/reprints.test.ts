import { describe, expect, it } from 'vitest';
import { alsoCarriedBy, countOutlets, foldReprints } from './reprints';

const l = (outlet: string, published: string, wireCopyOf?: string) => ({ outlet, published, ...(wireCopyOf ? { wireCopyOf } : {}) });

describe('foldReprints', () => {
  it('folds reprints into their original, and counts outlets, not mentions', () => {
    const lines = [l('Daily Reprint', '2024-01-03', 'Wire Agency'), l('Wire Agency', '2024-01-02'), l('Gazette', '2024-01-02'), l('Evening Echo', '2024-01-04', 'Wire Agency')];
    const folded = foldReprints(lines);
    expect(folded.map((f) => f.line.outlet)).toEqual(['Wire Agency', 'Gazette']);
    expect(alsoCarriedBy(folded[0].copies)).toBe('also carried by 2: Daily Reprint, Evening Echo');
    expect(countOutlets(lines)).toBe(2);
  });
  it('reprints whose original is not listed fold into the earliest of them', () => {
    const folded = foldReprints([l('Evening Echo', '2024-01-04', 'Wire Agency'), l('Daily Reprint', '2024-01-03', 'Wire Agency')]);
    expect(folded).toHaveLength(1);
    expect(folded[0].line.outlet).toBe('Daily Reprint');
    expect(alsoCarriedBy(folded[0].copies)).toBe('also carried by 1: Evening Echo');
  });
  it("one outlet's two articles stay two lines but count once", () => {
    const lines = [l('Gazette', '2024-01-02'), l('Gazette', '2024-02-02')];
    expect(foldReprints(lines)).toHaveLength(2);
    expect(countOutlets(lines)).toBe(1);
  });
});
