/**
 * zod, for the modules that validate user data (schedules, policy objects). Every such module reaches zod only
 * through {@link loadZod}, so that a build can defer loading it: in the Node builds (`zod.node.ts`), zod is
 * required on the first call, and counting working days never loads it; here, for bundlers and browsers, it is a
 * static import that a bundler keeps only where a validating module is used.
 *
 * @module
 */
import * as zod from 'zod';

/** @internal zod's module. */
export function loadZod(): typeof zod {
  return zod;
}
