/**
 * The Node builds' {@link loadDateChinese}: date-chinese is required on the first call (see `dateChinese.ts`).
 *
 * @module
 */
import type * as DateChinese from 'date-chinese';
import { requireDependency } from './require.node.js';

let dateChinese: typeof DateChinese | undefined;

/** @internal date-chinese's module, loaded on the first call. */
export function loadDateChinese(): typeof DateChinese {
  return (dateChinese ??= requireDependency('date-chinese') as typeof DateChinese);
}
