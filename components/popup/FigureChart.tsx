import type { ChartPointView } from '../../utils/model/view-models';
import { formatDate } from '../../utils/model/format';

/**
 * A figure's timeline as a small chart: one point per statement (value over its date), and the band
 * its hedge allows as a bar ("more than 1,000" reaches to the top, with an arrow). Drawn in SVG
 * with Preact (no chart library: one chart, about a hundred lines, nothing added to a bundle).
 * It is an image for screen readers; the text timeline beside it says the same.
 */
const WIDTH = 320;
const HEIGHT = 120;
const PAD = { left: 44, right: 12, top: 10, bottom: 22 };

const time = (iso: string | null) => (iso ? Date.parse(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso) : NaN);

/** Readable axis numbers: 7000 → "7k", 1000000 → "1M". */
function short(n: number): string {
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${+(n / 1e3).toFixed(1)}k`;
  return `${+n.toFixed(1)}`;
}

export function FigureChart({ points: all, label }: { points: ChartPointView[]; label: string }) {
  const points = all.filter((r) => Number.isFinite(time(r.published)));
  const dates = [...new Set(points.map((r) => time(r.published)))];
  if (points.length < 2 || dates.length < 2) return null;
  const [t0, t1] = [Math.min(...dates), Math.max(...dates)];
  const top = Math.max(...points.map((r) => Math.max(r.value, r.high ?? r.value, r.low ?? 0))) * 1.15;
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => HEIGHT - PAD.bottom - (v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const first = points[0];
  const last = points[points.length - 1];
  const summary = `Chart of ${label}: ${points.length} statements from ${formatDate(first.published)} to ${formatDate(last.published)}, from ${short(first.value)} to ${short(last.value)}.`;
  return (
    <svg class="figure-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={summary}>
      <line class="axis" x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} />
      <line class="axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} />
      <text class="tick" x={PAD.left - 4} y={y(0)} text-anchor="end" dominant-baseline="middle">
        0
      </text>
      <text class="tick" x={PAD.left - 4} y={PAD.top + 4} text-anchor="end" dominant-baseline="middle">
        {short(top)}
      </text>
      <text class="tick" x={PAD.left} y={HEIGHT - 6}>
        {formatDate(first.published)}
      </text>
      <text class="tick" x={WIDTH - PAD.right} y={HEIGHT - 6} text-anchor="end">
        {formatDate(last.published)}
      </text>
      {points.map((r, k) => {
        const cx = x(time(r.published));
        const open = r.high === null;
        const bandTop = y(open ? top : r.high!);
        const bandBottom = y(r.low ?? r.value);
        return (
          <g key={k} class="point">
            {(open || r.high !== r.low) && <line class="band" x1={cx} x2={cx} y1={bandTop} y2={bandBottom} />}
            {open && <path class="band-arrow" d={`M ${cx - 4} ${bandTop + 5} L ${cx} ${bandTop} L ${cx + 4} ${bandTop + 5}`} />}
            <circle cx={cx} cy={y(r.value)} r={3.5}>
              <title>{`${r.outlet}, ${formatDate(r.published)}: ${r.quote}`}</title>
            </circle>
          </g>
        );
      })}
    </svg>
  );
}
