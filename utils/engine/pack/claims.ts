/** Claims for a pack article that carries only its text: extracted on import. */
import { extractClaims } from '../claims/index';
import { buildMatcherIndex, textSketch, type MatcherIndex } from '../matcher/index';
import { claimFromPack, claimToPack, type Pack, type PackArticle } from './index';

/** The article with its claims, extracted now when the pack did not carry them. */
export function withArticleClaims(article: PackArticle): PackArticle {
  if (article.claims) return article;
  const claims = extractClaims(article.text, { published: article.published ?? undefined, language: article.language }).map(claimToPack);
  return { ...article, claims };
}

/**
 * The matcher index over a pack (CLI and tests; the extension builds it from the corpus):
 * claims extracted where the pack has only texts, wire sketches from the texts.
 */
export function matcherIndexFromPack(pack: Pack): MatcherIndex {
  const articles = pack.articles.map(withArticleClaims);
  return buildMatcherIndex({
    articles: articles.map((a) => ({ id: a.id, file: a.file ?? null, outlet: a.outlet, published: a.published, url: a.url, wire: a.wire ?? null, sketch: textSketch(a.text) })),
    claims: articles.flatMap((a) => a.claims!.map((c, n) => ({ id: `${a.id}#${n}`, articleId: a.id, claim: claimFromPack(c) }))),
    topics: pack.topics,
  });
}
