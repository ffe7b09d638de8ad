import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inspect } from 'node:util';
import ts from 'typescript';
import { beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import * as hk from '../../src/hk.js';
import * as reviewclock from '../../src/index.js';
import { runCli } from '../cli/support/runCli.js';
import { blocksOf, type Block } from './support/markdownBlocks.js';

// Every code example of the FAQ and the guides runs here, so that the docs cannot drift from what the library does.
// The docs are the test data; nothing is copied from them into this file. Conventions in the markdown:
//
// - A ```ts block runs on its own (copy any one of them and it works): `import … from 'reviewclock'` (or
//   'reviewclock/hk', 'node:fs') gets the library's source.
// - `expression; //=> value` checks the expression's value: a JS literal (string, number, boolean, null, object,
//   array), then any prose (conventionally in parentheses: the hand derivation). The comment may also start on the
//   next line, and an object may go on over further `//` lines. `…` inside an object means "other properties not
//   shown" (a partial match). `//=> throws ErrorName` checks that the expression throws that reviewclock error.
// - A ```ts block that calls console.log must be followed by a ```text block holding exactly what it prints.
// - A ```console block runs each `$ reviewclock …` line with the built CLI (dist/cli.js) and compares its output
//   (stdout then stderr) with the lines below it; `$ cat FILE` shows a file (written for the commands that follow),
//   `$ echo $?` the exit status of the command before. Each block has a schedule store of its own (REVIEWCLOCK_HOME).
//   `$ reviewclock … > FILE` writes stdout to FILE and shows only stderr; "double quotes" keep spaces in one argument.
// - `<!-- file: NAME -->` right before a fenced block writes the block's content to NAME, which the examples then
//   read (readFileSync('NAME') in ts, `--schedule NAME` in console).

const DOCS = [
  'docs/faq.md',
  'docs/faq.zh-CN.md',
  'docs/guides/ind-deadline.md',
  'docs/guides/ind-deadline.zh-CN.md',
  'docs/guides/deficiency-notice.md',
  'docs/guides/deficiency-notice.zh-CN.md',
  'docs/guides/next-year-schedule.md',
  'docs/guides/next-year-schedule.zh-CN.md',
  'docs/guides/portfolio.md',
  'docs/guides/portfolio.zh-CN.md',
  'docs/guides/sql.md',
  'docs/guides/sql.zh-CN.md',
];
const root = new URL('../../', import.meta.url);

// ---- Expectations: `//=> value` --------------------------------------------------------------------------------

type Expectation =
  | { readonly kind: 'value'; readonly source: string; readonly value: unknown; readonly partial: boolean }
  | { readonly kind: 'throws'; readonly name: string };

/** The end of the string literal that starts at `start`. */
function endOfString(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return -1;
}

/**
 * The length of the JS literal at the start of `text`, or -1 when it goes on past the end (an object continued on
 * the next comment line).
 */
function literalLength(text: string): number {
  const first = text[0];
  if (first === "'" || first === '"' || first === '`') return endOfString(text, 0);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === "'" || c === '"' || c === '`') {
        const end = endOfString(text, i);
        if (end < 0) return -1;
        i = end - 1;
      } else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  const word = /^(?:-?\d+(?:\.\d+)?|true|false|null|undefined)\b/.exec(text);
  if (word) return word[0].length;
  throw new Error(`cannot read a value at the start of "//=> ${text}"`);
}

/** Drops `…` (and the comma before it) outside strings; says whether there was one. */
function withoutEllipsis(literal: string): { text: string; partial: boolean } {
  let text = '';
  let partial = false;
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const end = endOfString(literal, i);
      text += literal.slice(i, end);
      i = end - 1;
    } else if (c === '…') {
      partial = true;
      text = text.replace(/,\s*$/, ' ');
    } else text += c;
  }
  return { text, partial };
}

function parseExpectation(text: string): Expectation {
  const throws = /^throws\s+(\w+)/.exec(text);
  if (throws) return { kind: 'throws', name: throws[1]! };
  const source = text.slice(0, literalLength(text));
  const { text: literal, partial } = withoutEllipsis(source);
  const value: unknown = new Function(`return (${literal});`)();
  return { kind: 'value', source, value, partial };
}

