import { describe, expect, it } from 'vitest';
import { yonhapPageClaims } from '../../tests/support/corpus-fixtures';
import { citationMarkdown, citationText, csvCell, escapeMarkdown, pageFiguresCsv, pageFiguresMarkdown, UTF8_BOM } from './citation';
import { distinctFigures, groupPageFigures, outletsOfPage } from './page-figures';

const claims = yonhapPageClaims();
const page = { url: 'https://en.yna.co.kr/view/AEN1', outlet: 'Yonhap News Agency', title: 'N. Korea sent containers', published: '2023-10-14' };
const containers = claims.find((c) => c.quote === 'more than 1,000 containers' && c.check.reports.length)!;
const efe = containers.check.reports.find((r) => r.outlet === 'EFE')!;

describe('the side panel\'s figures (the Yonhap seed checked against the others)', () => {
  it('groups later and conflicting figures first, each figure once with how often the page states it', () => {
    const groups = groupPageFigures(claims);
    expect(groups[0].heading).toBe('Later figures');
    const lead = groups[0].figures.find((f) => f.claim.quote === 'more than 1,000 containers')!;
    expect(lead.times).toBeGreaterThan(1);
    expect(lead.outlets).toEqual(expect.arrayContaining(['The Korea Herald', 'EFE', 'KBS World Radio', 'Agence France-Presse (reprint)']));
    expect(distinctFigures(claims).length).toBeLessThan(claims.length);
  });

  it('lists the outlets, the page first, then by date', () => {
    const outlets = outletsOfPage(page, claims);
    // Same day: by name.
    expect(outlets.map((o) => o.outlet)).toEqual(['Yonhap News Agency', 'The Korea Herald', 'EFE', 'KBS World Radio', 'Agence France-Presse (reprint)']);
    expect(outlets[0].isPage).toBe(true);
    expect(outlets.at(-1)!.published).toBe('2024-03-18');
  });

  it('keeps a figure the page states again with other reports, in both views', () => {
    const other = { ...efe, claimId: 'elsewhere:1', articleId: 'elsewhere', outlet: 'Daily Elsewhere', published: '2023-11-02' };
    const again = { ...containers, id: 'again', check: { ...containers.check, reports: [other] } };
    const withAgain = [...claims, again];
    expect(distinctFigures(withAgain).length).toBe(distinctFigures(claims).length + 1);
    expect(outletsOfPage(page, withAgain).map((o) => o.outlet)).toContain('Daily Elsewhere');
  });

  it('folds a reprint into its original at a glance, as the note counts outlets', () => {
    const reprint = { ...efe, claimId: 'reprint:1', articleId: 'reprint', outlet: 'Daily Reprint', wireCopyOf: 'EFE' };
    const folded = { ...containers, check: { ...containers.check, reports: [...containers.check.reports, reprint] } };
    const [figure] = distinctFigures([folded]);
    expect(figure.outlets.filter((o) => /EFE/.test(o))).toEqual(['EFE']);
    expect(figure.outlets.join()).not.toContain('Daily Reprint');
  });
});

describe('citations', () => {
  it('cite the sentence, outlet, date and credit, as text and Markdown; a link only when it is http(s)', () => {
    expect(citationText(efe)).toMatch(/^“.*over 1,000 containers.*” — EFE, 16 Oct 2023, citing John Kirby\.$/);
    const linked = { ...efe, url: 'https://www.efe.com/a?b=1' };
    expect(citationText(linked)).toMatch(/citing John Kirby\. https:\/\/www\.efe\.com\/a\?b=1$/);
    expect(citationMarkdown(linked)).toMatch(/^> .*\*\*over 1,000 containers\*\*.*\n>\n> — \[EFE\]\(<https:\/\/www\.efe\.com\/a\?b=1>\), 16 Oct 2023, citing John Kirby$/);
    expect(citationText({ ...efe, url: 'javascript:alert(1)' })).not.toContain('javascript');
  });

  it('escape what a page could make into Markdown links or HTML', () => {
    expect(escapeMarkdown('[click](http://x) <img src=x> *a*')).toBe('\\[click\\]\\(http://x\\) \\<img src=x\\> \\*a\\*');
    const hostile = { ...efe, outlet: '[EFE](https://evil.example)', sentence: '<script>x</script> over 1,000 containers' };
    const md = citationMarkdown(hostile);
    expect(md).not.toMatch(/\]\(https:\/\/evil/);
    expect(md).not.toContain('<script>');
  });
});

describe('exports', () => {
  it('Markdown has a section per figure with the note\'s groups', () => {
    const md = pageFiguresMarkdown(page, claims);
    expect(md).toMatch(/^# Figures in \[N\. Korea sent containers\]\(<https:\/\/en\.yna\.co\.kr\/view\/AEN1>\)/);
    expect(md).toContain('## more than 1,000 containers\n\n### Later figure for the same count\n\n- Agence France-Presse \\(reprint\\), 18 Mar 2024');
  });

  it('CSV has a row per report, quoted where needed, and no cell a spreadsheet would run', () => {
    const csv = pageFiguresCsv(claims);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = csv.slice(UTF8_BOM.length).split('\r\n');
    expect(rows[0]).toBe('page figure,relation,group,outlet,date,their figure,credited to,why,sentence,url');
    expect(rows.some((r) => r.startsWith('"more than 1,000 containers",update,Later figure for the same count,Agence France-Presse (reprint),2024-03-18,'))).toBe(true);
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell('-1,000.5')).toBe('"-1,000.5"');
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('plain')).toBe('plain');
  });
});
