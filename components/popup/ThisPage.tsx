import type { PageClaimView } from '../../utils/model/view-models';
import { plural } from '../../utils/model/format';
import { distinctFigures } from '../../utils/model/page-figures';

export interface ThisPageProps {
  /** Claims on the current tab, or null when the page cannot be read (no content script there). */
  claims: PageClaimView[] | null;
  /** Scroll the page to this claim's mark and open its note. */
  onReveal: (claimId: string) => void;
}

/** The figures Tally found on the current tab and how many other reports each has. */
export function ThisPage({ claims, onReveal }: ThisPageProps) {
  if (claims === null) {
    return <p class="empty">Tally cannot read this tab (it is not a web page, or it is switched off here).</p>;
  }
  if (claims.length === 0) {
    return <p class="empty">No figure on this page matches the corpus.</p>;
  }
  return (
    <ul class="page-claims" aria-label="Figures on this page">
      {distinctFigures(claims).map(({ claim, times }) => (
        <li key={claim.id}>
          <button type="button" class="page-claim" onClick={() => onReveal(claim.id)} data-claim-id={claim.id}>
            <span class="quote">
              {claim.quote}
              {times > 1 && <span class="muted small"> ({times} times)</span>}
            </span>
            <span class={claim.reports > 0 ? 'badge' : 'badge badge-none'}>
              {claim.reports > 0 ? plural(claim.reports, 'other report') : 'no other report'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
