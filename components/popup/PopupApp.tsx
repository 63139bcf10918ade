import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleDraft, ArticleRowView, PageClaimView, SearchView, TabView } from '../../utils/model/view-models';
import { SearchResults } from './SearchResults';
import { ThisPage } from './ThisPage';
import { AddPageForm } from './AddPageForm';
import { SiteSwitch } from './SiteSwitch';

/** Everything the popup does, as callbacks; the entrypoint wires them to messages. */
export interface PopupActions {
  search: (query: string) => Promise<SearchView>;
  pageClaims: (tab: TabView) => Promise<PageClaimView[] | null>;
  revealClaim: (tab: TabView, claimId: string) => Promise<void>;
  readPage: (tab: TabView) => Promise<ArticleDraft | null>;
  /** Store the page; `replaces` names the stored article it is (a duplicate the user chose to update). */
  saveArticle: (draft: ArticleDraft, replaces?: string) => Promise<{ claims: number; updated: boolean }>;
  /** The stored article this page already is (same URL or same text), or null. */
  findArticle: (draft: ArticleDraft) => Promise<ArticleRowView | null>;
  siteEnabled: (host: string) => Promise<boolean>;
  setSiteEnabled: (host: string, enabled: boolean) => Promise<void>;
  openOptions: () => void;
  copy: (text: string) => Promise<void>;
  download: (fileName: string, mime: string, content: string) => void;
  /** Opens the side panel (Chrome) or sidebar (Firefox) beside the page (`tab`, when known); call from a click. */
  openSidePanel: (tab: TabView | null) => void;
}

export interface PopupAppProps {
  /** The web page the popup acts on, or null (a browser page, a new tab). */
  tab: TabView | null;
  actions: PopupActions;
  /** Debounce for search-as-you-type, in ms. */
  searchDelay?: number;
}

/** The popup: search the corpus; see, reveal and add the current page; switch Tally off for the site. */
export function PopupApp({ tab, actions, searchDelay = 120 }: PopupAppProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<({ query: string } & SearchView) | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [pageClaims, setPageClaims] = useState<PageClaimView[] | null | undefined>(undefined);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [draft, setDraft] = useState<ArticleDraft | null>(null);
  const [duplicate, setDuplicate] = useState<ArticleRowView | null>(null);
  const [addError, setAddError] = useState<string | null>(null);
  // Only the newest query's answer is shown: an older, slower answer must not overwrite it.
  const latest = useRef(0);

  useEffect(() => {
    if (!tab) return;
    actions.siteEnabled(tab.host).then(setEnabled, () => setEnabled(true));
    actions.pageClaims(tab).then(setPageClaims, () => setPageClaims(null));
  }, [tab?.tabId]);

  useEffect(() => {
    const trimmed = query.trim();
    const ticket = ++latest.current;
    if (!trimmed) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => {
      actions.search(trimmed).then(
        (view) => {
          if (ticket !== latest.current) return;
          setSearchError(null);
          setResults({ query: trimmed, ...view });
        },
        (error) => ticket === latest.current && setSearchError(String(error?.message ?? error)),
      );
    }, searchDelay);
    return () => clearTimeout(timer);
  }, [query]);

  async function toggleSite(next: boolean) {
    if (!tab) return;
    setEnabled(next);
    await actions.setSiteEnabled(tab.host, next);
    // Marks go at once when off; when back on, the content script rescans, so re-ask.
    setPageClaims(next ? await actions.pageClaims(tab).catch(() => null) : null);
  }

  async function openAddForm() {
    if (!tab) return;
    setAddError(null);
    const read = await actions.readPage(tab).catch(() => null);
    if (read) setDuplicate(await actions.findArticle(read).catch(() => null));
    if (read) setDraft(read);
    else setAddError('Tally could not read the article on this page.');
  }

  async function save(next: ArticleDraft) {
    const result = await actions.saveArticle(next, duplicate?.id);
    // The page's own figures may now have (or lose) other reports.
    if (tab) actions.pageClaims(tab).then(setPageClaims, () => undefined);
    return result;
  }

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Tally</h1>
        <button type="button" class="link-button" onClick={() => actions.openSidePanel(tab)}>
          All figures (side panel)
        </button>
        <button type="button" class="link-button" onClick={actions.openOptions}>
          Manage corpus
        </button>
      </header>
      <form role="search" class="search" onSubmit={(event) => event.preventDefault()}>
        <label for="tally-search" class="visually-hidden">
          Search the corpus
        </label>
        <input
          id="tally-search"
          type="search"
          placeholder="Search: 7000 containers, Rajin, Kirby…"
          autoComplete="off"
          autoFocus
          value={query}
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
      </form>
      {query.trim() ? (
        <section class="results" aria-live="polite" aria-busy={results?.query !== query.trim()}>
          {searchError ? (
            <p class="error">{searchError}</p>
          ) : (
            <>
              {/* The first search after the corpus changed waits for the background to re-index it. */}
              {results?.query !== query.trim() && <p class="muted searching">Searching…</p>}
              {results && (
                <SearchResults
                  groups={results.groups}
                  entities={results.entities}
                  query={results.query}
                  onCopy={(text) => actions.copy(text)}
                  onExport={(fileName, mime, content) => actions.download(fileName, mime, content)}
                />
              )}
            </>
          )}
        </section>
      ) : (
        <>
          {/* The add form takes the popup's whole height: 560 px cannot hold both. */}
          <section class="this-page" aria-labelledby="this-page-heading" hidden={draft !== null}>
            <h2 id="this-page-heading">This page</h2>
            {!tab ? (
              <p class="empty">Open a news page to see its figures here. Or search the corpus above: a figure (“7000 containers”), a place (“Rajin”) or a person (“Kirby”).</p>
            ) : (
              <>
                {enabled !== null && <SiteSwitch host={tab.host} enabled={enabled} onChange={toggleSite} />}
                {pageClaims === undefined ? (
                  <p class="muted">Reading the page…</p>
                ) : (
                  <ThisPage claims={enabled === false ? null : pageClaims} onReveal={(id) => actions.revealClaim(tab, id)} />
                )}
              </>
            )}
          </section>
          {tab && (
            <section class="add" aria-labelledby="add-heading">
              <h2 id="add-heading">Add this page to the corpus</h2>
              {draft ? (
                <AddPageForm draft={draft} duplicate={duplicate} onSave={save} onCancel={() => setDraft(null)} />
              ) : (
                <>
                  <button type="button" class="primary" onClick={openAddForm}>
                    Add this page…
                  </button>
                  {addError && <p class="error">{addError}</p>}
                </>
              )}
            </section>
          )}
        </>
      )}
    </main>
  );
}
