/**
 * `tally check` on the seeds: the worked example (docs/contracts.md) asserted claim by claim, the
 * look-alikes that must stay silent, aliases, wire copy, and the CLI contract.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle, DEFAULT_PACK, loadPack } from '../cli/check';
import { buildPackFromDir, packJson } from '../cli/pack';
import type { ClaimCheck, ReportLine } from '../utils/engine/matcher/index';
import type { Pack } from '../utils/engine/pack/index';

const root = join(__dirname, '..');
const seed = (f: string) => readFileSync(join(root, 'seeds', f), 'utf8');
const pack = loadPack(DEFAULT_PACK);

function checks(file: string, text = seed(file), p: Pack = pack): ClaimCheck[] {
  return checkArticle(text, file, p).checks;
}
/** The reports of the page's claims whose quote is `quote` (a page may state a figure several times). */
function reportsOf(all: ClaimCheck[], quote: string): ReportLine[] {
  const found = all.filter((c) => c.claim.quote === quote);
  expect(found.length, `no claim "${quote}" on the page`).toBeGreaterThan(0);
  // Every statement of one figure on one page gets the same answer.
  return found.flatMap((c) => c.reports).filter((r, i, list) => list.findIndex((x) => x.claimId === r.claimId && x.relation === r.relation) === i);
}
const line = (reports: ReportLine[], file: string, relation: ReportLine['relation']) => reports.find((r) => r.file === file && r.relation === relation);

describe('the worked example (docs/contracts.md), on the Yonhap report', () => {
  const yonhap = checks('yonhap-2023-10-14.txt');
  const containers = reportsOf(yonhap, 'more than 1,000 containers');

  it.each([
    ['efe-2023-10-16.txt', 'same', 'over 1,000 containers', /Kirby/, /^same figure$/],
    ['kbs-world-radio-2023-10-16.txt', 'same', 'more than one-thousand containers', /Kirby/, /^same figure$/],
    ['korea-herald-2023-10-14.txt', 'hedge', '1,000 containers', /Kirby/, /^drops 'more than'$/],
    ['afp-reprint-2024-03-18.txt', 'same', 'more than a thousand containers', /United States/, /^same figure; reprint of Agence France-Presse, not independent$/],
    ['afp-reprint-2024-03-18.txt', 'update', 'about 7,000 containers', /Shin Won-sik/, /^later and larger: Mar 2024/],
  ] as const)('1,000 containers: %s says it as %s, "%s"', (file, relation, quote, credited, reason) => {
    const r = line(containers, file, relation);
    expect(r, `${file} ${relation}`).toBeDefined();
    expect(r!.quote).toBe(quote);
    expect(r!.attribution).toMatch(credited);
    expect(r!.reason).toMatch(reason);
  });

  it('lists four other reports of the same figure and one later figure, nothing else', () => {
    const same = containers.filter((r) => r.relation === 'same' || r.relation === 'hedge');
    expect(new Set(same.map((r) => r.file))).toEqual(new Set(['efe-2023-10-16.txt', 'kbs-world-radio-2023-10-16.txt', 'korea-herald-2023-10-14.txt', 'afp-reprint-2024-03-18.txt']));
    expect(containers.filter((r) => r.relation === 'update').map((r) => r.file)).toEqual(['afp-reprint-2024-03-18.txt']);
    expect(containers.filter((r) => r.relation === 'conflict' || r.relation === 'attribution')).toEqual([]);
  });

  it('never lists the page itself', () => {
    expect(yonhap.flatMap((c) => c.reports).filter((r) => r.file === 'yonhap-2023-10-14.txt')).toEqual([]);
  });

  it('290 kilometers matches EFE\'s "about 290 kilometers" and KBS\'s "roughly 290 kilometers"', () => {
    const km = reportsOf(yonhap, 'roughly 290 kilometers');
    expect(line(km, 'efe-2023-10-16.txt', 'same')?.quote).toBe('about 290 kilometers');
    expect(line(km, 'kbs-world-radio-2023-10-16.txt', 'same')?.quote).toBe('roughly 290 kilometers');
    expect(km.every((r) => r.relation === 'same')).toBe(true);
  });
});

