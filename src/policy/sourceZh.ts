/**
 * A policy's source as a Chinese reader cites it: each title in its own 《》, the document number without the English
 * gloss, then the article in Chinese (`articleZh`, falling back to the English `article`). Used by `explain` and by
 * the CLI's `policy --lang zh`.
 *
 * @module
 */
import type { PolicySource } from './schema.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A date `YYYY-MM-DD` as `YYYY年M月D日`; anything else unchanged. */
function dateZh(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`);
}

/** English glosses that say something a Chinese reader needs (dates of adoption, revision); others are dropped. */
function glossZh(phrase: string): string | undefined {
  const text = phrase.trim();
  let match = /^adopted (\d{4}-\d{2}-\d{2})$/i.exec(text);
  if (match) return `${dateZh(match[1]!)}通过`;
  match = /^in force (?:from )?(\d{4}-\d{2}-\d{2})$/i.exec(text);
  if (match) return `${dateZh(match[1]!)}起施行`;
  match = /^amended (\d{4}-\d{2}-\d{2})$/i.exec(text);
  if (match) return `${dateZh(match[1]!)}修正`;
  match = /(?:^|\s)(\d{4}) revision$/i.exec(text);
  if (match) return `${match[1]}年修订`;
  return undefined;
}

/** A number written only in English, when it has a standard Chinese form. */
function englishNumberZh(text: string): string | undefined {
  const value = text.trim();
  if (/^(?:number )?not verified$/i.test(value)) return '文号未经核实';
  let match = /^SAMR Order No\. (\d+)$/i.exec(value);
  if (match) return `国家市场监督管理总局令第${match[1]}号`;
  match = /^State Council Order No\. (\d+)$/i.exec(value);
  if (match) return `国务院令第${match[1]}号`;
  return undefined;
}

/** Splits on `;` outside parentheses. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '（') depth++;
    else if ((char === ')' || char === '）') && depth > 0) depth--;
    if (depth === 0 && (char === ';' || char === '；')) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/** One `;`-separated part of a number: its Chinese head and the glosses worth keeping, or undefined when nothing is. */
function numberPartZh(part: string): string | undefined {
  const glosses: string[] = [];
  // English parentheses: keep what translates, drop the rest (e.g. "(SAMR Order No. 27)", the English of the head).
  let head = part.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
    if (CJK.test(inner)) return `（${inner}）`;
    for (const phrase of inner.split(/[;,]/)) {
      const gloss = glossZh(phrase);
      if (gloss) glosses.push(gloss);
    }
    return '';
  });
  // A trailing English clause: "主席令第7号, amended 2019-04-23".
  head = head.replace(/,\s*([^,，]*)$/, (whole, clause: string) => {
    if (CJK.test(clause)) return whole;
    const gloss = glossZh(clause);
    if (gloss) glosses.push(gloss);
    return '';
  });
  head = head.trim();
  if (CJK.test(head)) {
    // English words before the Chinese number: "management notice 药监综药注函〔2024〕599号".
    head = head.replace(/^[A-Za-z][A-Za-z .,'’/-]*\s+(?=[\u3400-\u9fff〔［【(（])/, '');
  } else {
    const translated = englishNumberZh(head);
    if (translated === undefined) return undefined;
    head = translated;
  }
  return [head, ...glosses].join('，');
}

/**
 * A source's document number for Chinese text: the Chinese part of each `;`-separated number, without its English
 * gloss (`'国家市场监督管理总局令第27号 (SAMR Order No. 27)'` → `'国家市场监督管理总局令第27号'`), numbers joined
 * by `；`. A part written only in English is translated when it has a standard form (`'SAMR Order No. 47'`,
 * `'not verified'`) and left out otherwise; the result is `''` when nothing is left.
 *
 * @example
 * sourceNumberZh('主席令第31号 (DAL 2019 revision); 国家市场监督管理总局令第27号 (SAMR Order No. 27)')
 * //=> '主席令第31号，2019年修订；国家市场监督管理总局令第27号'
 */
export function sourceNumberZh(number: string): string {
  return topLevelParts(number)
    .map(numberPartZh)
    .filter((part): part is string => part !== undefined && part.length > 0)
    .join('；');
}

/** The document titles, each in its own 《》: `'中华人民共和国药品管理法；药品注册管理办法'` → `'《中华人民共和国药品管理法》《药品注册管理办法》'`. */
export function documentTitlesZh(titles: string): string {
  return titles
    .split(/\s*[；;]\s*/)
    .map((title) => title.trim().replace(/^《(.*)》$/, '$1'))
    .filter((title) => title.length > 0)
    .map((title) => `《${title}》`)
    .join('');
}

/**
 * A source as cited in Chinese: `《药品注册管理办法》（国家市场监督管理总局令第27号）第九十六条第（二）项`. The article is
 * `articleZh` when the source has it, else the English `article`.
 *
 * A source of several documents (titles joined by `；`) whose numbers and `articleZh` come in the same order, one
 * `；`-separated part per document, each part naming its document in 《》, is cited document by document:
 * `《中华人民共和国药品管理法》（主席令第31号，2019年修订）第十九条；《药品注册管理办法》（国家市场监督管理总局令第27号）第二十三条`.
 * Otherwise the titles come first, each in its own 《》, then the numbers and the article.
 */
export function sourceCitationZh(source: Pick<PolicySource, 'document' | 'number' | 'article' | 'articleZh'>): string {
  const titles = source.document.zh.split(/\s*[；;]\s*/).filter((title) => title.length > 0);
  if (titles.length > 1 && source.articleZh !== undefined) {
    const numbers = topLevelParts(source.number).map((part) => numberPartZh(part) ?? '');
    const articles = topLevelParts(source.articleZh);
    if (numbers.length === titles.length && articles.length === titles.length && articles.every((article) => /^《[^》]+》/.test(article))) {
      return titles
        .map((title, i) => `${documentTitlesZh(title)}${numbers[i] ? `（${numbers[i]}）` : ''}${articles[i]!.replace(/^《[^》]+》/, '')}`)
        .join('；');
    }
  }
  const number = sourceNumberZh(source.number);
  return `${documentTitlesZh(source.document.zh)}${number ? `（${number}）` : ''}${source.articleZh ?? source.article}`;
}
