/** Units as people write them; a unit is a word of some page, so Object's own member names must not leak in. */
import { describe, expect, it } from 'vitest';
import { unitFor } from './format';

describe('unitFor', () => {
  it.each([
    ['container', 1000, 'containers'],
    ['person', 3, 'people'],
    ['container', 1, 'container'],
    ['constructor', 5, 'constructors'],
    ['toString', 2, 'toStrings'],
    ['__proto__', 2, '__proto__s'],
    ['hasOwnProperty', 2, 'hasOwnPropertys'],
  ])('%s × %d → %s', (unit, value, expected) => {
    expect(unitFor(unit, value)).toBe(expected);
  });
});
