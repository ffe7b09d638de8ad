/**
 * The zod schemas of a policy: one review-time rule, declared as data (limit, calendar, clock start, clock-stop
 * reasons and what each does on resume, consequence at expiry, effective period, source and confidence), and of a
 * multi-stage procedure.
 *
 * Every built-in policy (`src/policy/catalog/`) and every policy object a user passes to `dueDate` has this shape.
 * Types are inferred from the schemas. The schemas are built on first use ({@link policySchemas}), with zod loaded
 * through `loadZod`, so that importing reviewclock to count days or to evaluate a catalog policy builds none of them;
 * users reach them through the `reviewclock/schema` entry point.
 *
 * @module
 */
import type { z } from 'zod';
import { plainDateSchema, toInputIssues } from '../calendar/scheduleSchema.js';
import { tryParsePlainDate } from '../date/plainDate.js';
import { PolicyValidationError } from '../errors.js';
import { loadZod } from '../lazy/zod.js';

/** A stable, lower-case, dotted id whose segments are kebab-case, e.g. `cn.nmpa.drug.ind.innovative-30`. */
const POLICY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;
const REASON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A calendar id such as `'CN'` or `'HK'` (a combination such as `'CN+HK'` is a calendar, not a policy's calendar). */
const CALENDAR_ID = /^[A-Z][A-Z0-9-]*$/;

/** Builds the schemas (once, from {@link policySchemas}). */
function buildPolicySchemas() {
  const { z } = loadZod();
  const plainDate = plainDateSchema(z);

  /** Text in English and in Chinese. */
  const BilingualTextSchema = z.strictObject({
    en: z.string().trim().min(1, 'the English text is required'),
    zh: z.string().trim().min(1, 'the Chinese text is required'),
  });

  /**
   * The unit of a limit.
   * - `'working-days'`: days of the policy's calendar that are working days (the unit of every NMPA review limit);
   * - `'calendar-days'`, `'weeks'`, `'months'`, `'years'`: calendar periods, ending as Civil Code Arts. 201–203 say.
   */
  const LimitUnitSchema = z.enum(['working-days', 'calendar-days', 'weeks', 'months', 'years']);

  /** A positive fraction such as 1/3. */
  const FractionSchema = z.strictObject({
    numerator: z.int().min(1).max(1000),
    denominator: z.int().min(1).max(1000),
  });

  /**
   * What the clock does when a stop of a given reason ends:
   * - `resume`: counting goes on where it stopped (a plain pause);
   * - `extend`: counting goes on, and the limit in force grows by `fraction` of itself, rounded as `rounding` says
   *   (`'ceil'` up, `'floor'` down, `'round'` to the nearest, halves up); with `once` (the default) only the first
   *   stop of that reason extends, later ones are plain pauses;
   * - `restart`: a new limit of `amount` (in the policy's unit) starts on the day the stop ends, and the days counted
   *   before it no longer count towards the limit.
   */
  const StopEffectSchema = z.discriminatedUnion('action', [
    z.strictObject({ action: z.literal('resume') }),
    z.strictObject({
      action: z.literal('extend'),
      fraction: FractionSchema,
      rounding: z.enum(['ceil', 'floor', 'round']),
      once: z.boolean().default(true),
    }),
    z.strictObject({ action: z.literal('restart'), amount: z.int().min(1).max(100_000) }),
  ]);

  /** A clock-stop reason the policy knows, with what it does on resume and where that comes from. */
  const StopRuleSchema = z.strictObject({
    /** Kebab-case id that a stop names in its `reason`, e.g. `'sponsor-supplement'`. */
    reason: z.string().regex(REASON_ID, 'expected a kebab-case reason id such as "sponsor-supplement"'),
    title: BilingualTextSchema,
    effect: StopEffectSchema,
    /** The article that provides for the stop and its effect, e.g. `'DRR Art. 87'`. */
    article: z.string().trim().min(1),
    /** The same reference as a Chinese reader cites it, e.g. `'《药品注册管理办法》第八十七条'`; explain falls back to `article`. */
    articleZh: z.string().trim().min(1).optional(),
  });

  /** The most an authority may extend the limit at its discretion (by written notice): a fraction of it, or an amount. */
  const ExtensionCapSchema = z.strictObject({
    max: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('fraction'), numerator: z.int().min(1).max(1000), denominator: z.int().min(1).max(1000) }),
      z.strictObject({ kind: z.literal('amount'), amount: z.int().min(1).max(100_000) }),
    ]),
    /** The article, e.g. `'DRR Art. 102 (article number unverified)'`. */
    article: z.string().trim().min(1),
    /** The same reference in Chinese citation form; explain falls back to `article`. */
    articleZh: z.string().trim().min(1).optional(),
    /** Conditions, in both languages. */
    note: BilingualTextSchema,
  });

  /** Where the rule comes from. */
  const PolicySourceSchema = z.strictObject({
    /** The document's title. */
    document: BilingualTextSchema,
    /** The document's number, e.g. `'国家市场监督管理总局令第27号 (SAMR Order No. 27)'`; `'not verified'` when unknown. */
    number: z.string().trim().min(1),
    /** The article(s), e.g. `'Art. 96(2)'`. */
    article: z.string().trim().min(1),
    /** The article(s) in Chinese citation form, e.g. `'第九十六条第（二）项'`; explain falls back to `article`. */
    articleZh: z.string().trim().min(1).optional(),
    /** Where the text (or the best available copy of it) can be read; null when no address is known. */
    url: z.url({ protocol: /^https?$/ }).nullable(),
    /**
     * What the address is:
     * - `'official'`: the issuing authority's or a government's own publication (gov.cn, npc.gov.cn, samr.gov.cn,
     *   nmpa.gov.cn, cde.org.cn, cmde.org.cn, provincial government sites, the HKSAR gazette or department sites);
     * - `'copy'`: a verbatim copy of the text on another site (a law database, a publisher), named as such;
     * - `'summary'`: a secondary account (a law firm, the press, a consultancy) that quotes or summarises the text.
     *
     * A policy whose confidence is `'cited'` needs an official source or a verbatim copy.
     */
    publication: z.enum(['official', 'copy', 'summary']).optional(),
  });

  /**
   * One review-time rule, as data: the shape of every built-in policy and of every policy object passed to `dueDate`.
   * Besides each field's own rules it checks that the effective period runs forwards, that stop reasons are unique,
   * and that stop reasons and an extension cap appear only on limits counted forward in working days.
   *
   * @example
   * // A variant of a built-in policy: an internal 45-working-day target for supplementary applications.
   * const target = PolicySchema.parse({ ...getPolicy('cn.nmpa.drug.supplement'), id: 'acme.supplement.target-45', limit: { amount: 45, unit: 'working-days' } });
   * target.limit //=> { amount: 45, unit: 'working-days', direction: 'after' }
   * PolicySchema.safeParse({ ...target, limit: { amount: 0, unit: 'working-days' } }).success //=> false (issue at ['limit', 'amount'])
   */
  const PolicySchema = z
    .strictObject({
      /** Stable id, lower-case, dotted, kebab-case segments: `cn.nmpa.drug.ind`. */
      id: z.string().regex(POLICY_ID, 'expected a dotted lower-case id with kebab-case segments, e.g. "cn.nmpa.drug.ind"'),
      /** Version label, unique among the versions of one id (the built-in catalog uses the date the version took effect). */
      version: z.string().trim().min(1).max(40),
      title: BilingualTextSchema,
      /** `'CN'`, `'CN-GD'` (a province), `'HK'`. */
      jurisdiction: z.string().regex(/^[A-Z]{2}(?:-[A-Z]{2})?$/, 'expected a jurisdiction code such as "CN", "CN-GD" or "HK"'),
      authority: BilingualTextSchema,
      /** What kind of product the rule applies to. */
      products: z.array(z.enum(['drug', 'device', 'ivd', 'any'])).min(1).max(4),
      /**
       * - `'review'`: an authority's review or approval limit;
       * - `'stage'`: an administrative step (acceptance, transfer to review, decision, certificate, notices);
       * - `'sponsor-window'`: a period within which the applicant must act;
       * - `'relative'`: a deadline counted back from another deadline (reports due before the review limit).
       */
      role: z.enum(['review', 'stage', 'sponsor-window', 'relative']),
      /** Short kebab-case key of the procedure, e.g. `'clinical-trial-application'`. */
      procedure: z.string().regex(REASON_ID, 'expected a kebab-case procedure key'),
      limit: z.strictObject({
        /** At least 1, except a deadline on the start day itself (`0` with `direction: 'before'`, e.g. a decision due by an expiry date). */
        amount: z.int().min(0).max(100_000),
        unit: LimitUnitSchema,
        /** `'after'` (the default): the limit runs forward from the start. `'before'`: the deadline lies that long before the start (a filing window before an expiry). */
        direction: z.enum(['after', 'before']).default('after'),
      }),
      /** Id of the calendar the days are counted on: `'CN'` or `'HK'`. */
      calendar: z.string().regex(CALENDAR_ID, 'expected a calendar id such as "CN" or "HK"'),
      clockStart: z.strictObject({
        /** The event that starts the clock (its date is the `start` passed to `dueDate`). */
        event: BilingualTextSchema,
        /** Whether the start day itself counts. Default false: the start is day 0 (Civil Code Art. 201). */
        startDayCounts: z.boolean().default(false),
        /**
         * When the clock starts only once several events have happened (受理并缴费之日: acceptance *and* fee payment),
         * those events: the start is the later of their dates. `dueDate` takes them as `startEvents`.
         */
        laterOf: z
          .array(z.strictObject({ id: z.string().regex(REASON_ID, 'expected a kebab-case event id such as "fee-payment"'), title: BilingualTextSchema }))
          .min(2)
          .max(10)
          .optional(),
      }),
      /**
       * Whether the day the clock stops (the day of a supplement notice) still counts as a day of the limit, with the
       * basis of that reading. `true`: a stop `{ from, to }` leaves out the days x with from < x ≤ to; `false`: it also
       * leaves out `from` itself. `dueDate({ stopDayCounts })` overrides it for one call.
       */
      stopDayCounts: z
        .strictObject({
          value: z.boolean(),
          /** Why this reading, and what the other reading would rest on. */
          basis: BilingualTextSchema,
          confidence: z.enum(['cited', 'unverified']),
        })
        .default({
          value: true,
          basis: {
            en: 'Default reading: the day the clock stops is an ordinary day of the limit; no text was given for this policy.',
            zh: '默认理解：计时中止之日仍计入时限；本规则未提供依据。',
          },
          confidence: 'unverified',
        }),
      /** Pilot regions where the rule applies, as codes such as `'CN-BJ'` (Beijing); empty when it applies everywhere in its jurisdiction. */
      pilotRegions: z.array(z.string().regex(/^[A-Z]{2}-[A-Z]{2}$/, 'expected a region code such as "CN-BJ"')).max(40).default([]),
      /** The clock-stop reasons the policy names. A stop naming any other reason is refused; a stop without a reason is a plain pause. */
      stops: z.array(StopRuleSchema).max(100).default([]),
      /** The most the authority may extend the limit by written notice; absent when the rule provides no such extension. */
      extensionCap: ExtensionCapSchema.optional(),
      /** What happens when the limit expires without a decision. */
      consequence: z.enum(['implied-approval', 'deemed-renewal', 'none']),
      /** The consequence in words (and what does not follow from expiry). */
      consequenceNote: BilingualTextSchema,
      /** The period in which this version applies to applications whose clock starts then (both ends included). */
      effective: z.strictObject({ from: plainDate, to: plainDate.nullable() }),
      source: PolicySourceSchema,
      /**
       * `'cited'`: the number, unit, start event and article were found in the sources. `'unverified'`: at least one of
       * them was not confirmed; treat the result as a lead to check (the notes say what is open).
       */
      confidence: z.enum(['cited', 'unverified']),
      /** What is open or worth knowing, in English. */
      notes: z.array(z.string().trim().min(1)).max(100).default([]),
    })
    .superRefine((policy, ctx) => {
      const from = tryParsePlainDate(policy.effective.from);
      const to = policy.effective.to === null ? undefined : tryParsePlainDate(policy.effective.to);
      if (from !== undefined && to !== undefined && to < from) {
        ctx.addIssue({ code: 'custom', path: ['effective', 'to'], message: `effective.to ${policy.effective.to} is before effective.from ${policy.effective.from}` });
      }
      if (policy.limit.amount === 0 && !(policy.limit.direction === 'before' && policy.limit.unit === 'calendar-days')) {
        ctx.addIssue({
          code: 'custom',
          path: ['limit', 'amount'],
          message: 'a limit of 0 is allowed only as { amount: 0, unit: "calendar-days", direction: "before" } (a deadline on the start day itself); otherwise expected at least 1',
        });
      }
      if (policy.limit.amount === 0 && policy.clockStart.startDayCounts) {
        ctx.addIssue({
          code: 'custom',
          path: ['clockStart', 'startDayCounts'],
          message: 'a deadline on the start day itself (limit 0) has no day to count; startDayCounts must be false',
        });
      }
      if (policy.source.url === null && policy.source.publication !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['source', 'publication'], message: 'source.publication describes source.url, which is null' });
      }
      if (policy.confidence === 'cited' && policy.source.publication === 'summary') {
        ctx.addIssue({
          code: 'custom',
          path: ['confidence'],
          message: 'a policy cited from a summary (source.publication "summary") must be "unverified"; "cited" needs an official source or a verbatim copy',
        });
      }
      const countsWorkingDaysForward = policy.limit.unit === 'working-days' && policy.limit.direction === 'after';
      const events = new Set<string>();
      policy.clockStart.laterOf?.forEach((event, index) => {
        if (events.has(event.id)) ctx.addIssue({ code: 'custom', path: ['clockStart', 'laterOf', index, 'id'], message: `start event "${event.id}" is listed twice` });
        events.add(event.id);
      });
      const seen = new Set<string>();
      policy.stops.forEach((stop, index) => {
        if (seen.has(stop.reason)) {
          ctx.addIssue({ code: 'custom', path: ['stops', index, 'reason'], message: `stop reason "${stop.reason}" is listed twice` });
        }
        seen.add(stop.reason);
        if (!countsWorkingDaysForward) {
          ctx.addIssue({
            code: 'custom',
            path: ['stops', index],
            message: 'clock-stop reasons apply only to limits counted forward in working days',
          });
        }
      });
      if (policy.extensionCap && !countsWorkingDaysForward) {
        ctx.addIssue({ code: 'custom', path: ['extensionCap'], message: 'an extension cap applies only to limits counted forward in working days' });
      }
    });

  /**
   * A multi-stage procedure: a chain of policies, each stage starting when the one before it ends, plus milestones
   * counted from a stage's start or due date (reports due before a review deadline, fees due after acceptance).
   * The built-in procedures are in `src/policy/catalog/procedures.ts`; `projectTimeline` evaluates them.
   *
   * @example
   * ProcedureSchema.parse(listProcedures()[0]).stages.map((s) => s.policy) //=> ['cn.nmpa.drug.acceptance', 'cn.nmpa.drug.ind']
   */
  const ProcedureSchema = z.strictObject({
    id: z.string().regex(POLICY_ID, 'expected a dotted lower-case id with kebab-case segments'),
    title: BilingualTextSchema,
    /** The chain, in order. Each stage's policy id appears once. */
    stages: z
      .array(z.strictObject({ policy: z.string().regex(POLICY_ID), label: BilingualTextSchema }))
      .min(1)
      .max(100),
    /** Deadlines that run alongside the chain, counted from a stage's start or from its (projected) due date. */
    milestones: z
      .array(
        z.strictObject({
          policy: z.string().regex(POLICY_ID),
          label: BilingualTextSchema,
          anchor: z.strictObject({ stage: z.string().regex(POLICY_ID), at: z.enum(['start', 'due']) }),
        }),
      )
      .max(100)
      .default([]),
  });

  return {
    BilingualTextSchema,
    LimitUnitSchema,
    FractionSchema,
    StopEffectSchema,
    StopRuleSchema,
    ExtensionCapSchema,
    PolicySourceSchema,
    PolicySchema,
    ProcedureSchema,
  };
}

