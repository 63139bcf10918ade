/** Claims for a pack article that carries only its text: extracted on import. */
import { extractClaims } from '../claims/index';
import { claimToPack, type PackArticle } from './index';

/** The article with its claims, extracted now when the pack did not carry them. */
export function withArticleClaims(article: PackArticle): PackArticle {
  if (article.claims) return article;
  const claims = extractClaims(article.text, { published: article.published ?? undefined, language: article.language }).map(claimToPack);
  return { ...article, claims };
}
