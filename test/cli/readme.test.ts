import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/runCli.js';

// The READMEs' "Command line" sections (and the quick start's command-line example) show real commands with their
// real output. This runs every one of them, in README.md and in its Chinese translation README.zh-CN.md, and compares,
// so that neither can drift from what the tool prints. It also checks that the translation keeps up with README.md:
// every command README.md shows appears in the same section of README.zh-CN.md, and every other code block (ts, sh)
// is the same, in the same order.

const read = (name: string) => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

interface Readme {
  readonly file: string;
  readonly text: string;
  /** The `## ` heading of each section checked, by its English heading. */
  readonly headings: Readonly<Record<CheckedSection, string>>;
}

type CheckedSection = 'Quick start' | 'Command line';

const EN: Readme = { file: 'README.md', text: read('README.md'), headings: { 'Quick start': 'Quick start', 'Command line': 'Command line' } };
const ZH: Readme = { file: 'README.zh-CN.md', text: read('README.zh-CN.md'), headings: { 'Quick start': '快速上手', 'Command line': '命令行' } };
const CHECKED: readonly CheckedSection[] = ['Quick start', 'Command line'];

interface Block {
  readonly lang: string;
  readonly content: string;
  /** The `## ` heading above the block ('' before the first). */
  readonly section: string;
}

/** The fenced code blocks of a markdown text, each with its `## ` section, and the `## ` headings outside blocks. */
function parse(markdown: string): { blocks: Block[]; headings: string[] } {
  const blocks: Block[] = [];
  const headings: string[] = [];
  let open: { lang: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    if (open) {
      if (/^```[ \t]*$/.test(line)) {
        blocks.push({ lang: open.lang, content: open.lines.map((l) => `${l}\n`).join(''), section: headings.at(-1) ?? '' });
        open = undefined;
      } else open.lines.push(line);
    } else if (line.startsWith('```')) open = { lang: /^```([\w-]*)/.exec(line)![1]!, lines: [] };
    else if (line.startsWith('## ')) headings.push(line.slice(3).trim());
  }
  if (open) throw new Error(`a code block is not closed (\`\`\`${open.lang})`);
  return { blocks, headings };
}

/** The ```console blocks of the checked sections of a README; refuses a README that lacks one of them. */
function consoleBlocks(readme: Readme, section: CheckedSection): string[] {
  const heading = readme.headings[section];
  if (!parse(readme.text).headings.includes(heading)) throw new Error(`${readme.file} has no "## ${heading}" section`);
  return parse(readme.text)
    .blocks.filter((block) => block.section === heading && block.lang === 'console')
    .map((block) => block.content);
}

interface Example {
  readonly command: string;
  readonly output: string;
}

function examplesOf(blocks: readonly string[]): Example[] {
  return blocks.flatMap((block) =>
    block
      .split(/^(?=\$ )/m)
      .filter((part) => part.startsWith('$ '))
      .map((part) => {
        const [command, ...output] = part.split('\n');
        return { command: command!.slice(2), output: output.join('\n').trimEnd() };
      }),
  );
}

const examples = (readme: Readme, sections: readonly CheckedSection[] = CHECKED) =>
  examplesOf(sections.flatMap((section) => consoleBlocks(readme, section)));

describe.each([EN, ZH])('$file: Command line', (readme) => {
  it('has examples', () => {
    expect(examples(readme).length).toBeGreaterThan(10);
  });

  it('shows the real output of every command', async () => {
    const all = examples(readme);
    const dir = mkdtempSync(join(tmpdir(), 'reviewclock-readme-'));
    // A schedule store of its own, so that years kept on this machine with `schedule add` change nothing.
    const env = { REVIEWCLOCK_HOME: join(dir, 'home') };
    // `cat FILE` shows an input file: write it for the commands that use it.
    for (const { command, output } of all) {
      if (command.startsWith('cat ')) writeFileSync(join(dir, command.slice(4).trim()), `${output}\n`);
    }
    const commands = all.filter(({ command }) => command.startsWith('reviewclock '));
    const runs = await Promise.all(
      commands.map(({ command }) => runCli(command.split(' > ')[0]!.trim().split(/\s+/).slice(1), { cwd: dir, env })),
    );
    let lastStatus: number | null = 0;
    for (const { command, output } of all) {
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

describe('README.zh-CN.md keeps up with README.md', () => {
  it.each(CHECKED)('shows every command of README.md\'s "%s" section in the same section', (section) => {
    const commandsOf = (readme: Readme) =>
      examples(readme, [section])
        .map(({ command }) => command)
        .filter((command) => command.startsWith('reviewclock '));
    const english = commandsOf(EN);
    const chinese = new Set(commandsOf(ZH));
    expect(english.length, `README.md's "${section}" section shows commands`).toBeGreaterThan(0);
    // A command missing here is an example README.md gained (or changed): add it, with its output, to the section
    // "## ${ZH.headings[section]}" of README.zh-CN.md.
    expect(english.filter((command) => !chinese.has(command)), `commands of README.md missing from README.zh-CN.md`).toEqual([]);
  });

  it('has the same ts and sh code blocks, in the same order', () => {
    // Code outside ```console is copied unchanged (comments included); a difference is an edit to carry over.
    const code = (readme: Readme) =>
      parse(readme.text)
        .blocks.filter((block) => block.lang !== 'console')
        .map(({ lang, content }) => `\`\`\`${lang}\n${content}`);
    const english = code(EN);
    expect(english.filter((block) => block.startsWith('```ts')).length).toBeGreaterThan(5);
    expect(code(ZH)).toEqual(english);
  });

  it('has a translated section for every section of README.md, in the same order', () => {
    const english = parse(EN.text).headings;
    const chinese = parse(ZH.text).headings;
    expect(chinese.length, `## sections: README.md has ${english.join(' | ')}; README.zh-CN.md has ${chinese.join(' | ')}`).toBe(english.length);
    // The checked sections are where they are in README.md.
    for (const section of CHECKED) expect(chinese.indexOf(ZH.headings[section]), section).toBe(english.indexOf(section));
  });

  it('links each README to the other', () => {
    expect(EN.text.split('\n').slice(0, 5)).toContain('中文说明: [README.zh-CN.md](README.zh-CN.md)');
    expect(ZH.text.split('\n').slice(0, 5)).toContain('English: [README.md](README.md)');
  });
});
