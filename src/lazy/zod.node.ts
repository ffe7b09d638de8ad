/**
 * The Node builds' {@link loadZod}: zod is required on the first call (see `zod.ts`). The build swaps this file in
 * for `zod.ts`; tests run `zod.ts`.
 *
 * @module
 */
import type * as Zod from 'zod';
import { requireDependency } from './require.node.js';

let zod: typeof Zod | undefined;

/** @internal zod's module, loaded on the first call. */
export function loadZod(): typeof Zod {
  return (zod ??= requireDependency('zod') as typeof Zod);
}
