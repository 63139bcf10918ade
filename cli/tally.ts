/**
 * The `tally` command line (docs/contracts.md). Each command lives in its own module,
 * loaded only when asked for, and exports `run(args: string[]): Promise<number>` (the exit code).
 */
import { CliError } from './cli-error';

const commands: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  extract: { summary: 'extract FILE|- [--json] [--each-line]   the claims of a text or HTML file', load: () => import('./extract') },
  check: { summary: 'check FILE [--pack PACK.json] [--json]   how the corpus\'s other reports state each claim', load: () => import('./check') },
  pack: { summary: 'pack build DIR -o PACK.json | pack validate PACK.json', load: () => import('./pack') },
};

function usage(): string {
  return ['usage: tally <command> [options]', '', ...Object.values(commands).map((c) => `  tally ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) throw new CliError(`unknown command "${name}"\n\n${usage()}`, 2);
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Expected failures (bad input) get one clear line; anything else is a bug and says so.
    if (error instanceof CliError) {
      process.stderr.write(`tally: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`tally: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 70;
    }
  },
);
