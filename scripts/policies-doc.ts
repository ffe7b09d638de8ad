#!/usr/bin/env -S npx tsx
// Generates docs/policies.md and its Chinese version docs/policies.zh-CN.md from the built-in catalog
// (src/policy/catalog/): the counting rules, one table row per policy version, the procedures, and what the catalog
// leaves out. Neither file is ever edited by hand. The Chinese takes the catalog's Chinese fields; the texts the
// catalog has only in English (the notes), the Chinese prose and the fixes to the catalog's Chinese are in
// scripts/policies-doc.zh.json. A text with no Chinese there, or an entry there that is no longer used, fails the run.
//
//   npx tsx scripts/policies-doc.ts           rewrite both files   (npm run policies:doc)
//   npx tsx scripts/policies-doc.ts --check   exit 1 when either file is not what the catalog generates
import { readFileSync } from 'node:fs';
import { builtInPolicies, builtInProcedures } from '../src/policy/catalog/index.js';
import type { LimitUnit, Policy, StopRule } from '../src/policy/schema.js';
import { sourceCitationZh } from '../src/policy/sourceZh.js';
import { writeOrCheck } from './derivedFile.js';

const BUILT_IN_POLICIES = builtInPolicies();
const BUILT_IN_PROCEDURES = builtInProcedures();

const target = new URL('../docs/policies.md', import.meta.url);
const targetZh = new URL('../docs/policies.zh-CN.md', import.meta.url);
const ZH_DATA = 'scripts/policies-doc.zh.json';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** `id@version`, as the messages name a policy version. */
function versionKey(policy: Policy): string {
  return `${policy.id}@${policy.version}`;
}

const UNITS: Record<LimitUnit, [string, string]> = {
  'working-days': ['working day', 'working days'],
  'calendar-days': ['calendar day', 'calendar days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

function limitText(policy: Policy): string {
  const { amount, unit, direction } = policy.limit;
  const text = `${amount} ${UNITS[unit][amount === 1 ? 0 : 1]}`;
  const calendar = policy.calendar === 'CN' ? '' : ` (${policy.calendar} calendar)`;
  return `${direction === 'before' ? `${text} **before** the start` : text}${calendar}`;
}

function effectText(stop: StopRule): string {
  const { effect } = stop;
  if (effect.action === 'resume') return 'pause';
  if (effect.action === 'restart') return `**restart with ${effect.amount} new working days**`;
  const rounding = { ceil: 'rounded up', floor: 'rounded down', round: 'rounded' }[effect.rounding];
  return `**+${effect.fraction.numerator}/${effect.fraction.denominator} of the limit** (${rounding}${effect.once ? ', once' : ''})`;
}

function stopsText(policy: Policy): string {
  const changing = policy.stops.filter((stop) => stop.effect.action !== 'resume');
  const pausing = policy.stops.filter((stop) => stop.effect.action === 'resume');
  const parts = changing.map((stop) => `\`${stop.reason}\`: ${effectText(stop)}`);
  if (pausing.length) parts.push(`pause: ${pausing.map((stop) => `\`${stop.reason}\``).join(', ')}`);
  if (policy.extensionCap) {
    const max = policy.extensionCap.max;
    parts.push(`discretionary extension ≤ ${max.kind === 'amount' ? `${max.amount} days` : `${max.numerator}/${max.denominator} of the limit`} (${policy.extensionCap.article})`);
  }
  if (policy.limit.unit !== 'working-days' || policy.limit.direction === 'before') return parts.length ? parts.join('; ') : 'none (a calendar period)';
  const stopDay = `stop day ${policy.stopDayCounts.value ? 'counted' : 'not counted'} (${policy.stopDayCounts.confidence})`;
  return parts.length ? `${parts.join('; ')}; no reason: pause; other reasons refused; ${stopDay}` : `no reason: pause (named reasons refused); ${stopDay}`;
}

const CONSEQUENCES: Record<Policy['consequence'], string> = {
  'implied-approval': '**implied approval**',
  'deemed-renewal': '**deemed renewal**',
  none: 'none',
};

const PUBLICATIONS = { official: 'official publication', copy: 'verbatim copy', summary: 'secondary account' } as const;

function sourceText(policy: Policy): string {
  const { document, number, article, url, publication } = policy.source;
  const title = url ? `[${document.en}](${url})` : document.en;
  const kind = url === null ? 'no address found' : publication ? PUBLICATIONS[publication] : 'address of unstated kind';
  return `${title} (${document.zh}), ${number}, ${article} — ${kind}`;
}

function row(policy: Policy): string {
  const effective = `${policy.effective.from} – ${policy.effective.to ?? 'in force'}`;
  return [
    `\`${policy.id}\`<br>version ${policy.version}<br>${effective}`,
    `${policy.title.en}<br>${policy.title.zh}`,
    limitText(policy),
    `${policy.clockStart.event.en}<br>${policy.clockStart.event.zh}` + (policy.clockStart.startDayCounts ? ' (the start day counts)' : ''),
    stopsText(policy),
    `${CONSEQUENCES[policy.consequence]}: ${policy.consequenceNote.en}`,
    sourceText(policy),
    policy.confidence === 'cited' ? 'cited' : `**unverified**: ${policy.notes.join(' ')}`,
  ]
    .map(cell)
    .join(' | ');
}

