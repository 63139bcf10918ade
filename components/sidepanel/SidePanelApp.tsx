import { useEffect, useState } from 'preact/hooks';
import type { PageClaimView, PageSourceView } from '../../utils/model/view-models';
import { formatDate, plural } from '../../utils/model/format';
import { QuoteInSentence } from '../QuoteInSentence';
import { groupPageFigures, outletsOfPage } from '../../utils/model/page-figures';
import { citationMarkdown, citationText, exportFileName, pageFiguresCsv, pageFiguresMarkdown, type Citable } from '../../utils/model/citation';
import { groupReports, outletName } from '../../utils/model/report-groups';
import { safeHttpUrl } from '../../utils/model/safe-url';
import { Legend } from './Legend';
import { LazyDetails } from '../LazyDetails';
import { alsoCarriedBy, type FoldableLine } from '../../utils/model/reprints';
import { UNDERLINE } from '../mark-colours';

/** What the side panel reads of the current tab: its figures with their checks, and the page's own tags. */
export interface PanelPage {
  /** The tab the figures were read from: a figure is revealed there, whatever tab is active by then. */
  tabId: number;
  page: PageSourceView;
  claims: PageClaimView[];
}

/** Everything the side panel does, as callbacks; the entrypoint wires them to the tab and the browser. */
export interface SidePanelActions {
  /** The current tab's figures, or null when Tally cannot read the tab. */
  read: () => Promise<PanelPage | null>;
  /** Scroll the tab to the figure's mark and open its note. */
  reveal: (tabId: number, claimId: string) => Promise<void>;
  copy: (text: string) => Promise<void>;
  download: (fileName: string, mime: string, content: string) => void;
  /** Calls back when the tab to show may have changed (switched, finished loading, and a moment later while it is being marked); returns the unsubscribe. */
  watch: (onChange: () => void) => () => void;
}

type View = 'figures' | 'outlets';

/** How the side panel starts: the first read, already under way, and its answer when it came before the first render. */
export interface SidePanelStart {
  /** The entrypoint starts the first read before the view mounts (effects run only after a paint). */
  firstRead?: Promise<PanelPage | null>;
  /** The first read's answer, when the entrypoint waited for it: the first paint shows the figures. */
  initial?: PanelPage | null;
  /** Called each time figures are on screen (the side panel bench reads the first: bench/sidepanel.bench.ts). */
  onShown?: () => void;
}

