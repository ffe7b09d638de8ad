/**
 * The catalog by id, built on first use: each id's versions in order of their effective dates, compiled on the
 * first lookup of that id. Lookups are a Map access and a scan of a handful of versions; nothing here validates with
 * zod (the catalog is validated by its test).
 *
 * @module
 */
import { formatDayNumber, type DayNumber } from '../date/plainDate.js';
import { InvalidArgumentError, PolicyNotInForceError, UnknownPolicyError, describeValue } from '../errors.js';
import { builtInPolicies, builtInProcedures } from './catalog/index.js';
import { compilePolicy, freezePolicy, type CompiledPolicy } from './compile.js';
import type { Policy, Procedure } from './schema.js';
import { closestIds } from './suggest.js';

let rawIndex: Map<string, Policy[]> | undefined;
const compiled = new Map<string, readonly CompiledPolicy[]>();
let procedureIndex: Map<string, Procedure> | undefined;

/** Every id with its versions as data, in catalog order (grouped once; nothing compiled). */
function rawVersions(): ReadonlyMap<string, readonly Policy[]> {
  if (rawIndex) return rawIndex;
  const byId = new Map<string, Policy[]>();
  for (const policy of builtInPolicies()) {
    const versions = byId.get(policy.id);
    if (versions) versions.push(policy);
    else byId.set(policy.id, [policy]);
  }
  return (rawIndex = byId);
}

/** @internal The compiled versions of one catalog id, oldest first, compiled on the first lookup of that id. */
function compiledVersions(id: string): readonly CompiledPolicy[] | undefined {
  const known = compiled.get(id);
  if (known) return known;
  const versions = rawVersions().get(id);
  if (!versions) return undefined;
  const built = versions.map((policy) => compilePolicy(freezePolicy(policy))).sort((a, b) => a.fromDay - b.fromDay);
  compiled.set(id, built);
  return built;
}

/** @internal Every catalog id, in no particular order. */
export function catalogIds(): readonly string[] {
  return [...rawVersions().keys()];
}

/** @internal Every id with its compiled versions, oldest first (compiles every id not compiled yet). */
export function catalogIndex(): ReadonlyMap<string, readonly CompiledPolicy[]> {
  return new Map(catalogIds().map((id) => [id, compiledVersions(id)!]));
}

/** @internal The built-in procedures by id. */
export function procedureById(): ReadonlyMap<string, Procedure> {
  return (procedureIndex ??= new Map(builtInProcedures().map((procedure) => [procedure.id, Object.freeze(procedure)])));
}

/**
 * @internal The versions of a policy id: one of `own` (a team's policies, see `readPolicySet`), else a catalog id;
 * or an {@link UnknownPolicyError} with the closest ids of both.
 */
export function versionsOf(fn: string, id: unknown, own?: ReadonlyMap<string, readonly CompiledPolicy[]>): readonly CompiledPolicy[] {
  if (typeof id !== 'string') {
    throw new InvalidArgumentError(`${fn}: a policy id must be a string such as "cn.nmpa.drug.ind", received ${describeValue(id)}`);
  }
  const versions = own?.get(id) ?? compiledVersions(id);
  if (!versions) throw new UnknownPolicyError(fn, id, closestIds(id, own ? [...own.keys(), ...catalogIds()] : catalogIds()));
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
