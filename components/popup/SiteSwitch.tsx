export interface SiteSwitchProps {
  host: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** The per-site switch: a real checkbox styled as a switch, so it is keyboard and screen-reader operable. */
export function SiteSwitch({ host, enabled, onChange }: SiteSwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span>
        Tally on <strong class="host">{host}</strong>
      </span>
    </label>
  );
}
