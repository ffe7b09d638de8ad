/**
 * `reviewclock timeline`: a multi-stage procedure (acceptance → review → decision → certificate) projected from what
 * has happened so far, one line per stage and milestone. The command's arguments, options and help are in
 * `definitions/timeline.ts`, which loads this module when the command runs.
 *
 * @module
 */
import { inputError } from '../inputError.js';
import {
  InvalidArgumentError,
  listPolicies,
  listProcedures,
  projectTimeline,
  ReviewclockError,
  type PlainDate,
  type PolicyInput,
  type Procedure,
  type StageProgress,
  type TimelineMilestone,
  type TimelineResult,
  type TimelineStage,
} from '../../index.js';
import { CommandCalendars } from '../calendars.js';
import { writeJson, type CliContext } from '../context.js';
import { longDate, shortWeekday, type Lang } from '../localDate.js';
import type { CommonOptions } from '../options.js';
import { answerPastCoverage, exactCommand, firstProjectedYear, markProvisional, provisionalLabel } from '../provisional.js';
import { readDate, readOptionalDate } from '../readers.js';
import { readTeamPolicies } from '../teamPolicies.js';

/** The options of `timeline`. */
export interface TimelineCliOptions extends CommonOptions {
  readonly progress?: readonly string[];
  readonly asOf?: string;
}

/** What `timeline` projects: a built-in procedure, or a chain of policies (`A+B+…`) with no procedure behind it. */
interface TimelinePlan {
  /** The built-in procedure, or undefined for a chain. */
  readonly procedure: Procedure | undefined;
  /** The stages' policy ids, in order. */
  readonly stages: readonly string[];
  /** How the stages are named in a message: the procedure id, or the chain as given. */
  readonly name: string;
}

/**
 * `reviewclock timeline PROCEDURE START`: every stage and milestone of a built-in procedure, or of a chain of policies
 * (`team.internal-review+cn.nmpa.drug.ind`, the team's own rules with `--policies`), then when it ends (or the
 * `projectTimeline` result as JSON).
 */
export async function runTimeline(procedureId: string, startText: string, options: TimelineCliOptions, context: CliContext): Promise<void> {
  const start = readDate(startText);
  const asOf = readOptionalDate(options.asOf);
  const policies = readTeamPolicies(options.policies);
  const plan = procedureId.includes('+') ? readChain(procedureId, policies) : planOf(findProcedure(procedureId, start, asOf));
  const progress = readProgress(options.progress, plan);
  const calendars = CommandCalendars.from(options, context.env);
  // The procedure's own calendar (its first stage's), unless --calendar says otherwise.
  const counted = await calendars.forPolicy(plan.stages[0]!, start, policies);
  const answer = withCliTerms(plan, () =>
    answerPastCoverage(calendars, counted, (calendar) =>
      projectTimeline({
        ...(plan.procedure ? { procedure: plan.procedure.id } : { stages: plan.stages }),
        start,
        ...(progress && { progress }),
        ...(asOf !== undefined && { asOf }),
        ...(policies && { policies }),
        calendar,
      }),
    ),
  );
  const { value: result, calendar } = answer;
  markProvisional(context, answer, result.provisional);
  if (options.json) return writeJson(context, result);
  const lang = options.lang ?? 'en';
  const lines = timelineLines(result, lang, context, plan);
  if (result.provisional) {
    const year = firstProjectedYear(calendar, Number(result.start.slice(0, 4)));
    if (year !== undefined) for (const id of result.calendar.split('+')) lines.push(exactCommand(id, year, lang));
  }
  context.out(`${lines.join('\n')}\n`);
}

function planOf(procedure: Procedure): TimelinePlan {
  return { procedure, stages: procedure.stages.map((stage) => stage.policy), name: procedure.id };
}

/**
 * Reads a chain `A+B+…`: each a policy id, built-in or of `--policies`, given once. Each stage starts when the one
 * before it ends, as in a built-in procedure (which also has milestones; a chain has none).
 *
 * @throws {InvalidArgumentError} For an empty part, an unknown policy id or a policy given twice.
 *
 * @example
 * readChain('team.internal-review+cn.nmpa.drug.ind', team) //=> { procedure: undefined, stages: ['team.internal-review', 'cn.nmpa.drug.ind'], … }
 */
