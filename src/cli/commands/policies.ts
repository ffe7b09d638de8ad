/**
 * `reviewclock policies` (list or search the catalog) and `reviewclock policy` (one policy in full, with its source).
 * The commands' arguments, options and help are in `definitions/policies.ts`, which loads this module when one of
 * them runs.
 *
 * @module
 */
import { getPolicy, listPolicies, type Policy, type PolicyFilter, type PolicyInput } from '../../index.js';
import { readTeamPolicies } from '../teamPolicies.js';
import { regionName } from '../../policy/search.js';
import { sourceCitationZh } from '../../policy/sourceZh.js';
import { writeJson, type CliContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import type { Lang } from '../localDate.js';
import { readDate } from '../readers.js';

/** The options of `policies`. */
export interface PoliciesOptions extends CommonOptions {
  readonly jurisdiction?: string;
  readonly product?: 'drug' | 'device' | 'ivd';
  readonly role?: PolicyFilter['role'];
  readonly on?: string;
  readonly allVersions?: boolean;
}

/** The options of `policy`. */
export interface PolicyOptions extends CommonOptions {
  readonly on?: string;
}

const UNIT_TEXT: Record<Lang, Record<Policy['limit']['unit'], [string, string]>> = {
  en: {
    'working-days': ['working day', 'working days'],
    'calendar-days': ['calendar day', 'calendar days'],
    weeks: ['week', 'weeks'],
    months: ['month', 'months'],
    years: ['year', 'years'],
  },
  zh: {
    'working-days': ['个工作日', '个工作日'],
    'calendar-days': ['日', '日'],
    weeks: ['周', '周'],
    months: ['个月', '个月'],
    years: ['年', '年'],
  },
};

/** A limit in words: `'60 working days'`, `'60个工作日'`, `'6 months before'`. */
export function limitText(limit: Policy['limit'], lang: Lang): string {
  if (limit.amount === 0) return lang === 'zh' ? '以起算日当日为期限' : 'due on the start date itself';
  const [one, many] = UNIT_TEXT[lang][limit.unit];
  const amount = lang === 'zh' ? `${limit.amount}${many}` : `${limit.amount} ${limit.amount === 1 ? one : many}`;
  if (limit.direction === 'before') return lang === 'zh' ? `提前${amount}` : `${amount} before`;
  return amount;
}

/** `reviewclock policies [WORDS...]`: the catalog, or the policies matching every word, as a table or JSON. */
export function runPolicies(words: string[], options: PoliciesOptions, context: CliContext): void {
  const policies = readTeamPolicies(options.policies);
  const filter: PolicyFilter = {
    ...(words.length && { text: words.join(' ') }),
    ...(options.jurisdiction && { jurisdiction: options.jurisdiction }),
    ...(options.product && { product: options.product }),
    ...(options.role && { role: options.role }),
    ...(options.on && { on: readDate(options.on) }),
    ...(options.allVersions && { allVersions: true }),
    ...(policies && { policies }),
  };
  const found = listPolicies(filter);
  if (options.json) return writeJson(context, found);
  const lang = options.lang ?? 'en';
  // Without --on or --all-versions, a search may find an id through an earlier version only: say which.
  const marked = options.on === undefined && options.allVersions !== true;
  context.out(policyTable(found, lang, context, options.allVersions === true, marked, policies));
}

/** `reviewclock policy ID`: one policy in full, or as JSON. */
export function runPolicy(id: string, options: PolicyOptions, context: CliContext): void {
  const policies = readTeamPolicies(options.policies);
  const found = getPolicy(id, { ...(options.on !== undefined && { on: readDate(options.on) }), ...(policies && { policies }) });
  if (options.json) return writeJson(context, found);
  const versions = listPolicies({ allVersions: true, ...(policies && { policies }) }).filter((p) => p.id === id);
  context.out(policyDetails(found, versions, options.lang ?? 'en', context));
}

function policyTable(
  policies: readonly Policy[],
  lang: Lang,
  context: CliContext,
  showVersions: boolean,
  markEarlier: boolean,
  own: readonly PolicyInput[] | undefined,
): string {
  const ownIds = new Set(own?.map((p) => p.id));
  const { colors } = context;
  if (policies.length === 0) {
    return lang === 'zh' ? '没有匹配的规则。\n' : 'No policy matches. Run `reviewclock policies` for the whole list.\n';
  }
  const idWidth = Math.max(...policies.map((p) => p.id.length + (showVersions ? p.version.length + 1 : 0)));
  const limits = policies.map((p) => limitText(p.limit, lang));
  const limitWidth = Math.max(...limits.map((text) => displayWidth(text)));
  let text = '';
  policies.forEach((p, index) => {
    const id = showVersions ? `${p.id}@${p.version}` : p.id;
    const limit = limits[index]!;
    const mark = p.confidence === 'unverified' ? colors.yellow(lang === 'zh' ? '（未经核实）' : ' (unverified)') : '';
    const title = lang === 'zh' ? p.title.zh : p.title.en;
    const earlier = markEarlier && getPolicy(p.id, { policies: own }).version !== p.version ? colors.dim(earlierVersion(p, lang)) : '';
    const yours = ownIds.has(p.id) ? colors.cyan(lang === 'zh' ? '（本团队规则，--policies）' : ' (your rule, --policies)') : '';
    text += `${colors.bold(id.padEnd(idWidth))}  ${limit}${' '.repeat(limitWidth - displayWidth(limit))}  ${title}${yours}${mark}${earlier}\n`;
  });
  const count = policies.length;
  text += colors.dim(
    lang === 'zh'
      ? `共 ${count} 条。\`reviewclock policy <id>\` 显示一条规则的全部内容。`
      : `${count} ${count === 1 ? 'policy' : 'policies'}. \`reviewclock policy <id>\` shows one in full.`,
  );
  return `${text}\n`;
}

/** The note on a version that is not the latest: `' (version 2024-07-31, in force to 2025-07-31)'`. */
function earlierVersion(policy: Policy, lang: Lang): string {
  const to = policy.effective.to;
  if (lang === 'zh') return `（${policy.version} 版本${to === null ? '' : `，施行至 ${to}`}）`;
  return ` (version ${policy.version}${to === null ? '' : `, in force to ${to}`})`;
}

/** Pilot regions with their names: `'CN-BJ Beijing, CN-SH Shanghai'`. */
function pilotRegionsText(codes: readonly string[], lang: Lang): string {
  const named = codes.map((code) => {
    const name = regionName(code);
    return name ? `${code} ${lang === 'zh' ? name.zh : name.en}` : code;
  });
  return named.join(lang === 'zh' ? '、' : ', ');
}

/** Terminal columns of a text: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

const LABELS: Record<Lang, Record<string, string>> = {
  en: {
    title: 'Title',
    jurisdiction: 'Jurisdiction',
    pilot: 'Pilot regions',
    authority: 'Authority',
    products: 'Products',
    role: 'Role',
    procedure: 'Procedure',
    limit: 'Limit',
    calendar: 'Calendar',
    start: 'Clock starts',
    stops: 'Clock stops',
    stopDay: 'Stop day',
    extension: 'Extension cap',
    consequence: 'At expiry',
    effective: 'In force',
    source: 'Source',
    confidence: 'Confidence',
    notes: 'Notes',
    versions: 'Versions',
  },
  zh: {
    title: '名称',
    jurisdiction: '法域',
    pilot: '试点地区',
    authority: '机关',
    products: '产品',
    role: '类型',
    procedure: '程序',
    limit: '时限',
    calendar: '日历',
    start: '起算',
    stops: '计时中止',
    stopDay: '中止当日',
    extension: '延长上限',
    consequence: '届满后果',
    effective: '施行期间',
    source: '依据',
    confidence: '来源',
    notes: '说明',
    versions: '版本',
  },
};

function bilingual(text: { en: string; zh: string }, lang: Lang): string[] {
  return lang === 'zh' ? [text.zh, text.en] : [text.en, text.zh];
}

/** The policy's enum values in Chinese (`--lang zh`); English prints the values themselves. */
const ZH_VALUES = {
  products: { drug: '药品', device: '医疗器械', ivd: '体外诊断试剂', any: '不限' },
  role: { review: '审评', stage: '程序环节', 'sponsor-window': '申请人办理期限', relative: '相对期限（自另一期限倒数）' },
  consequence: { 'implied-approval': '默示许可（视为同意）', 'deemed-renewal': '视为准予延续', none: '无视为批准等后果' },
  confidence: { cited: '有据（已查到出处）', unverified: '未经核实' },
} as const satisfies {
  products: Record<Policy['products'][number], string>;
  role: Record<Policy['role'], string>;
  consequence: Record<Policy['consequence'], string>;
  confidence: Record<Policy['confidence'], string>;
};

/** What a source's address is, in words. */
const PUBLICATION = {
  en: { official: 'official publication', copy: 'verbatim copy', summary: 'secondary account' },
  zh: { official: '官方发布', copy: '全文转载', summary: '二手介绍' },
} as const;

/** A fraction in Chinese words when small (`'二分之一'`), else `'1/2'`. */
function fractionZh(numerator: number, denominator: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  return numerator <= 10 && denominator <= 10 ? `${digits[denominator]}分之${digits[numerator]}` : `${numerator}/${denominator}`;
}

function stopEffect(rule: Policy['stops'][number], lang: Lang, unit: Policy['limit']['unit']): string {
  const effect = rule.effect;
  if (effect.action === 'resume') return lang === 'zh' ? '恢复后接续计时' : 'the clock resumes';
  if (effect.action === 'restart') {
    return lang === 'zh' ? `恢复计时后重新计算${limitText({ amount: effect.amount, unit, direction: 'after' }, lang)}` : `a new limit of ${effect.amount} starts`;
  }
  const fraction = lang === 'zh' ? fractionZh(effect.fraction.numerator, effect.fraction.denominator) : `${effect.fraction.numerator}/${effect.fraction.denominator}`;
  const rounding = { ceil: lang === 'zh' ? '向上取整' : 'rounded up', floor: lang === 'zh' ? '向下取整' : 'rounded down', round: lang === 'zh' ? '四舍五入' : 'rounded' }[
    effect.rounding
  ];
  return lang === 'zh'
    ? `恢复计时后时限延长${fraction}（${rounding}${effect.once ? '，仅首次' : ''}）`
    : `the limit grows by ${fraction}, ${rounding}${effect.once ? ', the first time only' : ''}`;
}

function policyDetails(policy: Policy, versions: readonly Policy[], lang: Lang, context: CliContext): string {
  const { colors } = context;
  const label = LABELS[lang];
  const rows: Array<[string, string[]]> = [];
  const add = (key: string, values: Array<string | undefined>) => {
    const kept = values.filter((value): value is string => value !== undefined && value !== '');
    if (kept.length) rows.push([label[key]!, kept]);
  };
  add('title', bilingual(policy.title, lang));
  add('jurisdiction', [policy.jurisdiction]);
  if (policy.pilotRegions.length) add('pilot', [pilotRegionsText(policy.pilotRegions, lang)]);
  add('authority', bilingual(policy.authority, lang));
  const zh = lang === 'zh';
  add('products', [zh ? policy.products.map((product) => ZH_VALUES.products[product]).join('、') : policy.products.join(', ')]);
  add('role', [zh ? ZH_VALUES.role[policy.role] : policy.role]);
  add('procedure', [policy.procedure]);
  add('limit', [limitText(policy.limit, lang)]);
  add('calendar', [policy.calendar]);
  add('start', [
    ...bilingual(policy.clockStart.event, lang),
    policy.clockStart.startDayCounts
      ? lang === 'zh'
        ? '起算日计入期间'
        : 'the start day counts'
      : lang === 'zh'
        ? '起算日不计入（第0日）'
        : 'the start day is day 0 and does not count',
    ...(policy.clockStart.laterOf
      ? [
          zh
            ? `分别给出各事件日期，取较晚者：--event ${policy.clockStart.laterOf.map((event) => `${event.id}=日期`).join(' --event ')}`
            : `give each event's date and the later one is day 0: --event ${policy.clockStart.laterOf.map((event) => `${event.id}=DATE`).join(' --event ')}`,
        ]
      : []),
  ]);
  add(
    'stops',
    policy.stops.length
      ? [
          ...policy.stops.map((rule) =>
            zh
              ? `${rule.reason}：${rule.title.zh}；${stopEffect(rule, lang, policy.limit.unit)}；依据${rule.articleZh ?? rule.article}`
              : `${rule.reason}: ${rule.title.en}; ${stopEffect(rule, lang, policy.limit.unit)} (${rule.article})`,
          ),
          zh ? '未注明原因的按普通中止处理；其他原因不予计算' : 'no reason: a plain pause; any other reason is refused',
        ]
      : [zh ? '未列明中止原因；未注明原因的计时中止按普通中止处理，注明原因的不予计算' : 'none named; a stop without a reason is a plain pause, one naming a reason is refused'],
  );
  if (policy.limit.unit === 'working-days' && policy.limit.direction === 'after') {
    const reading = policy.stopDayCounts;
    const sure = zh ? ZH_VALUES.confidence[reading.confidence] : reading.confidence;
    add('stopDay', [
      zh
        ? `${reading.value ? '计入' : '不计入'}（${sure}；--stop-day ${reading.value ? 'not-counted' : 'counted'} 按另一种理解计算）`
        : `${reading.value ? 'counted' : 'not counted'} (${sure}; --stop-day ${reading.value ? 'not-counted' : 'counted'} takes the other reading)`,
      ...bilingual(reading.basis, lang),
    ]);
  }
  if (policy.extensionCap) {
    const max = policy.extensionCap.max;
    add('extension', [
      max.kind === 'fraction'
        ? zh
          ? `原时限的${fractionZh(max.numerator, max.denominator)}`
          : `${max.numerator}/${max.denominator}`
        : zh
          ? limitText({ amount: max.amount, unit: policy.limit.unit, direction: 'after' }, lang)
          : String(max.amount),
      ...bilingual(policy.extensionCap.note, lang),
      zh ? (policy.extensionCap.articleZh ?? policy.extensionCap.article) : policy.extensionCap.article,
    ]);
  }
  add('consequence', [zh ? ZH_VALUES.consequence[policy.consequence] : policy.consequence, ...bilingual(policy.consequenceNote, lang)]);
  add('effective', [
    zh
      ? `${policy.effective.from} → ${policy.effective.to ?? '现行有效'}（版本 ${policy.version}）`
      : `${policy.effective.from} → ${policy.effective.to ?? 'in force'} (version ${policy.version})`,
  ]);
  add('source', [
    // In Chinese: the citation (each title in 《》, the number without its English gloss, the article in Chinese),
    // then the English title and the number and article as written.
    ...(zh ? [sourceCitationZh(policy.source), policy.source.document.en] : bilingual(policy.source.document, lang)),
    `${policy.source.number}, ${policy.source.article}`,
    policy.source.url === null
      ? zh
        ? '（未找到可引用的网址）'
        : '(no address found)'
      : `${policy.source.url} (${PUBLICATION[lang][policy.source.publication ?? 'summary']})`,
  ]);
  const confidence = zh ? ZH_VALUES.confidence[policy.confidence] : policy.confidence;
  add('confidence', [policy.confidence === 'unverified' ? colors.yellow(confidence) : confidence]);
  add('notes', policy.notes.map((note) => `- ${note}`));
  if (versions.length > 1) {
    add('versions', versions.map((v) => `${v.version}: ${v.effective.from} → ${v.effective.to ?? '…'}, ${limitText(v.limit, lang)}`));
  }
  const width = Math.max(...rows.map(([key]) => displayWidth(key))) + 2;
  let text = `${colors.bold(policy.id)}\n`;
  for (const [key, values] of rows) {
    values.forEach((value, index) => {
      const head = index === 0 ? key : '';
      text += `${colors.dim(head)}${' '.repeat(width - displayWidth(head))}${value}\n`;
    });
  }
  return text;
}
