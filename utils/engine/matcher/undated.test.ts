import { describe, expect, it } from 'vitest';
import type { ReportLine } from './report-line';
import { dateOfAgreeing, undatedNote } from './undated';

const line = (relation: ReportLine['relation'], published: string | null) => ({ relation, published }) as ReportLine;

describe('dateOfAgreeing', () => {
  it('is the median date of the reports that state the figure; other relations do not count', () => {
    const lines = [line('same', '2024-03-01'), line('hedge', '2024-01-01'), line('attribution', '2024-02-01'), line('conflict', '2025-01-01'), line('same', null)];
    expect(new Date(dateOfAgreeing(lines)!).toISOString().slice(0, 10)).toBe('2024-02-01');
  });
  it('is null with no dated agreeing report', () => {
    expect(dateOfAgreeing([line('update', '2024-01-01'), line('same', null)])).toBeNull();
  });
  it('the note names the month taken', () => {
    expect(undatedNote(Date.parse('2024-02-01T12:00:00Z'))).toContain('Feb 2024');
  });
});
