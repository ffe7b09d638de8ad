/**
 * `--policies FILE` (repeatable): a team's own review-time rules, read from JSON files and checked before the command
 * runs, so that a bad file is refused with its name and the place of the bad policy in it.
 *
 * @module
 */
import { InvalidArgumentError, listPolicies, PolicyValidationError, type PolicyInput } from '../index.js';
import { withoutBom } from './boundedRead.js';
import { readTextFile } from './readers.js';

/** The most bytes a `--policies` file may hold (a policy is 2–4 KiB; the whole built-in catalog is about 200 KiB). */
export const POLICIES_FILE_LIMIT = 4 << 20;

/**
 * Reads the `--policies` files: each holds one policy object or an array of them (the shape of
 * `reviewclock policy ID --json`). All of them are validated together, as the library will use them: against the
 * policy schema, with ids of their own (not a built-in id), and versions of one id in force on different days.
 *
 * @returns The policies of every file in order, or `undefined` without `--policies`.
 * @throws {InvalidArgumentError} When a file cannot be read, is too large, is not JSON or holds no policy.
 * @throws {PolicyValidationError} Naming the file and the policy's place in it (`--policies team.json (policy 2)`).
 *
 * @example
 * readTeamPolicies(['team-rules.json']) //=> [{ id: 'team.ind-fast', version: '2025-01-01', … }]
 */
export function readTeamPolicies(files: readonly string[] | undefined): readonly PolicyInput[] | undefined {
  if (files === undefined || files.length === 0) return undefined;
  const policies: PolicyInput[] = [];
  const origins: string[] = [];
  for (const file of files) {
    const text = readTextFile('--policies', file, POLICIES_FILE_LIMIT);
    let value: unknown;
    try {
      value = JSON.parse(withoutBom(text));
    } catch (error) {
      throw new InvalidArgumentError(
        `--policies: ${JSON.stringify(file)} is not valid JSON (${(error as Error).message}); expected one policy object (as \`reviewclock policy ID --json\` prints) or an array of them`,
      );
    }
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0) throw new InvalidArgumentError(`--policies: ${JSON.stringify(file)} holds an empty array; expected at least one policy`);
    items.forEach((item: unknown, index) => {
      policies.push(item as PolicyInput);
      origins.push(Array.isArray(value) ? `--policies ${file} (policy ${index + 1} of ${items.length})` : `--policies ${file}`);
    });
  }
  try {
    listPolicies({ policies });
  } catch (error) {
    const at = error instanceof PolicyValidationError ? /\(policies\[(\d+)\]\)/.exec(error.message) : null;
    if (error instanceof PolicyValidationError && at) throw new PolicyValidationError(origins[Number(at[1])]!, error.issues);
    throw error;
  }
  return policies;
}
