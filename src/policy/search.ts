/**
 * Word search over the policy catalog, in English and Chinese, for `listPolicies({ text })`.
 *
 * - A query is split into words at spaces and punctuation (`cn-bj` is `cn` and `bj`), after Unicode NFKC
 *   normalisation (full-width letters and digits become ASCII) and lower-casing. Repeated words count once.
 * - A Latin word (letters and digits) matches a whole word of the text, or the start of one when it has at least
 *   4 characters and is not a number: `renew` finds "renewal"; `ind` finds "IND" but neither "industry" nor the
 *   "ind" inside "window"; `30` finds "30" but not "300"; `ii` finds "II" but not "III".
 * - A word with Chinese characters (汉字) matches anywhere in the Chinese text, since Chinese has no spaces
 *   between words: `补充申请` finds "临床试验期间补充申请".
 * - A word with dots between parts of two characters or more, such as `drug.ind`, is part of an id: it matches
 *   only an id that contains it from the start of a segment (`cn.nmpa.drug.ind`, `cn.nmpa.drug.ind.innovative-30`; `drug.defic` also finds
 *   `cn.nmpa.drug.deficiency-response`).
 * - Every word must match (AND). A policy's score is the sum, over the words, of the best place each one matched
 *   (id 10, titles 8, procedure 6, jurisdiction and pilot regions 5, authority 4, source 2, notes 1; doubled for a
 *   whole word, a Chinese match or a whole id segment), plus 1000 when the whole query is the id.
 *
 * The searchable text of each compiled policy is built once and kept; a query is limited to
 * {@link MAX_QUERY_LENGTH} characters and {@link MAX_QUERY_WORDS} distinct words.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../errors.js';
import type { CompiledPolicy } from './compile.js';
import type { Policy } from './schema.js';

/** The longest query `listPolicies` accepts, in UTF-16 code units. */
export const MAX_QUERY_LENGTH = 1000;
/** The most distinct words a query may have. */
export const MAX_QUERY_WORDS = 32;

/**
 * Names of the region codes a policy's `jurisdiction` and `pilotRegions` use: the province-level divisions of
 * ISO 3166-2:CN, the country codes CN, HK and MO, and the names a search finds them by (English, then Chinese).
 */
const REGION_NAMES: Readonly<Record<string, readonly string[]>> = {
  CN: ['China', 'PRC', 'mainland', '中国', '中华人民共和国', '内地'],
  HK: ['Hong Kong', 'HKSAR', '香港', '香港特别行政区', '香港特別行政區'],
  MO: ['Macao', 'Macau', '澳门', '澳門', '澳门特别行政区'],
  'CN-AH': ['Anhui', '安徽省'],
  'CN-BJ': ['Beijing', '北京市'],
  'CN-CQ': ['Chongqing', '重庆市'],
  'CN-FJ': ['Fujian', '福建省'],
  'CN-GD': ['Guangdong', '广东省'],
  'CN-GS': ['Gansu', '甘肃省'],
  'CN-GX': ['Guangxi', '广西壮族自治区'],
  'CN-GZ': ['Guizhou', '贵州省'],
  'CN-HA': ['Henan', '河南省'],
  'CN-HB': ['Hubei', '湖北省'],
  'CN-HE': ['Hebei', '河北省'],
  'CN-HI': ['Hainan', '海南省'],
  'CN-HK': ['Hong Kong', '香港特别行政区'],
  'CN-HL': ['Heilongjiang', '黑龙江省'],
  'CN-HN': ['Hunan', '湖南省'],
  'CN-JL': ['Jilin', '吉林省'],
  'CN-JS': ['Jiangsu', '江苏省'],
  'CN-JX': ['Jiangxi', '江西省'],
  'CN-LN': ['Liaoning', '辽宁省'],
  'CN-MO': ['Macao', 'Macau', '澳门特别行政区'],
  'CN-NM': ['Inner Mongolia', 'Nei Mongol', '内蒙古自治区'],
  'CN-NX': ['Ningxia', '宁夏回族自治区'],
  'CN-QH': ['Qinghai', '青海省'],
  'CN-SC': ['Sichuan', '四川省'],
  'CN-SD': ['Shandong', '山东省'],
  'CN-SH': ['Shanghai', '上海市'],
  'CN-SN': ['Shaanxi', '陕西省'],
  'CN-SX': ['Shanxi', '山西省'],
  'CN-TJ': ['Tianjin', '天津市'],
  'CN-TW': ['Taiwan', '台湾省'],
  'CN-XJ': ['Xinjiang', '新疆维吾尔自治区'],
  'CN-XZ': ['Tibet', 'Xizang', '西藏自治区'],
  'CN-YN': ['Yunnan', '云南省'],
  'CN-ZJ': ['Zhejiang', '浙江省'],
};

/**
 * @internal The English and Chinese names of a region code (`'CN-BJ'` → Beijing, 北京市), or undefined for a code
 * not in the table.
 */
export function regionName(code: string): { readonly en: string; readonly zh: string } | undefined {
  const names = REGION_NAMES[code];
  if (!names) return undefined;
  return { en: names[0]!, zh: names.find((name) => HAN.test(name))! };
}

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** A word with dots between id-like parts of two characters or more: `drug.ind`, `cn.nmpa.drug.nda.priority` (not `e.g`). */
const ID_WORD = /^[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})+$/;

const WEIGHT = { id: 10, title: 8, procedure: 6, region: 5, authority: 4, source: 2, notes: 1 } as const;
/** Added when the whole query is the id. */
const EXACT_ID = 1000;

