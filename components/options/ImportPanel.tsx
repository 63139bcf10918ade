import { useRef, useState } from 'preact/hooks';
import type { PackPreviewView } from '../../utils/ui/view-models';
import { plural } from '../../utils/ui/format';

export interface ImportPanelProps {
  /** Validate a pack and say what it would add; rejects with a message naming the problem. */
  onPreview: (raw: string) => Promise<PackPreviewView>;
  /** Land the pack whole or not at all; `onProgress` gets a fraction from 0 to 1. */
  onImport: (raw: string, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<void>;
}

type State =
  | { step: 'idle' }
  | { step: 'checking'; name: string }
  | { step: 'ready'; name: string; raw: string; preview: PackPreviewView }
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
      setState({ step: 'ready', name: file.name, raw, preview });
    } catch (error) {
      setState({ step: 'error', text: `${file.name} cannot be imported: ${messageOf(error)} Nothing was changed.` });
    }
  }

  async function land(raw: string, name: string) {
    abort.current = new AbortController();
    setState({ step: 'importing', name, progress: 0 });
    try {
      await onImport(raw, (progress) => setState({ step: 'importing', name, progress }), abort.current.signal);
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
          <div class="actions">
            <button type="button" class="primary" onClick={() => land(state.raw, state.name)}>
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

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
