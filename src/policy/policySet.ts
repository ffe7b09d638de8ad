/**
 * A team's own policies (the `policies` option of `dueDate`, `getPolicy`, `listPolicies` and `projectTimeline`):
 * checked against the policy schema, grouped by id with their versions in order, and compiled once per array.
 *
 * @module
 */
import { InvalidArgumentError, PolicyValidationError, describeValue, type InputIssue } from '../errors.js';
import { catalogIds } from './catalogIndex.js';
import { compilePolicy, freezePolicy, type CompiledPolicy } from './compile.js';
import { parsePolicy, type PolicyInput } from './schema.js';

/** The versions of each id of a team's policies, oldest first. */
export type PolicySet = ReadonlyMap<string, readonly CompiledPolicy[]>;

const compiledSets = new WeakMap<readonly unknown[], PolicySet>();

/**
 * @internal The `policies` option read: undefined when absent; else every policy validated, grouped by id (each id's
 * versions in order of their effective dates). The result is kept for the array, so that a batch passing the same
 * array to every call validates and compiles it once (an array changed after its first use is not read again: pass
 * a new array).
 *
 * @throws {InvalidArgumentError} When `value` is not an array.
 * @throws {PolicyValidationError} When a policy fails the schema, takes the id of a built-in policy, repeats a version
 *   of its id, or is in force on a day another version of its id is.
 */
export function readPolicySet(fn: string, value: unknown): PolicySet | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError(`${fn}: policies must be an array of policy objects (a team's own rules), received ${describeValue(value)}`);
  }
  const known = compiledSets.get(value);
  if (known) return known;
  const builtIn = new Set(catalogIds());
  const byId = new Map<string, CompiledPolicy[]>();
  const positions = new Map<CompiledPolicy, number>();
  value.forEach((item: unknown, index) => {
    const compiled = compilePolicy(freezePolicy(parsePolicy(`${fn} (policies[${index}])`, item)));
    const { id, version } = compiled.policy;
    if (builtIn.has(id)) {
      throw invalid(fn, index, 'id', `"${id}" is the id of a built-in policy; give your own rule an id of its own, such as "team.${id}"`);
    }
    const versions = byId.get(id) ?? [];
    if (versions.some((other) => other.policy.version === version)) {
      throw invalid(fn, index, 'version', `policy "${id}" has version "${version}" twice; give each version its own name`);
    }
    versions.push(compiled);
    positions.set(compiled, index);
    byId.set(id, versions);
  });
  for (const [id, versions] of byId) {
    versions.sort((a, b) => a.fromDay - b.fromDay);
    for (let i = 1; i < versions.length; i++) {
      const earlier = versions[i - 1]!;
      const later = versions[i]!;
      if (later.fromDay <= earlier.toDay) {
        throw invalid(
          fn,
          positions.get(later)!,
          'effective',
          `versions "${earlier.policy.version}" and "${later.policy.version}" of policy "${id}" are both in force on ${later.policy.effective.from}; end the earlier one (effective.to) before the later one starts`,
        );
      }
    }
  }
  const set: PolicySet = byId;
  compiledSets.set(value, set);
  return set;
}

function invalid(fn: string, index: number, field: string, message: string): PolicyValidationError {
  const issue: InputIssue = { path: [field], message };
  return new PolicyValidationError(`${fn} (policies[${index}])`, [issue]);
}

/** The input type of the `policies` option. */
export type PoliciesOption = readonly PolicyInput[] | undefined;
