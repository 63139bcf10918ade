import type { ArticleDetailView } from '../../utils/model/view-models';
import { formatDate, unitFor } from '../../utils/model/format';
import { safeHttpUrl } from '../../utils/model/safe-url';

/** Human form of a claim's figure: "more than 1,000 containers", "7 Sep 2023 – 1 Oct 2023". */
export function figureOf(claim: ArticleDetailView['claims'][number]): string {
  if (claim.unit === 'date') {
    const low = formatDate(String(claim.low));
    const high = formatDate(String(claim.high));
    return low === high ? low : `${low} – ${high}`;
  }
  const value = typeof claim.value === 'number' ? claim.value.toLocaleString('en') : claim.value;
  const hedge = claim.hedge ? `${claim.hedge} ` : '';
  return `${hedge}${value} ${unitFor(claim.unit, claim.value)}`;
}

/** One article, opened: its metadata and every claim Tally extracted from it. */
export function ArticleDetail({ article, onClose }: { article: ArticleDetailView; onClose: () => void }) {
  const href = safeHttpUrl(article.url);
  return (
    <section class="detail" aria-labelledby="detail-heading">
      <div class="detail-head">
        <h2 id="detail-heading">{article.title || '(untitled)'}</h2>
        <button type="button" class="nowrap" onClick={onClose}>
          Back to the list
        </button>
      </div>
      <p class="muted">
        {article.outlet} · {formatDate(article.published)}
        {article.byline && <> · {article.byline}</>}
        {href && (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">
              source<span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
      </p>
      <h3>{article.claims.length === 1 ? '1 claim' : `${article.claims.length} claims`}</h3>
      <table class="claims">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">As written</th>
            <th scope="col">Counted</th>
            <th scope="col">Credited</th>
          </tr>
        </thead>
        <tbody>
          {article.claims.map((claim, index) => (
            <tr key={`${claim.start}-${index}`}>
              <td class="nowrap">{figureOf(claim)}</td>
              <td>
                <q>{claim.quote}</q>
              </td>
              <td>{claim.measure ?? ''}</td>
              <td>{claim.attribution ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
