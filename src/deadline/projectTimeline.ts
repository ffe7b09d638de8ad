/**
 * `projectTimeline`: a multi-stage procedure (acceptance → review → decision → certificate) projected from what
 * has happened so far. Each stage starts when the one before it ends: on its actual completion date when known,
 * else on its projected due date.
 *
 * @module
 */
import type { Calendar } from '../calendar/Calendar.js';
import { formatDayNumber, type PlainDate } from '../date/plainDate.js';
import { InconsistentInputError, InvalidArgumentError, denseEntries, describeValue } from '../errors.js';
import { procedureById } from '../policy/catalogIndex.js';
import type { BilingualText, PolicyInput, Procedure } from '../policy/schema.js';
import { closestIds } from '../policy/suggest.js';
import { dueDate } from './dueDate.js';
import { readOptionalDate, readRequiredDate } from './input.js';
import type { DeadlineResult, DeadlineStatus, DeadlineStop } from './types.js';

const FN = 'projectTimeline';

/** What has happened in one stage so far. */
export interface StageProgress {
  /** The day the stage actually ended (the acceptance date, the transfer date, the decision date…). */
  readonly completed?: PlainDate | null | undefined;
  /** The stage's clock stops. */
  readonly stops?: readonly DeadlineStop[] | undefined;
  /** A discretionary extension notified in this stage (see `dueDate`). */
  readonly extension?: number | undefined;
}

/** One stage of an explicit chain. */
export interface TimelineStageInput extends StageProgress {
  /** A catalog id or a policy object. */
  readonly policy: string | PolicyInput;
  /** What to call the stage; default: the policy's title. */
  readonly label?: BilingualText | undefined;
}

/** The input of {@link projectTimeline}: a built-in `procedure`, or an explicit chain of `stages`. */
export interface TimelineOptions {
  /** A built-in procedure id (see `listProcedures()`), e.g. `'cn.nmpa.device.class3.registration'`. */
  readonly procedure?: string | undefined;
  /** An explicit chain, instead of `procedure`: catalog ids or `{ policy, completed?, stops?, label? }`. */
  readonly stages?: readonly (string | TimelineStageInput)[] | undefined;
  /** Day 0 of the first stage (for the built-in procedures: the day the application was received). */
  readonly start: PlainDate;
  /** What has happened, by the stage's policy id: `{ completed?, stops?, extension? }`. */
  readonly progress?: Readonly<Record<string, StageProgress>> | undefined;
  /** The day to report each stage's status for. */
  readonly asOf?: PlainDate | null | undefined;
  /** The calendar to count on (default `CN`). */
  readonly calendar?: Calendar | undefined;
  /** A team's own policies, which `stages` may name by id besides the built-in ones (see `dueDate`'s `policies`). */
  readonly policies?: readonly PolicyInput[] | undefined;
}

/** Where a stage stands: a deadline status, or `'completed'`, or `'waiting'` (an earlier stage has not ended). */
export type StageStatus = DeadlineStatus | 'completed' | 'waiting';

/** One stage of a projected timeline. */
export interface TimelineStage {
  readonly index: number;
  /** The stage's policy id. */
  readonly policy: string;
  readonly label: BilingualText;
  /** Day 0 of the stage; null while an earlier stage has no end. */
  readonly start: PlainDate | null;
  /** `'given'` (the timeline's start), `'actual'` (the previous stage's completion) or `'projected'` (its due date). */
  readonly startBasis: 'given' | 'actual' | 'projected' | null;
  /** The stage's due date (null while its clock is stopped or it has not started). */
  readonly due: PlainDate | null;
  readonly completed: PlainDate | null;
  /** When the stage ends: its completion date, else its due date. */
  readonly end: PlainDate | null;
  readonly endBasis: 'actual' | 'projected' | null;
  /** Where the stage stands on `asOf` (null without `asOf`, unless completed or stopped). */
  readonly status: StageStatus | null;
  /** True when it was completed after its due date. */
  readonly late: boolean | null;
  /** The stage's full deadline (for `explain`), or null while it cannot start. */
  readonly deadline: DeadlineResult | null;
}

/** A deadline counted from a stage's start or due date (a report due before the review deadline, a fee after acceptance). */
export interface TimelineMilestone {
  readonly policy: string;
  readonly label: BilingualText;
  readonly anchor: { readonly stage: string; readonly at: 'start' | 'due' };
  /** Its date; null while the anchor date is unknown. */
  readonly date: PlainDate | null;
  readonly basis: 'actual' | 'projected' | null;
  readonly deadline: DeadlineResult | null;
}

/** The result of {@link projectTimeline}: plain JSON. */
export interface TimelineResult {
  readonly kind: 'timeline';
  readonly procedure: { readonly id: string; readonly title: BilingualText } | null;
  readonly start: PlainDate;
  readonly asOf: PlainDate | null;
  readonly calendar: string;
  readonly stages: readonly TimelineStage[];
  /** Milestones in the order the procedure lists them. */
  readonly milestones: readonly TimelineMilestone[];
  /** When the last stage ends (actual or projected); null while a clock is stopped. */
  readonly end: PlainDate | null;
  readonly endBasis: 'actual' | 'projected' | null;
  readonly provisional: boolean;
}

