import { useState } from 'preact/hooks';
import type { ArticleDraft, ArticleRowView } from '../../utils/model/view-models';
import { formatDate } from '../../utils/model/format';

export interface AddPageFormProps {
  /** What the page's metadata says; every field stays editable before saving. */
  draft: ArticleDraft;
  /** The stored article this page already is, if any: saving then updates it, and says so first. */
  duplicate?: ArticleRowView | null;
  /** Store the article; resolves with how many claims were extracted and whether it replaced one. */
  onSave: (draft: ArticleDraft) => Promise<{ claims: number; updated: boolean }>;
  onCancel: () => void;
}

/** "Add this page to the corpus": outlet, title, date and URL from the page, editable. */
export function AddPageForm({ draft: initial, duplicate, onSave, onCancel }: AddPageFormProps) {
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null);
  const field = (name: keyof ArticleDraft) => ({
    value: draft[name],
    onInput: (event: Event) => setDraft({ ...draft, [name]: (event.currentTarget as HTMLInputElement).value }),
  });

  async function submit(event: Event) {
    event.preventDefault();
    if (!draft.outlet.trim()) {
      setStatus({ kind: 'error', text: 'Name the outlet before saving.' });
      return;
    }
    setStatus({ kind: 'busy', text: 'Saving…' });
    try {
      const result = await onSave({ ...draft, outlet: draft.outlet.trim(), title: draft.title.trim() });
      const what = result.claims === 1 ? '1 figure' : `${result.claims} figures`;
      setStatus({ kind: 'ok', text: `${result.updated ? 'Updated' : 'Added'}: ${what} from this page.` });
    } catch (error) {
      setStatus({ kind: 'error', text: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <form class="add-page" onSubmit={submit} aria-label="Add this page to the corpus">
      {duplicate && (
        <p class="duplicate" role="note">
          Already in your corpus as <b>{duplicate.outlet}</b>, {formatDate(duplicate.published)}
          {duplicate.title ? <> (“{duplicate.title}”)</> : null}. Nothing changes unless you update it with this page.
        </p>
      )}
      <label>
        Outlet
        <input name="outlet" required {...field('outlet')} />
      </label>
      <label>
        Title
        <input name="title" {...field('title')} />
      </label>
      <div class="row">
        <label>
          Date
          <input name="published" type="date" {...field('published')} />
        </label>
        <label>
          Byline
          <input name="byline" {...field('byline')} />
        </label>
      </div>
      <label>
        URL
        <input name="url" type="url" readOnly value={draft.url} />
      </label>
      <p class="muted small">{draft.text.length.toLocaleString('en')} characters of article text will be stored as your own.</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={status?.kind === 'busy'}>
          {duplicate ? 'Update the stored copy' : 'Save to corpus'}
        </button>
        <button type="button" onClick={onCancel}>
          Close
        </button>
      </div>
      <p role="status" class={status?.kind === 'error' ? 'error' : 'ok'}>
        {status?.text ?? ''}
      </p>
    </form>
  );
}
