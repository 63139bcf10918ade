/**
 * The background's half of marking a page (utils/engine/check.ts) over the real corpus (the seeds,
 * on fake-indexeddb): the topic decision, figures at the engine's offsets with their reports,
 * entity spellings, and the page's own report left out by its opening.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, freshIdb, seedPack } from '../../tests/support/corpus-fixtures';
import { checkPage, figuresToCheck, MAX_CHECKS_PER_REPLY, withReports } from './check';
import { MAX_CLAIM_SENTENCE_CHARS } from './claims/sentences';
import type { CheckPageReply } from '../protocol/messages';
import { extractClaims } from './claims';
import { openCorpus, type Corpus } from '../store/corpus/index';

const seed = (file: string) => readFileSync(join(ROOT, 'seeds', file), 'utf8');
const yonhap = seed('yonhap-2023-10-14.txt');
const efe = seed('efe-2023-10-16.txt');
const sportsPage = readFileSync(join(ROOT, 'tests/fixtures/pages/aktualne/expected.html'), 'utf8').replace(/<[^>]+>/g, ' ');

let corpus: Corpus;
beforeAll(async () => {
  corpus = openCorpus({ name: 'check-page', ...freshIdb() });
  await corpus.ensureSeeded(seedPack());
});

describe('checkPage', () => {
  it('finds the topic, and returns the figures that have other reports at the engine offsets', async () => {
    const reply = await checkPage({ text: yonhap, url: 'https://example.org/yonhap-copy', published: '2023-10-14' }, corpus);
    expect(reply.topic).toBe('nk-russia-arms');
    expect(reply.words).toBeGreaterThan(300);
    const containers = reply.checks.find((c) => c.claim.quote === 'more than 1,000 containers');
    expect(containers).toBeDefined();
    expect(yonhap.slice(containers!.claim.start, containers!.claim.end)).toBe('more than 1,000 containers');
    expect(new Set(containers!.reports.map((r) => r.outlet)).size).toBeGreaterThanOrEqual(4);
    // Without markUnmatched, only figures with reports come back.
    expect(reply.checks.every((c) => c.reports.length > 0)).toBe(true);
    const everything = await checkPage({ text: yonhap, published: '2023-10-14', markUnmatched: true }, corpus);
    expect(everything.checks.length).toBe(extractClaims(yonhap, { published: '2023-10-14' }).length);
    expect(reply.claims).toBe(everything.checks.length);
    expect(everything.checks.length).toBeGreaterThan(reply.checks.length);
  });

  it('says "no topic" for an off-topic page and does nothing else', async () => {
    expect(await checkPage({ text: sportsPage, title: 'Sport' }, corpus)).toEqual({ topic: null, words: 0, claims: 0, checks: [], mentions: [] });
    // An unknown topic id is no topic either.
    expect((await checkPage({ text: yonhap, topic: 'no-such-topic' }, corpus)).topic).toBeNull();
  });

  it('takes the topic it is told, so a later piece that names no entity is still checked', async () => {
    const piece = 'Officials said more than 1,000 containers had been shipped.';
    expect((await checkPage({ text: piece }, corpus)).topic).toBeNull();
    const told = await checkPage({ text: piece, topic: 'nk-russia-arms' }, corpus);
    expect(told.checks.map((c) => c.claim.quote)).toContain('more than 1,000 containers');
  });

  it('marks the first spelling that is written differently elsewhere, once, unless already marked', async () => {
    const reply = await checkPage({ text: efe }, corpus);
    const rason = reply.mentions.find((m) => m.spelling === 'Rason');
    expect(rason).toMatchObject({ entityId: 'najin' });
    expect(rason!.aliases).toEqual(expect.arrayContaining(['Najin', 'Rajin']));
    expect(efe.slice(rason!.start, rason!.end)).toBe('Rason');
    expect(new Set(reply.mentions.map((m) => m.entityId)).size).toBe(reply.mentions.length);
    const again = await checkPage({ text: efe, skipEntities: ['najin'] }, corpus);
    expect(again.mentions.map((m) => m.entityId)).not.toContain('najin');
  });

  it('leaves the page\'s own report out, recognised by its opening when the text is a later piece', async () => {
    // A later piece of the Yonhap page (say, an update appended to it), checked without the page's URL.
    const later = 'Officials said more than 1,000 containers had been shipped, some 290 km from the border.';
    const outlets = async (opening?: string) =>
      new Set((await checkPage({ text: later, topic: 'nk-russia-arms', opening }, corpus)).checks.flatMap((c) => c.reports.map((r) => r.outlet)));
    expect([...(await outlets())]).toContain('Yonhap News Agency');
    const withOpening = await outlets(yonhap.slice(0, 20_000));
    expect([...withOpening]).not.toContain('Yonhap News Agency');
    expect([...withOpening]).toContain('EFE');
  });
});

describe('checkPage on hostile input', () => {
  // One "sentence" of 19,000 figures: each claim used to repeat all 190k characters, and the
  // reply outgrew the 64 MiB message limit, so the page got no marks at all (issue 10, item 13).
  const runOn = `The tally ran ${Array.from({ length: 19_000 }, (_, i) => `${(i % 900) + 100} rounds`).join(', ')} and more.`;
  const containers = (reply: CheckPageReply) => reply.checks.find((c) => c.claim.quote === 'more than 1,000 containers' && c.claim.start < yonhap.length);

  it('a reply for a 190,000-character sentence of figures serialises to a few MB, the article\'s own figures marked', async () => {
    expect(runOn.length).toBeGreaterThan(190_000);
    const reply = await checkPage({ text: `${yonhap}\n${runOn}`, topic: 'nk-russia-arms', markUnmatched: true }, corpus);
    expect(reply.claims).toBeGreaterThan(19_000);
    expect(reply.checks.length).toBe(MAX_CHECKS_PER_REPLY);
    expect(containers(reply)?.reports.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(reply).length).toBeLessThan(3_000_000);
    for (const { claim } of reply.checks) expect(claim.sentence.length).toBeLessThanOrEqual(MAX_CLAIM_SENTENCE_CHARS + claim.quote.length + 2);
  }, 60_000);

  it('a sentence that repeats a reported figure thousands of times (each with its reports) stays a few MB too', async () => {
    const repeated = `The tally ran ${Array.from({ length: 7_000 }, () => 'more than 1,000 containers').join(', ')} and more.`;
    const reply = await checkPage({ text: `${yonhap}\n${repeated}`, topic: 'nk-russia-arms' }, corpus);
    expect(reply.claims).toBeGreaterThan(7_000);
    expect(reply.checks.length).toBe(MAX_CHECKS_PER_REPLY);
    expect(reply.checks.every((c) => c.reports.length > 0)).toBe(true);
    expect(containers(reply)).toBeDefined();
    expect(JSON.stringify(reply).length).toBeLessThan(6_000_000);
  }, 60_000);

  // <html lang="constructor"> reaches the background as `language`; a look-up in a plain object
  // used to find Object's own members and throw, and the page was never marked.
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'CONSTRUCTOR-x', 'xx', ''])('language %j checks the page as English', async (language) => {
    const english = await checkPage({ text: yonhap, published: '2023-10-14', language: 'en' }, corpus);
    const reply = await checkPage({ text: yonhap, published: '2023-10-14', language }, corpus);
    expect(reply.checks.map((c) => c.claim.quote)).toEqual(english.checks.map((c) => c.claim.quote));
    expect(containers(reply)?.reports.length).toBeGreaterThanOrEqual(4);
  });
});

describe('the check use case shared with the CLI (figuresToCheck, withReports)', () => {
  it('checks a figure stated twice in one sentence once, and gives both statements its reports', async () => {
    // Our own sentence: the same figure twice in it, then once more in another sentence.
    const text =
      'Officials counted more than 1,000 containers at the port, and more than 1,000 containers again at the border. ' +
      'A later tally put it at more than 1,000 containers.';
    const { claims, toCheck } = figuresToCheck(text, { published: '2023-10-14' });
    const containers = claims.filter((c) => c.quote === 'more than 1,000 containers');
    expect(containers).toHaveLength(3);
    expect(toCheck.filter((c) => c.quote === 'more than 1,000 containers')).toHaveLength(2);
    const checks = withReports(claims, await corpus.check(toCheck, { published: '2023-10-14' }));
    expect(checks.map((c) => c.claim)).toEqual(claims);
    const [first, second] = checks.filter((c) => c.claim.quote === 'more than 1,000 containers');
    expect(first.reports.length).toBeGreaterThan(0);
    expect(second.reports).toEqual(first.reports);
    expect(second.claim.start).toBeGreaterThan(first.claim.start);
  });
});
