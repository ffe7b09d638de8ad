/**
 * The first stage of reading a notice: from the text as published or copied to its address, its title and its
 * sentences. Punctuation is brought to one form (full-width and half-width alike), whitespace and quotes are dropped
 * for reading (a copy may break a line inside a date: `2月2\n日`), and each sentence keeps the words it has in the
 * text, for error messages.
 *
 * Sentences end at 。 . ! ? and at a colon (so that page clutter such as 发布时间：… or the addressee line does not run
 * into the notice), except the colon of an item header (一、元旦：, also numbered 1、 1. （一）), which stays with its
 * item's first sentence. An address or a title ends a sentence too, and is reported as a break: a new document may
 * begin there.
 *
 * Every step is one pass over the text, with bounded look-ahead; no regular expression runs over the whole text.
 *
 * @module
 */
import { ITEM_NUMBER_MARKS, ITEM_NUMERALS, festivalOfWord, namesOfHeader } from './noticeNames.js';

/** One sentence of a notice. */
export interface NoticeSentence {
  /** The sentence as it stands in the text, whitespace collapsed: what messages and `NoticeParseError.sentence` quote. */
  readonly text: string;
  /** The name of the item whose header opens the sentence (一、国庆节、中秋节： → `'国庆节、中秋节'`), quotes removed. */
  readonly header: string | undefined;
  /** The sentence after its header, normalized: canonical punctuation (, . : ; ( ) - 、), no whitespace, no quotes. */
  readonly body: string;
}

/** A sentence, or a break (an address or a title: where a new document may begin). */
export type NoticePiece = { readonly kind: 'sentence'; readonly sentence: NoticeSentence } | { readonly kind: 'break' };

/** What {@link splitNoticeText} finds in a text. */
export interface NoticeText {
  /** The first http(s) address in the text. */
  readonly url: string | undefined;
  /** The first notice title in the text (《…》 or a 国务院…关于…通知 line), whitespace removed. */
  readonly title: string | undefined;
  /** The sentences and breaks, in text order. */
  readonly pieces: readonly NoticePiece[];
}

/** Punctuation brought to one form. Dashes and tildes of every width read as one range connector, `-`. */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '，': ',',
  '､': '、',
  '﹑': '、',
  '｡': '。',
  '．': '.',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
  '—': '-',
  '–': '-',
  '―': '-',
  '－': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '⸺': '-',
  '～': '-',
  '~': '-',
  '〜': '-',
  '∼': '-',
};

/** Quotes are dropped: “五一” reads as 五一. */
const QUOTES = '“”"‘’\'「」『』';

/** Characters that end an address (besides whitespace). */
const ADDRESS_STOPS = '，。；：（）、《》“”‘’「」『』【】<>"\'';

/** Marks an address or a title in the normalized text. */
const BREAK = '\u0001';

/** Sentence terminators in the normalized text (a colon too, unless it closes an item header). */
const TERMINATORS = '。.!?:';

/** The longest item name a header may have (国庆节、中秋节 has 7 characters). */
const MAX_HEADER_NAME = 16;

/** The longest address read; a longer run of address characters is cut there. */
const MAX_ADDRESS = 2000;

/** The longest title read (the 2015 commemoration title has 42 characters). */
const MAX_TITLE = 120;

const isSpace = (char: string): boolean => char.trim() === '';
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isHan = (char: string | undefined): boolean => char !== undefined && char >= '\u4e00' && char <= '\u9fff';

/** Reads one character for the normalized text: '' to drop it. */
function normalizeChar(char: string): string {
  if (isSpace(char) || QUOTES.includes(char)) return '';
  const code = char.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48); // full-width digits
  return PUNCTUATION[char] ?? char;
}

/** The end of the address that starts at `start` (after `http://` or `https://`). */
function addressEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isSpace(text[end]!) && !ADDRESS_STOPS.includes(text[end]!)) end++;
  let address = text.slice(start, end);
  if (address.length > MAX_ADDRESS) address = address.slice(0, MAX_ADDRESS);
  // A copy that runs the text on after the address (…content_9302.htm一、元旦…, ….htm1、元旦…, ….htm(一)元旦…): a
  // page address ends with its extension, in its path.
  const extension = /\.s?html?/i.exec(address);
  if (extension && address.lastIndexOf('/', extension.index) !== -1) {
    const after = extension.index + extension[0].length;
    const next = address[after];
    if (next !== undefined && (isHan(next) || isDigit(normalizeChar(next)) || next === '(')) address = address.slice(0, after);
  }
  // Sentence punctuation after an address is not part of it (a closing bracket is, when the address opens one).
  const opens = address.includes('(');
  let length = address.length;
  while (length > 0 && '.,;:!?)]'.includes(address[length - 1]!) && !(address[length - 1] === ')' && opens)) length--;
  return start + length;
}