interface StagePlan {
  readonly policy: string | PolicyInput;
  readonly id: string | undefined;
  readonly label: BilingualText | undefined;
  readonly progress: StageProgress;
}

function planStages(options: TimelineOptions): { plans: StagePlan[]; procedure: Procedure | null; milestones: Procedure['milestones'] } {
  const { procedure: procedureId, stages, progress } = options;
  if (procedureId !== undefined && stages !== undefined) {
    throw new InvalidArgumentError(`${FN}: give either procedure or stages, not both`);
  }
  if (progress !== undefined && (typeof progress !== 'object' || progress === null || Array.isArray(progress))) {
    throw new InvalidArgumentError(`${FN}: progress must be an object keyed by policy id, received ${describeValue(progress)}`);
  }
  const progressOf = (id: string | undefined): StageProgress => {
    if (id === undefined || !progress || !Object.hasOwn(progress, id)) return {};
    const entry: unknown = progress[id];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new InvalidArgumentError(`${FN}: progress[${JSON.stringify(id)}] must be an object like { completed, stops }, received ${describeValue(entry)}`);
    }
    return entry;
  };
  if (procedureId !== undefined) {
    if (typeof procedureId !== 'string') throw new InvalidArgumentError(`${FN}: procedure must be a procedure id string, received ${describeValue(procedureId)}`);
    const procedure = procedureById().get(procedureId);
    if (!procedure) {
      const suggestions = closestIds(procedureId, [...procedureById().keys()]);
      throw new InvalidArgumentError(
        `${FN}: unknown procedure ${describeValue(procedureId)}${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''} (listProcedures() lists them)`,
      );
    }
    const plans = procedure.stages.map((stage) => ({ policy: stage.policy, id: stage.policy, label: stage.label, progress: progressOf(stage.policy) }));
    checkProgressKeys(progress, plans);
    return { plans, procedure, milestones: procedure.milestones };
  }
  if (!Array.isArray(stages) || stages.length === 0) {
    throw new InvalidArgumentError(`${FN}: give a procedure id or a non-empty array of stages, received ${describeValue(stages)}`);
  }
  const plans = denseEntries(`${FN}: stages`, stages).map((stage: unknown, index): StagePlan => {
    if (typeof stage === 'string') return { policy: stage, id: stage, label: undefined, progress: progressOf(stage) };
    if (typeof stage !== 'object' || stage === null || Array.isArray(stage)) {
      throw new InvalidArgumentError(`${FN}: stages[${index}] must be a policy id or { policy, completed?, stops? }, received ${describeValue(stage)}`);
    }
    const input = stage as TimelineStageInput;
    const id = typeof input.policy === 'string' ? input.policy : typeof input.policy?.id === 'string' ? input.policy.id : undefined;
    const fromProgress = progressOf(id);
    return {
      policy: input.policy,
      id,
      label: input.label,
      progress: {
        completed: input.completed ?? fromProgress.completed,
        stops: input.stops ?? fromProgress.stops,
        extension: input.extension ?? fromProgress.extension,
      },
    };
  });
  checkProgressKeys(progress, plans);
  return { plans, procedure: null, milestones: [] };
}

function checkProgressKeys(progress: TimelineOptions['progress'], plans: readonly StagePlan[]): void {
  if (!progress) return;
  for (const key of Object.keys(progress)) {
    if (!plans.some((plan) => plan.id === key)) {
      throw new InconsistentInputError(
        `${FN}: progress names "${key}", which is not a stage of this timeline (stages: ${plans.map((p) => p.id ?? '(policy object)').join(', ')})`,
      );
    }
  }
}

/**
 * Projects every milestone of a multi-stage procedure. Each stage is evaluated with `dueDate` from the day the one
 * before it ended: its actual `completed` date when given, else its projected due date. A stage whose clock is
 * stopped (an open stop) and not completed leaves the later stages waiting (start and due null).
 *
 * @param options - `{ procedure | stages, start, progress?, asOf?, calendar? }`; see {@link TimelineOptions}.
 * @returns A plain JSON {@link TimelineResult}; `explain` turns it into lines.
 * @throws {InvalidArgumentError} For an unknown procedure, both or neither of `procedure` and `stages`, or a bad shape.
 * @throws {InconsistentInputError} For progress naming no stage, a stage completed before it started, or a later
 * stage completed while an earlier one has no end.
 * @throws Everything `dueDate` throws, for each stage.
 *
 * @example
 * projectTimeline({
 *   procedure: 'cn.nmpa.device.class3.registration',
 *   start: '2025-12-22',
 *   progress: { 'cn.nmpa.device.acceptance': { completed: '2025-12-26' }, 'cn.nmpa.device.transfer-to-review': { completed: '2025-12-30' } },
 * }).stages.map((s) => s.end)
 * //=> ['2025-12-26', '2025-12-30', '2026-05-15', '2026-06-12', '2026-06-29']
 */
