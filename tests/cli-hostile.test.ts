/**
 * The CLI on hostile input, spawned as a user runs it: devices, FIFOs and endless standard input,
 * HTML nested past reason, a page with no text, more figures than a table has room for, option
 * values that name the prototype, impossible dates, and pack folders that point outside
 * themselves or hold binary files. Each ends in one line on stderr and exit 1 or 2 (or, for HTML
 * read the simple way, one line saying so and the figures), within generous time and memory
 * bounds that catch a hang or a flood, never an "internal error". Timings are in
 * `npm run bench -- hostile`.
 */
import { USAGES } from '../cli/usage';
import { TABLE_LANGUAGES } from '../utils/engine/claims/index';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'tally-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A hang fails the test instead of stalling the suite. */
const HANG_MS = 30_000;
/** A flood fails the test: the CLI grew by 120 MB/s on /dev/zero. */
const MAX_RSS_KB = 1024 * 1024;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  maxRssKb: number | null;
}

/** `tally ARGS`, under /usr/bin/time when it is there, killed (its whole group) after HANG_MS. */
function tally(args: string[], stdin: 'endless' | number | 'none' | { text: string } = 'none', hangMs = HANG_MS): Promise<Run> {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const node = [process.execPath, '--import', 'tsx', join(root, 'cli', 'tally.ts'), ...args];
  const [cmd, ...argv] = TIME ? [TIME, '-f', '%M', '-o', rssFile, ...node] : node;
  const child = spawn(cmd, argv, { cwd: root, detached: true, stdio: [typeof stdin === 'number' ? stdin : 'pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  if (stdin === 'endless') {
    const line = Buffer.from('Exports rose by 300 tonnes, the ministry said on Monday.\n'.repeat(1000));
    Readable.from((function* () {
      for (;;) yield line;
    })()).pipe(child.stdin!).on('error', () => {});
    child.stdin!.on('error', () => {});
  } else if (stdin === 'none') child.stdin!.end();
  else if (typeof stdin === 'object') child.stdin!.end(stdin.text);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, 'SIGKILL');
  }, hangMs);
  return new Promise((done) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      const rss = TIME && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : null;
      done({ code, stdout, stderr, timedOut, maxRssKb: Number.isFinite(rss) ? rss : null });
    });
  });
}

/** One line on stderr, starting "tally: ", no stack trace, no internal error; bounded time and memory. */
function expectOneLine(r: Run, message: RegExp): void {
  expect(r.timedOut).toBe(false);
  expect(r.stderr.trimEnd()).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^tally: /);
  expect(r.stderr).not.toMatch(/internal error/);
  if (r.maxRssKb !== null) expect(r.maxRssKb).toBeLessThan(MAX_RSS_KB);
}

function expectRefused(r: Run, message: RegExp, code: 1 | 2 = 1): void {
  expectOneLine(r, message);
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
}

const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const fifo = (name: string): string => {
  const path = join(dir, name);
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
};

describe.concurrent('reading with a byte limit, whatever the file is', () => {
  it.each(['/dev/zero', '/dev/urandom'])('extract %s is refused without reading it', async (device) => {
    expectRefused(await tally(['extract', device]), new RegExp(`${device} is not a regular file`));
  });

  it('extract of a FIFO is refused without waiting for a writer', async () => {
    expectRefused(await tally(['extract', fifo('article.fifo')]), /article\.fifo is not a regular file/);
  });

  it('check --pack /dev/zero and pack validate /dev/zero are refused', async () => {
    expectRefused(await tally(['check', 'seeds/yonhap-2023-10-14.txt', '--pack', '/dev/zero']), /^tally: pack \/dev\/zero is not a regular file/);
    expectRefused(await tally(['pack', 'validate', '/dev/zero']), /^tally: pack \/dev\/zero is not a regular file/);
  });

  it('/dev/zero as standard input stops at the limit', async () => {
    const { openSync, closeSync } = await import('node:fs');
    const fd = openSync('/dev/zero', 'r');
    try {
      expectRefused(await tally(['extract', '-'], fd), /^tally: standard input is over the 10\.0 MB limit$/);
    } finally {
      closeSync(fd);
    }
  });

  it('endless text on standard input stops at the limit', async () => {
    expectRefused(await tally(['extract', '-'], 'endless'), /^tally: standard input is over the 10\.0 MB limit$/);
  });
});