function readChain(text: string, policies: readonly PolicyInput[] | undefined): TimelinePlan {
  const stages = text.split('+').map((part) => part.trim());
  const shown = JSON.stringify(text.slice(0, 200));
  if (stages.some((id) => id === '')) {
    throw inputError(
      `timeline: invalid chain ${shown}: expected policy ids joined by +, such as cn.nmpa.drug.acceptance+cn.nmpa.drug.ind`,
      `timeline：链 ${shown} 无效：应为以 + 连接的规则编号，例如 cn.nmpa.drug.acceptance+cn.nmpa.drug.ind`,
    );
  }
  const known = new Set([...listPolicies().map((policy) => policy.id), ...(policies ?? []).map((policy) => policy.id)]);
  for (const [index, id] of stages.entries()) {
    if (!known.has(id)) {
      throw inputError(
        `timeline: stage ${index + 1} of the chain, ${JSON.stringify(id.slice(0, 80))}, is not a policy id (see \`reviewclock policies\`, or give your own rules with --policies FILE)`,
        `timeline：链的第${index + 1}阶段 ${JSON.stringify(id.slice(0, 80))} 不是规则编号（见 \`reviewclock policies\`，或用 --policies 文件给出自定规则）`,
      );
    }
    if (stages.indexOf(id) !== index) {
      throw inputError(
        `timeline: ${id} is given twice in the chain; a chain names each stage once (--progress names a stage by its id)`,
        `timeline：${id} 在链中出现两次；每个阶段只能出现一次（--progress 以规则编号指明阶段）`,
      );
    }
  }
  return { procedure: undefined, stages, name: text };
}

/**
 * The built-in procedure with this id; for another id, the library's refusal (a bad START or --as-of first, as the
 * library checks them first), with the closest ids it suggests and the list of procedures in CLI terms.
 */
function findProcedure(id: string, start: PlainDate, asOf: PlainDate | undefined): Procedure {
  const procedures = listProcedures();
  const procedure = procedures.find((p) => p.id === id);
  if (procedure) return procedure;
  try {
    projectTimeline({ procedure: id, start, ...(asOf !== undefined && { asOf }) });
  } catch (error) {
    if (error instanceof InvalidArgumentError) {
      const english = error.message.replace('(listProcedures() lists them)', `(the procedures: ${procedures.map((p) => p.id).join(', ')})`);
      const unknown = /unknown procedure (.*?)(?:; did you mean (.*)\?)? \(listProcedures\(\) lists them\)$/.exec(error.message);
      if (unknown) {
        const hint = unknown[2] ? `是否要找 ${unknown[2].split(', ').join('、')}？` : '';
        throw inputError(english, `timeline：未知的程序 ${unknown[1]}；${hint}可用的程序：${procedures.map((p) => p.id).join('、')}`);
      }
      error.message = english;
    }
    throw error;
  }
  throw inputError(
    `timeline: unknown procedure ${JSON.stringify(id)} (the procedures: ${procedures.map((p) => p.id).join(', ')})`,
    `timeline：未知的程序 ${JSON.stringify(id)}（可用的程序：${procedures.map((p) => p.id).join('、')}）`,
  );
}

/**
 * Reads `--progress STAGE=DATE` (repeatable) into `projectTimeline`'s `progress`: the day each stage actually ended,
 * by the stage's policy id. Dates are checked by the library (and its message names the `--progress` they came from).
 *
 * @throws {InvalidArgumentError} For text not shaped STAGE=DATE, a stage that is not one of the procedure's, or a
 *   stage given twice.
 *
 * @example
 * readProgress(['cn.nmpa.drug.acceptance=2025-09-26'], ind) //=> { 'cn.nmpa.drug.acceptance': { completed: '2025-09-26' } }
 */
