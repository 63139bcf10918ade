import { describe, expect, it } from 'vitest';
import { isLetter } from './tokens';

describe('isLetter', () => {
  it('agrees with [\\p{L}\\p{M}] on every UTF-16 code unit (its range shortcuts change nothing)', () => {
    const letter = /[\p{L}\p{M}]/u;
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isLetter(c) !== letter.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
