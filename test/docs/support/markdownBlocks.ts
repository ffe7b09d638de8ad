/** A fenced code block of a markdown file. */
export interface Block {
  readonly lang: string;
  readonly content: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** From a `<!-- file: NAME -->` comment right before the block. */
  readonly fileName: string | undefined;
}

/**
 * The fenced code blocks of a markdown text, in order.
 *
 * @example
 * blocksOf('<!-- file: a.json -->\n```json\n{}\n```\n') //=> [{ lang: 'json', content: '{}\n', line: 2, fileName: 'a.json' }]
 */
export function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  const fence = /^```([\w-]*)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    const before = markdown.slice(0, match.index);
    const marker = /<!--\s*file:\s*(\S+)\s*-->\s*$/.exec(before);
    blocks.push({
      lang: match[1]!,
      content: match[2]!,
      line: before.split('\n').length,
      fileName: marker?.[1],
    });
  }
  return blocks;
}
