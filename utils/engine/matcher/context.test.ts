import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/index';
import { figureContext } from './context';

/** The context of the figure whose quote contains `quote`. */
function around(text: string, quote: string) {
  const c = extractClaims(text, {}).find((x) => x.quote.includes(quote));
  if (!c) throw new Error(`no "${quote}" in "${text}"`);
  return figureContext(c, c.unit);
}

describe('figureContext', () => {
  it.each([
    ['The storm killed 12 people and injured 40 more.', '12', 'death'],
    ['The storm killed 12 people and injured 40 more.', '40', 'injury'],
    ['Some 300 hikers remain unaccounted for.', '300', 'missing'],
    ['Air defences shot down 19 of the 30 drones launched overnight.', '19', 'interception'],
    ['The death toll stood at 57 on Friday.', '57', 'death'],
    ['Погибли 14 человек.', '14', 'death'],
    ['Crews moved 80 containers to the quay.', '80', null],
  ])('"%s" — %s counts %s', (text, quote, event) => {
    expect(around(text, quote).event).toBe(event);
  });
  it('a revision: the new figure is revised, the earlier one it names is prior', () => {
    const text = 'Officials said 26 people died, raising an earlier toll of 23.';
    expect(around(text, '26')).toMatchObject({ revised: true, prior: false });
    expect(around(text, '23')).toMatchObject({ revised: false, prior: true });
    expect(around('The toll reached 26, up from 23.', '23').prior).toBe(true);
  });
  it('the words around a figure that says nothing of what it counts', () => {
    expect(around('The depot is 290 km from the frontier post.', '290').near).toEqual(expect.arrayContaining(['depot', 'frontier', 'post']));
  });
  it('a qualifying calibre after the figure, and a calibre that is itself no figure', () => {
    expect(around('They sent 3 million rounds of 152 mm shells.', '3 million').qualifiers).toEqual(['152']);
    expect(around('They sent 3 million rounds of 152 mm shells.', '152').qualifiesNoun).toBe(true);
    expect(around('Rain reached 120 mm in a day.', '120').qualifiesNoun).toBe(false);
  });
});