// ---- ```ts blocks ----------------------------------------------------------------------------------------------

interface Check {
  readonly expression: string;
  readonly expectation: Expectation;
  /** 1-based line in the markdown file. */
  readonly line: number;
}

interface CompiledBlock {
  readonly js: string;
  readonly checks: readonly Check[];
}

/**
 * Rewrites every expression statement followed by `//=>` into `__check(i, () => (expression))`, then strips the
 * types (TypeScript's own transpiler, to CommonJS so that imports become calls to the `require` passed in).
 */
function compileBlock(block: Block): CompiledBlock {
  const code = block.content;
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = code.split('\n');
  const lineStarts: number[] = [];
  for (let offset = 0, i = 0; i < lines.length; i++) {
    lineStarts.push(offset);
    offset += lines[i]!.length + 1;
  }
  const checks: Check[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  let markers = 0;
  for (const line of lines) if (line.includes('//=>')) markers++;

  for (const statement of file.statements) {
    const lastLine = file.getLineAndCharacterOfPosition(statement.end).line;
    const rest = lines[lastLine]!.slice(statement.end - lineStarts[lastLine]!);
    let commentLine: number;
    let text: string;
    const sameLine = /^\s*\/\/=>\s?(.*)$/.exec(rest);
    const nextLine = /^\s*\/\/=>\s?(.*)$/.exec(lines[lastLine + 1] ?? '');
    if (sameLine) [commentLine, text] = [lastLine, sameLine[1]!];
    else if (nextLine && rest.trim() === '') [commentLine, text] = [lastLine + 1, nextLine[1]!];
    else continue;
    // An object may go on over further comment lines.
    for (let next = commentLine + 1; !/^throws\s/.test(text.trim()) && literalLength(text.trim()) < 0; next++) {
      const more = /^\s*\/\/\s?(.*)$/.exec(lines[next] ?? '');
      if (!more) throw new Error(`line ${block.line + 1 + commentLine}: the value after //=> is not closed`);
      text += `\n${more[1]!}`;
    }
    if (!ts.isExpressionStatement(statement)) {
      throw new Error(`line ${block.line + 1 + lastLine}: //=> follows a statement that is not an expression`);
    }
    const expression = statement.expression.getText(file);
    checks.push({ expression, expectation: parseExpectation(text.trim()), line: block.line + 1 + lastLine });
    edits.push({ start: statement.getStart(file), end: statement.end, text: `__check(${checks.length - 1}, () => (${expression}));` });
  }
  expect(checks.length, `ts block at line ${block.line}: every //=> belongs to an expression statement`).toBe(markers);

  let rewritten = code;
  for (const edit of edits.reverse()) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  const js = ts.transpileModule(rewritten, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    reportDiagnostics: false,
  }).outputText;
  return { js, checks };
}

/** Runs a compiled block; resolves to what it printed with console.log. */
function runBlock(compiled: CompiledBlock, dir: string, where: string): string {
  const modules: Record<string, unknown> = {
    reviewclock,
    'reviewclock/hk': hk,
    'node:fs': { readFileSync: (path: string, ...rest: unknown[]) => (readFileSync as (...args: unknown[]) => unknown)(resolve(dir, path), ...rest) },
  };
  const require = (id: string): unknown => {
    if (!Object.hasOwn(modules, id)) throw new Error(`${where}: the example imports "${id}", which this runner does not provide`);
    return modules[id];
  };
  const printed: string[] = [];
  const console = { log: (...args: unknown[]) => printed.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 6 }))).join(' ')) };
  const check = (index: number, evaluate: () => unknown): void => {
    const { expression, expectation, line } = compiled.checks[index]!;
    const label = `${where.split(':')[0]}:${line}: ${expression}`;
    if (expectation.kind === 'throws') {
      let thrown: unknown;
      try {
        evaluate();
      } catch (error) {
        thrown = error;
      }
      const errorClass = (reviewclock as Record<string, unknown>)[expectation.name];
      expect(typeof errorClass, `${label}: ${expectation.name} is a reviewclock export`).toBe('function');
      expect(thrown, `${label} throws ${expectation.name}`).toBeInstanceOf(errorClass as new () => unknown);
      return;
    }
    const actual = evaluate();
    if (expectation.partial) expect(actual, `${label} //=> ${expectation.source}`).toMatchObject(expectation.value as object);
    else expect(actual, `${label} //=> ${expectation.source}`).toStrictEqual(expectation.value);
  };
  const exports = {};
  new Function('require', 'exports', 'module', 'console', '__check', compiled.js)(require, exports, { exports }, console, check);
  return printed.join('\n');
}

