/**
 * Claims-engine throughput in MB of text per second: on the seed articles (repeated) and on a
 * 1 MB synthetic article (news-like paragraphs dense with figures, hedges and credits).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../utils/claims/index';

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

function throughput(label: string, text: string, minMs = 1500): void {
  extractClaims(text); // warm up
  let runs = 0;
  let claims = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    claims = extractClaims(text, { published: '2023-10-16' }).length;
    runs++;
    elapsed = performance.now() - t0;
  }
  const mb = (Buffer.byteLength(text) * runs) / 1e6;
  console.log(`${label.padEnd(34)} ${(mb / (elapsed / 1000)).toFixed(1).padStart(6)} MB/s   (${(Buffer.byteLength(text) / 1e3).toFixed(0)} kB, ${claims} claims, ${runs} runs)`);
}

export default async function main(): Promise<void> {
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
  const seedText = seeds.join('\n\n');
  throughput('seed articles (5, 14 kB)', seedText);
  throughput('seed articles repeated to 1 MB', Array.from({ length: Math.ceil(1e6 / seedText.length) }, () => seedText).join('\n\n'));
  throughput('synthetic 1 MB article', syntheticArticle(1e6));
}