const GROUPS: [{ en: string; zh: string }, (policy: Policy) => boolean][] = [
  [{ en: 'Drugs: reviews', zh: '药品：审评' }, (p) => p.id.startsWith('cn.nmpa.drug.') && p.role === 'review'],
  [{ en: 'Drugs: stages, relative deadlines and sponsor windows', zh: '药品：程序环节、相对期限和申请人办理期限' }, (p) => p.id.startsWith('cn.nmpa.drug.') && p.role !== 'review'],
  [{ en: 'Medical devices and IVD reagents: reviews', zh: '医疗器械和体外诊断试剂：审评' }, (p) => (p.id.startsWith('cn.nmpa.device.') || p.id.startsWith('cn.nmpa.ivd.')) && p.role === 'review'],
  [{ en: 'Medical devices and IVD reagents: stages and sponsor windows', zh: '医疗器械和体外诊断试剂：程序环节和申请人办理期限' }, (p) => (p.id.startsWith('cn.nmpa.device.') || p.id.startsWith('cn.nmpa.ivd.')) && p.role !== 'review'],
  [{ en: 'Administrative Licensing Law (every licence)', zh: '《行政许可法》（适用于各类行政许可）' }, (p) => p.id.startsWith('cn.law.')],
  [{ en: 'Greater Bay Area and Hong Kong', zh: '粤港澳大湾区和香港' }, (p) => p.id.startsWith('cn.gd.') || p.id.startsWith('hk.')],
];

/** The policy versions by id, then by date. */
const POLICIES = [...BUILT_IN_POLICIES].sort((a, b) => (a.id === b.id ? (a.effective.from < b.effective.from ? -1 : 1) : a.id < b.id ? -1 : 1));
const POLICY_IDS = new Set(POLICIES.map((p) => p.id));

/** The non-empty groups with their policy versions, each version in the first group it belongs to. */
function groups(): { title: { en: string; zh: string }; members: Policy[] }[] {
  const grouped = new Set<Policy>();
  const found: { title: { en: string; zh: string }; members: Policy[] }[] = [];
  for (const [title, belongs] of GROUPS) {
    const members = POLICIES.filter((p) => belongs(p) && !grouped.has(p));
    if (!members.length) continue;
    for (const p of members) grouped.add(p);
    found.push({ title, members });
  }
  const leftOver = POLICIES.filter((p) => !grouped.has(p));
  if (leftOver.length) throw new Error(`policies-doc: no group for ${leftOver.map((p) => p.id).join(', ')}`);
  return found;
}

