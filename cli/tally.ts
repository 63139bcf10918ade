/**
 * The `tally` command line (docs/contracts.md). Each command lives in its own module,
 * loaded only when asked for, and exports `run(args: string[]): Promise<number>` (the exit code).
 */
import { CliError } from './cli-error';
import { commandHelp, topLevelHelp, type CommandName } from './usage';

const commands: Record<CommandName, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  extract: () => import('./extract'),
  check: () => import('./check'),
  pack: () => import('./pack'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(topLevelHelp());
    return name ? 0 : 2;
  }
  if (!Object.hasOwn(commands, name)) throw new CliError(`unknown command "${name}"\n\n${topLevelHelp()}`, 2);
  // Help is asked for, not an error: on stdout, exit 0.
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(commandHelp(name as CommandName));
    return 0;
  }
  return (await commands[name as CommandName]()).run(rest);
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