describe('on the KBS page', () => {
  const kbs = checks('kbs-world-radio-2023-10-16.txt');
  it('"hundreds of thousands of rounds of artillery shells" meets the later "more than a million artillery shells"', () => {
    const shells = reportsOf(kbs, 'hundreds of thousands of rounds of artillery shells');
    expect(shells).toHaveLength(1);
    expect(shells[0]).toMatchObject({ file: 'afp-reprint-2024-03-18.txt', relation: 'update', quote: 'more than a million artillery shells' });
    expect(shells[0].reason).toMatch(/^later and larger: Mar 2024/);
  });
  it('the anchor\'s figure, credited there to the ministry, is the same figure Kirby gave: the report credits Kirby too', () => {
    expect(line(reportsOf(kbs, 'more than one-thousand containers'), 'yonhap-2023-10-14.txt', 'same')).toBeDefined();
  });
});

describe('prefer silence to a wrong match', () => {
  it.each([
    ['korea-herald-2023-10-14.txt', 'about 300 shipping containers', 'picked up at Najin on Sept. 7-8, not the 1,000 delivered'],
    ['afp-reprint-2024-03-18.txt', '300', 'an increase by 300, not a count of 300'],
    ['efe-2023-10-16.txt', 'some 180 km', 'north of Blagoveschensk, not from the border'],
  ])('%s: "%s" matches nothing (%s)', (file, quote) => {
    expect(reportsOf(checks(file), quote)).toEqual([]);
  });

  it('a look-alike sentence with another figure is never the same figure', () => {
    const text = seed('yonhap-2023-10-14.txt').replaceAll('1,000 containers', '1,500 containers');
    const page = checks('look-alike.txt', text);
    const reports = reportsOf(page, 'more than 1,500 containers');
    expect(reports.filter((r) => r.relation === 'same' || r.relation === 'hedge' || r.relation === 'attribution')).toEqual([]);
  });

  it('the same figure credited elsewhere is said to be so', () => {
    const text = 'South Korean Defense Minister Shin Won-sik said North Korea had delivered more than 1,000 containers of munitions to Russia.';
    const reports = reportsOf(checks('credited.txt', text), 'more than 1,000 containers');
    const yonhap = line(reports, 'yonhap-2023-10-14.txt', 'attribution');
    expect(yonhap?.reason).toMatch(/^credited to .*Kirby, not South Korean Defense Minister Shin Won-sik$/);
  });
});

describe('aliases', () => {
  it('Rajin on the page finds the report that says Najin', () => {
    const text = 'About 300 shipping containers were loaded at Rajin port on Sept. 7-8, the White House said.';
    const reports = reportsOf(checks('rajin.txt', text), 'About 300 shipping containers');
    expect(line(reports, 'korea-herald-2023-10-14.txt', 'same')?.sentence).toMatch(/Najin/);
  });
});

describe('wire copy', () => {
  // A reprint: Yonhap's story word for word under another masthead, a day later.
  const copy = `Daily Reprint | World\n\n${seed('yonhap-2023-10-14.txt').split('\n').slice(20).join('\n')}\n\nShare this story`;
  const withCopy: Pack = {
    ...pack,
    articles: [...pack.articles, { ...pack.articles.find((a) => a.id === 'yonhap-2023-10-14')!, id: 'daily-reprint', file: 'daily-reprint.txt', outlet: 'Daily Reprint', published: '2023-10-15', text: copy }],
  };
  const reports = reportsOf(checks('kbs-world-radio-2023-10-16.txt', undefined, withCopy), 'more than one-thousand containers');

  it('marks the reprint as a copy of Yonhap, not independent', () => {
    const r = line(reports, 'daily-reprint.txt', 'same');
    expect(r?.wireCopyOf).toBe('Yonhap News Agency');
    expect(r?.reason).toMatch(/reprint of Yonhap News Agency, not independent/);
  });
  it('leaves the original and the independent reports unmarked', () => {
    for (const file of ['yonhap-2023-10-14.txt', 'efe-2023-10-16.txt', 'korea-herald-2023-10-14.txt']) {
      const r = reports.find((x) => x.file === file);
      expect(r, file).toBeDefined();
      expect(r!.wireCopyOf).toBeUndefined();
    }
  });
  it('a page that reprints part of a stored report says that report is not independent', () => {
    const excerpt = seed('yonhap-2023-10-14.txt').split('\n').filter((l) => l.startsWith('WASHINGTON, Oct. 13') || l.startsWith('The White House released imagery')).join('\n\n');
    const r = line(reportsOf(checks('excerpt.txt', excerpt), 'more than 1,000 containers'), 'yonhap-2023-10-14.txt', 'same');
    expect(r?.reason).toBe('same figure; this page copies it word for word, not independent');
    const efe = line(reportsOf(checks('excerpt.txt', excerpt), 'more than 1,000 containers'), 'efe-2023-10-16.txt', 'same');
    expect(efe?.reason).toBe('same figure');
  });
  it('checking the reprint itself leaves out Yonhap as its own text', () => {
    const page = checks('daily-reprint-page.txt', copy, pack);
    expect(page.flatMap((c) => c.reports).some((r) => r.file === 'yonhap-2023-10-14.txt')).toBe(false);
  });
});