/** @internal The schemas {@link policySchemas} returns. */
export type PolicySchemas = ReturnType<typeof buildPolicySchemas>;

let schemas: PolicySchemas | undefined;

/**
 * @internal The policy and procedure schemas, built (and zod loaded) on the first call. `reviewclock/schema`
 * exports them as `PolicySchema` and `ProcedureSchema`.
 */
export function policySchemas(): PolicySchemas {
  return (schemas ??= buildPolicySchemas());
}

/** A policy as reviewclock uses it (every default filled in). */
export type Policy = z.infer<PolicySchemas['PolicySchema']>;
/** A policy as a user may write it (fields with defaults may be left out). */
export type PolicyInput = z.input<PolicySchemas['PolicySchema']>;
/** The unit of a limit. */
export type LimitUnit = z.infer<PolicySchemas['LimitUnitSchema']>;
/** A clock-stop reason the policy knows. */
export type StopRule = z.infer<PolicySchemas['StopRuleSchema']>;
/** What the clock does when a stop ends. */
export type StopEffect = z.infer<PolicySchemas['StopEffectSchema']>;
/** The most an authority may extend a limit. */
export type ExtensionCap = z.infer<PolicySchemas['ExtensionCapSchema']>;
/** Where a rule comes from. */
export type PolicySource = z.infer<PolicySchemas['PolicySourceSchema']>;
/** Text in English and Chinese. */
export type BilingualText = z.infer<PolicySchemas['BilingualTextSchema']>;
/** What happens when a limit expires. */
export type Consequence = Policy['consequence'];
/** `'cited'` or `'unverified'`. */
export type Confidence = Policy['confidence'];
/** `'review' | 'stage' | 'sponsor-window' | 'relative'`. */
export type PolicyRole = Policy['role'];

/**
 * Validates a value as a policy and fills in its defaults (used by `dueDate` for policy objects).
 *
 * @example
 * parsePolicy('dueDate', { ...getPolicy('cn.nmpa.drug.ind'), stops: undefined }).stops //=> []
 *
 * @param fn - The public function on whose behalf the policy is read; named in the error message.
 * @param value - The value to check.
 * @returns The policy.
 * @throws {PolicyValidationError} With zod's issues (and their paths) as `issues`.
 */
export function parsePolicy(fn: string, value: unknown): Policy {
  const result = policySchemas().PolicySchema.safeParse(value);
  if (!result.success) throw new PolicyValidationError(fn, toInputIssues(result.error.issues));
  return result.data;
}

/** A multi-stage procedure. */
export type Procedure = z.infer<PolicySchemas['ProcedureSchema']>;
