/**
 * `reviewclock serve`: its options and help. What it does is in `serve/` (`runServe.ts`), loaded when it runs: the
 * HTTP framework is never loaded by another command.
 *
 * @module
 */
import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { addPoliciesOption, addScheduleOption } from '../options.js';
import { LIMITS } from '../serve/limits.js';
import type { ServeCliOptions } from '../serve/runServe.js';

const n = (value: number) => value.toLocaleString('en');

/** Registers `serve`. */
export function registerServeCommand(program: Command, context: CliContext): void {
  const command = program
    .command('serve')
    .summary('an HTTP JSON service with the answers of every command')
    .description(
      'Serve the answers of the commands over HTTP: deadlines (/v1/due), working days (/v1/add, /v1/count, /v1/day/DATE, ' +
        '/v1/days), the policies (/v1/policies), timelines (/v1/timeline), batches (POST /v1/batch, NDJSON in and out) and ' +
        'a year\'s holidays as iCalendar (/v1/calendar/YEAR.ics). The answers are the JSON the commands print with --json; ' +
        'bad input is refused with 400 and {"error": {"code", "message", "issues"}}, the code being the library\'s. ' +
        'The routes and their parameters are described at /openapi.json (OpenAPI 3.1) and /docs. The first line printed ' +
        'is "listening on http://HOST:PORT"; one line per request is logged on stderr. SIGTERM or SIGINT (Ctrl-C) stops ' +
        'the server once the requests in flight are answered. The server counts on the calendars of the other commands ' +
        '(the stored schedules, --schedule files) as they are when it starts, and makes no outgoing request.',
    )
    .option('--port <n>', 'the port to listen on (0: any free port, printed in the first line)', '8787')
    .option('--host <address>', 'the address to listen on; 127.0.0.1 answers this machine only, 0.0.0.0 every network', '127.0.0.1')
    .option('--cors <origin>', 'let web pages from this origin call the service (e.g. https://intranet.example.com, or * for any); default: none')
    .addOption(new Option('--log <format>', 'the access log on stderr: one line of text per request, one JSON object per line, or none').choices(['text', 'json', 'off']).default('text'));
  addScheduleOption(command);
  addPoliciesOption(command);
  command
    .addHelpText(
      'after',
      `
Answers:
  Past the published years an answer is refused (400, calendar_out_of_range) unless the request says
  project=true (or the server runs with --project): it is then counted on the projection and marked provisional,
  as --project does. Batch rows past the published years are counted on the projection and marked provisional,
  as \`reviewclock batch\` writes them. Answers that depend only on the request are sent with an ETag and
  "Cache-Control: public, max-age=3600" (provisional ones "no-cache"; a request naming today "no-store").

Limits:
  A request body (a batch) holds at most ${LIMITS.bodyBytes / (1 << 20)} MiB (413 payload_too_large) and ${n(LIMITS.batchLines)} lines; a request takes at most
  ${LIMITS.requestMs / 1000} s; a URL holds at most ${n(LIMITS.urlLength)} characters (414 uri_too_long); /v1/days lists at most ${n(LIMITS.listedDays)} days (about ten
  years) per request. A batch that grows past a limit while it is read ends with a last line
  {"error": {"code": "payload_too_large" or "timeout", "message"}}.

Examples:
  $ reviewclock serve
  $ reviewclock serve --port 0                 # any free port: read it from the first line
  $ reviewclock serve --host 0.0.0.0 --port 8080 --log json
  $ reviewclock serve --cors https://intranet.example.com --schedule cn-2027.json
  $ curl 'http://127.0.0.1:8787/v1/due?policy=cn.nmpa.drug.ind&start=2025-09-26'
  $ curl --data-binary @applications.ndjson http://127.0.0.1:8787/v1/batch > due.ndjson`,
    )
    .action(async (options: ServeCliOptions) => {
      const { runServe } = await import('../serve/runServe.js');
      await runServe(options, context);
    });
}
