import { parsePlainDate, type PlainDate } from '../date/plainDate.js';
import { InvalidArgumentError, describeValue } from '../errors.js';
import { catalogIndex, latestVersion } from './catalogIndex.js';
import type { CompiledPolicy } from './compile.js';
import type { Confidence, Policy, PolicyRole } from './schema.js';

/** Which policies {@link listPolicies} returns. Every field narrows the list; leave it out to list everything. */
export interface PolicyFilter {
  /** Words that must all appear (case-insensitive) in the id, the titles, the authority, the procedure or the source. */
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
  /** Only versions in force on this date (one per id). Default: the latest version of every id. */
  readonly on?: PlainDate | undefined;
  /** Every version of every id (oldest first within an id) instead of one per id. Ignored when `on` is given. */
  readonly allVersions?: boolean | undefined;
}

function haystack(policy: Policy): string {
  return [
    policy.id,
    policy.title.en,
    policy.title.zh,
    policy.authority.en,
    policy.authority.zh,
    policy.procedure,
    policy.source.document.en,
    policy.source.document.zh,
    policy.source.number,
    policy.source.article,
  ]
    .join('\n')
    .toLowerCase();
}

function optionalString(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InvalidArgumentError(`listPolicies: filter.${name} must be a string, received ${describeValue(value)}`);
  return value;
}

/**
 * The built-in policies, sorted by id: by default the latest version of each; with `on`, the version in force on
 * that date (ids with none are left out); with `allVersions`, every version.
 *
 * @param filter - Narrows the list; see {@link PolicyFilter}.
 * @returns Frozen policies, matching `PolicySchema`.
 * @throws {InvalidDateError} When `filter.on` is not a valid date.
 * @throws {InvalidArgumentError} When the filter is not an object or a field has the wrong type.
 *
 * @example
 * listPolicies({ text: 'ind' }).map((p) => p.id)
 * //=> ['cn.nmpa.drug.ind', 'cn.nmpa.drug.ind.innovative-30', …]
 * listPolicies({ calendar: 'HK' }).map((p) => p.id) //=> ['hk.dh.drug.nce-1plus', 'hk.dh.pcm.designated-priority', 'hk.dh.pcm.innovative']
 * listPolicies({ on: '2022-11-01', text: 'deficiency' })[0].limit.amount //=> 160
 */
export function listPolicies(filter?: PolicyFilter): Policy[] {
  if (filter !== undefined && (typeof filter !== 'object' || filter === null)) {
    throw new InvalidArgumentError(`listPolicies: the filter must be an object like { text: 'ind' }, received ${describeValue(filter)}`);
  }
  const f = filter ?? {};
  const words = (optionalString('text', f.text) ?? '').toLowerCase().split(/\s+/).filter(Boolean);
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
    (calendar === undefined || policy.calendar === calendar) &&
    (words.length === 0 || words.every((word) => haystack(policy).includes(word)));

  const result: Policy[] = [];
  const ids = [...catalogIndex().keys()].sort();
  for (const id of ids) {
    const versions = catalogIndex().get(id)!;
    let chosen: readonly CompiledPolicy[];
    if (on !== undefined) chosen = versions.filter((v) => on >= v.fromDay && on <= v.toDay);
    else if (f.allVersions === true) chosen = versions;
    else chosen = [latestVersion(versions)];
    for (const version of chosen) if (matches(version.policy)) result.push(version.policy);
  }
  return result;
}
