/**
 * The `reviewclock` command line: commander setup, the commands, and the run loop that maps every outcome to an
 * exit status (see `errors.ts`).
 *
 * Every command is defined up front (its name, arguments, options and help, in `definitions/`), so that parsing,
 * usage errors and `--help` see the whole tree; what a command does is in `commands/`, which its action imports
 * when it runs. Defining the commands loads nothing of the library, and a run loads the CLI code of its own command
 * only (`reviewclock day` never loads the batch machinery or the schedule commands). The library comes as one chunk
 * to every command: the CLI imports it through its public entry point, and code splitting puts every module that
 * `../index.js` reaches in a chunk shared by all its importers.
 *
 * @module
 */
import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import { registerBatchCommand } from './definitions/batch.js';
import { registerCalendarCommand } from './definitions/calendar.js';
import { registerDueCommand } from './definitions/due.js';
import { registerExportCommands } from './definitions/export.js';
import { registerIcsCommand } from './definitions/ics.js';
import { registerPolicyCommands } from './definitions/policies.js';
import { registerScheduleCommands } from './definitions/schedule.js';
import { registerServeCommand } from './definitions/serve.js';
import { registerTimelineCommand } from './definitions/timeline.js';
import { registerWorkdayCommands } from './definitions/workday.js';
import { processContext, type CliContext } from './context.js';
import { EXIT_OK, oneLine } from './exitStatus.js';
import type { Lang } from './options.js';
import { usageMessageZh } from './usageZh.js';

/**
 * Builds the command tree.
 *
 * @param context - Where the commands write.
 * @param lang - The language of usage errors (`--lang zh` anywhere in the arguments); for the help in Chinese too, use
 *   {@link buildProgramIn}.
 * @returns The commander program, set to throw instead of exiting.
 */
export function buildProgram(context: CliContext, lang: Lang = 'en'): Command {
  const program = new Command('reviewclock');
  program
    .description(
      'Regulatory review deadlines in China, counted in working days on the official State Council calendar. ' +
        'Dates are YYYY-MM-DD, or today for the date in China (UTC+8). Run `reviewclock <command> --help` for a command\'s options and examples.',
    )
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => context.out(text),
      writeErr: (text) => context.err(text),
      outputError: (text, write) => {
        const message = oneLine(text.replace(/^error: /, ''));
        write(lang === 'zh' ? `reviewclock：${usageMessageZh(message)}\n` : `reviewclock: ${message}\n`);
      },
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26
  $ reviewclock add 2025-09-30 1
  $ reviewclock calendar 2025-10
  $ reviewclock policies nda
  $ reviewclock batch applications.ndjson > due.ndjson
  $ reviewclock schedule add notice-2027.txt      # keep next year's notice for every later command

Exit status: 0 success; 1 bad input (a bad date, an unknown policy, a batch row that failed); 2 bad usage;
3 a provisional answer: it depends on a holiday calendar not yet published (counted on the projection; --project makes it 0).`,
    );
  registerDueCommand(program, context);
  registerTimelineCommand(program, context);
  registerWorkdayCommands(program, context);
  registerCalendarCommand(program, context);
  registerPolicyCommands(program, context);
  registerBatchCommand(program, context);
  registerIcsCommand(program, context);
  registerScheduleCommands(program, context);
  registerExportCommands(program, context);
  registerServeCommand(program, context);
  return program;
}

/**
 * The command tree in `lang`: for `zh`, with the help in Chinese (`helpZh.ts`, loaded only then, so that a run in
 * English does not read its 50 KB of text).
 */
export async function buildProgramIn(context: CliContext, lang: Lang = 'en'): Promise<Command> {
  const program = buildProgram(context, lang);
  // Every command is defined by now (only their actions are loaded when they run): the help in Chinese covers them all.
  if (lang === 'zh') (await import('./helpZh.js')).applyHelpZh(program);
  return program;
}

/**
 * The command a run names (its first argument that is not an option) and the language `--lang` asks for, for the
 * wording of an error (see `cliTerms.ts`).
 *
 * @example
 * errorContext(['due', 'cn.nmpa.drug.ind', '2025-13-01', '--lang', 'zh']) //=> { command: 'due', lang: 'zh' }
 */
export function errorContext(argv: readonly string[]): { command: string | undefined; lang: 'en' | 'zh' } {
  const command = argv.find((arg) => !arg.startsWith('-'));
  let lang: 'en' | 'zh' = 'en';
  argv.forEach((arg, i) => {
    if (arg === '--lang' && argv[i + 1] === 'zh') lang = 'zh';
    if (arg === '--lang=zh') lang = 'zh';
  });
  return { command, lang };
}

/**
 * Runs the CLI on the given arguments (without `node` and the script) and resolves to the exit status.
 * Never rejects: every error is reported on stderr first.
 */
export async function run(argv: readonly string[], context: CliContext = processContext()): Promise<number> {
  try {
    await (await buildProgramIn(context, errorContext(argv).lang)).parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    // --help and --version end here too (commander has printed them): done, as reportError would say.
    if (error instanceof CommanderError && error.exitCode === 0) return EXIT_OK;
    // The messages for library errors need the library: loaded when a run fails.
    const { reportError } = await import('./errors.js');
    return reportError(error, { write: context.err }, context.env, errorContext(argv));
  }
}