function render(): string {
  const policies = POLICIES;
  const ids = POLICY_IDS;
  const lines: string[] = [
    '# Built-in policies',
    '',
    '中文版: [policies.zh-CN.md](policies.zh-CN.md)',
    '',
    '<!-- Generated by scripts/policies-doc.ts from src/policy/catalog/. Do not edit: change the catalog data and run `npm run policies:doc`. `npm test` fails when this file is stale. -->',
    '',
    `The catalog holds ${ids.size} policies (${policies.length} dated versions) and ${BUILT_IN_PROCEDURES.length} procedures. ` +
      'Every policy is plain data checked by `PolicySchema` (`policyJsonSchema` for non-TypeScript users; both from `reviewclock/schema`); `getPolicy(id)` and ' +
      '`listPolicies(filter)` return it, `dueDate({ policy, start, stops, asOf })` evaluates it, `explain(result)` prints the derivation, ' +
      'and `projectTimeline({ procedure, start, progress })` chains the stages of a procedure.',
    '',
    'Facts come from the domain catalog (shared/domain/CATALOG.md, compiled 2026-11-22), whose rule ids use underscores ' +
      '(`cn.nmpa.drug.ind.standard`); reviewclock’s ids are shorter and kebab-case (`cn.nmpa.drug.ind`). An unknown id is refused ' +
      'with the closest ids suggested, so the domain catalog’s ids lead to ours.',
    '',
    '## How a deadline is counted',
    '',
    '- **Day 0.** The start (the date on the acceptance notice, the transfer to review, the notice date…) is day 0 and does not count; the limit ends on the *n*-th counted day after it (Civil Code Art. 201, applied by analogy). A policy may say that its start day counts.',
    '- **Working days** are those of the policy’s calendar: `CN` (Monday–Friday minus the State Council’s rest days, plus its make-up working weekends) or `HK` (pass `{ calendar: HK }` from `reviewclock/hk`). A combined calendar (`CN+HK`) is accepted for either. Outside a calendar’s years every call is refused with `CalendarCoverageError`; with a projected calendar the result says `provisional: true`.',
    '- **Stops.** A stop `{ from, to, reason }` leaves out the working days from `from` to `to`, both included, where the policy does not count the day the clock stops (every review and authority limit: `stopDayCounts: false`), or the working days after `from` up to `to` where it does (applicant windows). The day it resumes is like a new day 0. Each policy gives the basis of its reading; `dueDate({ stopDayCounts })` or `--stop-day` chooses the other, and the result names the due date under the other reading (see [readings.md](readings.md)). Without `to` the clock is stopped now: no due date, only days used and left. A stop beginning after the due date changes nothing. Stops apply to limits counted forward in working days only.',
    '- **Reasons.** A reason the policy names may change the limit when the clock resumes: `extend` (DRR Art. 87: the limit grows by 1/3, or 1/4 under priority review; the text does not say how a fraction is rounded, and reviewclock rounds **up**, e.g. 200 → 267, 130 → 163, 70 → 88; the extension applies once, a second supplement only pauses) or `restart` (a device review gets a new limit — 60 working days, 40 for a clinical-trial review — from the day the supplementary materials arrive; the days counted before no longer count; under the 2007 drug rules, at most a third of the original time). A stop without a reason is a plain pause (with a warning where the policy’s reasons would extend or restart); a reason the policy does not name is refused (`UnknownStopReasonError`). A discretionary extension notified by the authority is passed as `extension` and refused above the policy’s cap.',
    '- **Calendar periods** (calendar days, weeks, months, years) end on the corresponding date, or on the month’s last day when there is none (Civil Code Art. 202); a last day that is a rest day moves to the next working day (Art. 203; weekends are read as rest days, and a make-up working Saturday is not a rest day). A period counted **backwards** (a filing deadline before an expiry) moves to the **previous** working day instead, so that filing on it is never late — a conservative choice, since the Civil Code does not address backward periods.',
    '- **Versions.** Where a rule changed, each version is kept with its effective period; the version in force on the start date applies. When no version is in force on the start date (before the rule existed, or in a gap between versions), `dueDate` refuses with `PolicyNotInForceError`, naming the periods that exist, rather than apply the nearest rule.',
    '- **Confidence.** `cited`: the number, unit, start event and article were found in the sources. `unverified`: at least one of them was not confirmed; the notes say which, and `explain` says so.',
    '- **Consequence** at expiry: `implied-approval` (the IND and the high-risk device trial are deemed approved), `deemed-renewal`, or `none` (most limits are the longest time the authority may take, with no deemed outcome; deemed acceptance and deemed withdrawal are described in the notes).',
    '',
  ];
  for (const { title, members } of groups()) {
    lines.push(`## ${title.en}`, '', '| id | title (en / zh) | limit | start | stops | consequence | source | confidence |', '|---|---|---|---|---|---|---|---|');
    for (const policy of members) lines.push(`| ${row(policy)} |`);
    lines.push('');
  }

  lines.push('## Procedures', '', 'Chains of stages for `projectTimeline`; each stage starts when the one before it ends (its actual date if known, else its due date). Milestones run alongside, counted from a stage’s start or due date.', '');
  lines.push('| id | title (en / zh) | stages | milestones |', '|---|---|---|---|');
  for (const procedure of BUILT_IN_PROCEDURES) {
    const stages = procedure.stages.map((s, i) => `${i + 1}. ${s.label.en} (\`${s.policy}\`)`).join('<br>');
    const milestones = procedure.milestones.map((m) => `${m.label.en} (\`${m.policy}\`, from the ${m.anchor.at === "due" ? "due date" : "start"} of \`${m.anchor.stage}\`)`).join('<br>') || '—';
    lines.push(`| ${[`\`${procedure.id}\``, `${procedure.title.en}<br>${procedure.title.zh}`, stages, milestones].map(cell).join(' | ')} |`);
  }
  lines.push(
    '',
    '## What the catalog leaves out, and why',
    '',
    '- **Rules that are counting rules, not limits** — the DRR and Administrative Licensing Law working-day rules, the Civil Code period rules, the DRR Art. 103 / Order 47 Art. 97 lists of excluded periods and the CDE 2022 clock-stop specification — are built into the counting above and into each policy’s stop reasons.',
    '- **Limits whose unit or length is not known**: the 2005 special approval procedure (“3 days”, unit unverified), device emergency approval (no step limits verified), bundled API/excipient review (follows the product), Macao registration (no statutory time).',
    '- **Targets that are not deadlines**: State Council Opinion 2024 No. 53 targets (implemented by the pilots above), Beijing’s 2025 and Shanghai’s 2024 measures (local applications of the national pilots, noted on `cn.nmpa.drug.supplement.pilot-60`; `reviewclock policies beijing` lists the Beijing pilots), average testing times.',
    '- **Known missing: the Beijing device clinical-trial pilot.** Beijing’s 2025 measures (京医保发〔2025〕5号) extend the 30-working-day clinical-trial pilot “to medical devices” (「试点范围扩大到医疗器械」, a Beijing MPA official as quoted by the press), and State Council Opinion 2024 No. 53 sets a 30-working-day target for device clinical-trial review. No NMPA or Beijing instrument setting such a limit was found, so it is not encoded: device trials count on `cn.nmpa.device.ide` (60 working days).',
    '- **Limits before the encoded rules**: drug applications before the 2007 Drug Registration Regulation (2007-10-01) and device applications before the 2014 measures (2014-10-01) are refused (`PolicyNotInForceError`). Under the 2007 rules, the special approval procedure (IND 80, production 120, a quarter after a supplement), registration testing and re-examination are not encoded; under the 2014 rules, acceptance and the correction window are not. The device IDE goes back to NMPA Announcement 2019 No. 26 (2019-03-29).',
    '- **Market exclusivity and data protection** (revised DAL Implementing Regulations, in force 2026-05-15): periods of protection, not review deadlines.',
    '- **EU and US models** (EMA, FDA PDUFA): they count on other calendars and timetables.',
    '',
  );
  return lines.join('\n');
}


// ---- Chinese: docs/policies.zh-CN.md ----------------------------------------------------------------------------

interface ZhData {
  /** The paragraphs that are not from the catalog; `{ids}`, `{versions}` and `{procedures}` in `intro` are filled in. */
  prose: { intro: string; ids: string; counting: string[]; procedures: string; leftOut: string[] };
  /** English text of the catalog with no Chinese field beside it (the notes, an article without `articleZh`) → Chinese. */
  texts: Record<string, string>;
  /** The site of a source's article `(verbatim copy on SITE)` → its Chinese label. */
  copySites: Record<string, string>;
  /** Replacements [from, to] in the Chinese citations of the sources (src/policy/sourceZh.ts). */
  citationFixes: [string, string][];
  /** The catalog's Chinese consequence note → the corrected text shown. */
  consequences: Record<string, string>;
  /** Replacements [from, to] in every consequence note shown. */
  consequenceFixes: [string, string][];
}

const ZH: ZhData = JSON.parse(readFileSync(new URL(`../${ZH_DATA}`, import.meta.url), 'utf8'));

/** What the Chinese file needs and the data file lacks, and the data file's entries that were used. */
const zhMissing: string[] = [];
const zhUsed = { texts: new Set<string>(), copySites: new Set<string>(), consequences: new Set<string>(), citationFixes: new Set<number>(), consequenceFixes: new Set<number>() };

/** The Chinese of `english` from the data file's `table`; reported (and `english` returned) when it has none. */
function zhEntry(table: 'texts' | 'copySites', english: string, policy: Policy, what: string): string {
  if (!Object.hasOwn(ZH[table], english)) {
    zhMissing.push(`${versionKey(policy)}: no Chinese for its ${what} ${JSON.stringify(english)} (add it to "${table}")`);
    return english;
  }
  zhUsed[table].add(english);
  return ZH[table][english]!;
}

/** `text` with the data file's replacements of `list` made. */
function zhFixed(list: 'citationFixes' | 'consequenceFixes', text: string): string {
  ZH[list].forEach(([from, to], i) => {
    if (!text.includes(from)) return;
    zhUsed[list].add(i);
    text = text.split(from).join(to);
  });
  return text;
}

/** The data file's entries that no text of the catalog uses. */
function zhUnused(): string[] {
  const unused: string[] = [];
  for (const table of ['texts', 'copySites', 'consequences'] as const) {
    for (const key of Object.keys(ZH[table])) if (!zhUsed[table].has(key)) unused.push(`"${table}": ${JSON.stringify(key)}`);
  }
  for (const list of ['citationFixes', 'consequenceFixes'] as const) {
    ZH[list].forEach(([from], i) => {
      if (!zhUsed[list].has(i)) unused.push(`"${list}": ${JSON.stringify(from)} (matches no text)`);
    });
  }
  return unused;
}

const UNITS_ZH: Record<LimitUnit, string> = { 'working-days': '个工作日', 'calendar-days': '日', weeks: '周', months: '个月', years: '年' };

function limitTextZh(policy: Policy): string {
  const { amount, unit, direction } = policy.limit;
  const text = `${amount}${UNITS_ZH[unit]}`;
  const calendar = policy.calendar === 'CN' ? '' : `（${policy.calendar} 日历）`;
  const main = direction === 'before' ? `起算日**前**${text}${amount === 0 ? '（即起算日当日）' : ''}` : text;
  return main + calendar;
}

/** A fraction in words, e.g. 三分之一 (numerator and denominator up to ten). */
function fractionZh(numerator: number, denominator: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  if (numerator > 10 || denominator > 10) throw new Error(`policies-doc: no Chinese for the fraction ${numerator}/${denominator}`);
  return `${digits[denominator]}分之${digits[numerator]}`;
}

function effectTextZh(stop: StopRule): string {
  const { effect } = stop;
  if (effect.action === 'resume') return '单纯中止';
  if (effect.action === 'restart') return `**重新计算${effect.amount}个工作日**`;
  const rounding = { ceil: '向上取整', floor: '向下取整', round: '四舍五入' }[effect.rounding];
  return `**时限延长${fractionZh(effect.fraction.numerator, effect.fraction.denominator)}**（${rounding}${effect.once ? '，仅一次' : ''}）`;
}

const CONFIDENCES_ZH = { cited: '有据', unverified: '未经核实' } as const;

function stopsTextZh(policy: Policy): string {
  const changing = policy.stops.filter((stop) => stop.effect.action !== 'resume');
  const pausing = policy.stops.filter((stop) => stop.effect.action === 'resume');
  const parts = changing.map((stop) => `\`${stop.reason}\`：${effectTextZh(stop)}`);
  if (pausing.length) parts.push(`单纯中止：${pausing.map((stop) => `\`${stop.reason}\``).join('、')}`);
  if (policy.extensionCap) {
    const { max, article, articleZh } = policy.extensionCap;
    const articleText = articleZh ?? zhEntry('texts', article, policy, 'extension cap article');
    parts.push(`酌情延长 ≤ ${max.kind === 'amount' ? `${max.amount}日` : `原时限的${fractionZh(max.numerator, max.denominator)}`}（${articleText}）`);
  }
  if (policy.limit.unit !== 'working-days' || policy.limit.direction === 'before') return parts.length ? parts.join('；') : '无（按日历计算的期间）';
  const stopDay = `中止当日${policy.stopDayCounts.value ? '计入' : '不计入'}（${CONFIDENCES_ZH[policy.stopDayCounts.confidence]}）`;
  return parts.length ? `${parts.join('；')}；未注明原因：单纯中止；其他原因：拒绝计算；${stopDay}` : `未注明原因：单纯中止（注明原因的拒绝计算）；${stopDay}`;
}

const CONSEQUENCES_ZH: Record<Policy['consequence'], string> = {
  'implied-approval': '**默示许可**',
  'deemed-renewal': '**视为准予延续**',
  none: '无',
};

/** The consequence note in Chinese, corrected by the data file, without the label the column already gives. */
function consequenceTextZh(policy: Policy): string {
  const note = policy.consequenceNote.zh;
  const corrected = Object.hasOwn(ZH.consequences, note) ? ZH.consequences[note]! : note;
  if (Object.hasOwn(ZH.consequences, note)) zhUsed.consequences.add(note);
  return zhFixed('consequenceFixes', corrected).replace(/^(默示许可|视为准予延续)：/, '');
}

const PUBLICATIONS_ZH = { official: '官方发布', copy: '全文转载', summary: '二手介绍' } as const;

function sourceTextZh(policy: Policy): string {
  const source = policy.source;
  const articleZh = source.articleZh ?? zhEntry('texts', source.article, policy, 'source article');
  const citation = zhFixed('citationFixes', sourceCitationZh({ ...source, articleZh }));
  let kind = '未找到网址';
  if (source.url !== null) {
    let label: string = source.publication ? PUBLICATIONS_ZH[source.publication] : '网址类型未注明';
    const copySite = /\(verbatim copy on (.+)\)$/.exec(source.article)?.[1];
    if (copySite) label += `（${zhEntry('copySites', copySite, policy, 'copy site')}）`;
    kind = `[${label}](${source.url})`;
  }
  return `${citation}（英文：${source.document.en}）——${kind}`;
}

function rowZh(policy: Policy): string {
  const effective = `${policy.effective.from} – ${policy.effective.to ?? '现行有效'}`;
  const notes = policy.confidence === 'cited' ? [] : policy.notes.map((note) => zhEntry('texts', note, policy, 'note'));
  return [
    `\`${policy.id}\`<br>版本 ${policy.version}<br>${effective}`,
    `${policy.title.zh}<br>${policy.title.en}`,
    limitTextZh(policy),
    `${policy.clockStart.event.zh}<br>${policy.clockStart.event.en}` + (policy.clockStart.startDayCounts ? '（起算日计入期间）' : ''),
    stopsTextZh(policy),
    `${CONSEQUENCES_ZH[policy.consequence]}：${consequenceTextZh(policy)}`,
    sourceTextZh(policy),
    policy.confidence === 'cited' ? '有据' : `**未经核实**：${notes.join('')}`,
  ]
    .map(cell)
    .join(' | ');
}

