import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleDetailView, ArticleRowView, ImportResultView, PackPreviewView } from '../../utils/model/view-models';
import { plural } from '../../utils/model/format';
import { ArticleBrowser } from './ArticleBrowser';
import { ArticleDetail } from './ArticleDetail';
import { ImportPanel } from './ImportPanel';
import { ExportPanel } from './ExportPanel';
import { TopicsPanel } from './TopicsPanel';
import type { Topic, TopicEdit, TopicEdits } from '../../utils/model/topic';
import { ResetPanel } from './ResetPanel';
import { SettingsPanel } from './SettingsPanel';

/** Settings the options page edits (kept in browser.storage.local by the client). */
export interface UiSettings {
  disabledSites: string[];
  markUnmatched: boolean;
}

/** Everything the corpus manager does, as callbacks; the entrypoint wires them to messages and storage. */
export interface OptionsActions {
  listArticles: (filter: { outlet: string; text: string }) => Promise<ArticleRowView[]>;
  getArticle: (id: string) => Promise<ArticleDetailView | null>;
  /** Resolves with an opaque token that `restoreArticle` takes back (the undo). */
  deleteArticle: (id: string) => Promise<unknown>;
  restoreArticle: (token: unknown) => Promise<void>;
  previewPack: (raw: string) => Promise<PackPreviewView>;
  /** Lands the pack whole or not at all; the user's own articles are kept unless `replaceOwn`. */
  importPack: (raw: string, onProgress: (fraction: number) => void, signal: AbortSignal, options: { replaceOwn: boolean }) => Promise<ImportResultView>;
  /** Puts back everything the import (its result's `undo`) changed. */
  undoImport: (id: string) => Promise<void>;
  exportPack: (topic: string) => Promise<string>;
  topics: () => Promise<Topic[]>;
  /** One edit of a topic; resolves with the topic as stored and its edits, rejects with why. */
  editTopic: (topic: string, edit: TopicEdit) => Promise<{ topic: Topic; edits: TopicEdits }>;
  topicEdits: () => Promise<Record<string, TopicEdits>>;
  reset: (options: { keepUserArticles: boolean }) => Promise<void>;
  getSettings: () => Promise<UiSettings>;
  setSettings: (settings: Partial<UiSettings>) => Promise<void>;
  /** Follows changes made elsewhere (the popup's site switch); returns the unsubscribe. */
  watchSettings: (onChange: (settings: UiSettings) => void) => () => void;
}

/** The corpus manager: browse, open, delete with undo, import, export, reset, settings. */
export function OptionsApp({ actions }: { actions: OptionsActions }) {
  const [filter, setFilter] = useState({ outlet: '', text: '' });
  const [articles, setArticles] = useState<ArticleRowView[]>([]);
  const [outlets, setOutlets] = useState<string[]>([]);
  const [topics, setTopics] = useState<Topic[]>([]);
  const [topicEdits, setTopicEdits] = useState<Record<string, TopicEdits>>({});
  const [open, setOpen] = useState<ArticleDetailView | null>(null);
  // The last delete or import, and how to take it back.
  const [undo, setUndo] = useState<{ text: string; run: () => Promise<void> } | null>(null);
  const [settings, setSettingsState] = useState<UiSettings | null>(null);
  const [error, setError] = useState('');
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  // The deleted row is gone, and focus with it: hand focus to Undo so a keyboard user can take it back.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);

  useEffect(() => {
    let current = true;
    actions.listArticles(filter).then(
      (rows) => current && setArticles(rows),
      (e) => current && setError(String(e?.message ?? e)),
    );
    return () => {
      current = false;
    };
  }, [filter.outlet, filter.text, version]);

  useEffect(() => {
    actions.listArticles({ outlet: '', text: '' }).then((rows) => setOutlets([...new Set(rows.map((r) => r.outlet))].sort()), () => undefined);
    actions.topics().then(setTopics, () => undefined);
    actions.topicEdits().then(setTopicEdits, () => undefined);
  }, [version]);

  useEffect(() => {
    actions.getSettings().then(setSettingsState, () => setSettingsState({ disabledSites: [], markUnmatched: false }));
    return actions.watchSettings(setSettingsState);
  }, []);

  async function remove(article: ArticleRowView) {
    try {
      const token = await actions.deleteArticle(article.id);
      setUndo({ text: `Deleted ${article.title || '(untitled)'} (${article.outlet}).`, run: () => actions.restoreArticle(token) });
      if (open?.id === article.id) setOpen(null);
      refresh();
    } catch (e) {
      setError(`Not deleted: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async function restore() {
    if (!undo) return;
    try {
      await undo.run();
    } catch (e) {
      setError(`Not undone: ${e instanceof Error ? e.message : String(e)}`);
    }
    setUndo(null);
    refresh();
  }

  async function updateSettings(patch: Partial<UiSettings>) {
    setSettingsState((s) => (s ? { ...s, ...patch } : s));
    await actions.setSettings(patch);
  }

  return (
    <div class="options">
      <header class="options-header">
        <h1>Tally: your corpus</h1>
      </header>
      <div class="options-grid">
        <main class="options-main">
          {undo && (
            <div class="toast" role="status">
              <span data-testid="undo-text">{undo.text}</span>
              <button type="button" class="primary" ref={undoButton} onClick={restore}>
                Undo
              </button>
              <button type="button" onClick={() => setUndo(null)} aria-label="Dismiss">
                ×
              </button>
            </div>
          )}
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          {open ? (
            <ArticleDetail article={open} onClose={() => setOpen(null)} />
          ) : (
            <section aria-labelledby="articles-heading">
              <h2 id="articles-heading">Articles</h2>
              <ArticleBrowser
                articles={articles}
                outlets={outlets}
                outlet={filter.outlet}
                text={filter.text}
                onFilter={setFilter}
                onOpen={async (id) => setOpen(await actions.getArticle(id))}
                onDelete={remove}
              />
            </section>
          )}
        </main>
        <aside class="options-side">
          <ImportPanel
            onPreview={actions.previewPack}
            onImport={async (raw, onProgress, signal, options) => {
              const result = await actions.importPack(raw, onProgress, signal, options);
              const kept = result.keptOwn ? `, ${plural(result.keptOwn, 'of your own article')} kept` : '';
              setUndo({ text: `Imported ${plural(result.articles, 'article')}${kept}.`, run: () => actions.undoImport(result.undo) });
              refresh();
            }}
          />
          <ExportPanel topics={topics} onExport={actions.exportPack} />
          <TopicsPanel
            topics={topics}
            edits={topicEdits}
            onEdit={async (id, edit) => {
              const saved = await actions.editTopic(id, edit);
              setTopics((all) => all.map((t) => (t.id === saved.topic.id ? saved.topic : t)));
              setTopicEdits((all) => ({ ...all, [id]: saved.edits }));
            }}
          />
          <ResetPanel
            onReset={async (options) => {
              await actions.reset(options);
              setOpen(null);
              setUndo(null);
              refresh();
            }}
          />
          {settings && (
            <SettingsPanel
              disabledSites={settings.disabledSites}
              markUnmatched={settings.markUnmatched}
              onDisabledSitesChange={(disabledSites) => updateSettings({ disabledSites })}
              onMarkUnmatchedChange={(markUnmatched) => updateSettings({ markUnmatched })}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
