import { useRef, useState } from 'preact/hooks';
import type { ArticleChangeView, PackPreviewView, TopicChangeView } from '../../utils/model/view-models';
import { plural } from '../../utils/model/format';

export interface ImportPanelProps {
  /** Validate a pack and say what it would add; rejects with a message naming the problem. */
  onPreview: (raw: string) => Promise<PackPreviewView>;
  /** Land the pack whole or not at all; `onProgress` gets a fraction from 0 to 1. */
  onImport: (raw: string, onProgress: (fraction: number) => void, signal: AbortSignal, options: { replaceOwn: boolean }) => Promise<unknown>;
}

type State =
  | { step: 'idle' }
  | { step: 'checking'; name: string }
  | { step: 'ready'; name: string; raw: string; preview: PackPreviewView; replaceOwn: boolean }
  | { step: 'importing'; name: string; progress: number }
  | { step: 'done'; text: string }
  | { step: 'error'; text: string };

/** Import a pack from a file: validate, show what it adds, then land it whole or not at all. */
export function ImportPanel({ onPreview, onImport }: ImportPanelProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setState({ step: 'checking', name: file.name });
    try {
      const raw = await file.text();
      const preview = await onPreview(raw);
      // The user's own articles are kept unless they tick the box.
      setState({ step: 'ready', name: file.name, raw, preview, replaceOwn: false });
    } catch (error) {
      setState({ step: 'error', text: `${file.name} cannot be imported: ${messageOf(error)} Nothing was changed.` });
    }
  }

  async function land(raw: string, name: string, replaceOwn: boolean) {
    abort.current = new AbortController();
    setState({ step: 'importing', name, progress: 0 });
    try {
      await onImport(raw, (progress) => setState({ step: 'importing', name, progress }), abort.current.signal, { replaceOwn });
      setState({ step: 'done', text: `${name} imported.` });
    } catch (error) {
      setState({ step: 'error', text: `${name} was not imported: ${messageOf(error)} Nothing was changed.` });
    } finally {
      abort.current = null;
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  return (
    <section class="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import a pack</h2>
      <label class="file">
        Pack file (JSON)
        <input ref={fileInput} type="file" accept=".json,application/json" onChange={choose} disabled={state.step === 'importing'} />
      </label>
      {state.step === 'checking' && <p role="status">Checking {state.name}…</p>}
      {state.step === 'ready' && (
        <div class="preview" role="status">
          <p data-testid="pack-preview">
            {state.name}: {plural(state.preview.articles, 'article')}, {plural(state.preview.claims, 'claim')},{' '}
            {plural(state.preview.newOutlets, 'new outlet')}
            {state.preview.updatedArticles > 0 && <> ({state.preview.updatedArticles} already in the corpus will be updated)</>}.
          </p>
          <ImportChanges preview={state.preview} />
          {state.preview.ownArticles > 0 && (
            <label class="check" data-testid="replace-own">
              <input
                type="checkbox"
                checked={state.replaceOwn}
                onChange={(event) => setState({ ...state, replaceOwn: (event.currentTarget as HTMLInputElement).checked })}
              />
              Replace {state.preview.ownArticles === 1 ? 'my own article' : `my ${state.preview.ownArticles} own articles`} with the pack's version (otherwise mine {state.preview.ownArticles === 1 ? 'is' : 'are'} kept)
            </label>
          )}
          <div class="actions">
            <button type="button" class="primary" onClick={() => land(state.raw, state.name, state.replaceOwn)}>
              Import
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.step === 'importing' && (
        <div role="status">
          <label>
            {/* Progress counts articles prepared; the final write is one transaction with no steps to count. */}
            {state.progress < 1 ? `Importing ${state.name}: ${Math.round(state.progress * 100)}%` : `Storing ${state.name}…`}
            <progress max={1} value={state.progress} />
          </label>
          <button type="button" onClick={() => abort.current?.abort()}>
            Stop
          </button>
        </div>
      )}
      {state.step === 'done' && <p role="status" class="ok">{state.text}</p>}
      {state.step === 'error' && (
        <p role="alert" class="error" data-testid="import-error">
          {state.text}
        </p>
      )}
    </section>
  );
}

const ARTICLE_CHANGE: Record<ArticleChangeView['change'], string> = {
  new: 'new',
  updated: 'updates the stored copy',
  'replaces-own': 'has the address of your own article',
};

function topicChange(topic: TopicChangeView): string {
  if (topic.change === 'new') return `new topic, ${plural(topic.newEntities, 'entity', 'entities')}`;
  const added = [
    topic.newEntities && plural(topic.newEntities, 'new entity', 'new entities'),
    topic.newAliases && plural(topic.newAliases, 'new spelling'),
    topic.newTerms && plural(topic.newTerms, 'new term group'),
  ].filter(Boolean);
  return `adds ${added.join(', ')}; your entities and names are kept`;
}

/** Every article and topic the import would change, named; your own articles first. */
function ImportChanges({ preview }: { preview: PackPreviewView }) {
  const { articles, topics } = preview.changes;
  const own = articles.filter((a) => a.change === 'replaces-own');
  const label = (a: ArticleChangeView) => `${a.title || a.url || a.id} (${a.outlet})`;
  return (
    <>
      {own.length > 0 && (
        <div class="warning" data-testid="own-conflicts">
          <p>
            <strong>{own.length === 1 ? 'One of your own articles has' : `${own.length} of your own articles have`} the address of an article in this pack:</strong>
          </p>
          <ul>
            {own.map((a) => (
              <li key={a.id}>
                Yours: {a.stored?.title || a.url || a.id} ({a.stored?.outlet}); the pack's: {label(a)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details data-testid="import-changes">
        <summary>
          What changes: {plural(articles.length, 'article')}, {plural(topics.length, 'topic')}
        </summary>
        <ul>
          {topics.map((t) => (
            <li key={`topic:${t.id}`}>
              Topic {t.name}: {topicChange(t)}
            </li>
          ))}
          {articles.map((a, i) => (
            <li key={`${i}:${a.id}`} data-change={a.change}>
              {label(a)}: {ARTICLE_CHANGE[a.change]}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
