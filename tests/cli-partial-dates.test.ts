/**
 * Report dates as coarse as real metadata gives them ("2023-10", "2025"): `tally pack build`
 * takes them, `tally check` shows them as written, and garbage is still refused with its path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const tally = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli/tally.ts'), ...args], { cwd: root, encoding: 'utf8' });

// Four reports of one harbour figure, dated to the day, the month, the year, and a later year.
const REPORTS: [file: string, outlet: string, published: string, text: string][] = [
  ['ledger.txt', 'Coastal Ledger', '2023-10-14', 'Freight traffic at Port Velmar reached 4,200 containers in a single week, the Velmar Harbour Board said on Monday.\nThe board said the terminal would add a third crane next spring.\n'],
  ['weekly.txt', 'Harbour Weekly', '2023-10', 'The Velmar Harbour Board reported that Port Velmar handled 4,200 containers in one week, a record for the terminal.\n'],
  ['digest.txt', 'Shipping Digest', '2023', 'Port Velmar moved about 4,200 containers in a week, according to the Velmar Harbour Board.\n'],
  ['review.txt', 'Port Review', '2025', 'In its yearly review, the Velmar Harbour Board recalled that Port Velmar once handled 4,200 containers in a week.\n'],
];

function folder(dates: string[] = REPORTS.map((r) => r[2])): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tally-partial-'));
  REPORTS.forEach(([file, , , text]) => writeFileSync(join(dir, file), text));
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ articles: REPORTS.map(([file, outlet], i) => ({ file, outlet, published: dates[i] })) }));
  return { dir, out: join(dir, 'pack.json') };
}

describe('partial report dates through pack build and check', () => {
  it('builds a pack from reports dated "2023-10" and "2025", keeping each date as written', () => {
    const { dir, out } = folder();
    const r = tally('pack', 'build', dir, '-o', out);
    expect(r.status, r.stderr).toBe(0);
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack.articles.map((a: { published: string }) => a.published)).toEqual(['2023-10-14', '2023-10', '2023', '2025']);
    expect(tally('pack', 'validate', out).status).toBe(0);
  });

  it('check shows each report line with its date at its own precision', () => {
    const { dir, out } = folder();
    expect(tally('pack', 'build', dir, '-o', out).status).toBe(0);
    const r = tally('check', join(dir, 'ledger.txt'), '--pack', out);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.trim().startsWith('- '));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ +- Harbour Weekly, Oct 2023: "4,200 containers"/),
        expect.stringMatching(/^ +- Shipping Digest, 2023: "about 4,200 containers"/),
        expect.stringMatching(/^ +- Port Review, 2025: "4,200 containers"/),
      ]),
    );
    expect(r.stdout).not.toMatch(/\b0 Oct|\? 20|NaN|undated/);
  });

  it.each(['2023-13', '2023-10-32', 'Oct 2023', '20231', ''])('refuses a report dated "%s" with one line naming where', (bad) => {
    const { dir, out } = folder(['2023-10-14', bad, '2023', '2025']);
    const r = tally('pack', 'build', dir, '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`tally: ${join(dir, 'index.json')} articles[1].published: "${bad}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`]);
    expect(existsSync(out)).toBe(false);
  });
});