interface Field {
  readonly weight: number;
  /** Its Latin words, for whole-word matches. */
  readonly words: ReadonlySet<string>;
  /** The same words, sorted, for prefix matches. */
  readonly sorted: readonly string[];
  /** Its text, normalised, for Chinese substring matches ('' when it has no Chinese). */
  readonly han: string;
}

interface Haystack {
  readonly id: string;
  readonly fields: readonly Field[];
}

/** One word of a query. */
type Term =
  | { readonly kind: 'latin'; readonly text: string; readonly prefix: boolean }
  | { readonly kind: 'han'; readonly text: string }
  | { readonly kind: 'id'; readonly text: string };

/** @internal A parsed query. */
export interface Query {
  readonly terms: readonly Term[];
  /** The whole query, normalised, to compare with ids. */
  readonly whole: string;
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function field(weight: number, texts: readonly string[]): Field {
  const words = new Set<string>();
  let han = '';
  for (const raw of texts) {
    const text = normalise(raw);
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      // A Latin word; Chinese is matched as a substring of `han`, and mixed words like "30日" add their Latin part.
      if (!HAN.test(word)) words.add(word);
      else for (const part of word.split(/\p{Script=Han}+/u)) if (part) words.add(part);
    }
    if (HAN.test(text)) han += `${text}\n`;
  }
  return { weight, words, sorted: [...words].sort(), han };
}

function regionTexts(codes: readonly string[]): string[] {
  const texts: string[] = [];
  for (const code of codes) {
    texts.push(code, ...(REGION_NAMES[code] ?? []));
    // A province is in China: `CN-GD` is found by "China" too.
    if (code.startsWith('CN-')) texts.push(...REGION_NAMES['CN']!);
  }
  return texts;
}

const haystacks = new WeakMap<CompiledPolicy, Haystack>();

function build(policy: Policy): Haystack {
  const { source } = policy;
  return {
    id: policy.id,
    fields: [
      field(WEIGHT.id, [policy.id]),
      field(WEIGHT.title, [policy.title.en, policy.title.zh]),
      field(WEIGHT.procedure, [policy.procedure]),
      field(WEIGHT.region, regionTexts([policy.jurisdiction, ...policy.pilotRegions])),
      field(WEIGHT.authority, [policy.authority.en, policy.authority.zh]),
      field(WEIGHT.source, [source.document.en, source.document.zh, source.number, source.article, source.articleZh ?? '']),
      field(WEIGHT.notes, policy.notes),
    ],
  };
}

/** The searchable text of a compiled policy, built on first use and kept for as long as the policy. */
function haystackOf(compiled: CompiledPolicy): Haystack {
  let haystack = haystacks.get(compiled);
  if (!haystack) {
    haystack = build(compiled.policy);
    haystacks.set(compiled, haystack);
  }
  return haystack;
}

/**
 * @internal Parses a query, refusing one longer than {@link MAX_QUERY_LENGTH} characters or with more than
 * {@link MAX_QUERY_WORDS} distinct words. A query with no letters or digits has no terms (it filters nothing).
 */
export function parseQuery(fn: string, text: string): Query {
  if (text.length > MAX_QUERY_LENGTH) {
    throw new InvalidArgumentError(
      `${fn}: filter.text is ${text.length} characters long, received ${describeValue(text)}; a search takes at most ${MAX_QUERY_LENGTH} characters`,
    );
  }
  const normalised = normalise(text);
  const terms = new Map<string, Term>();
  const add = (term: Term) => terms.set(`${term.kind}:${term.text}`, term);
  for (const chunk of normalised.split(/\s+/)) {
    const candidate = chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/_/g, '-');
    if (ID_WORD.test(candidate) && /[a-z]/.test(candidate)) {
      add({ kind: 'id', text: candidate });
      continue;
    }
    for (const match of chunk.matchAll(WORD)) {
      const word = match[0];
      if (HAN.test(word)) add({ kind: 'han', text: word });
      else add({ kind: 'latin', text: word, prefix: word.length >= 4 && !/^\d+$/.test(word) });
    }
    if (terms.size > MAX_QUERY_WORDS) break;
  }
  if (terms.size > MAX_QUERY_WORDS) {
    throw new InvalidArgumentError(
      `${fn}: filter.text has more than ${MAX_QUERY_WORDS} different words, received ${describeValue(text)}; a search takes at most ${MAX_QUERY_WORDS}`,
    );
  }
  return { terms: [...terms.values()], whole: normalised.trim() };
}

function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low]!.startsWith(prefix);
}

function termScore(haystack: Haystack, term: Term): number {
  if (term.kind === 'id') {
    const at = `.${haystack.id}`.indexOf(`.${term.text}`);
    if (at < 0) return 0;
    const next = haystack.id[at + term.text.length];
    return next === undefined || next === '.' || next === '-' ? WEIGHT.id * 2 : WEIGHT.id;
  }
  let best = 0;
  for (const f of haystack.fields) {
    if (f.weight * 2 <= best) break;
    if (term.kind === 'han') {
      if (f.han.includes(term.text)) best = f.weight * 2;
    } else if (f.words.has(term.text)) best = f.weight * 2;
    else if (term.prefix && f.weight > best && hasPrefix(f.sorted, term.text)) best = f.weight;
  }
  return best;
}

/** @internal The score of a compiled policy for a query: 0 when some word does not match, more for better matches. */
export function scorePolicy(compiled: CompiledPolicy, query: Query): number {
  const haystack = haystackOf(compiled);
  let total = query.whole === haystack.id ? EXACT_ID : 0;
  for (const term of query.terms) {
    const score = termScore(haystack, term);
    if (score === 0) return 0;
    total += score;
  }
  return total;
}
