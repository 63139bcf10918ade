import { useState } from 'preact/hooks';
import type { ArticleRowView } from '../../utils/model/view-models';
import { formatDate } from '../../utils/model/format';
import { safeHttpUrl } from '../../utils/model/safe-url';

export interface ArticleBrowserProps {
  articles: ArticleRowView[];
  /** Every outlet in the corpus, for the filter. */
  outlets: string[];
  outlet: string;
  text: string;
  onFilter: (filter: { outlet: string; text: string }) => void;
  onOpen: (id: string) => void;
  onDelete: (article: ArticleRowView) => void;
}

/** Rows rendered at once: a corpus of 100,000 claims has thousands of articles. */
const PAGE = 200;

/** The corpus's articles by outlet and date, with claim counts; filterable. */
export function ArticleBrowser({ articles, outlets, outlet, text, onFilter, onOpen, onDelete }: ArticleBrowserProps) {
  const [shown, setShown] = useState(PAGE);
  return (
    <div class="browser">
      <div class="filters" role="group" aria-label="Filter articles">
        <label>
          Outlet
          <select value={outlet} onChange={(e) => onFilter({ outlet: (e.currentTarget as HTMLSelectElement).value, text })}>
            <option value="">All outlets</option>
            {outlets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Title or text
          <input type="search" value={text} onInput={(e) => onFilter({ outlet, text: (e.currentTarget as HTMLInputElement).value })} />
        </label>
      </div>
      <p class="muted" role="status">
        {articles.length === 1 ? '1 article' : `${articles.length.toLocaleString('en')} articles`}
        {articles.length > shown && `, the first ${shown.toLocaleString('en')} shown`}
      </p>
      <table class="articles">
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Date</th>
            <th scope="col">Title</th>
            <th scope="col" class="num">
              Claims
            </th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {articles.slice(0, shown).map((article) => {
            const href = safeHttpUrl(article.url);
            const title = article.title || '(untitled)';
            return (
              <tr key={article.id} data-article-id={article.id}>
                <td>
                  {article.outlet}
                  {article.own && <span class="tag">yours</span>}
                </td>
                <td class="nowrap">{formatDate(article.published)}</td>
                <td>
                  <button type="button" class="link-button" onClick={() => onOpen(article.id)}>
                    {title}
                  </button>
                  {href && (
                    <>
                      {' '}
                      <a href={href} target="_blank" rel="noopener noreferrer" class="small">
                        source<span class="visually-hidden"> of {title} (opens in a new tab)</span>
                      </a>
                    </>
                  )}
                </td>
                <td class="num">{article.claimCount.toLocaleString('en')}</td>
                <td>
                  <button type="button" class="danger" onClick={() => onDelete(article)} aria-label={`Delete ${title} (${article.outlet})`}>
                    Delete
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {articles.length > shown && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, articles.length - shown)} more of {(articles.length - shown).toLocaleString('en')}
        </button>
      )}
    </div>
  );
}
