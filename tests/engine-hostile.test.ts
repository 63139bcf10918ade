/**
 * The command line on the engine's hostile inputs (issue 10, items 1, 9 and 11): a pack whose
 * alias matches nothing used to hang `tally check --pack` forever; a 9.9 MB run of digits
 * overflowed the stack; a run-on sentence's JSON grew with the square of its length. Each
 * run has a generous time limit that only a hang would reach.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'tally-engine-hostile-'));
// node --import tsx, not npx: npm's own warnings would muddle stderr. A hang ends in SIGTERM.
const tally = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli/tally.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });

describe('a pack whose alias is "-"', () => {
  const pack = 'tests/fixtures/packs/dash-alias.json';
  const message = `tally: ${pack}: topics[0].entities[0].aliases[1]: alias "-" has nothing to match: a spelling needs letters or digits, not only dashes, spaces or punctuation`;

  it('tally check --pack refuses it with one line, promptly, instead of hanging', () => {
    const r = tally('check', 'seeds/yonhap-2023-10-14.txt', '--pack', pack);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(message);
  }, 90_000);

  it('tally pack validate refuses it the same way', () => {
    const r = tally('pack', 'validate', pack);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(message);
  }, 90_000);
});

describe('tally extract on hostile text', () => {
  it('a 9.9 MB run of digits gives no figures, not an internal error', () => {
    const file = join(dir, 'digits.txt');
    writeFileSync(file, '9'.repeat(9_900_000));
    const r = tally('extract', file, '--json');
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  }, 90_000);

  it('--json on a 200,000-character run-on sentence of numbers stays within a constant times the input', () => {
    const file = join(dir, 'run-on.txt');
    const text = `The registry listed ${Array.from({ length: 29_000 }, (_, i) => `${10_000 + ((i * 7919) % 89_999)}`).join(', ')} in all.\n`;
    writeFileSync(file, text);
    expect(text.length).toBeGreaterThan(200_000);
    const r = tally('extract', file, '--json');
    expect(r.signal).toBeNull();
    expect(r.status, r.stderr).toBe(0);
    const claims = JSON.parse(r.stdout) as { quote: string; sentence: string }[];
    expect(claims.length).toBeGreaterThan(28_000);
    expect(r.stdout.length).toBeLessThan(200 * text.length);
    for (const c of claims) expect(c.sentence).toContain(c.quote);
  }, 90_000);
});