// ---- ```console blocks ------------------------------------------------------------------------------------------

interface Command {
  readonly command: string;
  readonly output: string;
}

function commandsOf(block: Block): Command[] {
  return block.content
    .split(/^(?=\$ )/m)
    .filter((part) => part.startsWith('$ '))
    .map((part) => {
      const [command, ...output] = part.split('\n');
      return { command: command!.slice(2).trim(), output: output.join('\n').trimEnd() };
    });
}

/** The words of a command line, as a shell splits them: "double quotes" keep spaces in one word. */
function argsOf(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

async function runConsoleBlock(block: Block, dir: string, where: string, expect: ExpectStatic): Promise<void> {
  let lastStatus: number | null = 0;
  // Each block has a schedule store of its own (`reviewclock schedule add` in one block never reaches another).
  const env = { REVIEWCLOCK_HOME: mkdtempSync(join(tmpdir(), 'reviewclock-docs-home-')) };
  for (const { command, output } of commandsOf(block)) {
    if (command.startsWith('cat ')) {
      writeFileSync(join(dir, command.slice(4).trim()), `${output}\n`);
      continue;
    }
    if (command === 'echo $?') {
      expect(output, `${where}: the exit status shown after a command`).toBe(String(lastStatus));
      continue;
    }
    expect(command.startsWith('reviewclock '), `${where}: "${command}" is a reviewclock command`).toBe(true);
    // `… > FILE` writes stdout to FILE (for the commands that follow), and only stderr is shown.
    const [line, redirect] = command.split(' > ');
    const run = await runCli(argsOf(line!).slice(1), { cwd: dir, env });
    lastStatus = run.status;
    if (redirect !== undefined) writeFileSync(join(dir, redirect.trim()), run.stdout);
    // The block's store is shown where it is on Linux by default.
    const printed = `${redirect === undefined ? run.stdout : ''}${run.stderr}`.split(env.REVIEWCLOCK_HOME).join('~/.config/reviewclock');
    expect(printed.trimEnd(), `${where}: $ ${command}`).toBe(output);
  }
}

// ---- The docs ---------------------------------------------------------------------------------------------------

// DOCS_ONLY=docs/a.md,docs/b.md runs just those files (listed or not): for checking a doc while writing it.
const only = process.env['DOCS_ONLY']?.split(',').filter(Boolean);
for (const doc of only ?? DOCS) {
  const markdown = readFileSync(new URL(doc, root), 'utf8');
  const blocks = blocksOf(markdown);

  describe(doc, () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'reviewclock-docs-'));
      for (const block of blocks) if (block.fileName) writeFileSync(join(dir, block.fileName), block.content);
    });

    it('has examples', () => {
      expect(blocks.some((block) => block.lang === 'ts')).toBe(true);
    });

    blocks.forEach((block, index) => {
      const where = `${doc}:${block.line}`;
      if (block.lang === 'ts') {
        it(`ts example at line ${block.line}`, () => {
          const printed = runBlock(compileBlock(block), dir, where);
          const next = blocks[index + 1];
          if (printed !== '') {
            expect(next?.lang, `${where}: the block prints, so a \`\`\`text block with its output follows`).toBe('text');
            expect(printed.trimEnd(), `${where}: printed`).toBe(next!.content.trimEnd());
          }
        });
      } else if (block.lang === 'console') {
        // Each command is a process of its own: the blocks run side by side.
        it.concurrent(`console example at line ${block.line}`, async ({ expect }) => {
          await runConsoleBlock(block, dir, where, expect);
        }, 30_000);
      }
    });
  });
}
