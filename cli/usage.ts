/**
 * Every command's usage and help, in one place: the top-level help lists them whole, and
 * `tally <command> --help` prints its own (on stdout, exit 0). Loaded without the engine.
 */
export const USAGES = {
  extract: {
    usage: 'usage: tally extract FILE|- [--json] [--each-line] [--published YYYY-MM-DD] [--language LANG]',
    help: [
      'Prints the figures of a text or HTML file (or standard input): a table, or a JSON array with --json.',
      '  --each-line          read each line as an article of its own (a benchmark\'s sentences)',
      '  --published DATE     the article\'s date (YYYY, YYYY-MM or YYYY-MM-DD), for relative dates',
      '  --language LANG      en, ru, ko, es or de (default: the page\'s own tag, else told by its letters or words)',
      'The table\'s "figure (range allowed)" is the figure in the unit column\'s canonical unit (kilometres,',
      'not miles) and the range Tally reads its hedge as allowing: "about 180 miles" is 289.68 (260.71 to 318.65).',
    ],
  },
  check: {
    usage: 'usage: tally check FILE|- [--pack PACK.json] [--json] [--published YYYY-MM-DD] [--all]',
    help: [
      'Prints how the pack\'s other reports state each figure of the file, grouped as the browser\'s notes are.',
      '  --pack PACK.json     the corpus to check against (default: the built-in pack, public/packs/default.json)',
      '  --json               the checks as JSON: each claim with its reports and their relation',
      '  --published DATE     the article\'s date, when the file does not say (it decides what is later)',
      '  --all                also list the figures no other report states',
    ],
  },
  pack: {
    usage: 'usage: tally pack build DIR -o PACK.json [--with-claims] | tally pack validate PACK.json',
    help: [
      'build: a pack from a folder of .txt or saved .html reports (index.json and topic.json optional:',
      '       dates, outlets and titles come from the pages\' own tags; the topic is proposed from the reports)',
      '  --with-claims        store the extracted claims in the pack (else they are computed on import)',
      'validate: checks a pack as the extension\'s import does, and says what it holds',
    ],
  },
} as const;

export type CommandName = keyof typeof USAGES;

/** `tally <command> --help`. */
export function commandHelp(name: CommandName): string {
  return [USAGES[name].usage, '', ...USAGES[name].help].join('\n') + '\n';
}

/** `tally --help`: every command's usage, whole. */
export function topLevelHelp(): string {
  return ['usage: tally <command> [options]', '', ...Object.values(USAGES).map((u) => `  ${u.usage.replace(/^usage: /, '')}`), '', 'tally <command> --help says more.'].join('\n') + '\n';
}