describe('the default pack', () => {
  it('is what `tally pack build seeds` builds now (it cannot go stale)', () => {
    expect(readFileSync(DEFAULT_PACK, 'utf8')).toBe(packJson(buildPackFromDir(join(root, 'seeds'))));
  });
  it('carries the five outlets with dates and bylines, and the entities with their spellings', () => {
    expect(pack.articles.map((a) => [a.outlet, a.published?.slice(0, 10), a.byline])).toEqual([
      ['Yonhap News Agency', '2023-10-14', 'Song Sang-ho'],
      ['The Korea Herald', '2023-10-14', 'Choi Si-young'],
      ['EFE', '2023-10-16', null],
      ['KBS World Radio', '2023-10-16', 'Bae Joo-yon'],
      ['Aggregator site reprinting Agence France-Presse (machine-translated)', '2024-03-18', 'Hermínio Guimarães'],
    ]);
    const spellings = Object.fromEntries(pack.topics[0].entities.map((e) => [e.id, [e.name, ...e.aliases]]));
    expect(spellings.najin).toEqual(expect.arrayContaining(['Najin', 'Rajin', 'Rason']));
    expect(spellings.dunay).toEqual(expect.arrayContaining(['Dunay', 'Dunai']));
    expect(spellings['kim-jong-un']).toEqual(expect.arrayContaining(['Kim Jong Un', 'Kim Jong-un']));
    for (const id of ['tikhoretsk', 'vostochny', 'angara', 'shin-won-sik', 'koo-byoung-sam', 'john-kirby', 'unsc-resolution-1874']) expect(spellings[id], id).toBeDefined();
  });
});

describe('Korean and Russian pages meet the English reports of the same figure', () => {
  // Sentences written for this test; the language is told by the letters (no --language).
  it.each([
    ['ru', 'Северная Корея отправила в Россию более 1000 контейнеров с боеприпасами, заявил представитель Белого дома Джон Кирби.', 'более 1000 контейнеров'],
    ['ko', '존 커비 백악관 대변인은 북한이 러시아에 컨테이너 1천여 개 분량의 탄약을 보냈다고 밝혔다.', '컨테이너 1천여 개'],
  ])('%s: the containers figure is the same figure as Yonhap\'s, EFE\'s and KBS\'s', (_lang, text, quote) => {
    const page = checks('page.txt', text);
    const reports = reportsOf(page, quote);
    for (const file of ['yonhap-2023-10-14.txt', 'efe-2023-10-16.txt', 'kbs-world-radio-2023-10-16.txt']) expect(line(reports, file, 'same'), file).toBeDefined();
    expect(reports.some((r) => r.relation === 'conflict')).toBe(false);
    // The Herald's bare "1,000" drops the hedge; the note, in English, names the hedge by its meaning, the quote keeps the original.
    expect(line(reports, 'korea-herald-2023-10-14.txt', 'hedge')?.reason).toBe("drops 'more than'");
  });

  it('a page of another story says the pack does not cover it, not "0 with other reports"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-off-topic-'));
    const file = join(dir, 'harvest.txt');
    writeFileSync(file, 'Farmers in the valley harvested 12,000 tonnes of apples this autumn, about 8 percent more than last year, the growers\' association said.');
    const { stdout, status } = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli/tally.ts'), 'check', file], { cwd: root, encoding: 'utf8' });
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^\d+ figures? checked; no other report in the pack states any of them: the pack seems not to cover this story/);
  });

  it('a Russian page on another story gets no line', () => {
    const page = checks('page.txt', 'В порту Новороссийска за неделю разгрузили более 1000 контейнеров с зерном, сообщили в администрации порта.');
    expect(page.flatMap((c) => c.reports)).toEqual([]);
  });
});

