import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/context.js';
import { runCli } from './support/runCli.js';

// A schedule file whose texts carry what a terminal would act on: an OSC window title, a screen clear, an 8-bit
// CSI (U+009B), a right-to-left override, a backspace and a colour. Text output must show none of it; JSON keeps
// the data (escaped by JSON itself), and ICS is a file format, not terminal output.
const EVIL_NAME = 'New Year\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e Day';
const EVIL_TITLE = 'Evil\u001b[31m title\u0008';
const dir = mkdtempSync(join(tmpdir(), 'reviewclock-terminal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const schedule = JSON.parse(readFileSync(new URL('../../fixtures/schedules/cn-2027-example.json', import.meta.url), 'utf8'));
schedule.holidays[0].name = EVIL_NAME;
schedule.source.title = EVIL_TITLE;
const file = join(dir, 'evil-2027.json');
writeFileSync(file, JSON.stringify(schedule));

/** C0 controls but tab and line feed, DEL, C1 controls, bidirectional overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('text output from schedule files holds no control characters', () => {
  const commands = [
    ['day', '2027-01-01'],
    ['calendar', '2027-01'],
    ['due', 'cn.nmpa.drug.ind', '2026-12-01'],
    ['schedule', 'add', file],
    ['schedule', 'list'],
  ];
  for (const args of commands) {
    it(`reviewclock ${args.join(' ')}`, async () => {
      // The schedule commands use the store under dir (add runs before list); the others take --schedule.
      const run = await runCli([...args, ...(args[0] === 'schedule' ? [] : ['--schedule', file])], { env: { REVIEWCLOCK_HOME: dir } });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout + run.stderr).not.toMatch(CONTROL);
      if (args[0] === 'day') expect(run.stdout).toContain('New Year31m Day');
      if (args[1] === 'list') expect(run.stdout).toContain('Evil title');
    });
  }

  it('with colours forced on, keeps only the palette\'s colour codes', async () => {
    const run = await runCli(['day', '2027-01-01', '--schedule', file], { env: { FORCE_COLOR: '1' } });
    const escapes = run.stdout.match(/\u001b[^m]*m?/g) ?? [];
    expect(escapes.length).toBeGreaterThan(0);
    for (const escape of escapes) expect(escape).toMatch(/^\u001b\[(?:1|2|4|7|22|24|27|3[1-69]|39)m$/);
    expect(run.stdout).not.toContain('pwned\u0007');
    expect(run.stdout).not.toContain('\u001b]');
  });

  it('JSON output keeps the text as data', async () => {
    const run = await runCli(['day', '2027-01-01', '--schedule', file, '--json']);
    expect(JSON.parse(run.stdout).holiday.name).toBe(EVIL_NAME);
  });

  it('an error message quoting a file text is made safe too', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...schedule, year: 'x\u001b[2J' }));
    const run = await runCli(['day', '2027-01-01', '--schedule', bad]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(CONTROL);
  });
});

describe('terminalSafe', () => {
  it('removes escape sequences and controls, keeps text, tabs, line feeds and Chinese', () => {
    expect(terminalSafe('Spring\u001b]0;pwned\u0007 Festival\r', false)).toBe('Spring Festival');
    expect(terminalSafe('a\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\b', false)).toBe('alinkb');
    expect(terminalSafe('春节\t2027\n', false)).toBe('春节\t2027\n');
    expect(terminalSafe('\u001b[1mbold\u001b[22m', true)).toBe('\u001b[1mbold\u001b[22m');
    expect(terminalSafe('\u001b[1mbold\u001b[22m', false)).toBe('bold');
    expect(terminalSafe('x\u001b[10;10Hy\u001b[?25l', true)).toBe('xy');
    expect(terminalSafe('lone escape at the end\u001b', false)).toBe('lone escape at the end');
  });
});