function renderZh(): string {
  const { prose } = ZH;
  const lines: string[] = [
    '# 内置规则',
    '',
    'English: [policies.md](policies.md)',
    '',
    `<!-- 由 scripts/policies-doc.ts 依据 src/policy/catalog/ 生成（目录中只有英文的文字，其译文及本页其他中文见 ${ZH_DATA}）。请勿手工编辑：修改目录数据或译文后运行 \`npm run policies:doc\`。本文件过期时 \`npm test\` 不通过。 -->`,
    '',
    prose.intro.replace('{ids}', String(POLICY_IDS.size)).replace('{versions}', String(POLICIES.length)).replace('{procedures}', String(BUILT_IN_PROCEDURES.length)),
    '',
    prose.ids,
    '',
    '## 时限如何计算',
    '',
    ...prose.counting,
    '',
  ];
  for (const { title, members } of groups()) {
    lines.push(`## ${title.zh}`, '', '| id | 名称（中文／英文） | 时限 | 起算 | 计时中止 | 届满后果 | 依据 | 可信度 |', '|---|---|---|---|---|---|---|---|');
    for (const policy of members) lines.push(`| ${rowZh(policy)} |`);
    lines.push('');
  }
  lines.push('## 程序', '', prose.procedures, '');
  lines.push('| id | 名称（中文／英文） | 环节 | 节点 |', '|---|---|---|---|');
  for (const procedure of BUILT_IN_PROCEDURES) {
    const stages = procedure.stages.map((s, i) => `${i + 1}. ${s.label.zh}（\`${s.policy}\`）`).join('<br>');
    const milestones = procedure.milestones.map((m) => `${m.label.zh}（\`${m.policy}\`，自 \`${m.anchor.stage}\` 的${m.anchor.at === 'due' ? '届满日' : '开始日'}起算）`).join('<br>') || '—';
    lines.push(`| ${[`\`${procedure.id}\``, `${procedure.title.zh}<br>${procedure.title.en}`, stages, milestones].map(cell).join(' | ')} |`);
  }
  lines.push('', '## 目录未收录的内容及原因', '', ...prose.leftOut, '');

  const unused = zhUnused();
  if (zhMissing.length || unused.length) {
    const message = [`policies-doc: docs/policies.zh-CN.md cannot be generated; fix ${ZH_DATA}, then run \`npm run policies:doc\`:`];
    if (zhMissing.length) message.push('Texts of the catalog with no Chinese:', ...zhMissing.map((m) => `  - ${m}`));
    if (unused.length) message.push('Entries no text of the catalog uses any more (remove or update them):', ...unused.map((m) => `  - ${m}`));
    console.error(message.join('\n'));
    process.exit(1);
  }
  return lines.join('\n');
}

// Both files are rendered before either is written, so that a missing translation leaves both as they were.
const english = render();
const chinese = renderZh();
writeOrCheck(target, english, {
  stale: 'docs/policies.md is stale: it is not what the catalog generates. Run `npm run policies:doc` and commit the result.',
  fresh: 'docs/policies.md matches the catalog',
  wrote: `wrote docs/policies.md (${BUILT_IN_POLICIES.length} policy versions, ${BUILT_IN_PROCEDURES.length} procedures)`,
});
writeOrCheck(targetZh, chinese, {
  stale: `docs/policies.zh-CN.md is stale: it is not what the catalog and ${ZH_DATA} generate. Run \`npm run policies:doc\` and commit the result.`,
  fresh: 'docs/policies.zh-CN.md matches the catalog',
  wrote: `wrote docs/policies.zh-CN.md (${BUILT_IN_POLICIES.length} policy versions, ${BUILT_IN_PROCEDURES.length} procedures)`,
});
