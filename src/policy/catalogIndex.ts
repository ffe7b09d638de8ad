/**
 * The catalog by id, built on first use: each id's versions in order of their effective dates, compiled. Lookups
 * are a Map access and a scan of a handful of versions; nothing here validates with zod (the catalog is validated
 * by its test).
 *
 * @module
 */
import { formatDayNumber, type DayNumber } from '../date/plainDate.js';
import { InvalidArgumentError, PolicyNotInForceError, UnknownPolicyError, describeValue } from '../errors.js';
import { BUILT_IN_POLICIES, BUILT_IN_PROCEDURES } from './catalog/index.js';
import { compilePolicy, freezePolicy, type CompiledPolicy } from './compile.js';
import type { Procedure } from './schema.js';
import { closestIds } from './suggest.js';

let index: Map<string, readonly CompiledPolicy[]> | undefined;
let procedureIndex: Map<string, Procedure> | undefined;

/** @internal Every id with its compiled versions, oldest first. */
export function catalogIndex(): ReadonlyMap<string, readonly CompiledPolicy[]> {
  if (index) return index;
  const built = new Map<string, CompiledPolicy[]>();
  for (const policy of BUILT_IN_POLICIES) {
    const versions = built.get(policy.id) ?? [];
    versions.push(compilePolicy(freezePolicy(policy)));
    built.set(policy.id, versions);
  }
  for (const versions of built.values()) versions.sort((a, b) => a.fromDay - b.fromDay);
  index = built;
  return built;
}

/** @internal The built-in procedures by id. */
export function procedureById(): ReadonlyMap<string, Procedure> {
  return (procedureIndex ??= new Map(BUILT_IN_PROCEDURES.map((procedure) => [procedure.id, Object.freeze(procedure)])));
}

/** @internal The versions of a catalog id, or an {@link UnknownPolicyError} with the closest ids. */
export function versionsOf(fn: string, id: unknown): readonly CompiledPolicy[] {
  if (typeof id !== 'string') {
    throw new InvalidArgumentError(`${fn}: a policy id must be a string such as "cn.nmpa.drug.ind", received ${describeValue(id)}`);
  }
  const versions = catalogIndex().get(id);
  if (!versions) throw new UnknownPolicyError(fn, id, closestIds(id, [...catalogIndex().keys()]));
  return versions;
}

/** @internal The version of a policy in force on a day, or a {@link PolicyNotInForceError}. */
export function versionInForce(fn: string, versions: readonly CompiledPolicy[], day: DayNumber): CompiledPolicy {
  for (const version of versions) {
    if (day >= version.fromDay && day <= version.toDay) return version;
  }
  throw notInForce(fn, versions, day);
}

/** @internal The error for a day on which none of the versions is in force. */
export function notInForce(fn: string, versions: readonly CompiledPolicy[], day: DayNumber): PolicyNotInForceError {
  return new PolicyNotInForceError(
    fn,
    versions[0]!.policy.id,
    formatDayNumber(day),
    versions.map((v) => ({ version: v.policy.version, from: v.policy.effective.from, to: v.policy.effective.to })),
  );
}

/** @internal The latest version (the one that took effect last). */
export function latestVersion(versions: readonly CompiledPolicy[]): CompiledPolicy {
  return versions[versions.length - 1]!;
}