/** The side panel: every figure Tally found on the page, by what the other reports say; and who said what. */
export function SidePanelApp({ actions, firstRead, initial, onShown }: { actions: SidePanelActions } & SidePanelStart) {
  const [data, setData] = useState<PanelPage | null | undefined>(initial);
  const [view, setView] = useState<View>('figures');
  const [status, setStatus] = useState('');

  useEffect(() => {
    let current = true;
    // Only the newest read is shown: a slow answer for the tab before must not replace the tab now.
    let newest = 0;
    const show = (read: Promise<PanelPage | null>) => {
      const ticket = ++newest;
      return read.then((d) => current && ticket === newest && setData(d), () => current && ticket === newest && setData(null));
    };
    const load = () => show(actions.read());
    show(firstRead ?? actions.read());
    const stop = actions.watch(load);
    return () => {
      current = false;
      stop();
    };
  }, []);

  useEffect(() => {
    if (data?.claims.length) onShown?.();
  }, [data]);

  async function copy(text: string, what: string) {
    try {
      await actions.copy(text);
      setStatus(`Copied ${what}.`);
    } catch (error) {
      setStatus(`Could not copy: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <div class="sidepanel">
      <header>
        <h1>Tally</h1>
        {data && (
          <p class="muted page-source">
            {data.page.title || data.page.outlet} · {data.page.outlet}, {formatDate(data.page.published)}
          </p>
        )}
      </header>
      {data === undefined ? (
        <p class="muted">Reading the page…</p>
      ) : data === null ? (
        <p class="empty">Tally cannot read this tab (it is not a web page, or Tally is switched off here).</p>
      ) : data.claims.length === 0 ? (
        <p class="empty">No figure on this page matches your corpus: it holds no report of this story, or Tally is still reading the page.</p>
      ) : (
        <>
          <div class="view-switch" role="group" aria-label="Show">
            <button type="button" aria-pressed={view === 'figures'} onClick={() => setView('figures')}>
              Figures
            </button>
            <button type="button" aria-pressed={view === 'outlets'} onClick={() => setView('outlets')}>
              Outlets
            </button>
          </div>
          {view === 'figures' ? (
            <Figures claims={data.claims} onReveal={(id) => actions.reveal(data.tabId, id)} onCopy={copy} />
          ) : (
            <Outlets page={data.page} claims={data.claims} onCopy={copy} />
          )}
          <div class="exports" role="group" aria-label="Export">
            <button type="button" onClick={() => actions.download(exportFileName(data.page, 'md'), 'text/markdown', pageFiguresMarkdown(data.page, data.claims))}>
              Export Markdown
            </button>
            <button type="button" onClick={() => actions.download(exportFileName(data.page, 'csv'), 'text/csv', pageFiguresCsv(data.claims))}>
              Export CSV
            </button>
          </div>
        </>
      )}
      <p role="status" class="status">
        {status}
      </p>
      <Legend />
    </div>
  );
}


type Copy = (text: string, what: string) => Promise<void>;

function Figures({ claims, onReveal, onCopy }: { claims: PageClaimView[]; onReveal: (id: string) => Promise<void>; onCopy: Copy }) {
  return (
    <>
      {groupPageFigures(claims).map((group) => (
        <section key={group.key} class={`figure-group ${group.key}`} aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`}>
            <span class="swatch" aria-hidden="true" style={{ borderBottomColor: UNDERLINE[group.key === 'none' ? 'unmatched' : group.key] }} />
            {group.heading} <span class="muted">({group.figures.length})</span>
          </h2>
          <ul>
            {group.figures.map(({ claim, times, outlets }) => (
              <li key={claim.id} data-claim-id={claim.id}>
                <button type="button" class="figure" onClick={() => void onReveal(claim.id)}>
                  <span class="quote">{claim.quote}</span>
                  {times > 1 && <span class="muted"> (stated {times} times)</span>}
                </button>
                <p class="outlets muted">{outlets.length ? outlets.join(' · ') : 'No other report'}</p>
                {claim.check.reports.length > 0 && (
                  <LazyDetails summary={plural(claim.check.reports.length, 'other report')}>
                    {() =>
                      groupReports(claim.check.reports).map((g) => (
                        <div key={g.key} class="report-group">
                          <h3>{g.heading}</h3>
                          <ul>
                            {g.folded.map(({ line: r, copies }) => (
                              <ReportItem key={r.claimId} report={r} reason={r.reason} copies={copies} onCopy={onCopy} />
                            ))}
                          </ul>
                        </div>
                      ))
                    }
                  </LazyDetails>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function ReportItem({ report, reason, copies = [], onCopy }: { report: Citable; reason?: string; copies?: readonly FoldableLine[]; onCopy: Copy }) {
  const href = safeHttpUrl(report.url ?? null);
  const outlet = outletName(report);
  return (
    <li class="report">
      <p class="meta">
        <b>{outlet}</b>, {formatDate(report.published)}
        {report.attribution ? <span class="muted">, credited to {report.attribution}</span> : null}
      </p>
      <QuoteInSentence sentence={report.sentence} quote={report.quote} />
      {reason && reason.toLowerCase() !== 'same figure' ? <p class="reason muted">{reason}</p> : null}
      {copies.length ? <p class="muted">{alsoCarriedBy(copies)}</p> : null}
      <p class="actions">
        <button type="button" onClick={() => void onCopy(citationText(report), `the citation of ${outlet}`)}>
          Copy citation
        </button>
        <button type="button" onClick={() => void onCopy(citationMarkdown(report), `the Markdown citation of ${outlet}`)}>
          Copy as Markdown
        </button>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            Open report
          </a>
        ) : null}
      </p>
    </li>
  );
}

function Outlets({ page, claims, onCopy }: { page: PageSourceView; claims: PageClaimView[]; onCopy: Copy }) {
  const outlets = outletsOfPage(page, claims);
  return (
    <section aria-labelledby="outlets-heading">
      <h2 id="outlets-heading">
        Who reported this story <span class="muted">({plural(outlets.length, 'outlet')}, first report first)</span>
      </h2>
      <ul class="outlet-list">
        {outlets.map((o) => (
          <li key={`${o.outlet}|${o.published}`} data-outlet={o.outlet}>
            <h3>
              {o.outlet} {o.isPage ? <span class="tag">this page</span> : null} <span class="muted">{formatDate(o.published)}</span>
            </h3>
            <ul>
              {o.said.map((s) => (
                <ReportItem
                  key={`${s.pageQuote}|${s.quote}`}
                  report={{ outlet: o.outlet, published: o.published, quote: s.quote, sentence: s.sentence, attribution: s.attribution, url: o.url ?? undefined }}
                  reason={s.relation ? s.reason : undefined}
                  onCopy={onCopy}
                />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
