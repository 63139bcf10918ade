// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../utils/engine/claims';
import type { ReportLine } from '../utils/protocol/messages';
import { ClaimNote } from './Note';
import { groupReports } from '../utils/model/report-groups';
import { quoteInContext } from '../utils/model/format';
import { placeNote } from './NotePopover';

const yonhap = readFileSync(join(import.meta.dirname, '../seeds/yonhap-2023-10-14.txt'), 'utf8');
const claim = extractClaims(yonhap, {}).find((c) => /more than 1,000 containers/.test(c.quote))!;

function line(partial: Partial<ReportLine>): ReportLine {
  return {
    articleId: 'a', claimId: 'c', outlet: 'EFE', published: '2023-10-16', relation: 'same', quote: 'over 1,000 containers',
    sentence: 'North Korea had sent over 1,000 containers full of military equipment.', attribution: 'Kirby', reason: 'same figure',
    value: 1000, low: 1000, high: Infinity, unit: 'container', qualifier: 'more-than', measure: null, score: 1, ...partial,
  } as ReportLine;
}

describe('ClaimNote', () => {
  it('renders hostile report text as text and links only http(s)', () => {
    const host = document.createElement('div');
    const hostile = line({ outlet: '<img src=x onerror="alert(1)">Evil', url: 'javascript:alert(1)', quote: '<b>1,000</b>', sentence: 'They said <b>1,000</b> things.' });
    const safe = line({ outlet: 'KBS World Radio', url: 'https://world.kbs.co.kr/x' });
    render(<ClaimNote check={{ claim, reports: [hostile, safe] }} headingId="h" onClose={() => {}} />, host);
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror="alert(1)">Evil');
    expect(host.textContent).toContain('<b>1,000</b>');
    expect([...host.querySelectorAll('b')].map((b) => b.textContent)).toEqual(['This page:']);
    const links = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://world.kbs.co.kr/x']);
  });

  it("states this page's figure first, then groups with the later figure first and updates newest first", () => {
    const groups = groupReports([
      line({ relation: 'same', outlet: 'EFE' }),
      line({ relation: 'update', outlet: 'Old update', published: '2023-12-01' }),
      line({ relation: 'hedge', outlet: 'The Korea Herald', reason: "drops 'more than'" }),
      line({ relation: 'update', outlet: 'New update', published: '2024-03-18' }),
    ]);
    expect(groups.map((g) => g.relation)).toEqual(['update', 'same', 'hedge']);
    expect(groups[0].reports.map((r) => r.outlet)).toEqual(['New update', 'Old update']);
    const host = document.createElement('div');
    render(<ClaimNote check={{ claim, reports: groups.flatMap((g) => g.reports) }} headingId="h" onClose={() => {}} />, host);
    const text = host.textContent!;
    expect(text.indexOf('This page')).toBeLessThan(text.indexOf('New update'));
    expect(text).toContain("drops 'more than'");
  });

  it('every heading says what is below it: later and earlier figures apart, vaguer ones apart; reprints fold and outlets are counted', () => {
    const reports = [
      line({ relation: 'update', outlet: 'Later outlet', published: '2024-03-18', reason: 'later and larger: Mar 2024' }),
      line({ relation: 'update', outlet: 'Earlier outlet', published: '2023-09-01', reason: 'earlier and smaller: Sep 2023' }),
      line({ relation: 'vaguer', outlet: 'Vague outlet', quote: 'hundreds of containers', reason: "vaguer: 'hundreds of containers' includes more than 1,000" }),
      line({ relation: 'same', outlet: 'Wire Agency', articleId: 'w' }),
      line({ relation: 'same', outlet: 'Daily Reprint', articleId: 'r', wireCopyOf: 'Wire Agency' }),
    ];
    expect(groupReports(reports).map((g) => g.heading)).toEqual(['Later figure for the same count', 'Same figure', 'Consistent but vaguer, not the same figure', 'Earlier figure for the same count']);
    const host = document.createElement('div');
    render(<ClaimNote check={{ claim, reports }} headingId="h" onClose={() => {}} />, host);
    expect(host.querySelector('h2')!.textContent).toMatch(/^4 other outlets on/);
    expect(host.textContent).toContain('Same figure (1)');
    expect(host.textContent).toContain('also carried by 1: Daily Reprint');
    expect(host.querySelectorAll('li.report')).toHaveLength(4);
  });

  it('orders reports dated to the month or year by their first day and shows each date as written', () => {
    const same = (outlet: string, published: string | null) => line({ relation: 'same', outlet, articleId: outlet, published });
    const update = (outlet: string, published: string | null) => line({ relation: 'update', outlet, articleId: outlet, published, reason: 'later and larger' });
    const groups = groupReports([
      same('Day', '2023-10-14'), same('Undated', null), same('Month', '2023-10'), same('Year', '2023'), same('Next year', '2025'),
      update('Update undated', null), update('Update month', '2024-02'), update('Update year', '2025'), update('Update day', '2024-02-09'),
    ]);
    expect(groups.find((g) => g.key === 'same')!.reports.map((r) => r.outlet)).toEqual(['Year', 'Month', 'Day', 'Next year', 'Undated']);
    expect(groups.find((g) => g.key === 'later')!.reports.map((r) => r.outlet)).toEqual(['Update year', 'Update day', 'Update month', 'Update undated']);
    const host = document.createElement('div');
    render(<ClaimNote check={{ claim, reports: groups.flatMap((g) => g.reports) }} headingId="h" onClose={() => {}} />, host);
    expect([...host.querySelectorAll('.date')].map((d) => d.textContent)).toEqual(['2025', '9 Feb 2024', 'Feb 2024', 'undated', '2023', 'Oct 2023', '14 Oct 2023', '2025', 'undated']);
  });

  it('shows the quote inside a trimmed window of its sentence', () => {
    const [before, figure, after] = quoteInContext(claim.sentence, claim.quote, 20);
    expect(figure).toBe(claim.quote);
    expect(before.startsWith('…')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(22);
    expect(after.length).toBeLessThanOrEqual(22);
  });
});

describe('placeNote', () => {
  const viewport = { width: 1000, height: 800 };
  const overlaps = (a: { top: number; bottom: number }, top: number, height: number) => top < a.bottom && a.top < top + height;
  it.each([
    ['room below', { top: 100, bottom: 120, left: 50 }],
    ['near the bottom', { top: 700, bottom: 720, left: 50 }],
    ['near the right edge', { top: 300, bottom: 320, left: 980 }],
  ])('never overlaps the mark (%s) and stays on screen', (_name, anchor) => {
    const size = { width: 400, height: 300 };
    const p = placeNote(anchor, size, viewport);
    expect(overlaps(anchor, p.top, Math.min(size.height, p.maxHeight))).toBe(false);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + size.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  it('keeps off the other marked figures: slid sideways, else on the other side, else cut short before them', () => {
    const size = { width: 400, height: 300 };
    const anchor = { top: 400, bottom: 420, left: 100, right: 260 };
    const box = (p: { top: number; left: number; maxHeight: number }) => ({ top: p.top, bottom: p.top + Math.min(size.height, p.maxHeight), left: p.left, right: p.left + size.width });
    const hits = (a: ReturnType<typeof box>, b: { top: number; bottom: number; left: number; right: number }) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    // Alone, it goes below, at the mark's left.
    expect(placeNote(anchor, size, viewport)).toMatchObject({ top: 426, left: 100 });
    // A figure two lines below, under the mark: still below, slid right past it.
    const next = { top: 460, bottom: 480, left: 120, right: 250 };
    const slid = placeNote(anchor, size, viewport, [next]);
    expect(slid.top).toBe(426);
    expect(hits(box(slid), next)).toBe(false);
    // Figures across the whole line below: above.
    const line = { top: 460, bottom: 480, left: 0, right: 1000 };
    const above = placeNote(anchor, size, viewport, [line]);
    expect(above.top + size.height).toBeLessThanOrEqual(anchor.top);
    expect(hits(box(above), line)).toBe(false);
    // Figures across the lines above and far below: below, cut short before them (the note scrolls).
    const lineAbove = { top: 300, bottom: 320, left: 0, right: 1000 };
    const far = { top: 600, bottom: 620, left: 0, right: 1000 };
    const cut = placeNote(anchor, size, viewport, [lineAbove, far]);
    expect(cut.top).toBe(426);
    expect(cut.maxHeight).toBeLessThan(size.height);
    for (const other of [lineAbove, far, anchor]) expect(hits(box(cut), other)).toBe(false);
  });
});
