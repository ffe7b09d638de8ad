import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/errors.js';
import { InvalidDateError } from '../../src/index.js';
import { CLI, runCli } from './support/runCli.js';

const COMMANDS = ['due', 'timeline', 'add', 'count', 'day', 'calendar', 'policies', 'policy', 'batch', 'ics', 'schedule', 'export', 'serve'];

describe('help and version', () => {
  it('lists every command in the main help, with examples and the exit statuses', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('Exit status: 0 success; 1 bad input');
  });

  it.each(COMMANDS)('gives help with examples for %s', async (command) => {
    const flag = await runCli([command, '--help']);
    expect(flag.status).toBe(0);
    expect(flag.stdout).toContain(`Usage: reviewclock ${command}`);
    expect(flag.stdout).toMatch(/Examples:\n {2}\$ reviewclock /);
  });

  it('gives the same help with `help <command>`', async () => {
    const [flag, word] = await Promise.all([runCli(['batch', '--help']), runCli(['help', 'batch'])]);
    expect(word).toEqual(flag);
  });

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const [long, short] = await Promise.all([runCli(['--version']), runCli(['-v'])]);
    expect(long).toMatchObject({ status: 0, stdout: `${version}\n` });
    expect(short.stdout).toBe(`${version}\n`);
  });
});

describe('bad usage exits 2 with one line on stderr', () => {
  it.each([
    [['frobnicate'], /^reviewclock: unknown command 'frobnicate'/],
    [['add', '2025-10-01'], /^reviewclock: missing required argument 'days'/],
    [['add', '2025-10-01', '1', '2'], /^reviewclock: too many arguments for 'add'/],
    [['add', '2025-10-01', '1', '--jsn'], /^reviewclock: unknown option '--jsn' \(Did you mean --json\?\)/],
    [['day', '2025-10-01', '--lang', 'fr'], /^reviewclock: option '--lang <lang>' argument 'fr' is invalid\. Allowed choices are en, zh\./],
    [['day', '2025-10-01', '--calendar', 'XX'], /^reviewclock: option '--calendar <id>' argument 'XX' is invalid/],
    [['batch', '--format', 'xml'], /^reviewclock: option '--format <format>' argument 'xml' is invalid\. Allowed choices are ndjson, csv\./],
    [['calendar'], /^reviewclock: calendar: give a period \(YYYY or YYYY-MM\), or a deadline with --policy and --start/],
    [['calendar', '2025-10', '--start', '2025-09-26'], /^reviewclock: calendar: a deadline needs both --policy and --start/],
  ])('%j', async (args, message) => {
    const run = await runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('shows the help on stderr, exit 2, when no command is given', async () => {
    const run = await runCli([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: reviewclock');
  });
});

describe('a reader that goes away', () => {
  it('ends quietly, exit 0, when stdout closes early (`reviewclock calendar 2025 | head -1`)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [CLI, 'calendar', '2025']);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.destroy();
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});

describe('bad input exits 1', () => {
  it('prints no stack trace unless REVIEWCLOCK_DEBUG=1', async () => {
    const [plain, debug] = await Promise.all([
      runCli(['day', '2025-02-30']),
      runCli(['day', '2025-02-30'], { env: { REVIEWCLOCK_DEBUG: '1' } }),
    ]);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toBe(
      'reviewclock: day: invalid date "2025-02-30" (2025-02 has 28 days), expected a calendar date as YYYY-MM-DD, e.g. "2025-09-26"\n',
    );
    expect(debug.status).toBe(1);
    expect(debug.stderr.startsWith(plain.stderr)).toBe(true);
    expect(debug.stderr).toMatch(/\n\s+at .+/);
  });
});

describe('reportError', () => {
  function capture(error: unknown, env: NodeJS.ProcessEnv = {}) {
    let text = '';
    const status = reportError(error, { write: (chunk: string) => (text += chunk) }, env);
    return { status, text };
  }

  it('prints a library error as one line, status 1', () => {
    const { status, text } = capture(new InvalidDateError('dayInfo', '2025-2-3'));
    expect(status).toBe(1);
    expect(text).toMatch(/^reviewclock: dayInfo: invalid date "2025-2-3".*\n$/);
    expect(text.split('\n')).toHaveLength(2);
  });

  it('prints the stack of anything unexpected (a bug), status 1', () => {
    const { status, text } = capture(new TypeError('cannot read properties of undefined'));
    expect(status).toBe(1);
    expect(text).toContain('unexpected error');
    expect(text).toMatch(/TypeError: cannot read properties of undefined\n\s+at /);
  });
});
