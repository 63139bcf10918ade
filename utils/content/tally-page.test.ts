import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectTopic, type Topic } from '../engine/topics';
import { textPieces } from './pieces';
import { mayBeAbout } from './tally-page';
import { locateQuote } from './page-marks';
import { extractClaims } from '../engine/claims';

const ROOT = join(import.meta.dirname, '../..');
const topic = JSON.parse(readFileSync(join(ROOT, 'seeds/topic.json'), 'utf8')) as Topic;
const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));
const pages = readdirSync(join(ROOT, 'tests/fixtures/pages'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
// Tag-stripped text of a saved page: what the pre-check sees is a page's text, not its markup.
const pageHtml = (name: string) => {
  const dir = join(ROOT, 'tests/fixtures/pages', name);
  return readdirSync(dir).includes('source.html') ? readFileSync(join(dir, 'source.html'), 'utf8') : readFileSync(join(dir, 'expected.html'), 'utf8');
};
const pageText = (name: string) => pageHtml(name).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ');

describe('mayBeAbout, the cheap topic pre-check', () => {
  it.each(seeds)('passes every seed report (%s)', (file) => {
    const text = readFileSync(join(ROOT, 'seeds', file), 'utf8');
    expect(detectTopic(text, [topic])).not.toBeNull();
    expect(mayBeAbout(text, topic)).toBe(true);
  });

  it('never rejects what detectTopic would accept, and turns most saved off-topic pages away', () => {
    let rejected = 0;
    for (const name of pages) {
      const text = pageText(name);
      if (detectTopic(text, [topic])) expect(mayBeAbout(text, topic), name).toBe(true);
      if (!mayBeAbout(text, topic)) rejected++;
    }
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(rejected).toBeGreaterThanOrEqual(Math.ceil(pages.length / 2));
  });

  it('rejects the off-topic sports page without the regex pass', () => {
    expect(mayBeAbout(pageText('aktualne'), topic)).toBe(false);
  });
});

describe('locateQuote', () => {
  const text = readFileSync(join(ROOT, 'seeds/yonhap-2023-10-14.txt'), 'utf8');
  it('trusts the engine\'s offsets when they hold the quote (every claim of a seed)', () => {
    for (const claim of extractClaims(text, {})) expect(locateQuote(text, claim)).toEqual({ start: claim.start, end: claim.end });
  });
  it('finds a quote whose offsets drifted, and refuses one that is not there', () => {
    const claim = extractClaims(text, {}).find((c) => c.quote.includes('290'))!;
    expect(locateQuote(text, { ...claim, start: claim.start + 7, end: claim.end + 7 })).toEqual({ start: claim.start, end: claim.end });
    expect(locateQuote(text, { ...claim, quote: 'about 9,999 kilometres' })).toBeNull();
  });
});

describe('textPieces, how a long article is sent to the background', () => {
  const text = readFileSync(join(ROOT, 'seeds/yonhap-2023-10-14.txt'), 'utf8').repeat(40);
  it('covers the text exactly, each piece within the limit and cut at a block break', () => {
    const pieces = textPieces(text, 10_000);
    expect(pieces.length).toBeGreaterThan(text.length / 10_000);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(10_000);
      expect(text.slice(piece.from, piece.from + piece.text.length)).toBe(piece.text);
      if (piece.from > 0) expect(text.slice(piece.from, piece.from + 2)).toBe('\n\n');
    }
    // Every figure the engine reads in the whole text is read, at the same place, in some piece.
    const whole = extractClaims(text.slice(0, 30_000), {}).map((c) => `${c.start}:${c.quote}`);
    const pieced = textPieces(text.slice(0, 30_000), 10_000).flatMap((p) => extractClaims(p.text, {}).map((c) => `${c.start + p.from}:${c.quote}`));
    expect(pieced).toEqual(whole);
  });
  it('keeps a short text whole, and cuts a text with no breaks at the limit', () => {
    expect(textPieces('Short.', 100)).toEqual([{ text: 'Short.', from: 0 }]);
    expect(textPieces('x'.repeat(250), 100).map((p) => p.text.length)).toEqual([100, 100, 50]);
  });
});
