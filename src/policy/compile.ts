/**
 * A policy prepared for evaluation: its effective period as day numbers, its stop rules by reason, and the
 * summary of it that every result carries. Built once per catalog version (and once per call for a user's policy
 * object), so that evaluating a deadline does no string parsing of the policy.
 *
 * @module
 */
import { tryParsePlainDate, type DayNumber, type PlainDate } from '../date/plainDate.js';
import type { BilingualText, Confidence, Consequence, LimitUnit, Policy, PolicyRole, PolicySource, StopRule } from './schema.js';

/** What a deadline result says about the policy it applied. */
export interface PolicySummary {
  /** The policy id. */
  readonly id: string;
  /** The version applied (the one in force on the start date). */
  readonly version: string;
  /** The policy's title in English and Chinese. */
  readonly title: BilingualText;
  /** What kind of rule: `'review'`, `'stage'`, `'sponsor-window'` (the applicant must act) or `'relative'`. */
  readonly role: PolicyRole;
  /** The limit as the policy states it, before any extension or restart. */
  readonly limit: { readonly amount: number; readonly unit: LimitUnit; readonly direction: 'after' | 'before' };
  /** The id of the calendar the policy counts on (`'CN'`, `'HK'`). */
  readonly calendar: string;
  /** The event whose date is the start, and whether the start day counts. */
  readonly clockStart: { readonly event: BilingualText; readonly startDayCounts: boolean };
  /** What happens when the limit expires. */
  readonly consequence: Consequence;
  /** The consequence in words. */
  readonly consequenceNote: BilingualText;
  /** The effective period of the version applied. */
  readonly effective: { readonly from: PlainDate; readonly to: PlainDate | null };
  /** Where the rule comes from. */
  readonly source: PolicySource;
  /** `'cited'` or `'unverified'`. */
  readonly confidence: Confidence;
}

/** @internal A policy ready for evaluation. */
export interface CompiledPolicy {
  readonly policy: Policy;
  readonly summary: PolicySummary;
  readonly fromDay: DayNumber;
  /** Last effective day, or +Infinity while in force. */
  readonly toDay: number;
  readonly stopRules: ReadonlyMap<string, StopRule>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** @internal Prepares a (valid) policy for evaluation. The summary is frozen and shared by every result. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const summary: PolicySummary = deepFreeze({
    id: policy.id,
    version: policy.version,
    title: { ...policy.title },
    role: policy.role,
    limit: { amount: policy.limit.amount, unit: policy.limit.unit, direction: policy.limit.direction },
    calendar: policy.calendar,
    clockStart: { event: { ...policy.clockStart.event }, startDayCounts: policy.clockStart.startDayCounts },
    consequence: policy.consequence,
    consequenceNote: { ...policy.consequenceNote },
    effective: { from: policy.effective.from, to: policy.effective.to },
    source: { ...policy.source, document: { ...policy.source.document } },
    confidence: policy.confidence,
  });
  return {
    policy,
    summary,
    fromDay: tryParsePlainDate(policy.effective.from)!,
    toDay: policy.effective.to === null ? Number.POSITIVE_INFINITY : tryParsePlainDate(policy.effective.to)!,
    stopRules: new Map(policy.stops.map((rule) => [rule.reason, rule])),
  };
}

/** @internal Freezes a policy and everything in it. */
export function freezePolicy(policy: Policy): Policy {
  return deepFreeze(policy);
}
