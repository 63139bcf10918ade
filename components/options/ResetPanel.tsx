import { useEffect, useRef, useState } from 'preact/hooks';

export interface ResetPanelProps {
  /** Replace the corpus with the default pack, keeping the user's own articles or not. */
  onReset: (options: { keepUserArticles: boolean }) => Promise<void>;
}

/** Reset to the default pack, after an explicit confirmation. */
export function ResetPanel({ onReset }: ResetPanelProps) {
  const [keep, setKeep] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  // The confirmation replaces the button that had focus: move focus into it.
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function reset() {
    setConfirming(false);
    setStatus('Resetting…');
    try {
      await onReset({ keepUserArticles: keep });
      setStatus(keep ? 'Reset to the default pack; your own articles were kept.' : 'Reset to the default pack.');
    } catch (error) {
      setStatus(`Reset failed, nothing changed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <section class="panel" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset to the default pack</h2>
      <fieldset>
        <legend>Articles you added yourself</legend>
        <label>
          <input type="radio" name="keep" checked={keep} onChange={() => setKeep(true)} /> Keep them
        </label>
        <label>
          <input type="radio" name="keep" checked={!keep} onChange={() => setKeep(false)} /> Delete them too
        </label>
      </fieldset>
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-labelledby="reset-confirm-text">
          <p id="reset-confirm-text">
            Every imported article will be removed{keep ? '' : ', and so will your own'}. Your edits of topics are kept. This cannot be undone.
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={reset} ref={confirmButton}>
              Yes, reset
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Reset…
        </button>
      )}
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