describe('a folder with no topic file', () => {
  // The seeds without seeds/topic.json: the topic is proposed from the five reports.
  const dir = mkdtempSync(join(tmpdir(), 'tally-no-topic-'));
  for (const f of readdirSync(join(root, 'seeds'))) if (f !== 'topic.json') copyFileSync(join(root, 'seeds', f), join(dir, f));
  const proposed = buildPackFromDir(dir);

  it('gets a topic proposed from the reports: their shared names, spellings folded', () => {
    const [topic] = proposed.topics;
    const spellings = topic.entities.map((e) => [e.name, ...e.aliases]);
    expect(spellings).toContainEqual(['John Kirby', 'Kirby']);
    expect(spellings).toContainEqual(expect.arrayContaining(['Russia', 'Russian']));
    expect(spellings.flat()).toEqual(expect.arrayContaining(['Najin', 'Dunay', 'Tikhoretsk', 'North Korea', 'Kim Jong Un']));
    expect(topic.entities.find((e) => e.name === 'John Kirby')?.kind).toBe('person');
    expect(topic.requires?.[0].length).toBeGreaterThan(0);
    expect(new Set(proposed.articles.map((a) => a.topic))).toEqual(new Set([topic.id]));
  });

  it('cross-references the Yonhap report as the hand-written topic does', () => {
    const relations = (p: Pack) => checks('yonhap-2023-10-14.txt', seed('yonhap-2023-10-14.txt'), p).flatMap((c) => c.reports.map((r) => `${c.claim.quote} ${r.file} ${r.relation}`));
    const withFile = relations(pack);
    const without = relations(proposed);
    // Every line it gives, the topic file gives too; of the topic file's, it misses few (here the
    // AFP reprint's later 7,000 and EFE's 290 km: the file's memberOf and weights tell those sources apart).
    expect(without.filter((r) => !withFile.includes(r))).toEqual([]);
    expect(without.length / withFile.length).toBeGreaterThanOrEqual(0.75);
    for (const file of ['efe-2023-10-16.txt', 'kbs-world-radio-2023-10-16.txt', 'korea-herald-2023-10-14.txt']) expect(without.some((r) => r.startsWith('more than 1,000 containers') && r.includes(file))).toBe(true);
  });
});

