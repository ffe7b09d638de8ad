import { parsePlainDate, type PlainDate } from '../date/plainDate.js';
import { InvalidArgumentError } from '../errors.js';
import { latestVersion, versionInForce, versionsOf } from './catalogIndex.js';
import { readPolicySet } from './policySet.js';
import type { Policy, PolicyInput } from './schema.js';

/** Options of {@link getPolicy}. */
export interface GetPolicyOptions {
  /** Return the version in force on this date instead of the latest version. */
  readonly on?: PlainDate | undefined;
  /** A team's own policies, looked up by id before the built-in ones (see `dueDate`'s `policies`). */
  readonly policies?: readonly PolicyInput[] | undefined;
}

/**
 * A policy by id: the latest version, or the version in force on `options.on`. The object is frozen plain data
 * that matches `PolicySchema`; copy it to make a variant and pass the copy to `dueDate`. With
 * `options.policies`, a team's own policies are looked up too.
 *
 * @param id - A catalog id, e.g. `'cn.nmpa.drug.ind'` (see `listPolicies()` or docs/policies.md).
 * @param options - `{ on }`: the date whose version you want (for a deadline, its start date); `{ policies }`: a
 *   team's own policies (validated; see `dueDate`).
 * @returns The policy.
 * @throws {UnknownPolicyError} When the id is not in the catalog (nor in `policies`); `suggestions` holds the closest ids.
 * @throws {PolicyValidationError} When one of `policies` is not a valid policy, or takes a built-in id.
 * @throws {PolicyNotInForceError} When no version is in force on `options.on`.
 * @throws {InvalidDateError} When `options.on` is not a valid date.
 * @throws {InvalidArgumentError} When `id` is not a string or `options` is not an object.
 *
 * @example
 * getPolicy('cn.nmpa.drug.ind').limit //=> { amount: 60, unit: 'working-days', direction: 'after' }
 * getPolicy('cn.nmpa.drug.deficiency-response', { on: '2022-11-01' }).limit.amount //=> 160
 * getPolicy('cn.nmpa.drug.nda.priorty') // throws UnknownPolicyError: … did you mean "cn.nmpa.drug.nda.priority"?
 */
export function getPolicy(id: string, options?: GetPolicyOptions): Policy {
  if (options === undefined) return latestVersion(versionsOf('getPolicy', id)).policy;
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(`getPolicy: options must be an object like { on: '2025-09-26' }, received ${typeof options}`);
  }
  const versions = versionsOf('getPolicy', id, readPolicySet('getPolicy', options.policies));
  if (options.on === undefined) return latestVersion(versions).policy;
  return versionInForce('getPolicy', versions, parsePlainDate('getPolicy', options.on)).policy;
}
