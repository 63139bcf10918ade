import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/index';
import type { Claim } from '../claims/types';
import { compatibleValues, differentFigure, hedgeDifference, monthYear } from './relate';
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
  const oct = Date.parse('2023-10-14T12:00:00Z');
  const mar = Date.parse('2024-03-18T12:00:00Z');
  it('a later, larger figure is an update', () => {
    expect(differentFigure(claim('more than 1,000 containers.'), oct, claim('about 7,000 containers.'), mar, '2024-03-18')).toEqual({ relation: 'update', reason: 'later and larger: Mar 2024' });
  });
  it('an earlier, smaller one too, from the other side', () => {
    expect(differentFigure(claim('about 7,000 containers.'), mar, claim('more than 1,000 containers.'), oct, '2023-10-14')).toEqual({ relation: 'update', reason: 'earlier and smaller: Oct 2023' });
  });
  it('the same week is a conflict', () => {
    expect(differentFigure(claim('more than 1,000 containers.'), oct, claim('about 1,500 containers.'), oct + 86_400_000, '2023-10-15')).toMatchObject({ relation: 'conflict' });
  });
  it('monthYear', () => expect(monthYear('2024-03-18')).toBe('Mar 2024'));
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