describe.concurrent('HTML that would take Readability minutes, or has no text', () => {
  const sentence = 'More than 1,000 containers of equipment reached the depot, the ministry said.';
  const figure = /More than 1,000 containers/;
  let deep2k = '';
  let deep100k = '';
  let unclosed = '';
  let crowded = '';
  beforeAll(() => {
    deep2k = file('deep2k.html', `<html><body>${'<div>'.repeat(2000)}${sentence}${'</div>'.repeat(2000)}</body></html>`);
    deep100k = file('deep100k.html', `<html><body>${'<div>'.repeat(100_000)}${sentence}${'</div>'.repeat(100_000)}</body></html>`);
    unclosed = file('unclosed.html', `<html><body>${'<span>'.repeat(100_000)}${sentence}</body></html>`);
    crowded = file('crowded.html', `<html><body><p>${sentence}</p>${'<i>tick</i> '.repeat(60_000)}</body></html>`);
  });

  it.each([
    ['2,000 levels deep', () => deep2k, /nested 2000 levels deep \(the limit is 256\): read as plain text/],
    ['100,000 levels deep', () => deep100k, /nested 100000 levels deep/],
    ['100,000 unclosed elements', () => unclosed, /nested 100000 levels deep/],
    ['60,000 elements', () => crowded, /60\d{3} elements \(the limit is 50000\): read as plain text/],
  ])('a page %s is read as plain text, and says so in one line', async (_name, path, note) => {
    const r = await tally(['extract', path()]);
    expectOneLine(r, note);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(figure);
  });

  it('a deep page with no text is refused in one line that gives both reasons', async () => {
    const page = file('deep-empty.html', `<html><body>${'<div>'.repeat(3000)}${'<title></title>'.repeat(100_000)}</body></html>`);
    expectRefused(await tally(['extract', page]), /deep-empty\.html has no article text \(nested 3001 levels deep/);
  });

  it('a page with no article text is refused by name', async () => {
    const page = file('empty-page.html', '<html><head><title>Home</title><script>var n = 5000;</script></head><body><nav>Menu</nav></body></html>');
    expectRefused(await tally(['extract', page]), /empty-page\.html has no article text$/);
    expectRefused(await tally(['check', page]), /empty-page\.html has no article text$/);
  });
});

describe.concurrent('inputs past what the engine or the table holds', () => {
  it('130,000 figures: the engine\'s first 100,000 print as a table (no spread of every row into Math.max)', async () => {
    const text = file('figures.txt', Array.from({ length: 130_000 }, (_, k) => `${k + 1} apples.`).join(' '));
    // A big table on a shared machine: a wider bound than the refusals get.
    const r = await tally(['extract', text], 'none', 100_000);
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('100000 figures');
  }, 120_000);

  it('a 9.9 MB run of digits ends in one line, never an internal error', async () => {
    const r = await tally(['extract', file('digits.txt', '7'.repeat(9_900_000))]);
    expect(r.timedOut).toBe(false);
    expect(r.stderr).not.toMatch(/internal error/);
    if (r.code !== 0) expectRefused(r, /digits\.txt/);
  });

  it('a pack whose JSON nests 100,000 deep is refused in one line', async () => {
    const pack = file('deep-pack.json', `{"format":"tally-pack","version":1,"topics":${'['.repeat(100_000)}${']'.repeat(100_000)},"articles":[]}`);
    expectRefused(await tally(['pack', 'validate', pack]), /deep-pack\.json/);
  });
});

describe('the languages the help names', () => {
  it('are the engine\'s tables, every one', () => {
    const help = USAGES.extract.help.join('\n');
    for (const language of TABLE_LANGUAGES) expect(help).toMatch(new RegExp(`\\b${language}\\b`));
  });
});

describe.concurrent('option values', () => {
  it.each(['__proto__', 'constructor', 'toString', 'xx'])('--language %s is refused, naming the languages Tally reads', async (language) => {
    expectRefused(await tally(['extract', 'seeds/yonhap-2023-10-14.txt', '--language', language]), /is not a language Tally reads \(known: en, ru, ko, es, de\)$/, 2);
  });

  it.each(['1', '2023-02-30', '2023-13', '2023-02-29', '2023-10-14T25:00', '14/10/2023', 'yesterday'])('--published %s is refused', async (date) => {
    expectRefused(await tally(['extract', 'seeds/yonhap-2023-10-14.txt', '--published', date]), /--published: ".*" is not a date \(use YYYY-MM-DD, YYYY-MM or YYYY\)$/, 2);
  });

  it('check refuses an impossible --published too', async () => {
    expectRefused(await tally(['check', 'seeds/yonhap-2023-10-14.txt', '--published', '2023-02-30']), /is not a date/, 2);
  });

  it.each(['2023', '2024-02', '2024-02-29', '2025-10-14T03:17:00+09:00'])('--published %s is taken, and its year dates "Oct. 3"', async (date) => {
    const r = await tally(['extract', '-', '--json', '--published', date], { text: 'Exports rose by 300 tonnes on Oct. 3, the ministry said.' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const claims = JSON.parse(r.stdout) as Array<{ unit: string; low: string }>;
    // "Oct. 3" is the one on or before the publication date: in its year or the year before.
    const year = Number(date.slice(0, 4));
    expect([`${year}-10-03`, `${year - 1}-10-03`]).toContain(claims.find((c) => c.unit === 'date')?.low);
  });
});

describe.concurrent('pack build keeps to its folder and reads its files as extract does', () => {
  let n = 0;
  /** A fresh folder with one good article, ARTICLES as its index.json's list (or INDEX as the whole file). */
  function folder(index: unknown, setup?: (path: string) => void): { path: string; out: string } {
    const path = join(dir, `pack-${++n}`);
    mkdirSync(join(path, 'sub'), { recursive: true });
    writeFileSync(join(path, 'good.txt'), 'The port handled more than 1,000 containers in March, the operator said.');
    writeFileSync(join(path, 'index.json'), typeof index === 'string' ? index : JSON.stringify(index));
    setup?.(path);
    return { path, out: join(dir, `pack-${n}.json`) };
  }
  const entry = (fileName: unknown) => ({ articles: [{ file: 'good.txt', outlet: 'Port Daily' }, { file: fileName, outlet: 'Elsewhere' }] });
  const secret = file('secret.txt', 'The vault holds 4,200 gold bars, a source said.');

  const cases: Array<[string, () => { path: string; out: string }, RegExp]> = [
    ['an index.json of null', () => folder('null'), /index\.json: needs an object with an "articles" list$/],
    ['an index.json that is a list', () => folder('[]'), /index\.json: needs an object with an "articles" list$/],
    ['a null entry', () => folder({ articles: [null] }), /index\.json articles\[0\]: each article is an object with a "file", got null$/],
    ['an entry with a number for its file', () => folder(entry(7)), /index\.json articles\[1\]: every article needs a "file"$/],
    ['an entry that is a folder', () => folder(entry('sub')), /sub is a directory, not a file$/],
    ['an entry that climbs out of the folder', () => folder(entry('../../../../etc/adduser.conf')), /articles\[1\]: "\.\.\/\.\.\/\.\.\/\.\.\/etc\/adduser\.conf" is outside the folder/],
    ['an entry naming a file beside the folder', () => folder(entry('../secret.txt')), /articles\[1\]: "\.\.\/secret\.txt" is outside the folder/],
    ['an absolute entry', () => folder(entry(secret)), /articles\[1\]: ".*secret\.txt" is outside the folder/],
    ['a link that leads out of the folder', () => folder(entry('link.txt'), (p) => symlinkSync(secret, join(p, 'link.txt'))), /articles\[1\]: "link\.txt" is a link to a file outside the folder/],
    ['a link to /dev/zero', () => folder(entry('zero.txt'), (p) => symlinkSync('/dev/zero', join(p, 'zero.txt'))), /"zero\.txt" is a link to a file outside the folder/],
    ['an entry that is a FIFO', () => folder(entry('pipe.txt'), (p) => expect(spawnSync('mkfifo', [join(p, 'pipe.txt')]).status).toBe(0)), /pipe\.txt is not a regular file/],
    ['an index.json that is a FIFO', () => folder('{}', (p) => { rmSync(join(p, 'index.json')); spawnSync('mkfifo', [join(p, 'index.json')]); }), /^tally: index .*index\.json is not a regular file/],
    ['a topic.json that is a FIFO', () => folder(entry('good.txt'), (p) => spawnSync('mkfifo', [join(p, 'topic.json')])), /^tally: topic .*topic\.json is not a regular file/],
    ['a binary file', () => folder(entry('photo.txt'), (p) => writeFileSync(join(p, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))), /photo\.txt looks like binary data/],
    ['a Latin-1 file', () => folder(entry('latin.txt'), (p) => writeFileSync(join(p, 'latin.txt'), Buffer.from('Le caf\xe9 a vendu 300 tasses.', 'latin1'))), /latin\.txt is not UTF-8 text/],
    ['an empty file', () => folder(entry('blank.txt'), (p) => writeFileSync(join(p, 'blank.txt'), '\n')), /blank\.txt is empty$/],
    ['an impossible date', () => folder({ articles: [{ file: 'good.txt', outlet: 'Port Daily', published: '2023-02-30' }] }), /articles\[0\]\.published: "2023-02-30" is not an ISO date \(YYYY, YYYY-MM or YYYY-MM-DD\)$/],
    ['"constructor" for a language', () => folder({ articles: [{ file: 'good.txt', outlet: 'Port Daily', language: 'constructor' }] }), /"language" is "constructor", not a language tag/],
  ];
  it.each(cases)('refuses %s with one line, and writes no pack', async (_name, make, message) => {
    const { path, out } = make();
    expectRefused(await tally(['pack', 'build', path, '-o', out]), message);
    expect(existsSync(out)).toBe(false);
  });

  it('reads a deeply nested HTML entry as plain text, and says so in one line', async () => {
    const html = `<html><body>${'<div>'.repeat(5000)}Freight rose to 2,500 containers a week.${'</div>'.repeat(5000)}</body></html>`;
    const { path, out } = folder({ articles: [{ file: 'deep.html', outlet: 'Port Daily' }] }, (p) => writeFileSync(join(p, 'deep.html'), html));
    const r = await tally(['pack', 'build', path, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `tally: ${join(path, 'deep.html')}: nested 5000 levels deep (the limit is 256): read as plain text, without finding the main article`,
      `wrote ${out}: 1 articles, 0 entities (claims are computed on import)`,
    ]);
    expect(JSON.parse(readFileSync(out, 'utf8')).articles[0].text).toBe('Freight rose to 2,500 containers a week.');
  });

  it('builds the same folder once the bad entry is gone (the refusals are not a broken build)', async () => {
    const { path, out } = folder({ articles: [{ file: 'good.txt', outlet: 'Port Daily', published: '2023-03-14' }] });
    const r = await tally(['pack', 'build', path, '-o', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).articles[0].text).toMatch(/more than 1,000 containers/);
  });
});
