import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every relative link of the READMEs and the docs (in English and Chinese) leads somewhere: to a file of the
// repository, and for a link with #anchor to a heading of that file, as GitHub makes its anchors.

const root = new URL('../../', import.meta.url).pathname;

function markdownFiles(): string[] {
  const files = ['README.md', 'README.zh-CN.md', 'CHANGELOG.md'].filter((file) => existsSync(join(root, file)));
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) {
        if (name !== 'api') walk(path);
      } else if (name.endsWith('.md')) files.push(path);
    }
  };
  walk('docs');
  return files;
}

/** GitHub's anchor of a heading: lower case, punctuation dropped (letters, digits, `-` and `_` kept), spaces to `-`. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a file's headings (a repeated heading gets -1, -2…), outside code blocks. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^```/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const match of markdown.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(match[1]!);
  return anchors;
}

/** The relative links of a file, outside code blocks and inline code. */
function linksOf(markdown: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  let fenced = false;
  markdown.split('\n').forEach((text, index) => {
    if (/^```/.test(text)) fenced = !fenced;
    if (fenced) return;
    const prose = text.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = match[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      links.push({ target, line: index + 1 });
    }
  });
  return links;
}

describe('links in the READMEs and docs', () => {
  const files = markdownFiles();
  const texts = new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]));

  it('finds the docs, in both languages', () => {
    expect(files).toContain('README.zh-CN.md');
    expect(files).toContain('docs/faq.zh-CN.md');
  });

  for (const file of files) {
    it(`${file}: every relative link leads to a file, and an anchor to a heading`, () => {
      const broken: string[] = [];
      for (const { target, line } of linksOf(texts.get(file)!)) {
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const resolved = path === '' ? file : relative(root, join(root, dirname(file), decodeURI(path)));
        if (!existsSync(join(root, resolved))) {
          broken.push(`line ${line}: ${target} (no file ${resolved})`);
          continue;
        }
        if (anchor === undefined || !resolved.endsWith('.md')) continue;
        const text = texts.get(resolved) ?? readFileSync(join(root, resolved), 'utf8');
        if (!anchorsOf(text).has(decodeURIComponent(anchor).toLowerCase())) broken.push(`line ${line}: ${target} (no heading #${anchor} in ${resolved})`);
      }
      expect(broken).toEqual([]);
    });
  }
});