export function projectTimeline(options: TimelineOptions): TimelineResult {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`${FN}: expected an options object like { procedure, start }, received ${describeValue(options)}`);
  }
  const startDay = readRequiredDate(FN, 'start', options.start);
  const asOfDay = readOptionalDate(FN, 'asOf', options.asOf);
  const asOf = asOfDay === undefined ? null : formatDayNumber(asOfDay);
  const { plans, procedure, milestones } = planStages(options);
  const passOn = {
    ...(options.calendar !== undefined && { calendar: options.calendar }),
    ...(options.policies !== undefined && { policies: options.policies }),
  };

  const stages: TimelineStage[] = [];
  let stageStart: PlainDate | null = formatDayNumber(startDay);
  let startBasis: TimelineStage['startBasis'] = 'given';
  let provisional = false;
  let calendarId = options.calendar?.id ?? 'CN';
  plans.forEach((plan, index) => {
    const completedDay = readOptionalDate(FN, `completed of stage ${index + 1}`, plan.progress.completed);
    const completed = completedDay === undefined ? null : formatDayNumber(completedDay);
    if (stageStart === null) {
      if (completed !== null) {
        throw new InconsistentInputError(
          `${FN}: stage ${index + 1} (${plan.id ?? 'policy object'}) is completed on ${completed}, but an earlier stage has no end (its clock is stopped); give that stage its completed date`,
        );
      }
      const label = plan.label ?? (typeof plan.policy === 'object' && plan.policy.title ? plan.policy.title : { en: plan.id ?? 'stage', zh: plan.id ?? '阶段' });
      stages.push({ index, policy: plan.id ?? '', label, start: null, startBasis: null, due: null, completed: null, end: null, endBasis: null, status: 'waiting', late: null, deadline: null });
      return;
    }
    const deadline = dueDate({
      policy: plan.policy,
      start: stageStart,
      stops: plan.progress.stops,
      asOf,
      extension: plan.progress.extension,
      ...passOn,
    });
    calendarId = deadline.calendar;
    provisional ||= deadline.provisional;
    if (completed !== null && completed < stageStart) {
      throw new InconsistentInputError(`${FN}: stage ${index + 1} (${deadline.policy.id}) is completed on ${completed}, before it started on ${stageStart}`);
    }
    const done = completed !== null && (asOf === null || completed <= asOf);
    const status: StageStatus | null = done ? 'completed' : deadline.status;
    const end = completed ?? deadline.due;
    stages.push({
      index,
      policy: deadline.policy.id,
      label: plan.label ?? deadline.policy.title,
      start: stageStart,
      startBasis,
      due: deadline.due,
      completed,
      end,
      endBasis: completed !== null ? 'actual' : end === null ? null : 'projected',
      status,
      late: completed === null || deadline.due === null ? null : completed > deadline.due,
      deadline,
    });
    stageStart = end;
    startBasis = completed !== null ? 'actual' : end === null ? null : 'projected';
  });

  const projectedMilestones: TimelineMilestone[] = milestones.map((milestone) => {
    const stage = stages.find((s) => s.policy === milestone.anchor.stage);
    const anchorDate = stage ? (milestone.anchor.at === 'start' ? stage.start : stage.due) : null;
    const anchorBasis = stage ? (milestone.anchor.at === 'start' ? stage.startBasis : stage.due === null ? null : 'projected') : null;
    if (anchorDate === null) {
      return { policy: milestone.policy, label: milestone.label, anchor: { ...milestone.anchor }, date: null, basis: null, deadline: null };
    }
    const deadline = dueDate({ policy: milestone.policy, start: anchorDate, asOf, ...passOn });
    provisional ||= deadline.provisional;
    return {
      policy: milestone.policy,
      label: milestone.label,
      anchor: { ...milestone.anchor },
      date: deadline.due,
      basis: anchorBasis === 'given' || anchorBasis === 'actual' ? 'actual' : 'projected',
      deadline,
    };
  });

  const last = stages[stages.length - 1]!;
  return {
    kind: 'timeline',
    procedure: procedure ? { id: procedure.id, title: procedure.title } : null,
    start: formatDayNumber(startDay),
    asOf,
    calendar: calendarId,
    stages,
    milestones: projectedMilestones,
    end: last.end,
    endBasis: last.endBasis,
    provisional,
  };
}

/**
 * The built-in procedures that {@link projectTimeline} can project, with their stages and milestones.
 *
 * @returns Frozen procedures, matching `ProcedureSchema`.
 *
 * @example
 * listProcedures().map((p) => p.id)
 * //=> ['cn.nmpa.drug.ind.application', …, 'cn.nmpa.device.class3.registration', …]
 */
export function listProcedures(): Procedure[] {
  return [...procedureById().values()];
}
