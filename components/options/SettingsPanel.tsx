import { useState } from 'preact/hooks';

export interface SettingsPanelProps {
  disabledSites: string[];
  markUnmatched: boolean;
  onDisabledSitesChange: (sites: string[]) => void;
  onMarkUnmatchedChange: (mark: boolean) => void;
}

/** Sites where Tally is switched off, and whether figures no other report states are marked too. */
export function SettingsPanel({ disabledSites, markUnmatched, onDisabledSitesChange, onMarkUnmatchedChange }: SettingsPanelProps) {
  const [newSite, setNewSite] = useState('');
  const [error, setError] = useState('');

  function add(event: Event) {
    event.preventDefault();
    const host = hostOf(newSite);
    if (!host) {
      setError('Enter a site such as example.com.');
      return;
    }
    setError('');
    setNewSite('');
    if (!disabledSites.includes(host)) onDisabledSitesChange([...disabledSites, host].sort());
  }

  return (
    <section class="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <label class="check">
        <input type="checkbox" checked={markUnmatched} onChange={(e) => onMarkUnmatchedChange((e.currentTarget as HTMLInputElement).checked)} />
        Also mark figures that no other report states
      </label>
      <h3>Sites where Tally is off</h3>
      {disabledSites.length === 0 ? (
        <p class="muted">None: Tally runs on every site.</p>
      ) : (
        <ul class="sites">
          {disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => onDisabledSitesChange(disabledSites.filter((s) => s !== site))} aria-label={`Switch Tally back on for ${site}`}>
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add}>
        <label>
          Switch off on
          <input value={newSite} placeholder="example.com" onInput={(e) => setNewSite((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit">Add</button>
      </form>
      {error && <p class="error">{error}</p>}
    </section>
  );
}

/** "https://www.example.com/a" or "example.com" → "www.example.com" / "example.com"; null when it is not a host. */
function hostOf(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const host = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`).hostname;
    return /^[a-z0-9.-]+$/i.test(host) && !host.startsWith('.') ? host.toLowerCase() : null;
  } catch {
    return null;
  }
}
