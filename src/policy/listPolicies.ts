import { parsePlainDate, type PlainDate } from '../date/plainDate.js';
import { InvalidArgumentError, describeValue } from '../errors.js';
import { catalogIndex, latestVersion } from './catalogIndex.js';
import type { CompiledPolicy } from './compile.js';
import { readPolicySet } from './policySet.js';
import type { Confidence, Policy, PolicyInput, PolicyRole } from './schema.js';
import { parseQuery, scorePolicy } from './search.js';

/** Which policies {@link listPolicies} returns. Every field narrows the list; leave it out to list everything. */
export interface PolicyFilter {
  /**
   * Words that must all match (case-insensitive), in English or Chinese, somewhere in the id (its parts split at
   * `.` and `-`), the titles, the procedure, the jurisdiction and pilot regions (by code or name: `beijing`,
   * `北京`, `CN-BJ`), the authority, the source (document, number, article) or the notes. A Latin word matches a
   * whole word or, from 4 characters (not a number), the start of one (`renew` finds "renewal"; `ind` never
   * matches inside "window"); Chinese matches anywhere (`补充申请`); a dotted word (`drug.ind`) matches ids only.
   * The policies come best match first (exact id, then id and title matches above notes), ties by id.
   * At most 1,000 characters and 32 different words.
   */
  readonly text?: string | undefined;
  /** Jurisdiction, e.g. `'CN'`, `'CN-GD'`, `'HK'`; `'CN'` also matches provinces (`'CN-GD'`). */
  readonly jurisdiction?: string | undefined;
  /** Product: `'drug'`, `'device'`, `'ivd'` (policies for any product always match). */
  readonly product?: 'drug' | 'device' | 'ivd' | undefined;
  /** Role: `'review'`, `'stage'`, `'sponsor-window'`, `'relative'`. */
  readonly role?: PolicyRole | undefined;
  /** `'cited'` or `'unverified'`. */
  readonly confidence?: Confidence | undefined;
  /** Calendar id, e.g. `'HK'`. */
  readonly calendar?: string | undefined;
  /**
   * Only versions in force on this date (one per id). Default: the latest version of every id; with `text`, the
   * latest version that matches it (so a search finds an id by what an earlier version said, such as the 2024
   * Beijing and Shanghai pilot of `cn.nmpa.drug.ind.innovative-30`).
   */
  readonly on?: PlainDate | undefined;
  /** Every version of every id (oldest first within an id) instead of one per id. Ignored when `on` is given. */
  readonly allVersions?: boolean | undefined;
  /** A team's own policies, listed and searched with the built-in ones (validated; see `dueDate`'s `policies`). */
  readonly policies?: readonly PolicyInput[] | undefined;
}

function optionalString(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InvalidArgumentError(`listPolicies: filter.${name} must be a string, received ${describeValue(value)}`);
  return value;
}

/**
 * The built-in policies (and a team's own, given as `policies`): by default the latest version of each; with `on`, the version in force on that date (ids
 * with none are left out); with `allVersions`, every version (oldest first within an id). Sorted by id, or, with
 * `text`, best match first (ties by id); see the `text` field of {@link PolicyFilter} for how words match.
 *
 * @param filter - Narrows the list; see {@link PolicyFilter}.
 * @returns Frozen policies, matching `PolicySchema`.
 * @throws {InvalidDateError} When `filter.on` is not a valid date.
 * @throws {PolicyValidationError} When one of `filter.policies` is not a valid policy, or takes a built-in id.
 * @throws {InvalidArgumentError} When the filter is not an object, a field has the wrong type, or `text` is longer
 *   than 1,000 characters or has more than 32 different words (code `'invalid_argument'`).
 *
 * @example
 * listPolicies({ text: 'ind' }).map((p) => p.id)
 * //=> ['cn.nmpa.drug.ind', 'cn.nmpa.drug.ind.innovative-30', 'cn.nmpa.drug.ind.innovative-30.switch-notice', …]
 * listPolicies({ text: 'beijing' }).map((p) => `${p.id}@${p.version}`)
 * //=> ['cn.nmpa.drug.ind.innovative-30@2024-07-31', 'cn.nmpa.drug.supplement.pilot-60@2024-02-01']
 * listPolicies({ text: '北京' }).map((p) => p.id) //=> ['cn.nmpa.drug.ind.innovative-30', 'cn.nmpa.drug.supplement.pilot-60']
 * listPolicies({ text: 'ind' }).some((p) => p.id === 'cn.nmpa.drug.objection-window') //=> false (no "ind" inside "window")
 * listPolicies({ calendar: 'HK' }).map((p) => p.id) //=> ['hk.dh.drug.nce-1plus', 'hk.dh.pcm.designated-priority', 'hk.dh.pcm.innovative']
 * listPolicies({ on: '2022-11-01', text: 'drug deficiency' })[0].limit.amount //=> 160
 */
export function listPolicies(filter?: PolicyFilter): Policy[] {
  if (filter !== undefined && (typeof filter !== 'object' || filter === null)) {
    throw new InvalidArgumentError(`listPolicies: the filter must be an object like { text: 'ind' }, received ${describeValue(filter)}`);
  }
  const f = filter ?? {};
  const text = optionalString('text', f.text);
  const query = text === undefined ? undefined : parseQuery('listPolicies', text);
  const searching = query !== undefined && query.terms.length > 0;
  const jurisdiction = optionalString('jurisdiction', f.jurisdiction);
  const product = optionalString('product', f.product);
  const role = optionalString('role', f.role);
  const confidence = optionalString('confidence', f.confidence);
  const calendar = optionalString('calendar', f.calendar);
  const on = f.on === undefined ? undefined : parsePlainDate('listPolicies', f.on);
  const matches = (policy: Policy): boolean =>
    (jurisdiction === undefined || policy.jurisdiction === jurisdiction || policy.jurisdiction.startsWith(`${jurisdiction}-`)) &&
    (product === undefined || policy.products.includes(product as never) || policy.products.includes('any')) &&
    (role === undefined || policy.role === role) &&
    (confidence === undefined || policy.confidence === confidence) &&
    (calendar === undefined || policy.calendar === calendar);
  const score = (version: CompiledPolicy): number => (searching ? scorePolicy(version, query) : 1);

  const found: { readonly id: string; readonly score: number; readonly policies: Policy[] }[] = [];
  const own = readPolicySet('listPolicies', f.policies);
  const index = own ? new Map([...catalogIndex(), ...own]) : catalogIndex();
  const ids = [...index.keys()].sort();
  for (const id of ids) {
    const versions = index.get(id)!;
    let chosen: readonly CompiledPolicy[];
    if (on !== undefined) chosen = versions.filter((v) => on >= v.fromDay && on <= v.toDay);
    else if (f.allVersions === true) chosen = versions;
    else if (!searching) chosen = [latestVersion(versions)];
    else {
      // The latest version that matches the words: an id is found by what any of its versions says.
      let latest: CompiledPolicy | undefined;
      for (let i = versions.length - 1; i >= 0 && !latest; i--) if (score(versions[i]!) > 0) latest = versions[i];
      chosen = latest ? [latest] : [];
    }
    let best = 0;
    const policies: Policy[] = [];
    for (const version of chosen) {
      const s = score(version);
      if (s > 0 && matches(version.policy)) {
        policies.push(version.policy);
        if (s > best) best = s;
      }
    }
    if (policies.length) found.push({ id, score: best, policies });
  }
  // Best match first; ids are already in order, and the sort is stable, so ties stay by id.
  if (searching) found.sort((a, b) => b.score - a.score);
  return found.flatMap((entry) => entry.policies);
}
