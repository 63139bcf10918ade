import { describe, expect, it } from 'vitest';
import { textSketch } from './text';
import { sharesEnough, WireCopies, type SketchedArticle } from './wire';

const story =
  'Freight trains loaded with crates crossed the Tumen river bridge on three nights last week, a monitoring group said on Tuesday, citing satellite pictures taken over the border station. The group said the crates matched those seen earlier at the port, and that at least forty wagons were counted each night before the trains left for the east.';

describe('WireCopies', () => {
  const make = (id: string, published: string, text: string): SketchedArticle => ({ id, outlet: `Outlet ${id}`, published, sketch: textSketch(text) });
  it('a later word-for-word reprint is a copy of the earlier report, never the other way round', () => {
    const articles = new Map<string, SketchedArticle>();
    const original = make('a', '2024-05-01', story);
    const reprint = make('b', '2024-05-03', `Morning digest. ${story} More news tomorrow.`);
    const other = make('c', '2024-05-02', 'A different account of the border crossings, written by a reporter who went there and counted the trains herself, with no satellite pictures at all and no monitoring group.');
    for (const a of [original, reprint, other]) articles.set(a.id, a);
    const wire = new WireCopies(articles);
    wire.add([original, reprint, other]);
    expect(wire.originalOf('b')).toBe('Outlet a');
    expect(wire.originalOf('a')).toBeUndefined();
    expect(wire.originalOf('c')).toBeUndefined();
    expect(wire.copiesOf('a')).toEqual(['b']);
    articles.delete('a');
    wire.remove(new Set(['a']), true);
    expect(wire.originalOf('b')).toBeUndefined();
  });
  it('sharesEnough gives up once too few hashes are left', () => {
    expect(sharesEnough(new Set([1, 2, 3, 4, 5, 6, 7]), [1, 2, 3, 4, 5, 6, 9])).toBe(true);
    expect(sharesEnough(new Set([1, 2, 3, 4, 5, 6, 7]), [9, 10, 11, 12, 13, 14, 1])).toBe(false);
  });
});
