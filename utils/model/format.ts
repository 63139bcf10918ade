/** Display helpers shared by the popup and options views. Pure. */
import { formatIsoDate } from './dates';
import type { FigureGroupView } from './view-models';

/** A report's date as written, at its precision ("14 Oct 2023", "Oct 2023", "2025"), or "undated". */
export function formatDate(iso: string | null | undefined): string {
  return iso ? formatIsoDate(iso) : 'undated';
}

/** "1 claim" / "12 claims". */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? word : many}`;
}

/** The YYYY-MM-DD part of an ISO date, for a date input; empty when there is none. */
export function isoDay(value: string | null | undefined): string {
  const match = value ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
  return match ? match[0] : '';
}

// Plurals the canonical units need; the rest take an "s".
const PLURAL_UNITS: Record<string, string> = { person: 'people', percent: 'percent', child: 'children', date: 'dates', 'per cent': 'per cent' };

/** A canonical unit as people write it after a number: "container" → "containers", "person" → "people". */
export function unitFor(unit: string, value: number | string): string {
  if (value === 1) return unit;
  // (Object.hasOwn: the unit is a word of a page, and "constructor" would find Object's own.)
  return (Object.hasOwn(PLURAL_UNITS, unit) ? PLURAL_UNITS[unit] : undefined) ?? (/s$/.test(unit) ? unit : `${unit}s`);
}

/** "more than 1,000 container" → "more than 1,000 containers": a figure label that ends in its singular unit. */
export function figureLabel(label: string, unit: string): string {
  if (!unit || unit === 'date' || !label.endsWith(` ${unit}`)) return label;
  const head = label.slice(0, -unit.length - 1);
  return /(^|\s)1$/.test(head) ? label : `${head} ${unitFor(unit, 2)}`;
}

/** Splits a sentence around its quote, trimmed to a readable window: [before, quote, after]. */
export function quoteInContext(sentence: string, quote: string, window = 90): [string, string, string] {
  const at = sentence.indexOf(quote);
  if (!quote || at < 0) return ['', quote || sentence, ''];
  let before = sentence.slice(0, at);
  let after = sentence.slice(at + quote.length);
  if (before.length > window) before = '…' + before.slice(before.length - window).replace(/^\S*\s/, '');
  if (after.length > window) after = after.slice(0, window).replace(/\s\S*$/, '') + '…';
  return [before, quote, after];
}

/** How a figure's latest statement is set against its first: "Up from", "Down from", or "First stated as" when neither. */
export function sinceFirst(trend: 'up' | 'down' | null): string {
  return trend === 'up' ? 'Up from' : trend === 'down' ? 'Down from' : 'First stated as';
}

/** Quotation marks inside a quoted sentence become single ones (“he said ‘so far’”), as nested quotes are written. */
export function nestedQuotes(s: string): string {
  return s.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
}

/** The figure a search result answers with: its latest statement (the last step of its timeline), with its unit. */
export function answerFigure(group: Pick<FigureGroupView, 'timeline' | 'label' | 'unit'>): string {
  const latest = group.timeline.at(-1);
  return figureLabel(latest ? `${latest.figure} ${group.unit}` : group.label, group.unit);
}
