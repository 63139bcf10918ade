/**
 * `npm run bench -- hostile`: the `tally` CLI on each hostile input of tests/cli-hostile.test.ts
 * (and a seed article for scale), run under `/usr/bin/time -v`: exit code, wall time, maximum
 * resident set size and the line on stderr. Without /usr/bin/time (Debian: `apt-get install
 * time`) only the wall time is printed. Runs are killed after 120 s, and say so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const KILL_AFTER_MS = 120_000;

interface Case {
  name: string;
  args: string[];
  stdin?: 'endless' | string;
}

interface Result {
  code: number | null;
  wallS: number;
  maxRssMb: number | null;
  stderr: string;
  killed: boolean;
}

function runCase(c: Case, scratch: string): Promise<Result> {
  const report = join(scratch, 'time.txt');
  rmSync(report, { force: true });
  const node = [process.execPath, '--import', 'tsx', join(root, 'cli', 'tally.ts'), ...c.args];
  const [cmd, ...argv] = TIME ? [TIME, '-v', '-o', report, ...node] : node;
  const fd = c.stdin && c.stdin !== 'endless' ? openSync(c.stdin, 'r') : null;
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: root, detached: true, stdio: [fd ?? 'pipe', 'ignore', 'pipe'] });
  if (fd !== null) closeSync(fd);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  if (c.stdin === 'endless') {
    const chunk = Buffer.from('Exports rose by 300 tonnes, the ministry said on Monday.\n'.repeat(1000));
    child.stdin!.on('error', () => {});
    Readable.from((function* () {
      for (;;) yield chunk;
    })()).pipe(child.stdin!).on('error', () => {});
  } else if (fd === null) child.stdin!.end();
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    process.kill(-child.pid!, 'SIGKILL');
  }, KILL_AFTER_MS);
  return new Promise((done) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallS = (performance.now() - started) / 1000;
      const rss = TIME && existsSync(report) ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, 'utf8'))?.[1] : undefined;
      done({ code, wallS, maxRssMb: rss ? Number(rss) / 1024 : null, stderr: stderr.trim(), killed });
    });
  });
}

/** The hostile inputs, written into SCRATCH. */
function cases(scratch: string): Case[] {
  const write = (name: string, content: string | Buffer): string => {
    const path = join(scratch, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  const sentence = 'More than 1,000 containers of equipment reached the depot, the ministry said.';
  const fifo = join(scratch, 'article.fifo');
  spawnSync('mkfifo', [fifo]);
  const pack = (name: string, index: unknown, extra?: (dir: string) => void): string[] => {
    const dir = join(scratch, name);
    write(`${name}/good.txt`, 'The port handled more than 1,000 containers in March, the operator said.');
    write(`${name}/index.json`, typeof index === 'string' ? index : JSON.stringify(index));
    extra?.(dir);
    return ['pack', 'build', dir, '-o', join(scratch, `${name}.json`)];
  };
  const entry = (file: string) => ({ articles: [{ file: 'good.txt', outlet: 'Port Daily' }, { file, outlet: 'Elsewhere' }] });
  return [
    { name: 'seed article (for scale)', args: ['extract', 'seeds/yonhap-2023-10-14.txt'] },
    { name: 'extract /dev/zero', args: ['extract', '/dev/zero'] },
    { name: 'extract /dev/urandom', args: ['extract', '/dev/urandom'] },
    { name: 'extract FIFO', args: ['extract', fifo] },
    { name: 'check --pack /dev/zero', args: ['check', 'seeds/yonhap-2023-10-14.txt', '--pack', '/dev/zero'] },
    { name: 'stdin < /dev/zero', args: ['extract', '-'], stdin: '/dev/zero' },
    { name: 'stdin endless text', args: ['extract', '-'], stdin: 'endless' },
    { name: 'HTML 2,000 deep', args: ['extract', write('deep2k.html', `<html><body>${'<div>'.repeat(2000)}${sentence}${'</div>'.repeat(2000)}</body></html>`)] },
    { name: 'HTML 100,000 deep', args: ['extract', write('deep100k.html', `<html><body>${'<div>'.repeat(100_000)}${sentence}${'</div>'.repeat(100_000)}</body></html>`)] },
    { name: 'HTML 100,000 unclosed', args: ['extract', write('unclosed.html', `<html><body>${'<span>'.repeat(100_000)}${sentence}</body></html>`)] },
    { name: 'HTML 49,000 elements (under limit)', args: ['extract', write('elements49k.html', `<html><body><p>${sentence}</p>${'<i>tick</i> '.repeat(49_000)}</body></html>`)] },
    { name: 'HTML 115,000 paragraphs, 9.8 MB', args: ['extract', write('wide.html', `<html><body>${`<p>${sentence}</p>`.repeat(115_000)}</body></html>`)] },
    { name: 'HTML with no article text', args: ['extract', write('empty-page.html', '<html><head><title>Home</title></head><body><nav>Menu</nav></body></html>')] },
    { name: '130,000 figures, table', args: ['extract', write('figures.txt', Array.from({ length: 130_000 }, (_, k) => `${k + 1} apples.`).join(' '))] },
    { name: '9.9 MB run of digits', args: ['extract', write('digits.txt', '7'.repeat(9_900_000))] },
    { name: 'pack JSON 100,000 deep', args: ['pack', 'validate', write('deep-pack.json', `{"format":"tally-pack","version":1,"topics":${'['.repeat(100_000)}${']'.repeat(100_000)},"articles":[]}`)] },
    { name: '--language __proto__', args: ['extract', 'seeds/yonhap-2023-10-14.txt', '--language', '__proto__'] },
    { name: '--language constructor', args: ['extract', 'seeds/yonhap-2023-10-14.txt', '--language', 'constructor'] },
    { name: '--published 1', args: ['extract', 'seeds/yonhap-2023-10-14.txt', '--published', '1'] },
    { name: '--published 2023-02-30', args: ['extract', 'seeds/yonhap-2023-10-14.txt', '--published', '2023-02-30'] },
    { name: 'pack build: index.json null', args: pack('p-null', 'null') },
    { name: 'pack build: null entry', args: pack('p-null-entry', { articles: [null] }) },
    { name: 'pack build: entry a folder', args: pack('p-folder', entry('sub'), (d) => mkdirSync(join(d, 'sub'))) },
    { name: 'pack build: ../../../../etc/adduser.conf', args: pack('p-escape', entry('../../../../etc/adduser.conf')) },
    { name: 'pack build: link to /dev/zero', args: pack('p-zero', entry('zero.txt'), (d) => symlinkSync('/dev/zero', join(d, 'zero.txt'))) },
    { name: 'pack build: binary entry', args: pack('p-binary', entry('photo.txt'), (d) => writeFileSync(join(d, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))) },
    { name: 'pack build: Latin-1 entry', args: pack('p-latin1', entry('latin.txt'), (d) => writeFileSync(join(d, 'latin.txt'), Buffer.from('Le caf\xe9 a vendu 300 tasses.', 'latin1'))) },
  ];
}

export default async function main(): Promise<void> {
  const { loadavg, cpus } = await import('node:os');
  console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; ${TIME ? `${TIME} -v` : 'no /usr/bin/time (apt-get install time): wall time only'}`);
  const scratch = mkdtempSync(join(tmpdir(), 'tally-hostile-bench-'));
  try {
    const all = cases(scratch);
    console.log(`${'input'.padEnd(40)} exit  wall s   max RSS   stderr`);
    for (const c of all) {
      const r = await runCase(c, scratch);
      const rss = r.maxRssMb === null ? '      –' : `${r.maxRssMb.toFixed(0).padStart(4)} MB`;
      const line = r.killed ? `killed after ${KILL_AFTER_MS / 1000} s` : r.stderr.split('\n')[0].slice(0, 110);
      console.log(`${c.name.padEnd(40)} ${String(r.code).padStart(4)}  ${r.wallS.toFixed(2).padStart(6)}  ${rss}   ${line}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
