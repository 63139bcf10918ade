/** `tally extract` spawned as a user runs it: output on the seeds, and one-line refusals of bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'tally-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tally(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli', 'tally.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tally extract', () => {
  it('prints a table of the figures in a seed article', () => {
    const r = tally(['extract', 'seeds/korea-herald-2023-10-14.txt']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^quote\s+figure \(range allowed\)\s+qualifier\s+unit\s+measure\s+attribution$/);
    const row = lines.find((l) => l.startsWith('1,000 containers'))!;
    expect(row).toMatch(/1,000\s+exact\s+container\s+containers of military supplies\s+Kirby/);
    expect(r.stdout).toMatch(/about 300 shipping containers\s+300 \(270 to 330\)\s+about/);
    expect(r.stdout).toContain('the range Tally reads its hedge as allowing');
  });

  it('help is on stdout with exit 0, each command\'s and the whole list, every option named', () => {
    const top = tally(['--help']);
    expect(top.code).toBe(0);
    for (const option of ['--all', '--published', '--with-claims', '--each-line', '--language', '--pack']) expect(top.stdout).toContain(option);
    for (const command of ['extract', 'check', 'pack']) {
      const r = tally([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(new RegExp(`^usage: tally ${command} `));
      expect(r.stderr, command).toBe('');
    }
  });

  it('--json prints the contract fields, with offsets into the text', () => {
    const r = tally(['extract', 'seeds/yonhap-2023-10-14.txt', '--json']);
    expect(r.code).toBe(0);
    const claims = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    const keys = ['quote', 'start', 'end', 'value', 'low', 'high', 'qualifier', 'direction', 'unit', 'measure', 'attribution', 'sentence'];
    for (const c of claims) for (const k of keys) expect(c).toHaveProperty(k);
    expect(claims[0]).toMatchObject({ quote: 'more than 1,000 containers', value: 1000, qualifier: 'more-than', unit: 'container', attribution: 'White House' });
    const date = claims.find((c) => c.unit === 'date' && String(c.quote).startsWith('between'))!;
    expect(date).toMatchObject({ low: '2023-09-07', high: '2023-10-01' }); // year from seeds/index.json
  });

  it('reads standard input, and --each-line prints one JSON array per line', () => {
    const r = tally(['extract', '-', '--each-line'], 'over 1,000 containers\nno figures here\nabout 7,000 containers and 87.29%\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Array<{ quote: string }>);
    expect(lines.map((l) => l.map((c) => c.quote))).toEqual([['over 1,000 containers'], [], ['about 7,000 containers', '87.29%']]);
  });

  it('reads HTML: the article text, without scripts and navigation', () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, '<!doctype html><html><head><title>T</title><script>var n = 5000;</script></head><body><nav>Top 10 stories</nav>' +
      '<article><p>North Korea has delivered more than 1,000 containers of military equipment to Russia, the White House said Friday. ' +
      'The depot is roughly 290 kilometers from the Ukrainian border, officials said in a briefing on the shipments and the port.</p></article></body></html>');
    const r = tally(['extract', file, '--json']);
    expect(r.code).toBe(0);
    const quotes = (JSON.parse(r.stdout) as Array<{ quote: string }>).map((c) => c.quote);
    expect(quotes).toEqual(['more than 1,000 containers', 'roughly 290 kilometers']);
  });

  const bad: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => ['extract', join(dir, 'nope.txt')], /no such file/],
    ['an empty file', () => { const f = join(dir, 'empty.txt'); writeFileSync(f, '  \n'); return ['extract', f]; }, /is empty/],
    ['binary data', () => { const f = join(dir, 'bin.dat'); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff])); return ['extract', f]; }, /binary/],
    ['a 50 MB file', () => {
      const f = join(dir, 'big.txt');
      const fd = openSync(f, 'w');
      ftruncateSync(fd, 50 * 1024 * 1024);
      closeSync(fd);
      return ['extract', f];
    }, /50\.0 MB; the limit is 10\.0 MB/],
    ['a directory', () => ['extract', dir], /directory/],
    ['no file at all', () => ['extract'], /no input file/],
    ['an unknown option', () => ['extract', 'seeds/efe-2023-10-16.txt', '--frobnicate'], /unknown option --frobnicate/],
  ];
  it.each(bad)('refuses %s with one line and a non-zero exit', (_name, args, message) => {
    const r = tally(args());
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^tally: /);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
