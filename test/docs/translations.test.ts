import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksOf, type Block } from './support/markdownBlocks.js';

// Every doc in English (docs/*.md, docs/guides/*.md, README.md) that has a Chinese translation beside it (X.zh-CN.md)
// must keep it equal where it can be checked without reading Chinese: the two link to each other near the top, and
// they hold the same examples — the same commands in the same order (the Chinese may add `--lang zh` to show Chinese
// output, which test/docs/examples.test.ts then checks), the same TypeScript once comments are set aside, and the
// same files. The prose is checked by its readers; the examples by this test and by the examples test.

const root = new URL('../../', import.meta.url).pathname;

function pairs(): { en: string; zh: string }[] {
  const found: { en: string; zh: string }[] = [];
  for (const dir of ['docs', 'docs/guides']) {
    for (const name of readdirSync(join(root, dir))) {
      if (!name.endsWith('.zh-CN.md')) continue;
      found.push({ en: `${dir}/${name.replace('.zh-CN.md', '.md')}`, zh: `${dir}/${name}` });
    }
  }
  return found;
}

/** The `$ …` lines of the console blocks, with a trailing ` --lang zh` set aside. */
function commands(blocks: readonly Block[]): string[] {
  return blocks
    .filter((block) => block.lang === 'console')
    .flatMap((block) => block.content.split('\n').filter((line) => line.startsWith('$ ')))
    .map((line) => line.replace(/ --lang zh(?=$| [>|])/, ''));
}

/** A ts block without its comments and blank lines (the expectation values are checked apart). */
function code(content: string): string {
  return content
    .split('\n')
    .map((line) => line.replace(/\s*\/\/.*$/, '').trimEnd())
    .filter((line) => line !== '')
    .join('\n');
}

/** The values of the `//=> value` expectations: up to a hand derivation (in brackets, or after two spaces), or the line's end. */
function expectations(content: string): string[] {
  return [...content.matchAll(/\/\/=>\s*(.*)$/gm)].map((match) => match[1]!.replace(/\s*（.*$|\s+\(.*$|\s{2,}.*$/, '').trim());
}

const found = pairs();

describe('Chinese translations of the docs', () => {
  it('are found (the docs users read first have one)', () => {
    const names = found.map((pair) => pair.en);
    for (const doc of ['docs/faq.md', 'docs/readings.md', 'docs/guides/ind-deadline.md', 'docs/guides/deficiency-notice.md', 'docs/guides/next-year-schedule.md', 'docs/guides/portfolio.md']) {
      expect(names, doc).toContain(doc);
    }
  });

  for (const { en, zh } of found) {
    describe(zh, () => {
      const english = readFileSync(join(root, en), 'utf8');
      const chinese = readFileSync(join(root, zh), 'utf8');
      const base = (path: string) => path.split('/').pop()!;

      it('has its English original, and the two link to each other near the top', () => {
        expect(existsSync(join(root, en))).toBe(true);
        expect(chinese.split('\n').slice(0, 5).join('\n')).toContain(`](${base(en)})`);
        expect(english.split('\n').slice(0, 5).join('\n')).toContain(`](${base(zh)})`);
      });

      const en_ = blocksOf(english);
      const zh_ = blocksOf(chinese);

      if (en === 'docs/calendar-projection.md') {
        it('gives the backtest tables with the same numbers as the generated English report', () => {
          // scripts/projection-backtest.ts --write regenerates the English tables; the Chinese ones are a translation,
          // between its own markers, and must be brought up to date by hand when the numbers change.
          const numbers = (text: string) => text.match(/\d+(?:\.\d+)?%?/g) ?? [];
          const report = /<!-- projection-backtest:start[^>]*-->([\s\S]*?)<!-- projection-backtest:end -->/.exec(english)?.[1];
          const translated = /<!-- 以下各表译自[^>]*-->([\s\S]*?)<!-- 译表止 -->/.exec(chinese)?.[1];
          expect(report).toBeDefined();
          expect(translated).toBeDefined();
          // The years and percentages of the table rows (the Chinese headings also hold numbers: 第149章, 2007年).
          const rows = (text: string) => text.split('\n').filter((line) => /^\| \d{4} \|/.test(line)).flatMap(numbers);
          expect(rows(translated!)).toEqual(rows(report!));
          expect(rows(report!).length).toBeGreaterThan(100);
        });
      }

      it('runs the same commands, in the same order', () => {
        expect(commands(zh_)).toEqual(commands(en_));
      });

      it('holds the same TypeScript, expectations and files', () => {
        const ts = (blocks: readonly Block[]) => blocks.filter((block) => block.lang === 'ts');
        expect(ts(zh_).map((block) => code(block.content))).toEqual(ts(en_).map((block) => code(block.content)));
        expect(ts(zh_).flatMap((block) => expectations(block.content))).toEqual(ts(en_).flatMap((block) => expectations(block.content)));
        const files = (blocks: readonly Block[]) => blocks.filter((block) => block.fileName).map((block) => [block.fileName, block.content]);
        expect(files(zh_)).toEqual(files(en_));
      });
    });
  }
});
