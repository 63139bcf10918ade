import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/index';
import type { Claim } from '../claims/types';
import { compatibleValues, differentFigure, hedgeDifference, isVague, monthYear, sameNumber, type WhenStated } from './relate';
import { isSameText, isWireCopy, textSketch } from './text';

/** The first non-date claim of a phrase, as the claims engine reads it. */
function claim(text: string): Claim {
  const found = extractClaims(text, {}).find((c) => c.unit !== 'date');
  if (!found) throw new Error(`no figure in "${text}"`);
  return found;
}

describe('compatibleValues', () => {
  it.each([
    ['more than 1,000 containers', '1,000 containers', true],
    ['more than 1,000 containers', 'more than one-thousand containers', true],
    ['more than 1,000 containers', 'over 1,000 containers', true],
    ['more than 1,000 containers', 'about 7,000 containers', false],
    ['roughly 290 kilometers', 'about 290 kilometers', true],
    ['roughly 290 kilometers', '180 miles', true],
    ['roughly 290 kilometers', 'some 180 km', false],
    ['hundreds of thousands of artillery shells', 'more than a million artillery shells', false],
    ['hundreds of thousands of artillery shells', '500,000 artillery shells', true],
    ['300 containers', '1,000 containers', false],
  ])('"%s" and "%s" → %s', (a, b, expected) => {
    expect(compatibleValues(claim(`They sent ${a}.`), claim(`They sent ${b}.`))).toBe(expected);
  });
});

describe('hedgeDifference', () => {
  it.each([
    ['more than 1,000 containers', '1,000 containers', "drops 'more than'"],
    ['1,000 containers', 'more than 1,000 containers', "adds 'more than'"],
    ['more than 1,000 containers', 'over 1,000 containers', null],
    ['roughly 290 kilometers', 'about 290 kilometers', null],
    ['about 1,000 containers', 'more than 1,000 containers', "says 'more than' for 'about'"],
  ])('page "%s", other "%s" → %s', (page, other, expected) => {
    expect(hedgeDifference(claim(`They sent ${page}.`), claim(`They sent ${other}.`))).toBe(expected);
  });
});

describe('differentFigure', () => {
  const at = (iso: string, extra: Partial<WhenStated> = {}): WhenStated => ({ time: Date.parse(iso + 'T12:00:00Z'), published: iso, revised: false, prior: false, ...extra });
  it('a later, larger figure is an update', () => {
    expect(differentFigure(claim('more than 1,000 containers.'), at('2023-10-14'), claim('about 7,000 containers.'), at('2024-03-18'))).toEqual({ relation: 'update', reason: 'later and larger: Mar 2024' });
  });
  it('an earlier, smaller one too, from the other side', () => {
    expect(differentFigure(claim('about 7,000 containers.'), at('2024-03-18'), claim('more than 1,000 containers.'), at('2023-10-14'))).toEqual({ relation: 'update', reason: 'earlier and smaller: Oct 2023' });
  });
  // Changed on purpose (issue 11): a fixed 7-day window made a toll that moved overnight a conflict.
  it('a figure from the next day is a later figure, at the pace of the story', () => {
    expect(differentFigure(claim('at least 41 dead.'), at('2025-02-03'), claim('at least 44 dead.'), at('2025-02-04'))).toEqual({ relation: 'update', reason: 'later and larger: 4 Feb 2025, 1 day later' });
  });
  it('the same day is a conflict, unless one report calls its figure revised', () => {
    expect(differentFigure(claim('at least 41 dead.'), at('2025-02-03'), claim('at least 44 dead.'), at('2025-02-03'))).toMatchObject({ relation: 'conflict' });
    expect(differentFigure(claim('at least 41 dead.'), at('2025-02-03'), claim('at least 44 dead.'), at('2025-02-03', { revised: true }))).toMatchObject({ relation: 'update', reason: expect.stringContaining('later and larger') });
  });
  it('undated reports cannot be ordered: a conflict', () => {
    expect(differentFigure(claim('at least 41 dead.'), { time: null, published: null, revised: false, prior: false }, claim('at least 44 dead.'), at('2025-02-03'))).toMatchObject({ relation: 'conflict' });
  });
  it('a distance does not move: two of one place disagree whenever stated', () => {
    expect(differentFigure(claim('The camp is 40 km from the coast.'), at('2023-01-01'), claim('The camp is 65 km from the coast.'), at('2023-06-01'))).toMatchObject({ relation: 'conflict' });
  });
  it('monthYear', () => expect(monthYear('2024-03-18')).toBe('Mar 2024'));
});

describe('sameNumber and isVague', () => {
  it.each([
    ['more than 1,000 containers', '1,000 containers', true],
    ['about 125 miles', '200 km', true],
    ['about 6,700 containers', 'around 7,000 containers', false],
    ['between 40 and 55 trucks', '55 trucks', true],
  ])('"%s" and "%s" → %s', (a, b, expected) => expect(sameNumber(claim(`They moved ${a}.`), claim(`They moved ${b}.`))).toBe(expected));
  it.each([
    ['hundreds of trucks', true],
    ['several thousand trucks', true],
    ['dozens of trucks', true],
    ['300 trucks', false],
    ['about 300 trucks', false],
  ])('"%s" vague: %s', (a, expected) => expect(isVague(claim(`They moved ${a}.`))).toBe(expected));
});

describe('wire sketches', () => {
  const story =
    'North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia in recent weeks for use in Ukraine, the White House said Friday. In a briefing, John Kirby disclosed the information, amid speculation that last month summit between the leaders might have led to an arms deal.';
  const other =
    'South Korea criticized the North on Monday amid signs that it had recently sent weapons to Russia following last month summit between the leaders of both countries, and urged Moscow to fulfil its responsibility as a permanent member.';
  it.each([
    ['a reprint inside a longer page', `Daily Reprint - World news. ${story} ${other} Share this story.`, true, false],
    ['a reprint with only a header of its own (near-identical: the page itself)', `Daily Reprint. ${story}`, true, true],
    ['the same text', story, true, true],
    ['another report of the event', other, false, false],
  ])('%s', (_name, text, copy, same) => {
    expect(isWireCopy(textSketch(story), textSketch(text))).toBe(copy);
    expect(isSameText(textSketch(story), textSketch(text))).toBe(same);
  });
});