function readProgress(values: readonly string[] | undefined, plan: TimelinePlan): Record<string, StageProgress> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const ids = plan.stages;
  const progress: Record<string, StageProgress> = Object.create(null) as Record<string, StageProgress>;
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value);
    if (!match) {
      throw inputError(
        `timeline: invalid --progress ${JSON.stringify(value.slice(0, 80))}, expected STAGE=YYYY-MM-DD (or STAGE=today) such as ${ids[0]}=2025-09-26`,
        `timeline：--progress ${JSON.stringify(value.slice(0, 80))} 无效，应写作 阶段=YYYY-MM-DD（或 阶段=today），例如 ${ids[0]}=2025-09-26`,
      );
    }
    const stage = match[1]!.trim();
    if (!ids.includes(stage)) {
      throw inputError(
        `timeline: --progress ${JSON.stringify(stage.slice(0, 80))} is not a stage of ${plan.name}; its stages are ${ids.join(', ')}`,
        `timeline：--progress ${JSON.stringify(stage.slice(0, 80))} 不是 ${plan.name} 的阶段；其阶段为 ${ids.join('、')}`,
      );
    }
    if (stage in progress) throw inputError(`timeline: --progress ${stage} is given twice; give each stage once`, `timeline：--progress ${stage} 重复给出；每个阶段只写一次`);
    progress[stage] = { completed: readDate(match[2]!) };
  }
  return { ...progress };
}

/**
 * Runs `compute`, naming a refused stage date by its `--progress` (the library says "completed of stage 2").
 */
function withCliTerms<T>(plan: TimelinePlan, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ReviewclockError) {
      error.message = error.message
        .replace(/^projectTimeline \(completed of stage (\d+)\)/, (whole, n: string) => {
          const stage = plan.stages[Number(n) - 1];
          return stage ? `timeline: --progress ${stage}` : whole;
        })
        .replace(/^projectTimeline: stage (\d+) \(([^)]+)\) is completed on/, 'timeline: --progress $2 (stage $1) gives');
    }
    throw error;
  }
}

/** The CLI's words, in both languages. */
const WORDS = {
  en: {
    from: 'from',
    due: 'due',
    notStarted: 'no start yet',
    noDueStopped: 'no due date (its clock is stopped)',
    noDueWaiting: (n: number) => `no due date (waiting for stage ${n} to end)`,
    actual: 'actual',
    projected: 'projected',
    completed: (date: string) => `completed ${date}`,
    late: ', after its due date',
    stageStart: (n: number) => `counted from the start of stage ${n}`,
    stageDue: (n: number) => `counted from the due date of stage ${n}`,
    unknownDate: (n: number) => `not yet known (stage ${n} has no date yet)`,
    asOf: (date: string) => `as of ${date}`,
    end: 'End',
    endUnknown: 'End: not yet known (a clock is stopped)',
    sep: ', ',
    colon: ': ',
  },
  zh: {
    from: '自',
    due: '届满日',
    notStarted: '尚未开始',
    noDueStopped: '暂无届满日（计时中止）',
    noDueWaiting: (n: number) => `暂无届满日（待第${n}阶段结束）`,
    actual: '实际',
    projected: '预计',
    completed: (date: string) => `已于${date}完成`,
    late: '，晚于届满日',
    stageStart: (n: number) => `自第${n}阶段开始之日起算`,
    stageDue: (n: number) => `自第${n}阶段届满日起算`,
    unknownDate: (n: number) => `暂无法确定（第${n}阶段日期未定）`,
    asOf: (date: string) => `截至${date}`,
    end: '结束',
    endUnknown: '结束：暂无法确定（有计时中止）',
    sep: '，',
    colon: '：',
  },
} as const;

const STATUS: Record<Lang, Record<string, string>> = {
  en: { 'not-started': 'not started', running: 'running', stopped: 'clock stopped', 'due-today': 'due today', overdue: 'overdue', waiting: 'waiting' },
  zh: { 'not-started': '尚未开始', running: '计时中', stopped: '计时中止', 'due-today': '今日届满', overdue: '已逾期', waiting: '等待中' },
};

/** `2025-09-26 (Fri)`, with a note inside the brackets: `2025-09-26 (Fri, projected)`. */
function dated(date: string, lang: Lang, note?: string): string {
  const weekday = lang === 'zh' ? `周${shortWeekday(date, lang)}` : shortWeekday(date, lang);
  return lang === 'zh' ? `${date}（${weekday}${note ? `，${note}` : ''}）` : `${date} (${weekday}${note ? `, ${note}` : ''})`;
}

