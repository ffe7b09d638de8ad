import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/runCli.js';

// The README's "Command line" section shows real commands with their real output. This runs every one of them
// and compares, so that the section cannot drift from what the tool prints.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const sectionOf = (heading: string) => readme.slice(readme.indexOf(`\n## ${heading}\n`), readme.indexOf('\n## ', readme.indexOf(`\n## ${heading}\n`) + 5));
// The quick start's command-line example and the whole "Command line" section.
const section = `${sectionOf('Quick start')}\n${sectionOf('Command line')}`;
const blocks = [...section.matchAll(/```console\n([\s\S]*?)```/g)].map((match) => match[1]!);

interface Example {
  readonly command: string;
  readonly output: string;
}

const examples: Example[] = blocks.flatMap((block) =>
  block
    .split(/^(?=\$ )/m)
    .filter((part) => part.startsWith('$ '))
    .map((part) => {
      const [command, ...output] = part.split('\n');
      return { command: command!.slice(2), output: output.join('\n').trimEnd() };
    }),
);

describe('README: Command line', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it('shows the real output of every command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviewclock-readme-'));
    // `cat FILE` shows an input file: write it for the commands that use it.
    for (const { command, output } of examples) {
      if (command.startsWith('cat ')) writeFileSync(join(dir, command.slice(4).trim()), `${output}\n`);
    }
    const commands = examples.filter(({ command }) => command.startsWith('reviewclock '));
    const runs = await Promise.all(
      commands.map(({ command }) => runCli(command.split(' > ')[0]!.trim().split(/\s+/).slice(1), { cwd: dir })),
    );
    let lastStatus: number | null = 0;
    for (const { command, output } of examples) {
      if (command.startsWith('cat ')) continue;
      if (command === 'echo $?') {
        expect(output, 'the exit status shown after a command').toBe(String(lastStatus));
        continue;
      }
      expect(command.startsWith('reviewclock '), command).toBe(true);
      const run = runs[commands.findIndex((example) => example.command === command)]!;
      lastStatus = run.status;
      if (command.includes(' > ')) {
        expect(run.status, command).toBe(0);
        expect(output, command).toBe('');
      } else {
        expect(`${run.stdout}${run.stderr}`.trimEnd(), command).toBe(output);
      }
    }
  }, 30_000);
});
