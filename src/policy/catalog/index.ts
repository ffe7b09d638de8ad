/**
 * The built-in catalog: every policy version and procedure, as plain data. Grouped by area in the files next to
 * this one; validated against the schemas in test/unit/policy/catalog.test.ts (and never on the hot path). Read only
 * through src/policy/catalogIndex.ts, on the first lookup.
 *
 * @module
 */
import type { Policy, Procedure } from '../schema.js';
import { DEVICE_POLICIES } from './devices.js';
import { DRUG_POLICIES } from './drugs.js';
import { GBA_HK_POLICIES } from './gbaHk.js';
import { LEGACY_POLICIES } from './legacy.js';
import { LICENSING_POLICIES } from './licensing.js';
import { OTHER_STEP_POLICIES } from './otherSteps.js';
import { PROCEDURES } from './procedures.js';

/**
 * @internal Every built-in policy version, grouped by area: drugs, devices, licensing law, Greater Bay Area and Hong
 * Kong, earlier versions and deemed renewals. (The Node builds replace this module with the same data as JSON text,
 * parsed on the first call: see tsup.config.ts.)
 */
export function builtInPolicies(): readonly Policy[] {
  return [...DRUG_POLICIES, ...DEVICE_POLICIES, ...LICENSING_POLICIES, ...GBA_HK_POLICIES, ...LEGACY_POLICIES, ...OTHER_STEP_POLICIES];
}

/** @internal Every built-in procedure (chain of stages). */
export function builtInProcedures(): readonly Procedure[] {
  return PROCEDURES;
}