/** The length of `http://` or `https://` at `index`, or 0. */
function schemeAt(text: string, index: number): number {
  if (text[index] !== 'h' && text[index] !== 'H') return 0;
  const head = text.slice(index, index + 8).toLowerCase();
  if (head.startsWith('https://')) return 8;
  if (head.startsWith('http://')) return 7;
  return 0;
}

interface Normalized {
  readonly text: string;
  /** For each character of `text`, the index of the character of the original it comes from. */
  readonly origin: readonly number[];
  readonly url: string | undefined;
}

function normalize(original: string): Normalized {
  const chars: string[] = [];
  const origin: number[] = [];
  let url: string | undefined;
  // A line of Latin words only (INVENTED TEST DATA, an English annotation) ends a sentence where it ends.
  let latinLine = false;
  let otherOnLine = false;
  for (let index = 0; index < original.length; ) {
    if (original[index] === '\n') {
      if (latinLine && !otherOnLine) {
        chars.push('.');
        origin.push(index);
      }
      latinLine = otherOnLine = false;
    }
    const scheme = schemeAt(original, index);
    if (scheme > 0) {
      const end = addressEnd(original, index + scheme);
      if (end > index + scheme) {
        url ??= original.slice(index, end);
        chars.push(BREAK);
        origin.push(index);
        index = end;
        continue;
      }
    }
    const char = normalizeChar(original[index]!);
    if (char !== '') {
      chars.push(char);
      origin.push(index);
      if ((char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z')) latinLine = true;
      else if (isDigit(char) || isHan(char)) otherOnLine = true;
    }
    index++;
  }
  return { text: chars.join(''), origin, url };
}

interface TitleRange {
  readonly start: number;
  readonly end: number;
  /** The title's own characters (inside 《》), as a range of the normalized text. */
  readonly innerStart: number;
  readonly innerEnd: number;
}

/** Titles of notices: 《国务院…通知》, or 国务院(办公厅)关于…通知 with no sentence punctuation inside. */
function findTitles(text: string): TitleRange[] {
  const titles: TitleRange[] = [];
  // The next 《 and the next 国务院 at or after `from`, each found again only once `from` has passed it.
  let open = text.indexOf('《');
  let bare = text.indexOf('国务院');
  let from = 0;
  while (open !== -1 || bare !== -1) {
    if (open !== -1 && open < from) open = text.indexOf('《', from);
    if (bare !== -1 && bare < from) bare = text.indexOf('国务院', from);
    if (open === -1 && bare === -1) break;
    if (open !== -1 && (bare === -1 || open < bare)) {
      const close = closingBracket(text, open);
      if (close !== -1) {
        const inner = text.slice(open + 1, close);
        if (inner.includes('国务院') && inner.endsWith('通知')) {
          titles.push({ start: open, end: close + 1, innerStart: open + 1, innerEnd: close });
          from = close + 1;
          continue;
        }
      }
      from = open + 1;
      continue;
    }
    const end = bareTitleEnd(text, bare);
    if (end !== undefined) {
      titles.push({ start: bare, end, innerStart: bare, innerEnd: end });
      from = end;
    } else {
      from = bare + 3;
    }
  }
  return titles;
}

/** The 》 closing the 《 at `open`, within {@link MAX_TITLE} characters, or -1. */
function closingBracket(text: string, open: number): number {
  for (let index = open + 1; index < text.length && index - open <= MAX_TITLE; index++) {
    if (text[index] === '》') return index;
    if (text[index] === '《') return -1;
  }
  return -1;
}

function bareTitleEnd(text: string, start: number): number | undefined {
  const afterName = start + 3;
  const about = text.startsWith('关于', afterName) ? afterName + 2 : text.startsWith('办公厅关于', afterName) ? afterName + 5 : -1;
  if (about === -1) return undefined;
  for (let index = about; index < text.length && index - start <= MAX_TITLE; index++) {
    const char = text[index]!;
    if (TERMINATORS.includes(char) || char === ',' || char === ';' || char === BREAK) return undefined;
    if (char === '通' && text[index + 1] === '知') return index + 2;
  }
  return undefined;
}

interface Header {
  readonly start: number;
  /** Where the item's name ends; the sentence body starts after the colon, if any. */
  readonly nameEnd: number;
  readonly bodyStart: number;
  readonly name: string;
}

const startsSentence = (text: string, index: number): boolean =>
  index === 0 || TERMINATORS.includes(text[index - 1]!) || text[index - 1] === BREAK;

/** The most characters an item's number has: 十二 in 十二、, 12 in 12、. */
const MAX_ITEM_NUMBER = 3;

/**
 * Where the item number closed by the mark at `mark` starts, or -1: Chinese numerals before 、 or inside brackets
 * (一、, (一)), or one or two digits, not part of a longer number, before 、 or . or inside brackets (1、, 1., (1)).
 */
function itemNumberStart(text: string, mark: number): number {
  const char = text[mark]!;
  if (!ITEM_NUMBER_MARKS.includes(char)) return -1;
  let start = mark;
  if (char !== '.') while (start > 0 && mark - start < MAX_ITEM_NUMBER && ITEM_NUMERALS.includes(text[start - 1]!)) start--;
  if (start === mark) {
    while (start > 0 && mark - start < 2 && isDigit(text[start - 1])) start--;
    if (start === mark || isDigit(text[start - 1]) || Number(text.slice(start, mark)) === 0) return -1;
  }
  if (char !== ')') return start;
  return text[start - 1] === '(' ? start - 1 : -1;
}

/**
 * Item headers: 一、元旦： (a number, a name, a colon; the number written 一、, 1、, 1., （一） or (1)). A header whose
 * name is a known festival is found anywhere (page clutter without punctuation may precede it); one with another
 * name only where a sentence starts, and only with its colon. 元旦： without a number counts where a sentence starts.
 */
function findHeaders(text: string): Map<number, Header> {
  const headers = new Map<number, Header>();
  for (let index = 0; index < text.length; index++) {
    const start = itemNumberStart(text, index);
    if (start === -1) continue;
    let nameEnd = index + 1;
    while (nameEnd < text.length && nameEnd - index <= MAX_HEADER_NAME && (isHan(text[nameEnd]) || text[nameEnd] === '、')) nameEnd++;
    const name = text.slice(index + 1, nameEnd);
    if (name === '' || name.endsWith('、')) continue;
    const known = namesOfHeader(name).festivals.length > 0;
    const colon = text[nameEnd] === ':';
    if ((known && (colon || isDigit(text[nameEnd]))) || (colon && startsSentence(text, start))) {
      headers.set(start, { start, nameEnd, bodyStart: colon ? nameEnd + 1 : nameEnd, name });
    }
  }
  return headers;
}

/** A bare festival name before a colon where a sentence starts (元旦：1月1日放假。). */
function bareHeaderAt(text: string, start: number, colon: number): Header | undefined {
  const name = text.slice(start, colon);
  if (name.length === 0 || name.length > MAX_HEADER_NAME) return undefined;
  if (festivalOfWord(name) === undefined && namesOfHeader(name).festivals.length === 0) return undefined;
  return { start, nameEnd: colon, bodyStart: colon + 1, name };
}

/**
 * Splits a notice's text into its address, its title and its sentences.
 *
 * @param original - The text as given.
 * @returns The first address, the first title and the sentences and breaks in order.
 *
 * @example
 * const { url, pieces } = splitNoticeText('http://www.gov.cn/x.htm\n一、元旦：1月1日放假，与周末连休。');
 * url //=> 'http://www.gov.cn/x.htm'
 * pieces[1] //=> { kind: 'sentence', sentence: { text: '一、元旦：1月1日放假，与周末连休。', header: '元旦', body: '1月1日放假,与周末连休。' } }
 */
export function splitNoticeText(original: string): NoticeText {
  const { text, origin, url } = normalize(original);
  const titles = findTitles(text);
  const titleAt = new Map(titles.map((title) => [title.start, title]));
  const headers = findHeaders(text);
  const pieces: NoticePiece[] = [];

  let start = 0;
  let header: Header | undefined;
  const emit = (end: number): void => {
    if (end > start) {
      const bodyStart = header ? header.bodyStart : start;
      const body = text.slice(bodyStart, end);
      if (header || /[0-9\u4e00-\u9fffA-Za-z]/.test(body)) {
        const sentenceText = original.slice(origin[start]!, origin[end - 1]! + 1).replace(/\s+/g, ' ').trim();
        pieces.push({ kind: 'sentence', sentence: { text: sentenceText, header: header?.name, body } });
      }
    }
    header = undefined;
    start = end;
  };

  for (let index = 0; index < text.length; index++) {
    const title = titleAt.get(index);
    if (title) {
      emit(index);
      pieces.push({ kind: 'break' });
      index = title.end - 1;
      start = title.end;
      continue;
    }
    const char = text[index]!;
    if (char === BREAK) {
      emit(index);
      pieces.push({ kind: 'break' });
      start = index + 1;
      continue;
    }
    const found = headers.get(index);
    if (found && (index > start || !header)) {
      emit(index);
      header = found;
      index = found.bodyStart - 1;
      continue;
    }
    if (char === ':' && !header) {
      const bare = bareHeaderAt(text, start, index);
      if (bare) {
        header = bare;
        continue;
      }
    }
    if (TERMINATORS.includes(char) && !(char === '.' && isDigit(text[index - 1]) && isDigit(text[index + 1]))) emit(index + 1);
  }
  emit(text.length);

  const first = titles[0];
  const title = first ? original.slice(origin[first.innerStart]!, origin[first.innerEnd - 1]! + 1).replace(/\s+/g, '') : undefined;
  return { url, title, pieces };
}