describe('the command line', () => {
  // node --import tsx, not npx: npm's own warnings would muddle stderr.
  const tally = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli/tally.ts'), ...args], { cwd: root, encoding: 'utf8' });

  it('check --json prints { claim, reports: [{ file, outlet, published, relation, quote, reason }] }', () => {
    const out = JSON.parse(tally('check', 'seeds/yonhap-2023-10-14.txt', '--json').stdout);
    expect(Array.isArray(out)).toBe(true);
    const reports = out.flatMap((c: { reports: unknown[] }) => c.reports);
    expect(reports.length).toBeGreaterThan(5);
    for (const r of reports) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['file', 'outlet', 'published', 'relation', 'quote', 'reason']));
      expect(['same', 'hedge', 'attribution', 'vaguer', 'conflict', 'update']).toContain(r.relation);
    }
  });

  it('check prints the worked example readably', () => {
    const { stdout, status } = tally('check', 'seeds/yonhap-2023-10-14.txt');
    expect(status).toBe(0);
    expect(stdout).toContain('The Korea Herald, 14 Oct 2023: "1,000 containers", Kirby');
    expect(stdout).toContain("drops 'more than'");
    expect(stdout).toContain('Agence France-Presse (reprint), 18 Mar 2024: "about 7,000 containers", South Korean Defense Minister Shin Won-sik');
    expect(stdout).toContain('later and larger: Mar 2024');
  });

  it('refuses a binary, empty or missing article with one line, as extract does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-'));
    const binary = join(dir, 'photo.jpg');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    for (const [file, message] of [[binary, /binary/], [empty, /is empty/], [join(dir, 'nope.txt'), /no such file/]] as const) {
      const r = tally('check', file);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });

  it('refuses a bad pack with one line naming the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, readFileSync(DEFAULT_PACK, 'utf8').replace('"version": 1', '"version": 3'));
    const r = tally('check', 'seeds/efe-2023-10-16.txt', '--pack', bad);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([`tally: ${bad}: version: unsupported pack version 3 (this Tally reads version 1)`]);
    writeFileSync(bad, readFileSync(DEFAULT_PACK, 'utf8').slice(0, 3000));
    const v = tally('pack', 'validate', bad);
    expect(v.status).not.toBe(0);
    expect(v.stderr).toMatch(/^tally: .*bad\.json: the file ends early/);
    expect(v.stderr).not.toMatch(/\n\s+at /);
  });

  it('pack build takes HTML as well as text, keeps each file name, and the pack checks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-build-'));
    const paragraphs = seed('kbs-world-radio-2023-10-16.txt').split('\n').map((p) => `<p>${p}</p>`).join('\n');
    writeFileSync(join(dir, 'kbs.html'), `<!doctype html><html><head><title>KBS</title></head><body><nav>Home | World</nav><article><h1>Arms deal</h1>${paragraphs}</article></body></html>`);
    writeFileSync(join(dir, 'efe.txt'), seed('efe-2023-10-16.txt'));
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ articles: [{ file: 'kbs.html', outlet: 'KBS World Radio', published: '2023-10-16' }, { file: 'efe.txt', outlet: 'EFE', published: '2023-10-16' }] }));
    const out = join(dir, 'pack.json');
    const r = tally('pack', 'build', dir, '-o', out);
    expect(r.status, r.stderr).toBe(0);
    const built = loadPack(out);
    expect(built.articles.map((a) => a.file)).toEqual(['kbs.html', 'efe.txt']);
    expect(built.articles[0].text).toContain('Kirby said the regime has delivered more than one-thousand containers');
    expect(built.articles[0].text).not.toContain('<p>');
    const reports = reportsOf(checks('efe-2023-10-16.txt', undefined, built), 'over 1,000 containers');
    expect(reports.map((x) => [x.file, x.relation])).toEqual([['kbs.html', 'same']]);
  });

  // tests/fixtures/packs: refused packs for anyone testing an import (options page, e2e).
  it.each([
    ['truncated.json', 'the file ends early (truncated?)'],
    ['wrong-version.json', 'version: unsupported pack version 2 (this Tally reads version 1)'],
    ['string-for-value.json', 'articles[0].claims[0].value: value must be a number (or an ISO date for a date claim), got "one thousand"'],
    ['duplicate-id.json', 'articles[2].id: duplicate article id "yonhap-2023-10-14"'],
    ['bad-date.json', 'articles[1].published: "2023-02-30" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['unknown-field.json', 'articles[3].auhtor: unknown field "auhtor"'],
  ])('pack validate refuses %s: "%s"', (file, message) => {
    const r = tally('pack', 'validate', `tests/fixtures/packs/${file}`);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`tally: tests/fixtures/packs/${file}: ${message}`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('pack validate accepts the default pack', () => {
    const r = tally('pack', 'validate', 'public/packs/default.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid tally-pack v1: 5 articles/);
  });
});

describe('an undated page the corpus does not hold', () => {
  // A rewrite of the story's lead, on a page with no date and no file in the pack.
  const text =
    'North Korea has sent more than 1,000 containers of military equipment and munitions to Russia, White House national security spokesman John Kirby said.';
  const containers = reportsOf(checks('undated-page.txt', text), 'more than 1,000 containers');

  it('is dated by the reports that state its figure: the 7,000 of March 2024 is a later figure, not a conflict, and the note says why', () => {
    expect(line(containers, 'efe-2023-10-16.txt', 'same')).toBeDefined();
    const later = line(containers, 'afp-reprint-2024-03-18.txt', 'update');
    expect(later?.quote).toBe('about 7,000 containers');
    expect(later!.reason).toMatch(/^later and larger: Mar 2024; .*this page has no date: taken as of Oct 2023, when other reports gave its figure/);
    expect(containers.filter((r) => r.relation === 'conflict')).toEqual([]);
  });

  it('with a figure no report states, it has nothing to be dated by: a different figure stays a conflict', () => {
    const alone = reportsOf(checks('undated-page.txt', text.replace('more than 1,000', 'about 1,500')), 'about 1,500 containers');
    expect(alone.length).toBeGreaterThan(0);
    expect(alone.every((r) => r.relation === 'conflict')).toBe(true);
  });
});
