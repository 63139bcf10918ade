/** Test helpers for the matcher's own tests: claims read by the real engine, the real seed topic. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../claims/index';
import type { Claim } from '../claims/types';
import type { Topic } from '../topics/index';
import type { MatcherArticle, MatcherClaim } from './index';
import { textSketch } from './text';

export const seedTopic = JSON.parse(readFileSync(join(import.meta.dirname, '../../../seeds/topic.json'), 'utf8')) as Topic;

/** The first figure (not a date) of a text, as the claims engine reads it. */
export function figure(text: string): Claim {
  const found = extractClaims(text, {}).find((c) => c.unit !== 'date');
  if (!found) throw new Error(`no figure in "${text}"`);
  return found;
}

/** A small corpus: one article per text, with its claims and sketch. */
export function corpus(reports: { id: string; outlet?: string; published: string | null; text: string; url?: string }[]): { articles: MatcherArticle[]; claims: MatcherClaim[] } {
  const articles = reports.map((r) => ({ id: r.id, file: `${r.id}.txt`, outlet: r.outlet ?? r.id, published: r.published, url: r.url, sketch: textSketch(r.text) }));
  const claims = reports.flatMap((r) => extractClaims(r.text, { published: r.published ?? undefined }).map((claim, k) => ({ id: `${r.id}#${k}`, articleId: r.id, claim })));
  return { articles, claims };
}
