/**
 * Claims-engine throughput in MB of text per second: on the seed articles (repeated) and on a
 * 1 MB synthetic article (news-like paragraphs dense with figures, hedges and credits). Also
 * prints the machine's load average, since other work on a shared machine slows every figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../utils/engine/claims/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A deterministic ~`bytes` news-like article: varied figures in every paragraph. */
export function syntheticArticle(bytes: number): string {
  const hedges = ['more than', 'about', 'nearly', 'up to', 'over', 'roughly', 'at least', 'some', ''];
  const nouns = ['containers of military equipment', 'artillery shells', 'people', 'tonnes of grain', 'kilometers', 'percent', 'ships'];
  const who = ['the White House said', 'Kirby told reporters', 'according to the defence ministry', 'officials said on Monday'];
  const filler = 'The report comes amid growing concern over the supply routes, and analysts in Seoul and Washington have urged closer monitoring of the ports and the railways that serve them.';
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const n = ((k * 7919) % 9000) + 100;
    const p = `North Korea has sent ${hedges[k % hedges.length]} ${n.toLocaleString('en-US')} ${nouns[k % nouns.length]} since Sept. ${(k % 27) + 1}, ${who[k % who.length]}. ` +
      `Shipments rose by ${k % 50 + 2}% to ${(k % 9) + 1}.${k % 10} million dollars between Oct. 1 and Oct. ${(k % 20) + 2}. ${filler}`;
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

// The machine is shared: report the median and the best run, not a mean that one spike skews.
function throughput(label: string, text: string, minMs = 1500): void {
  extractClaims(text); // warm up
  const times: number[] = [];
  let claims = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < minMs || times.length < 5) {
    const t = performance.now();
    claims = extractClaims(text, { published: '2023-10-16' }).length;
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const mb = Buffer.byteLength(text) / 1e6;
  const rate = (ms: number): string => (mb / (ms / 1000)).toFixed(1).padStart(6);
  const perCpuSecond = rate((cpu.user + cpu.system) / 1000 / times.length);
  console.log(`${label.padEnd(32)} median ${rate(times[times.length >> 1])} MB/s, best ${rate(times[0])} MB/s, per CPU-second ${perCpuSecond} MB   (${(mb * 1e3).toFixed(0)} kB, ${claims} claims, ${times.length} runs)`);
}

export default async function main(): Promise<void> {
  const { loadavg, cpus } = await import('node:os');
  console.log(`load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
  const seedText = seeds.join('\n\n');
  throughput('seed articles (5, 14 kB)', seedText);
  throughput('seed articles repeated to 1 MB', Array.from({ length: Math.ceil(1e6 / seedText.length) }, () => seedText).join('\n\n'));
  throughput('synthetic 1 MB article', syntheticArticle(1e6));
}
