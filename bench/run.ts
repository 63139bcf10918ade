/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn, each printing its own figures.
 * Benchmarks print numbers; they never fail on a timing. Pass a name fragment to run a subset.
 * Benchmarks that read ../shared take its path from TALLY_SHARED (default ../shared).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}\n`);
  const mod = await import(join(here, file));
  await mod.default?.();
}
