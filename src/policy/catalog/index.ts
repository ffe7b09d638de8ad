/**
 * The built-in catalog: every policy version and procedure, as plain data. Grouped by area in the files next to
 * this one; validated against the schemas in test/unit/policy/catalog.test.ts (and never on the hot path).
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

/** Every built-in policy version, grouped by area: drugs, devices, licensing law, Greater Bay Area and Hong Kong, earlier versions and deemed renewals. */
export const BUILT_IN_POLICIES: readonly Policy[] = [...DRUG_POLICIES, ...DEVICE_POLICIES, ...LICENSING_POLICIES, ...GBA_HK_POLICIES, ...LEGACY_POLICIES, ...OTHER_STEP_POLICIES];

/** Every built-in procedure (chain of stages). */
export const BUILT_IN_PROCEDURES: readonly Procedure[] = PROCEDURES;