function stageLine(stage: TimelineStage, result: TimelineResult, lang: Lang, context: CliContext): string {
  const w = WORDS[lang];
  const label = stage.label[lang];
  const basis = stage.startBasis === 'actual' ? w.actual : stage.startBasis === 'projected' ? w.projected : undefined;
  const waitingFor = stage.index; // the stage before it, numbered from 1
  const startText = stage.start === null ? w.notStarted : lang === 'zh' ? `${w.from}${dated(stage.start, lang, basis)}起` : `${w.from} ${dated(stage.start, lang, basis)}`;
  const dueText =
    stage.due !== null
      ? lang === 'zh'
        ? `${w.due}${context.colors.bold(stage.due)}${dated(stage.due, lang).slice(stage.due.length)}`
        : `${w.due} ${context.colors.bold(stage.due)}${dated(stage.due, lang).slice(stage.due.length)}`
      : stage.start === null
        ? w.noDueWaiting(waitingFor)
        : w.noDueStopped;
  let status: string;
  if (stage.status === 'completed' && stage.completed !== null) {
    status = `${w.completed(dated(stage.completed, lang))}${stage.late ? w.late : ''}`;
  } else if (stage.status === null) {
    status = w.projected;
  } else {
    const word = STATUS[lang][stage.status] ?? stage.status;
    status = result.asOf && stage.status !== 'waiting' && stage.status !== 'stopped' ? `${word}${lang === 'zh' ? '（' : ' ('}${w.asOf(result.asOf)}${lang === 'zh' ? '）' : ')'}` : word;
    if (stage.completed !== null) status += `${w.sep}${w.completed(dated(stage.completed, lang))}`;
  }
  const provisional = stage.deadline?.provisional ? context.colors.yellow(provisionalLabel(lang, stage.deadline.dueRange)) : '';
  return `${stage.index + 1}. ${label}${w.colon}${[startText, dueText, status].join(w.sep)}${provisional}`;
}

function milestoneLine(milestone: TimelineMilestone, result: TimelineResult, lang: Lang, context: CliContext): string {
  const w = WORDS[lang];
  const anchor = result.stages.find((stage) => stage.policy === milestone.anchor.stage);
  const n = (anchor?.index ?? 0) + 1;
  const from = milestone.anchor.at === 'start' ? w.stageStart(n) : w.stageDue(n);
  const parts: string[] = [];
  if (milestone.date === null) {
    parts.push(w.unknownDate(n));
  } else {
    const basis = milestone.basis === 'projected' ? w.projected : undefined;
    parts.push(`${context.colors.bold(milestone.date)}${dated(milestone.date, lang, basis).slice(milestone.date.length)}`, from);
    const status = milestone.deadline?.status;
    if (result.asOf && status) parts.push(`${STATUS[lang][status] ?? status}${lang === 'zh' ? '（' : ' ('}${w.asOf(result.asOf)}${lang === 'zh' ? '）' : ')'}`);
  }
  const provisional = milestone.deadline?.provisional ? context.colors.yellow(provisionalLabel(lang, milestone.deadline.dueRange)) : '';
  return `· ${milestone.label[lang]}${w.colon}${parts.join(w.sep)}${provisional}`;
}

/** The text of a timeline: a heading, one line per stage, one per milestone, then when the procedure ends. */
function timelineLines(result: TimelineResult, lang: Lang, context: CliContext, plan: TimelinePlan): string[] {
  const w = WORDS[lang];
  const zh = lang === 'zh';
  const title = result.procedure ? `${result.procedure.id}${w.colon}${result.procedure.title[lang]}` : plan.stages.join(' → ');
  const received = zh ? `自${dated(result.start, lang)}起` : `from ${dated(result.start, lang)}`;
  const asOf = result.asOf ? `${zh ? '；' : '; '}${w.asOf(dated(result.asOf, lang))}` : '';
  const lines = [`${title}${zh ? '，' : ', '}${received}${asOf}`];
  for (const stage of result.stages) lines.push(stageLine(stage, result, lang, context));
  for (const milestone of result.milestones) lines.push(milestoneLine(milestone, result, lang, context));
  if (result.end === null) {
    lines.push(w.endUnknown);
  } else {
    const basis = result.endBasis === 'projected' ? (zh ? '（预计）' : ' (projected)') : zh ? '（实际）' : ' (actual)';
    const provisional = result.provisional ? context.colors.yellow(provisionalLabel(lang, result.stages[result.stages.length - 1]?.deadline?.dueRange)) : '';
    lines.push(`${w.end}${w.colon}${context.colors.bold(result.end)}  ${longDate(result.end, lang)}${basis}${provisional}`);
  }
  return lines;
}
